#pragma once
// `swapcam doctor` as data: what ONNX Runtime can do here, what each model role would run on (or,
// loaded, does run on), which model files exist, the cameras, cores and video decode devices. Front
// ends present it (the CLI as text or JSON); none of them builds a model slot itself.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "facade/models.h"
#include "runtime/model.h"

namespace swapcam::facade {

struct ProviderReadiness {
  std::string provider;  // short name ("cuda")
  bool usable = false;
  std::string reason;  // why not, in words a user can act on; empty when usable
};

struct RoleReport {
  std::string role;   // the kind ("swapper"), or a classifier's own name (the filter needs all three)
  std::string model;  // the registry's name
  std::filesystem::path file;
  bool present = false;
  std::uintmax_t bytes = 0;
  std::string manifest;             // a present published file: its state against the manifest; else empty
  std::string fetch;                // a missing file: the command that fetches it; else empty
  std::string provider, precision;  // loaded, or planned (the first available provider)
  bool planned = false;             // not loaded: the plan
  std::filesystem::path loaded_file;
  std::string error;  // loading failed: why (no provider or precision then)
};

struct SystemReport {
  std::string ort_version, ort_library;
  std::vector<std::string> available_providers, requested_providers;
  std::vector<std::string> warnings;
  std::vector<ProviderReadiness> readiness;  // each GPU provider this build has
  std::filesystem::path models_dir;
  std::vector<RoleReport> roles;
  std::vector<std::string> cameras;
  int cpu_cores = 0;        // after a container's CPU quota
  int cpu_quota_cores = 0;  // 0: no quota
  std::vector<std::string> hardware_decode_types;
};

// `load`: load each present model (reporting the provider and precision it got, or its error);
// otherwise the plan. Never throws for a model that fails to load.
SystemReport system_report(const ModelSource& source, const runtime::RuntimeConfig& cfg, bool load);

}  // namespace swapcam::facade
