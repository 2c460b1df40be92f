#pragma once
// A loaded ONNX model: one ORT session plus what was decided at load (provider, precision) and the
// I/O it declares. Immutable after load; run() may be called from many threads at once (ORT
// sessions support concurrent Run).
#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "runtime/providers.h"
#include "runtime/tensor.h"

namespace Ort { struct Session; }

namespace swapcam::runtime {

enum class Precision { Auto, Fp32, Fp16 };
std::string_view precision_name(Precision p);
Precision parse_precision(std::string_view s);  // throws Error(Usage)
// fp16 only where the provider runs it well (tensor cores / ANE / DirectML); fp32 on CPU.
bool provider_prefers_fp16(Provider p);
// Auto -> Fp16 or Fp32 for this provider; explicit requests are kept.
Precision resolve_precision(Precision requested, Provider p);

struct RuntimeConfig {
  std::vector<Provider> providers;  // preference order; empty: default_provider_order()
  int intra_op_threads = 0;         // 0: ORT's default (one per physical core)
  Precision precision = Precision::Auto;
  ProviderOptions options;
  bool warmup = true;
};

struct TensorInfo {
  std::string name;
  std::vector<int64_t> shape;  // -1 (or any negative) for a dynamic dimension
  ElementType type = ElementType::Float32;
};

// What to load. fp16_path is the half-precision variant, used when the precision resolves to fp16.
struct ModelSpec {
  std::string role;                     // "detector", "swapper", ... (for messages)
  std::filesystem::path path;           // fp32 file
  std::filesystem::path fp16_path;      // optional fp16 file
  // Concrete shapes for the warm-up run, by input name; dynamic dims not listed become 1.
  std::map<std::string, std::vector<int64_t>> warmup_shapes;
};

class Model {
 public:
  ~Model();
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  const std::filesystem::path& path() const { return path_; }
  const std::string& role() const { return role_; }
  Provider provider() const { return provider_; }
  // Fp16 when the file's float tensors are half precision (or the fp16 variant was chosen).
  Precision precision() const { return precision_; }
  const std::vector<TensorInfo>& inputs() const { return inputs_; }
  const std::vector<TensorInfo>& outputs() const { return outputs_; }
  int input_index(std::string_view name) const;  // -1 when absent

  // Runs the model on float32 inputs given in the order of inputs(); converts to the model's
  // element types and back. Returns every output in the order of outputs(). Throws Error(Runtime).
  std::vector<Tensor> run(std::span<const TensorView> inputs) const;

  // Raw session, for IO binding and other advanced use.
  Ort::Session& session() const { return *session_; }

  // Warm-up runs performed on this load (0 or 1), and whether the warm-up failed.
  int warmup_runs() const { return warmup_runs_.load(); }
  const std::optional<std::string>& warmup_error() const { return warmup_error_; }

  // Loads the model with the first provider of cfg that works. Every provider that is unavailable
  // or fails is reported (log warning) with the reason, and the next one is tried.
  // Throws Error(NotFound) for a missing file, Error(Runtime/InvalidData) naming file,
  // provider(s) and reason otherwise.
  static std::unique_ptr<Model> load(const ModelSpec& spec, const RuntimeConfig& cfg);

 private:
  Model() = default;
  void warm_up(const ModelSpec& spec);

  std::filesystem::path path_;
  std::string role_;
  Provider provider_ = Provider::Cpu;
  Precision precision_ = Precision::Fp32;
  std::vector<TensorInfo> inputs_, outputs_;
  std::unique_ptr<Ort::Session> session_;
  std::atomic<int> warmup_runs_{0};
  std::optional<std::string> warmup_error_;
};

}  // namespace swapcam::runtime
