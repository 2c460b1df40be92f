// swapcam doctor: what ONNX Runtime can do here, what each role would run on, which models exist
// (facade::system_report), as text or JSON.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "apps/cli/cli.h"
#include "facade/doctor.h"

namespace swapcam::cli {
namespace {

nlohmann::json to_json(const facade::SystemReport& r) {
  nlohmann::json j;
  j["onnxruntime_version"] = r.ort_version;
  j["onnxruntime_library"] = r.ort_library;
  j["available_providers"] = r.available_providers;
  j["requested_providers"] = r.requested_providers;
  j["warnings"] = r.warnings;
  j["provider_readiness"] = nlohmann::json::array();
  for (const auto& p : r.readiness)
    j["provider_readiness"].push_back({{"provider", p.provider}, {"usable", p.usable}, {"reason", p.reason}});
  j["models_dir"] = r.models_dir.string();
  j["roles"] = nlohmann::json::array();
  for (const auto& role : r.roles) {
    nlohmann::json o;
    o["role"] = role.role;
    o["model"] = role.model;
    o["file"] = role.file.string();
    o["present"] = role.present;
    if (role.present) o["bytes"] = role.bytes;
    if (!role.manifest.empty()) o["manifest"] = role.manifest;
    if (!role.fetch.empty()) o["fetch"] = role.fetch;
    if (role.error.empty()) {
      o["provider"] = role.provider;
      o["precision"] = role.precision;
    } else o["error"] = role.error;
    if (role.planned) o["planned"] = true;
    if (!role.loaded_file.empty()) o["loaded_file"] = role.loaded_file.string();
    j["roles"].push_back(o);
  }
  j["cameras"] = r.cameras;
  j["cpu_cores"] = r.cpu_cores;
  j["cpu_quota_cores"] = r.cpu_quota_cores;
  j["video_hardware_decode_types"] = r.hardware_decode_types;
  return j;
}

void print_text(const facade::SystemReport& r) {
  fmt::print("ONNX Runtime {}\n", r.ort_version);
  if (!r.ort_library.empty()) fmt::print("library: {}\n", r.ort_library);
  fmt::print("available providers: {}\n", fmt::join(r.available_providers, ", "));
  for (const auto& p : r.readiness)
    fmt::print("  {}: {}\n", p.provider, p.usable ? std::string("usable on this machine") : "not usable: " + p.reason);
  fmt::print("requested providers: {}\n", fmt::join(r.requested_providers, ", "));
  for (const auto& w : r.warnings) fmt::print("warning: {}\n", w);
  fmt::print("models directory: {}\n", r.models_dir.string());
  for (const auto& role : r.roles) {
    // A model that failed to load has an error instead of a provider and precision.
    const bool loaded = role.error.empty();
    fmt::print("  {:<10} {:<8} {:<5} {}{}\n", role.role, loaded ? role.provider : "-", loaded ? role.precision : "-",
               role.file.string(), role.present ? "" : fmt::format("  (missing: {})", role.fetch));
    if (!loaded) fmt::print("             error: {}\n", role.error);
  }
  fmt::print("CPU cores used: {}{}\n", r.cpu_cores,
             r.cpu_quota_cores > 0 ? fmt::format(" (container CPU quota of {})", r.cpu_quota_cores) : std::string());
  fmt::print("video decode devices this FFmpeg knows (--hw-decode; the machine may lack them): {}\n",
             r.hardware_decode_types.empty() ? std::string("none")
                                             : fmt::format("{}", fmt::join(r.hardware_decode_types, ", ")));
  fmt::print("cameras:\n");
  for (const auto& line : r.cameras) fmt::print("  {}\n", line);
}

int run_doctor(const GlobalOptions& g, bool json_out, bool load) {
  const facade::SystemReport report = facade::system_report(g.model_source(), g.runtime_config(), load);
  if (json_out) fmt::print("{}\n", to_json(report).dump(2));
  else print_text(report);
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
