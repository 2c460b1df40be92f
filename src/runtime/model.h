#pragma once
// A loaded ONNX model: one ORT session plus what was decided at load (provider, precision) and the
// I/O it declares. Immutable after load; run() may be called from many threads at once (ORT
// sessions support concurrent Run).
#include <atomic>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "runtime/providers.h"
#include "runtime/tensor.h"

namespace Ort {
struct Session;
}

namespace swapcam::runtime {

class Model;

enum class Precision { Auto, Fp32, Fp16 };
std::string_view precision_name(Precision p);
Precision parse_precision(std::string_view s);  // throws Error(Usage)
// fp16 only where the provider runs it well (tensor cores / ANE / DirectML); fp32 on CPU.
bool provider_prefers_fp16(Provider p);
// Auto -> Fp16 or Fp32 for this provider; explicit requests are kept.
Precision resolve_precision(Precision requested, Provider p);

enum class GraphOptimization { Disabled, Basic, Extended, All };
std::string_view graph_optimization_name(GraphOptimization g);
GraphOptimization parse_graph_optimization(std::string_view s);  // "disabled|basic|extended|all"; Error(Usage)

// Session tuning beyond the provider (docs/PERFORMANCE.md has what each did on the CPU). The defaults
// are the contract's: full graph optimisation, ORT's arena and memory patterns, spinning workers.
struct SessionTuning {
  GraphOptimization graph_optimization = GraphOptimization::All;
  bool cpu_memory_arena = true;  // ORT's arena for activations (off: plain malloc/free per run)
  bool memory_pattern = true;    // plan activation memory from the first run's shapes
  bool allow_spinning = true;    // intra-op workers busy-wait between kernels (off: yield, kinder to a shared CPU)
  int inter_op_threads = 0;      // 0: ORT's default (sequential execution uses none)
  // When set, the optimised graph is saved here on the first load (<stem>.<provider>.<level>.opt.onnx)
  // and later loads take it with optimisation off, skipping graph rewriting. CPU-specific layouts make
  // such a file valid for this machine only: it is keyed by the source file's size and mtime too.
  std::filesystem::path optimized_model_cache;
  // CUDA / TensorRT: capture the run as a CUDA graph. Needs fixed input/output addresses, i.e. a
  // BoundRun with device outputs; ignored (with a warning) elsewhere. Unmeasured here (no GPU).
  bool cuda_graph = false;
  // When set, ORT profiles every run (per-node times and shapes) into <prefix>_<date>.json;
  // Model::end_profiling() closes the file and returns its path. For measurements only.
  std::filesystem::path profile_prefix;
  bool operator==(const SessionTuning&) const = default;
};

inline constexpr int kWarmupTimeoutSeconds = 120;
inline constexpr int kCompilingWarmupTimeoutSeconds = 1800;

struct RuntimeConfig {
  std::vector<Provider> providers;  // preference order; empty: default_provider_order()
  int intra_op_threads = 0;         // 0: ORT's default (one per physical core)
  Precision precision = Precision::Auto;
  ProviderOptions options;
  bool warmup = true;
  // The longest a warm-up run may take, in seconds, before it is stopped (ORT's terminate flag) and
  // the model refused: a graph that never ends (a Loop whose condition stays true) would otherwise
  // hang the load. 0: automatic, kWarmupTimeoutSeconds, or kCompilingWarmupTimeoutSeconds on
  // providers that compile the graph on the first run (TensorRT engine builds take minutes).
  int warmup_timeout_s = 0;
  SessionTuning tuning;
  bool operator==(const RuntimeConfig&) const = default;
};

struct TensorInfo {
  std::string name;
  std::vector<int64_t> shape;  // -1 (or any negative) for a dynamic dimension
  ElementType type = ElementType::Float32;
};

// A caller-owned float32 output buffer: data must hold product(shape) values.
struct OutputView {
  float* data = nullptr;
  std::vector<int64_t> shape;
};

// What to load. fp16_path is the half-precision variant, used when the precision resolves to fp16.
struct ModelSpec {
  std::string role;                 // "detector", "swapper", ... (for messages)
  std::filesystem::path path;       // fp32 file
  std::filesystem::path fp16_path;  // optional fp16 file
  // Concrete shapes for the warm-up run, by input name; dynamic dims not listed become 1.
  std::map<std::string, std::vector<int64_t>> warmup_shapes;
  // Checks the loaded model's declared inputs and outputs before anything runs on it (the warm-up
  // included) and throws Error with a one-line reason naming the file; a failed check fails the load
  // (and is remembered by the slot). May be empty.
  std::function<void(const Model&)> validate;
};

class BoundRun;

class Model {
 public:
  ~Model();
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  const std::filesystem::path& path() const { return path_; }
  const std::string& role() const { return role_; }
  Provider provider() const { return provider_; }
  // Fp16 when the file's float tensors are half precision (or the fp16 variant was chosen).
  // Also Fp16 when the provider computes in fp16 from the fp32 file (TensorRT): the NaN guard's cue.
  Precision precision() const { return precision_; }
  // fp16 by the provider's flag (trt_fp16_enable) on an fp32 file, rather than an fp16 file.
  bool fp16_by_provider() const { return fp16_by_provider_; }
  const std::vector<TensorInfo>& inputs() const { return inputs_; }
  const std::vector<TensorInfo>& outputs() const { return outputs_; }
  int input_index(std::string_view name) const;  // -1 when absent

  // Runs the model on float32 inputs given in the order of inputs(); converts to the model's
  // element types and back. Returns every output in the order of outputs(). Throws Error(Runtime).
  std::vector<Tensor> run(std::span<const TensorView> inputs) const;

  // The same run writing into caller-owned outputs (order of outputs(), shapes as the model produces
  // them for these inputs). Float32 outputs are written by ORT in place, with no allocation or copy;
  // float16 ones go through a staging buffer. Throws Error(InvalidData) for a wrong count or shape.
  void run_into(std::span<const TensorView> inputs, std::span<const OutputView> outputs) const;

  // Raw session, for IO binding and other advanced use.
  Ort::Session& session() const { return *session_; }

  // Profiling (tuning.profile_prefix): finishes the profile and returns its file; empty when off.
  std::filesystem::path end_profiling() const;

  // The configuration this model was loaded with (tuning included).
  const RuntimeConfig& config() const { return config_; }
  // The file ORT actually read: path(), or the optimised copy from tuning.optimized_model_cache.
  const std::filesystem::path& loaded_file() const { return loaded_file_; }

  // Warm-up runs performed on this load (0 or 1), and whether the warm-up failed (not fatal). A warm-up
  // that passes the config's warmup_timeout_s is stopped and fails the load with Error(InvalidData).
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
  bool fp16_by_provider_ = false;
  std::vector<TensorInfo> inputs_, outputs_;
  // Held around Run for providers that forbid concurrent runs on one session (DirectML); unused
  // (never locked) elsewhere, where ORT sessions are safe to share.
  mutable std::mutex serial_runs_;
  std::unique_ptr<Ort::Session> session_;
  std::atomic<int> warmup_runs_{0};
  std::optional<std::string> warmup_error_;
  RuntimeConfig config_;
  std::filesystem::path loaded_file_;
  GraphOptimization loaded_level_ = GraphOptimization::All;
  // A session of its own for CUDA-graph capture (same file, provider and precision, graph on).
  std::unique_ptr<Ort::Session> open_graph_session() const;
  friend class BoundRun;
};

// Where a BoundRun keeps the outputs. Device keeps them in the provider's memory (CUDA, TensorRT,
// DirectML) so the next model can take them without a round trip; on the CPU provider it is the
// same as Host.
enum class OutputMemory { Host, Device };

// A run prepared once and repeated: inputs and outputs bound (ORT IO binding) to caller-owned
// float32 buffers. Each run() reads what the input buffers hold at that moment and leaves the results
// in the output buffers (Host) or on the device (Device, CUDA/TensorRT: copy_outputs_to_host()
// fetches them; DirectML's are copied to the host by ORT). With tuning.cuda_graph on CUDA/TensorRT
// the run has a session of its own (a capturing session must serve no other runs) and device inputs
// and outputs at fixed addresses; the caller's inputs are copied up before each run (bound_run.cpp).
// For models with float32 I/O only; one BoundRun per thread (the Model itself stays shareable).
// Throws Error(InvalidData) for count or shape mismatches, Error(Runtime) when a run fails.
class BoundRun {
 public:
  BoundRun(const Model& model, std::span<const TensorView> inputs, std::span<const OutputView> outputs,
           OutputMemory memory = OutputMemory::Host);
  ~BoundRun();
  BoundRun(const BoundRun&) = delete;
  BoundRun& operator=(const BoundRun&) = delete;

  void run();
  // Device outputs: copies them into the caller's output buffers (a no-op for Host).
  void copy_outputs_to_host();
  bool outputs_on_device() const { return device_outputs_ && !outputs_on_host_after_run_; }
  // Whether this run captures a CUDA graph on a session of its own (not the model's shared one).
  bool own_session() const;
  int runs() const { return runs_; }

 private:
  struct State;
  const Model& model_;
  std::unique_ptr<State> state_;
  std::vector<OutputView> outputs_;
  bool device_outputs_ = false;
  bool outputs_on_host_after_run_ = false;  // Host asked, device needed (graphs): copied after each run
  int runs_ = 0;
};

}  // namespace swapcam::runtime
