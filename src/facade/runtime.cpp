#include "facade/runtime.h"

#include "core/error.h"

namespace swapcam::facade {

runtime::RuntimeConfig make_runtime_config(const RuntimeChoice& c) {
  runtime::RuntimeConfig cfg;
  // An explicit list without the CPU still ends on it: runtime::Model::load falls back to it, saying so.
  if (!c.providers.empty() && c.providers != "auto") cfg.providers = runtime::parse_provider_list(c.providers);
  if (c.threads < 0 || c.threads > kMaxExecutionThreads)
    fail(ErrorKind::Usage, "--execution-threads must be between 0 and {} (got {})", kMaxExecutionThreads, c.threads);
  cfg.intra_op_threads = c.threads;
  cfg.precision = runtime::parse_precision(c.precision);
  cfg.options.cuda_device_id = c.device_id;
  cfg.options.directml_device_id = c.device_id;
  return cfg;
}

}  // namespace swapcam::facade
