#pragma once
// The model cache of a front end that swaps many times with changing settings (the GUI's preview):
// the models of the previous request are kept while nothing they are made of changes
// (pipeline::SwapModelInputs, compared member by member), and the prepared source faces while the
// source, reference and map files are the same files, unchanged. Loading a swapper takes seconds and
// preparing sources runs the detector and recogniser, so neither may happen per frame or per slider move.
//
// Not thread-safe: one thread owns a cache (the models it hands out are shared and thread-safe).
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/image_pipeline.h"

namespace swapcam::facade {

// A model of a swap that has loaded: which one, where it runs and at what precision.
struct ModelInUse {
  std::string role;  // "detector", "swapper"
  runtime::Provider provider;
  runtime::Precision precision;
};
// The detector and swapper of `m` that have loaded so far (models load on first use).
std::vector<ModelInUse> models_in_use(const pipeline::SwapModels& m);

class ModelCache {
 public:
  // The models for `o`: the previous ones when swap_model_inputs(o) is unchanged, else new ones (which
  // also forgets the prepared sources). Throws what SwapModels throws; the cache is then empty.
  std::shared_ptr<const pipeline::SwapModels> models(const pipeline::SwapOptions& o);
  // The source faces of `o` prepared on models(o): kept while models, sources, reference face and map
  // file (by path, size and modification time) are unchanged.
  const pipeline::PreparedSources& sources(const pipeline::SwapOptions& o);
  void clear();

  // How many times models were made and sources prepared (what the cache saved is the difference).
  int64_t model_loads() const { return model_loads_; }
  int64_t source_preparations() const { return source_preparations_; }

 private:
  std::optional<pipeline::SwapModelInputs> inputs_;
  std::shared_ptr<const pipeline::SwapModels> models_;
  std::string sources_key_;
  std::optional<pipeline::PreparedSources> sources_;
  int64_t model_loads_ = 0, source_preparations_ = 0;
};

}  // namespace swapcam::facade
