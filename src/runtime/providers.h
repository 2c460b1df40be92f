#pragma once
// Execution providers: names, availability, preference order and per-provider options.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace swapcam::runtime {

// No ROCm: ONNX Runtime 1.29 has no ROCm provider (AMD GPUs have MIGraphX, not supported yet), so
// parse_provider rejects "rocm" with that reason.
enum class Provider { Cpu, Cuda, TensorRt, CoreMl, DirectMl, OpenVino };

// Providers that compile the graph into their own kernels (TensorRT engines, CoreML programs, DirectML
// graphs): an optimised ONNX file saved from such a session is not loadable elsewhere.
bool compiles_graph(Provider p);
// Whether one session may run on several threads at once (DirectML forbids it).
bool allows_concurrent_runs(Provider p);

// Short lower-case name used on the command line: "cpu", "cuda", "tensorrt", ...
std::string_view short_name(Provider p);
// ONNX Runtime's name: "CPUExecutionProvider", ...
std::string_view ort_name(Provider p);
// Parses one short name (case-insensitive; ORT's long name also accepted). Throws Error(Usage).
Provider parse_provider(std::string_view name);
// Parses "cuda,cpu". Throws Error(Usage) on an unknown name or an empty list.
std::vector<Provider> parse_provider_list(std::string_view csv);

// ORT names reported by Ort::GetAvailableProviders() for the library actually loaded.
std::vector<std::string> available_provider_names();
bool is_available(Provider p);
// Best available first (CUDA > CoreML > DirectML > OpenVINO > CPU); always ends with CPU. TensorRT only
// when asked for (dynamic shapes make it rebuild engines).
std::vector<Provider> default_provider_order();
// The same for a given list of ORT provider names (as available_provider_names() returns them).
std::vector<Provider> default_provider_order(const std::vector<std::string>& available_names);

// Explicit options for each provider (product.md, "The runtime contract").
struct ProviderOptions {
  // CUDA
  int cuda_device_id = 0;
  std::string cuda_conv_algo_search = "EXHAUSTIVE";     // EXHAUSTIVE | HEURISTIC | DEFAULT
  std::string cuda_arena_strategy = "kNextPowerOfTwo";  // kNextPowerOfTwo | kSameAsRequested
  // TensorRT (fp16 follows the model's resolved precision)
  std::filesystem::path tensorrt_engine_cache;  // empty: <cache>/tensorrt
  // CoreML
  std::string coreml_model_format = "MLProgram";  // MLProgram | NeuralNetwork
  std::string coreml_compute_units = "ALL";       // CPUOnly | CPUAndNeuralEngine | CPUAndGPU | ALL
  bool coreml_static_shapes = false;              // on has made ORT fall back to CPU in some versions
  std::filesystem::path coreml_cache;             // empty: <cache>/coreml
  // OpenVINO
  std::string openvino_device = "CPU";
  // DirectML
  int directml_device_id = 0;
  // Root for provider caches when the specific directory is empty; empty: default_cache_root().
  std::filesystem::path cache_root;
  // Every member compared (facade::ModelCache reuses models only for equal configurations).
  bool operator==(const ProviderOptions&) const = default;
};

}  // namespace swapcam::runtime
