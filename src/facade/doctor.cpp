#include "facade/doctor.h"

#include <fmt/format.h>

#include "core/cpu_cores.h"
#include "core/error.h"
#include "media/camera.h"
#include "media/video_reader.h"
#include "models/locate.h"
#include "models/manifest.h"
#include "models/registry.h"
#include "models/status.h"
#include "process/content_filter.h"
#include "runtime/environment.h"
#include "runtime/model_slot.h"
#include "runtime/provider_readiness.h"
#include "runtime/providers.h"

namespace swapcam::facade {

namespace {

namespace fs = std::filesystem;

// Each kind's default model and every content-filter classifier, straight from the registry.
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
fs::path override_for(const ModelSource& src, const models::ModelDescriptor& d) {
  if (d.kind == models::Role::Classifier) {
    for (size_t i = 0; i < process::kContentClassifiers.size(); ++i)
      if (process::kContentClassifiers[i].id == d.name) return src.classifiers[i];
    return {};
  }
  const auto* o = src.override_for(d.kind);
  return o ? *o : fs::path();
}

}  // namespace

SystemReport system_report(const ModelSource& source, const runtime::RuntimeConfig& cfg, bool load) {
  using namespace runtime;
  SystemReport r;
  r.ort_version = ort_version();
  r.ort_library = ort_library_file();
  r.available_providers = available_provider_names();
  const std::vector<Provider> requested = cfg.providers.empty() ? default_provider_order() : cfg.providers;
  for (Provider p : requested) {
    r.requested_providers.emplace_back(short_name(p));
    if (!is_available(p))
      r.warnings.push_back(fmt::format(
          "execution provider {} is not available in this ONNX Runtime build; the next one in the list (or cpu) "
          "will be used",
          short_name(p)));
  }
  // Each GPU provider this build has: usable here, or why not (a missing driver, CUDA, cuDNN, TensorRT).
  for (Provider p : {Provider::TensorRt, Provider::Cuda, Provider::CoreMl, Provider::DirectMl, Provider::OpenVino}) {
    if (!is_available(p)) continue;
    const auto why = provider_unusable_reason(p, cfg);
    r.readiness.push_back({std::string(short_name(p)), !why, why ? *why : std::string()});
  }
  const fs::path dir = source.directory();
  r.models_dir = dir;
  const std::string dir_arg = dir == models::default_models_dir() ? std::string() : dir.string();
  Provider first = Provider::Cpu;
  for (Provider p : requested)
    if (is_available(p)) {
      first = p;
      break;
    }

  for (const auto& rm : doctor_roles()) {
    RoleReport role;
    role.role = rm.role;
    role.model = std::string(rm.model->name);
    const std::string id(rm.model->manifest_id);
    const fs::path override_path = override_for(source, *rm.model);
    role.file = override_path.empty() ? dir / models::model_file_name(id) : override_path;
    role.present = fs::is_regular_file(role.file);
    if (role.present) role.bytes = fs::file_size(role.file);
    if (role.present && override_path.empty())  // a published name: is it the published file? (warns if not)
      role.manifest = std::string(models::state_name(models::verify_model_file(
          *models::find_entry(models::builtin_manifest(), id), role.file, dir, models::fetch_command(id, dir_arg))));
    if (!role.present) role.fetch = models::fetch_command(id, dir_arg);
    // Loading is what decides the provider; without `load`, the plan.
    if (load && role.present) {
      ModelSpec spec{role.role, role.file, {}, {}};
      if (!rm.model->fp16_manifest_id.empty() && override_path.empty())
        spec.fp16_path = dir / models::model_file_name(rm.model->fp16_manifest_id);
      ModelSlot slot(spec, cfg);
      try {
        const Model& m = slot.get();
        role.provider = short_name(m.provider());
        role.precision = precision_name(m.precision());
        role.loaded_file = m.path();
      } catch (const Error& e) {
        role.error = e.what();
      }
    } else {
      role.provider = short_name(first);
      role.precision = precision_name(resolve_precision(cfg.precision, first));
      role.planned = true;
    }
    r.roles.push_back(std::move(role));
  }

  r.cameras = media::describe_cameras();
  r.cpu_cores = hardware_cores();
  r.cpu_quota_cores = cpu_quota_cores();
  r.hardware_decode_types = media::hardware_decode_types();
  return r;
}

}  // namespace swapcam::facade
