#pragma once
// What a session gets appended for one provider: ORT's key/value options, decided without touching
// ONNX Runtime (so every provider's options are testable on a CPU build), and the one step that hands
// them to ORT.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "runtime/model.h"

namespace Ort {
struct SessionOptions;
}

namespace swapcam::runtime {

using OptionList = std::vector<std::pair<std::string, std::string>>;

// The values ORT 1.29 accepts for CoreML's MLComputeUnits; any other spelling fails the append.
inline constexpr std::string_view kCoreMlComputeUnits[] = {"CPUOnly", "CPUAndNeuralEngine", "CPUAndGPU", "ALL"};

// Per-user root for provider caches: $XDG_CACHE_HOME/swapcam (absolute paths only, as XDG says), else
// $HOME/.cache/swapcam; empty when neither is usable. Never /tmp: other users can write there, and
// TensorRT would load an engine planted in it.
std::filesystem::path default_cache_root(const char* xdg_cache_home, const char* home);
// One provider's cache directory: `specific` when set, else <cache_root>/<sub> (the default root from
// the process environment when cache_root is empty); empty when there is nowhere to put it.
std::filesystem::path provider_cache_dir(const ProviderOptions& o, const std::filesystem::path& specific,
                                         std::string_view sub);

// ORT's options for provider p on a model that runs at `resolved` precision (Fp32 or Fp16). CPU has
// none. Throws Error(Usage) for a CoreML compute-units value ORT would reject.
OptionList provider_option_map(Provider p, const RuntimeConfig& cfg, Precision resolved);

// The configuration one session is built with. ORT forbids ordinary Run calls on a session that
// captures a CUDA graph, so the model's shared session never does (graph_session false); a BoundRun
// with tuning.cuda_graph opens one of its own (true).
RuntimeConfig session_config(const RuntimeConfig& cfg, bool graph_session);

struct ProviderAppend {
  Provider provider;
  OptionList options;
};
// What a session for p gets appended, in order. TensorRT brings CUDA behind it, so nodes TensorRT
// rejects run on the GPU, not the CPU; that CUDA captures no graph of its own.
std::vector<ProviderAppend> providers_to_append(Provider p, const RuntimeConfig& cfg, Precision resolved);

// Appends them to `so`, creating the process's Ort::Env first (ORT's provider options need its
// logger). Creates the cache directories named in the options once the provider is appended (ORT
// reads them when the session is created). Throws Ort::Exception when a provider's library or device
// cannot be used.
void append_providers(Ort::SessionOptions& so, const std::vector<ProviderAppend>& appends);

// The value of `key` in `options`; nullptr when absent.
const std::string* find_option(const OptionList& options, std::string_view key);

}  // namespace swapcam::runtime
