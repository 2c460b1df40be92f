#include "facade/model_cache.h"

#include <fmt/format.h>

#include "runtime/model_slot.h"

namespace swapcam::facade {

namespace fs = std::filesystem;

namespace {

// A file by path, size and modification time: an edited photo under the same name is a new source.
std::string file_key(const fs::path& p) {
  if (p.empty()) return "-";
  std::error_code ec;
  const auto size = fs::file_size(p, ec);
  const auto time = fs::last_write_time(p, ec).time_since_epoch().count();
  return fmt::format("{}|{}|{}", p.string(), ec ? 0 : size, ec ? 0 : time);
}

std::string sources_key(const pipeline::SwapOptions& o) {
  std::string key;
  for (const auto& s : o.sources) key += file_key(s) + "\n";
  key += "ref " + file_key(o.reference_face) + "\nmap " + file_key(o.map_faces);
  return key;
}

}  // namespace

std::shared_ptr<const pipeline::SwapModels> ModelCache::models(const pipeline::SwapOptions& o) {
  auto inputs = pipeline::swap_model_inputs(o);
  if (!models_ || !inputs_ || !(*inputs_ == inputs)) {
    clear();
    models_ = std::make_shared<const pipeline::SwapModels>(inputs);
    inputs_ = std::move(inputs);
    ++model_loads_;
  }
  return models_;
}

const pipeline::PreparedSources& ModelCache::sources(const pipeline::SwapOptions& o) {
  const auto m = models(o);
  std::string key = sources_key(o);
  if (!sources_ || key != sources_key_) {
    sources_.reset();
    sources_ = pipeline::prepare_sources(*m, o);
    sources_key_ = std::move(key);
    ++source_preparations_;
  }
  return *sources_;
}

std::vector<ModelInUse> models_in_use(const pipeline::SwapModels& m) {
  std::vector<ModelInUse> out;
  auto add = [&](const char* role, const runtime::ModelSlot& slot) {
    if (const runtime::Model* loaded = slot.peek()) out.push_back({role, loaded->provider(), loaded->precision()});
  };
  add("detector", m.analyser().detector().slot());
  if (m.has_swapper()) add("swapper", m.swapper().slot());
  return out;
}

void ModelCache::clear() {
  inputs_.reset();
  models_.reset();
  sources_.reset();
  sources_key_.clear();
}

}  // namespace swapcam::facade
