#pragma once
// The model specs and runtime configuration the runtime tests load generated models with.
#include <string>

#include "runtime/model.h"
#include "test_support.h"

namespace swapcam::test {

// A generated model (and optionally its fp16 twin) in the swapper role.
inline runtime::ModelSpec swapper_spec(const std::string& file, const std::string& fp16_file = {}) {
  runtime::ModelSpec s;
  s.role = "swapper";
  s.path = model(file);
  if (!fp16_file.empty()) s.fp16_path = model(fp16_file);
  return s;
}

// The CPU provider on one thread: the tests run in parallel.
inline runtime::RuntimeConfig cpu_config() {
  runtime::RuntimeConfig cfg;
  cfg.providers = {runtime::Provider::Cpu};
  cfg.intra_op_threads = 1;
  return cfg;
}

}  // namespace swapcam::test
