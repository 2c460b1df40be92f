// swapcam doctor: what ONNX Runtime can do here, what each role would run on, which models exist.
#include <nlohmann/json.hpp>

#include "apps/cli/cli.h"
#include "core/cpu_cores.h"
#include "core/error.h"
#include "media/camera.h"
#include "media/video_reader.h"
#include "models/locate.h"
#include "models/manifest.h"
#include "models/registry.h"
#include "process/content_filter.h"
#include "models/status.h"
#include "runtime/environment.h"
#include "runtime/model_slot.h"
#include "runtime/provider_readiness.h"
#include "runtime/providers.h"

namespace swapcam::cli {
namespace {

// What doctor reports on: each kind's default model, and every content-filter classifier (the filter
// needs all three), straight from the registry.
struct RoleModel {
  std::string role;
  const models::ModelDescriptor* model;
};
std::vector<RoleModel> doctor_roles() {
  std::vector<RoleModel> out;
  for (const auto& d : models::model_registry()) {
    if (d.kind == models::Role::Classifier) out.push_back({std::string(d.name), &d});
    else if (d.is_default) out.push_back({std::string(models::role_name(d.kind)), &d});
  }
  return out;
}

// The override file for a role (a per-kind option or one of --nsfw-model x3), or "".
std::filesystem::path override_for(const facade::ModelSource& src, const models::ModelDescriptor& d) {
  if (d.kind == models::Role::Classifier) {
    for (size_t i = 0; i < process::kContentClassifiers.size(); ++i)
      if (process::kContentClassifiers[i].id == d.name) return src.classifiers[i];
    return {};
  }
  const auto* o = src.override_for(d.kind);
  return o ? *o : std::filesystem::path();
}

int run_doctor(const GlobalOptions& g, bool json_out, bool load) {
  using namespace runtime;
  nlohmann::json j;
  j["onnxruntime_version"] = ort_version();
  j["onnxruntime_library"] = ort_library_file();
  j["available_providers"] = available_provider_names();
  RuntimeConfig cfg = g.runtime_config();
  std::vector<Provider> requested = cfg.providers.empty() ? default_provider_order() : cfg.providers;
  j["warnings"] = nlohmann::json::array();
  for (Provider p : requested) {
    j["requested_providers"].push_back(short_name(p));
    if (!is_available(p))
      j["warnings"].push_back(
          fmt::format("execution provider {} is not available in this ONNX Runtime build; "
                      "the next one in the list (or cpu) will be used",
                      short_name(p)));
  }
  // Each GPU provider this build has: usable here, or why not (a missing driver, CUDA, cuDNN, TensorRT).
  j["provider_readiness"] = nlohmann::json::array();
  for (Provider p : {Provider::TensorRt, Provider::Cuda, Provider::CoreMl, Provider::DirectMl, Provider::OpenVino}) {
    if (!is_available(p)) continue;
    const auto why = provider_unusable_reason(p, cfg);
    j["provider_readiness"].push_back({{"provider", short_name(p)}, {"usable", !why}, {"reason", why ? *why : ""}});
  }
  const auto dir = g.models_directory();
  j["models_dir"] = dir.string();

  const facade::ModelSource source = g.model_source();
  for (const auto& r : doctor_roles()) {
    nlohmann::json role;
    role["role"] = r.role;
    role["model"] = std::string(r.model->name);
    const std::string id(r.model->manifest_id);
    const std::filesystem::path override_path = override_for(source, *r.model);
    std::filesystem::path file = override_path.empty() ? dir / models::model_file_name(id) : override_path;
    role["file"] = file.string();
    role["present"] = std::filesystem::is_regular_file(file);
    if (role["present"]) role["bytes"] = std::filesystem::file_size(file);
    if (role["present"] && override_path.empty())  // a published name: is it the published file? (warns if not)
      role["manifest"] = std::string(models::state_name(models::verify_model_file(
          *models::find_entry(models::builtin_manifest(), id), file, dir,
          models::fetch_command(id, dir == models::default_models_dir() ? std::string() : dir.string()))));
    if (!role["present"])
      role["fetch"] = models::fetch_command(id, dir == models::default_models_dir() ? std::string() : dir.string());
    // Loading is what decides the provider; without --load, report the plan.
    if (load && role["present"]) {
      ModelSpec spec{r.role, file, {}, {}};
      if (!r.model->fp16_manifest_id.empty() && override_path.empty())
        spec.fp16_path = dir / models::model_file_name(r.model->fp16_manifest_id);
      ModelSlot slot(spec, cfg);
      try {
        const Model& m = slot.get();
        role["provider"] = short_name(m.provider());
        role["precision"] = precision_name(m.precision());
        role["loaded_file"] = m.path().string();
      } catch (const Error& e) {
        role["error"] = e.what();
      }
    } else {
      Provider first = Provider::Cpu;
      for (Provider p : requested)
        if (is_available(p)) {
          first = p;
          break;
        }
      role["provider"] = short_name(first);
      role["precision"] = precision_name(resolve_precision(cfg.precision, first));
      role["planned"] = true;
    }
    j["roles"].push_back(role);
  }

  j["cameras"] = media::describe_cameras();
  j["cpu_cores"] = hardware_cores();  // after a container's CPU quota
  j["cpu_quota_cores"] = cpu_quota_cores();
  j["video_hardware_decode_types"] = media::hardware_decode_types();

  if (json_out) {
    fmt::print("{}\n", j.dump(2));
    return 0;
  }
  fmt::print("ONNX Runtime {}\n", j["onnxruntime_version"].get<std::string>());
  if (const auto lib = j["onnxruntime_library"].get<std::string>(); !lib.empty()) fmt::print("library: {}\n", lib);
  fmt::print("available providers: {}\n", fmt::join(j["available_providers"].get<std::vector<std::string>>(), ", "));
  for (const auto& r : j["provider_readiness"])
    fmt::print("  {}: {}\n", r["provider"].get<std::string>(),
               r["usable"].get<bool>() ? std::string("usable on this machine")
                                       : "not usable: " + r["reason"].get<std::string>());
  fmt::print("requested providers: {}\n", fmt::join(j["requested_providers"].get<std::vector<std::string>>(), ", "));
  for (const auto& w : j["warnings"]) fmt::print("warning: {}\n", w.get<std::string>());
  fmt::print("models directory: {}\n", dir.string());
  for (const auto& role : j["roles"]) {
    // A model that failed to load has an error instead of a provider and precision.
    fmt::print("  {:<10} {:<8} {:<5} {}{}\n", role["role"].get<std::string>(), role.value("provider", "-"),
               role.value("precision", "-"), role["file"].get<std::string>(),
               role["present"].get<bool>() ? "" : fmt::format("  (missing: {})", role["fetch"].get<std::string>()));
    if (role.contains("error")) fmt::print("             error: {}\n", role["error"].get<std::string>());
  }
  fmt::print("CPU cores used: {}{}\n", j["cpu_cores"].get<int>(),
             cpu_quota_cores() > 0 ? fmt::format(" (container CPU quota of {})", cpu_quota_cores()) : std::string());
  const auto hw = j["video_hardware_decode_types"].get<std::vector<std::string>>();
  fmt::print("video decode devices this FFmpeg knows (--hw-decode; the machine may lack them): {}\n",
             hw.empty() ? std::string("none") : fmt::format("{}", fmt::join(hw, ", ")));
  fmt::print("cameras:\n");
  for (const auto& line : j["cameras"]) fmt::print("  {}\n", line.get<std::string>());
  return 0;
}

Registrar reg(90, [](CLI::App& root, GlobalOptions& g) {
  auto* sub = root.add_subcommand("doctor", "Show ONNX Runtime, providers, cameras and model files");
  add_global_options(*sub, g);
  static bool json = false, load = false;
  sub->add_flag("--json", json, "Machine-readable output");
  sub->add_flag("--load", load, "Load each present model to report the provider and precision actually used");
  sub->callback([&g] { run_doctor(g, json, load); });
});

}  // namespace
}  // namespace swapcam::cli
