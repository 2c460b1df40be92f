#include "runtime/provider_options.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <unordered_map>

#include <onnxruntime_cxx_api.h>

#include "core/error.h"
#include "core/log.h"
#include "runtime/environment.h"

namespace swapcam::runtime {

std::filesystem::path default_cache_root(const char* xdg_cache_home, const char* home) {
  if (xdg_cache_home && *xdg_cache_home) {
    std::filesystem::path xdg(xdg_cache_home);
    if (xdg.is_absolute()) return xdg / "swapcam";
  }
  if (home && *home) return std::filesystem::path(home) / ".cache" / "swapcam";
  return {};
}

std::filesystem::path provider_cache_dir(const ProviderOptions& o, const std::filesystem::path& specific,
                                         std::string_view sub) {
  if (!specific.empty()) return specific;
  const auto root =
      o.cache_root.empty() ? default_cache_root(std::getenv("XDG_CACHE_HOME"), std::getenv("HOME")) : o.cache_root;
  if (root.empty()) return {};
  return root / sub;
}

const std::string* find_option(const OptionList& options, std::string_view key) {
  for (const auto& [k, v] : options)
    if (k == key) return &v;
  return nullptr;
}

namespace {

const char* flag(bool on) { return on ? "1" : "0"; }

OptionList cuda_options(const RuntimeConfig& cfg, bool cuda_graph) {
  const ProviderOptions& o = cfg.options;
  return {{"device_id", std::to_string(o.cuda_device_id)},
          {"cudnn_conv_algo_search", o.cuda_conv_algo_search},
          {"arena_extend_strategy", o.cuda_arena_strategy},
          {"enable_cuda_graph", flag(cuda_graph)}};
}

}  // namespace

OptionList provider_option_map(Provider p, const RuntimeConfig& cfg, Precision resolved) {
  const ProviderOptions& o = cfg.options;
  switch (p) {
    case Provider::Cpu: return {};
    case Provider::Cuda: return cuda_options(cfg, cfg.tuning.cuda_graph);
    case Provider::TensorRt: {
      OptionList out{{"device_id", std::to_string(o.cuda_device_id)},
                     // Only when the model is meant to run fp16: TensorRT would otherwise pick fp16
                     // kernels behind an fp32 request, out of the NaN guard's sight.
                     {"trt_fp16_enable", flag(resolved == Precision::Fp16)}};
      const auto cache = provider_cache_dir(o, o.tensorrt_engine_cache, "tensorrt");
      // The timing cache sits beside the engines: rebuilding an engine for a new shape reuses it.
      // No per-user directory: no caches, rather than a shared one.
      out.insert(out.end(), {{"trt_engine_cache_enable", flag(!cache.empty())},
                             {"trt_timing_cache_enable", flag(!cache.empty())}});
      if (!cache.empty())
        out.insert(out.end(), {{"trt_engine_cache_path", cache.string()}, {"trt_timing_cache_path", cache.string()}});
      out.emplace_back("trt_cuda_graph_enable", flag(cfg.tuning.cuda_graph));
      return out;
    }
    case Provider::CoreMl: {
      if (std::find(std::begin(kCoreMlComputeUnits), std::end(kCoreMlComputeUnits), o.coreml_compute_units) ==
          std::end(kCoreMlComputeUnits))
        fail(ErrorKind::Usage, "CoreML compute units '{}' (expected CPUOnly, CPUAndNeuralEngine, CPUAndGPU or ALL)",
             o.coreml_compute_units);
      OptionList out{{"ModelFormat", o.coreml_model_format},
                     {"MLComputeUnits", o.coreml_compute_units},
                     {"RequireStaticInputShapes", flag(o.coreml_static_shapes)}};
      if (const auto cache = provider_cache_dir(o, o.coreml_cache, "coreml"); !cache.empty())
        out.emplace_back("ModelCacheDirectory", cache.string());
      return out;
    }
    case Provider::DirectMl: return {{"device_id", std::to_string(o.directml_device_id)}};
    case Provider::OpenVino: return {{"device_type", o.openvino_device}};
  }
  return {};
}

RuntimeConfig session_config(const RuntimeConfig& cfg, bool graph_session) {
  RuntimeConfig out = cfg;
  out.tuning.cuda_graph = cfg.tuning.cuda_graph && graph_session;
  return out;
}

std::vector<ProviderAppend> providers_to_append(Provider p, const RuntimeConfig& cfg, Precision resolved) {
  std::vector<ProviderAppend> out{{p, provider_option_map(p, cfg, resolved)}};
  // One provider captures the CUDA graph: TensorRT's when asked, never the CUDA one behind it.
  if (p == Provider::TensorRt) out.push_back({Provider::Cuda, cuda_options(cfg, false)});
  return out;
}

namespace {

// TensorRT creates only the last level of its cache path; CoreML expects the directory to exist.
void create_cache_dirs(const OptionList& options) {
  for (const char* key : {"trt_engine_cache_path", "trt_timing_cache_path", "ModelCacheDirectory"}) {
    const std::string* dir = find_option(options, key);
    if (!dir) continue;
    std::error_code ec;
    std::filesystem::create_directories(*dir, ec);
    if (ec) log::warn("cannot create the provider cache directory '{}': {}", *dir, ec.message());
  }
}

template <typename T, typename Update>
void update_options(T* opts, Update fn, const OptionList& options) {
  std::vector<const char*> keys, values;
  for (const auto& [k, v] : options) {
    keys.push_back(k.c_str());
    values.push_back(v.c_str());
  }
  Ort::ThrowOnError(fn(opts, keys.data(), values.data(), keys.size()));
}

std::unordered_map<std::string, std::string> as_map(const OptionList& options) {
  return {options.begin(), options.end()};
}

void append_one(Ort::SessionOptions& so, const ProviderAppend& a) {
  const OrtApi& api = Ort::GetApi();
  switch (a.provider) {
    case Provider::Cpu: return;
    case Provider::Cuda: {
      OrtCUDAProviderOptionsV2* raw = nullptr;
      Ort::ThrowOnError(api.CreateCUDAProviderOptions(&raw));
      std::unique_ptr<OrtCUDAProviderOptionsV2, decltype(api.ReleaseCUDAProviderOptions)> opts(
          raw, api.ReleaseCUDAProviderOptions);
      update_options(opts.get(), api.UpdateCUDAProviderOptions, a.options);
      so.AppendExecutionProvider_CUDA_V2(*opts);
      return;
    }
    case Provider::TensorRt: {
      OrtTensorRTProviderOptionsV2* raw = nullptr;
      Ort::ThrowOnError(api.CreateTensorRTProviderOptions(&raw));
      std::unique_ptr<OrtTensorRTProviderOptionsV2, decltype(api.ReleaseTensorRTProviderOptions)> opts(
          raw, api.ReleaseTensorRTProviderOptions);
      update_options(opts.get(), api.UpdateTensorRTProviderOptions, a.options);
      so.AppendExecutionProvider_TensorRT_V2(*opts);
      return;
    }
    case Provider::CoreMl: so.AppendExecutionProvider("CoreML", as_map(a.options)); return;
    case Provider::DirectMl:
      // DirectML does not support memory patterns or parallel execution.
      so.DisableMemPattern();
      so.SetExecutionMode(ExecutionMode::ORT_SEQUENTIAL);
      so.AppendExecutionProvider("DML", as_map(a.options));
      return;
    case Provider::OpenVino: so.AppendExecutionProvider_OpenVINO_V2(as_map(a.options)); return;
  }
}

}  // namespace

void append_providers(Ort::SessionOptions& so, const std::vector<ProviderAppend>& appends) {
  environment();
  for (const auto& a : appends) {
    append_one(so, a);
    create_cache_dirs(a.options);  // after: a provider that cannot load leaves no directories behind
  }
}

}  // namespace swapcam::runtime
