#include "runtime/providers.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <onnxruntime_cxx_api.h>

#include "core/error.h"

namespace swapcam::runtime {

namespace {
struct ProviderNames {
  Provider provider;
  std::string_view short_name;
  std::string_view ort_name;
};
constexpr std::array<ProviderNames, 6> kNames{{
    {Provider::Cpu, "cpu", "CPUExecutionProvider"},
    {Provider::Cuda, "cuda", "CUDAExecutionProvider"},
    {Provider::TensorRt, "tensorrt", "TensorrtExecutionProvider"},
    {Provider::CoreMl, "coreml", "CoreMLExecutionProvider"},
    {Provider::DirectMl, "directml", "DmlExecutionProvider"},
    {Provider::OpenVino, "openvino", "OpenVINOExecutionProvider"},
}};

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}
}  // namespace

std::string_view short_name(Provider p) {
  for (const auto& n : kNames)
    if (n.provider == p) return n.short_name;
  return "unknown";
}

std::string_view ort_name(Provider p) {
  for (const auto& n : kNames)
    if (n.provider == p) return n.ort_name;
  return "unknown";
}

Provider parse_provider(std::string_view name) {
  const std::string want = lower(name);
  for (const auto& n : kNames) {
    if (want == n.short_name || want == lower(n.ort_name)) return n.provider;
  }
  if (want == "dml") return Provider::DirectMl;
  if (want == "rocm" || want == "rocmexecutionprovider")
    fail(ErrorKind::Usage,
         "execution provider '{}' does not exist in ONNX Runtime 1.29 (AMD GPUs use its MIGraphX provider, "
         "which swapcam does not support yet); expected cpu, cuda, tensorrt, coreml, directml or openvino",
         name);
  fail(ErrorKind::Usage, "unknown execution provider '{}' (expected cpu, cuda, tensorrt, coreml, directml or openvino)",
       name);
}

std::vector<Provider> parse_provider_list(std::string_view csv) {
  std::vector<Provider> out;
  size_t start = 0;
  while (start <= csv.size()) {
    size_t end = csv.find(',', start);
    if (end == std::string_view::npos) end = csv.size();
    std::string_view item = csv.substr(start, end - start);
    while (!item.empty() && std::isspace(static_cast<unsigned char>(item.front()))) item.remove_prefix(1);
    while (!item.empty() && std::isspace(static_cast<unsigned char>(item.back()))) item.remove_suffix(1);
    if (!item.empty()) {
      Provider p = parse_provider(item);
      if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
    }
    start = end + 1;
  }
  if (out.empty()) fail(ErrorKind::Usage, "empty execution provider list");
  return out;
}

std::vector<std::string> available_provider_names() { return Ort::GetAvailableProviders(); }

bool is_available(Provider p) {
  const auto names = available_provider_names();
  return std::find(names.begin(), names.end(), ort_name(p)) != names.end();
}

std::vector<Provider> default_provider_order() { return default_provider_order(available_provider_names()); }

std::vector<Provider> default_provider_order(const std::vector<std::string>& names) {
  // TensorRT is not in the default order: the recogniser's batch and the detector's size are dynamic,
  // so it would build engines for minutes at start and again mid-run. Ask for it with
  // --execution-provider tensorrt.
  static constexpr Provider kPreference[] = {Provider::Cuda, Provider::CoreMl, Provider::DirectMl, Provider::OpenVino};
  std::vector<Provider> order;
  for (Provider p : kPreference)
    if (std::find(names.begin(), names.end(), ort_name(p)) != names.end()) order.push_back(p);
  order.push_back(Provider::Cpu);
  return order;
}

bool compiles_graph(Provider p) { return p == Provider::TensorRt || p == Provider::CoreMl || p == Provider::DirectMl; }

bool allows_concurrent_runs(Provider p) { return p != Provider::DirectMl; }

}  // namespace swapcam::runtime
