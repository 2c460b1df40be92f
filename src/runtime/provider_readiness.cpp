#include "runtime/provider_readiness.h"

#include <onnxruntime_cxx_api.h>

#if defined(__unix__) || defined(__APPLE__)
#include <dlfcn.h>
#endif

#include "runtime/environment.h"
#include "runtime/provider_options.h"

namespace swapcam::runtime {

std::string explain_provider_failure(std::string_view reason) {
  struct Hint {
    std::string_view library;  // a prefix of the file name in the loader's message
    std::string_view meaning;
  };
  // The 1.29 GPU plugins are built for CUDA 13, cuDNN 9 and TensorRT 10 (docs/MODELS.md is silent on
  // GPUs; ../shared/spec/onnxruntime.md has the facts).
  static constexpr Hint kHints[] = {
      {"libcuda.so", "the NVIDIA driver is not installed or not visible (in a container: run it with GPU access)"},
      {"libcudart.so", "the CUDA 13 runtime is missing: install NVIDIA's CUDA 13 runtime libraries"},
      {"libcublas", "CUDA 13's cuBLAS is missing: install NVIDIA's CUDA 13 libraries"},
      {"libcufft", "CUDA 13's cuFFT is missing: install NVIDIA's CUDA 13 libraries"},
      {"libcurand", "CUDA 13's cuRAND is missing: install NVIDIA's CUDA 13 libraries"},
      {"libcudnn", "cuDNN 9 is missing: install NVIDIA's cuDNN 9 for CUDA 13"},
      {"libnvinfer", "TensorRT 10 is missing: install NVIDIA's TensorRT 10"},
      {"libnvonnxparser", "TensorRT 10's ONNX parser is missing: install NVIDIA's TensorRT 10"},
      {"libonnxruntime_providers_shared",
       "the provider plugins are not beside libonnxruntime: use an install made "
       "by scripts/bootstrap-onnxruntime.sh --gpu or your own GPU build"},
      {"libonnxruntime_providers_cuda", "the CUDA provider plugin is missing beside libonnxruntime"},
      {"libonnxruntime_providers_tensorrt", "the TensorRT provider plugin is missing beside libonnxruntime"},
  };
  // The library that failed is the one before ": cannot open shared object file"; fall back to any
  // mention (the message also names the plugin that was being loaded).
  const size_t cannot = reason.find(": cannot open shared object file");
  const std::string_view culprit = cannot == std::string_view::npos
                                       ? reason
                                       : reason.substr(0, cannot).substr(reason.substr(0, cannot).rfind(' ') + 1);
  for (std::string_view where : {culprit, reason})
    for (const Hint& h : kHints)
      if (where.find(h.library) != std::string_view::npos) return std::string(h.meaning);
  if (reason.find("no CUDA-capable device") != std::string_view::npos ||
      reason.find("CUDA failure 100") != std::string_view::npos)
    return "no NVIDIA GPU was found";
  return {};
}

std::optional<std::string> provider_unusable_reason(Provider p, const RuntimeConfig& cfg) {
  if (p == Provider::Cpu) return std::nullopt;
  if (!is_available(p)) return std::string("not in this ONNX Runtime build");
  try {
    Ort::SessionOptions so;
    append_providers(so, providers_to_append(p, cfg, resolve_precision(cfg.precision, p)));
    return std::nullopt;
  } catch (const Ort::Exception& e) {
    std::string why = user_message(e.what());
    if (const std::string hint = explain_provider_failure(why); !hint.empty()) why += "; " + hint;
    return why;
  } catch (const std::exception& e) {
    return std::string(e.what());
  }
}

std::string ort_library_file() {
#if defined(__unix__) || defined(__APPLE__)
  Dl_info info{};
  if (dladdr(reinterpret_cast<const void*>(&OrtGetApiBase), &info) && info.dli_fname) return info.dli_fname;
#endif
  return {};
}

}  // namespace swapcam::runtime
