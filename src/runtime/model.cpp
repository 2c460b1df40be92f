#include "runtime/model.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <thread>

#include <onnxruntime_cxx_api.h>

#include "core/cpu_cores.h"
#include "core/error.h"
#include "core/file_kind.h"
#include "core/log.h"
#include "runtime/environment.h"
#include "runtime/gpu_info.h"
#include "runtime/model_internal.h"
#include "runtime/precision.h"
#include "runtime/provider_readiness.h"
#include "runtime/provider_options.h"

namespace swapcam::runtime {

std::string_view precision_name(Precision p) {
  switch (p) {
    case Precision::Auto: return "auto";
    case Precision::Fp32: return "fp32";
    case Precision::Fp16: return "fp16";
  }
  return "auto";
}

Precision parse_precision(std::string_view s) {
  if (s == "auto") return Precision::Auto;
  if (s == "fp32") return Precision::Fp32;
  if (s == "fp16") return Precision::Fp16;
  fail(ErrorKind::Usage, "unknown precision '{}' (expected auto, fp32 or fp16)", s);
}

bool provider_prefers_fp16(Provider p) {
  // CPU kernels for fp16 are slow or missing; OpenVINO results vary by device, so fp32 is the
  // safe default there. NVIDIA GPUs before Volta get fp32 at load (resolve_precision_for_device).
  switch (p) {
    case Provider::Cuda:
    case Provider::TensorRt:
    case Provider::CoreMl:
    case Provider::DirectMl: return true;
    default: return false;
  }
}

Precision resolve_precision(Precision requested, Provider p) {
  if (requested != Precision::Auto) return requested;
  return provider_prefers_fp16(p) ? Precision::Fp16 : Precision::Fp32;
}

std::string_view graph_optimization_name(GraphOptimization g) {
  switch (g) {
    case GraphOptimization::Disabled: return "disabled";
    case GraphOptimization::Basic: return "basic";
    case GraphOptimization::Extended: return "extended";
    case GraphOptimization::All: return "all";
  }
  return "all";
}

GraphOptimization parse_graph_optimization(std::string_view s) {
  for (auto g :
       {GraphOptimization::Disabled, GraphOptimization::Basic, GraphOptimization::Extended, GraphOptimization::All})
    if (s == graph_optimization_name(g)) return g;
  fail(ErrorKind::Usage, "unknown graph optimisation level '{}' (expected disabled, basic, extended or all)", s);
}

namespace {

GraphOptimizationLevel ort_level(GraphOptimization g) {
  switch (g) {
    case GraphOptimization::Disabled: return GraphOptimizationLevel::ORT_DISABLE_ALL;
    case GraphOptimization::Basic: return GraphOptimizationLevel::ORT_ENABLE_BASIC;
    case GraphOptimization::Extended: return GraphOptimizationLevel::ORT_ENABLE_EXTENDED;
    case GraphOptimization::All: return GraphOptimizationLevel::ORT_ENABLE_ALL;
  }
  return GraphOptimizationLevel::ORT_ENABLE_ALL;
}

// Where the optimised graph of `file` for this provider and level is kept. The source's size and
// modification time are part of the name, so an edited or replaced model never meets a stale copy.
std::filesystem::path optimized_cache_file(const std::filesystem::path& dir, const std::filesystem::path& file,
                                           Provider p, GraphOptimization level) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(file, ec);
  const auto mtime = std::filesystem::last_write_time(file, ec).time_since_epoch().count();
  return dir / fmt::format("{}.{}.{}.{}-{}.opt.onnx", file.stem().string(), short_name(p),
                           graph_optimization_name(level), size, mtime);
}

ElementType to_element_type(ONNXTensorElementDataType t) {
  switch (t) {
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT: return ElementType::Float32;
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT16: return ElementType::Float16;
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_DOUBLE: return ElementType::Float64;
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64: return ElementType::Int64;
    default: return ElementType::Other;
  }
}

std::string join_names(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::vector<TensorInfo> read_io(Ort::Session& s, bool inputs) {
  Ort::AllocatorWithDefaultOptions alloc;
  const size_t n = inputs ? s.GetInputCount() : s.GetOutputCount();
  std::vector<TensorInfo> out(n);
  for (size_t i = 0; i < n; ++i) {
    auto name = inputs ? s.GetInputNameAllocated(i, alloc) : s.GetOutputNameAllocated(i, alloc);
    auto type = inputs ? s.GetInputTypeInfo(i) : s.GetOutputTypeInfo(i);
    out[i].name = name.get();
    if (type.GetONNXType() == ONNX_TYPE_TENSOR) {
      auto info = type.GetTensorTypeAndShapeInfo();
      out[i].shape = info.GetShape();
      out[i].type = to_element_type(info.GetElementType());
    } else {
      out[i].type = ElementType::Other;
    }
  }
  return out;
}

}  // namespace

Ort::SessionOptions detail::session_options(const RuntimeConfig& cfg) {
  const SessionTuning& t = cfg.tuning;
  Ort::SessionOptions so;
  if (cfg.intra_op_threads > 0) so.SetIntraOpNumThreads(cfg.intra_op_threads);
  else if (cpu_quota_cores() > 0) so.SetIntraOpNumThreads(hardware_cores());  // ORT would count the host's cores
  if (t.inter_op_threads > 0) so.SetInterOpNumThreads(t.inter_op_threads);
  if (!t.cpu_memory_arena) so.DisableCpuMemArena();
  if (!t.memory_pattern) so.DisableMemPattern();
  if (!t.allow_spinning) so.AddConfigEntry("session.intra_op.allow_spinning", "0");
  return so;
}

std::unique_ptr<Ort::Session> Model::open_graph_session() const {
  Ort::SessionOptions so = detail::session_options(config_);
  so.SetGraphOptimizationLevel(ort_level(loaded_level_));
  append_providers(so, providers_to_append(provider_, session_config(config_, true), precision_));
  return std::make_unique<Ort::Session>(environment(), loaded_file_.native().c_str(), so);
}

Model::~Model() = default;

int Model::input_index(std::string_view name) const {
  for (size_t i = 0; i < inputs_.size(); ++i)
    if (inputs_[i].name == name) return static_cast<int>(i);
  return -1;
}

std::unique_ptr<Model> Model::load(const ModelSpec& spec, const RuntimeConfig& cfg) {
  const std::string role = spec.role.empty() ? std::string("model") : spec.role;
  if (file_kind(spec.path) == FileKind::Missing)
    fail(ErrorKind::NotFound, "{} model file '{}' does not exist", role, spec.path.string());
  require_regular_file(spec.path, role + " model");

  environment();  // before any provider option is built: they log through ORT's default logger
  std::vector<Provider> order = cfg.providers.empty() ? default_provider_order() : cfg.providers;
  const bool cpu_requested = std::find(order.begin(), order.end(), Provider::Cpu) != order.end();
  if (!cpu_requested) order.push_back(Provider::Cpu);  // last resort, announced below

  const auto available = available_provider_names();
  std::string reasons;
  for (size_t i = 0; i < order.size(); ++i) {
    const Provider p = order[i];
    if (p == Provider::Cpu && !cpu_requested)
      log::warn("{}: none of the requested execution providers could be used; falling back to cpu", role);
    if (std::find(available.begin(), available.end(), ort_name(p)) == available.end()) {
      log::warn("{}: execution provider {} is not available in this ONNX Runtime build (available: {})", role,
                short_name(p), join_names(available));
      reasons += fmt::format("{}{}: not available", reasons.empty() ? "" : "; ", short_name(p));
      continue;
    }
    // Auto on an NVIDIA GPU asks the driver which GPU it is: fp16 only from Volta on.
    std::optional<ComputeCapability> cc;
    if (cfg.precision == Precision::Auto && (p == Provider::Cuda || p == Provider::TensorRt))
      cc = cuda_compute_capability(cfg.options.cuda_device_id);
    const PrecisionChoice choice = resolve_precision_for_device(cfg.precision, p, cc, cfg.options.cuda_device_id);
    if (!choice.reason.empty()) log::info("{}: {}", role, choice.reason);
    const bool fp16_present = !spec.fp16_path.empty() && std::filesystem::is_regular_file(spec.fp16_path);
    const PrecisionPlan plan =
        plan_precision(choice.precision, cfg.precision, p, !spec.fp16_path.empty(), fp16_present);
    Precision precision = plan.precision;
    const std::filesystem::path file = plan.fp16_file ? spec.fp16_path : spec.path;
    if (choice.precision == Precision::Fp16 && plan.precision == Precision::Fp32 &&
        (cfg.precision == Precision::Fp16 || !spec.fp16_path.empty()))
      log::warn("{}: no fp16 model file{}; using fp32 '{}'", role,
                spec.fp16_path.empty() ? std::string() : fmt::format(" ('{}')", spec.fp16_path.string()),
                spec.path.string());
    if (plan.provider_fp16 && !plan.fp16_file)
      log::info("{}: {} builds fp16 kernels from the fp32 file '{}' ({})", role, short_name(p),
                spec.path.filename().string(),
                spec.fp16_path.empty() ? "--precision fp16; this role's outputs are not checked for NaN/Inf"
                                       : "the NaN/Inf guard watches them");
    try {
      const SessionTuning& t = cfg.tuning;
      // The shared session never captures a CUDA graph: a BoundRun that wants one opens its own.
      Ort::SessionOptions so = detail::session_options(cfg);
      if (!t.profile_prefix.empty()) so.EnableProfiling(t.profile_prefix.native().c_str());
      // For scripts/device-check.sh (which provider ran each node): ORT writes the profile when the
      // session ends. Measurements only; the tuning's own prefix wins.
      else if (const char* env = std::getenv("SWAPCAM_ORT_PROFILE"); env && *env)
        so.EnableProfiling((std::filesystem::path(env).native() + "_" + role).c_str());
      if (t.cuda_graph && p != Provider::Cuda && p != Provider::TensorRt)
        log::warn("{}: CUDA graphs need the cuda or tensorrt provider; running {} without them", role, short_name(p));
      // An optimised copy from an earlier load is taken as it is; otherwise the first load writes one.
      std::filesystem::path load_file = file, partial_cache;
      GraphOptimization level = t.graph_optimization;
      if (!t.optimized_model_cache.empty() && compiles_graph(p)) {
        log::warn(
            "{}: --optimized-model-cache is not used with {}: it compiles the graph into its own "
            "kernels, which a saved ONNX file cannot hold (its own engine cache does that)",
            role, short_name(p));
      } else if (!t.optimized_model_cache.empty()) {
        const auto cached = optimized_cache_file(t.optimized_model_cache, file, p, level);
        if (std::filesystem::is_regular_file(cached)) {
          load_file = cached;
          level = GraphOptimization::Disabled;
        } else {
          std::error_code ec;
          std::filesystem::create_directories(t.optimized_model_cache, ec);
          if (ec)
            log::warn("{}: cannot create optimised-model cache '{}': {}; not caching", role,
                      t.optimized_model_cache.string(), ec.message());
          else {
            // Written under a temporary name and renamed once the session exists: an interrupted
            // load never leaves a truncated file that a later load would take.
            partial_cache = cached;
            partial_cache += ".partial";
            so.SetOptimizedModelFilePath(partial_cache.native().c_str());
          }
        }
      }
      so.SetGraphOptimizationLevel(ort_level(level));
      // The precision decided above (after an fp16 file was found or not) sets TensorRT's fp16.
      append_providers(so, providers_to_append(p, session_config(cfg, false), precision));
      auto session = std::make_unique<Ort::Session>(environment(), load_file.native().c_str(), so);
      if (load_file != file) log::info("{}: optimised graph taken from '{}'", role, load_file.string());
      if (!partial_cache.empty()) {
        std::error_code ec;
        auto final_name = partial_cache;
        final_name.replace_extension();  // drops ".partial"
        std::filesystem::rename(partial_cache, final_name, ec);
        if (ec) log::warn("{}: cannot keep the optimised graph '{}': {}", role, final_name.string(), ec.message());
        else log::info("{}: optimised graph saved to '{}'", role, final_name.string());
      }

      std::unique_ptr<Model> m(new Model());
      m->config_ = cfg;
      m->loaded_file_ = load_file;
      m->loaded_level_ = level;
      m->path_ = file;
      m->role_ = role;
      m->provider_ = p;
      m->session_ = std::move(session);
      m->inputs_ = read_io(*m->session_, true);
      m->outputs_ = read_io(*m->session_, false);
      for (const auto& t : m->inputs_)
        if (t.type == ElementType::Float16) precision = Precision::Fp16;
      m->precision_ = precision;
      m->fp16_by_provider_ = plan.provider_fp16 && !plan.fp16_file;
      if (i > 0 && (cpu_requested || p != Provider::Cpu))
        log::warn("{}: using execution provider {} (the preferred one could not be used)", role, short_name(p));
      log::info("{}: loaded '{}' on {} ({})", role, file.filename().string(), short_name(p), precision_name(precision));
      if (spec.validate) spec.validate(*m);  // before the warm-up: a refused model never runs
      if (cfg.warmup) m->warm_up(spec);
      return m;
    } catch (const Ort::Exception& e) {
      std::string what = user_message(e.what());
      if (const std::string hint = explain_provider_failure(what); !hint.empty()) what += "; " + hint;
      log::warn("{}: execution provider {} failed for '{}': {}", role, short_name(p), file.string(), what);
      reasons += fmt::format("{}{}: {}", reasons.empty() ? "" : "; ", short_name(p), what);
    }
  }
  fail(ErrorKind::InvalidData, "cannot load {} model '{}' ({})", role, spec.path.string(), reasons);
}

namespace {

// Sets the run's terminate flag when the run has not finished within `seconds`; joined on destruction.
class Watchdog {
 public:
  Watchdog(Ort::RunOptions& run, int seconds)
      : thread_([this, &run, seconds] {
          std::unique_lock lock(mutex_);
          if (!done_cv_.wait_for(lock, std::chrono::seconds(seconds), [this] { return done_; })) {
            fired_ = true;
            run.SetTerminate();
          }
        }) {}
  ~Watchdog() {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    done_cv_.notify_all();
    thread_.join();
  }
  bool fired() {
    std::lock_guard lock(mutex_);
    return fired_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable done_cv_;
  bool done_ = false, fired_ = false;
  std::thread thread_;  // last: starts once the members it uses exist
};

}  // namespace

void Model::warm_up(const ModelSpec& spec) {
  // One run on zeros so compiling providers (TensorRT, CoreML, CUDA graphs) don't stall the first frame.
  const int timeout = config_.warmup_timeout_s > 0 ? config_.warmup_timeout_s
                      : compiles_graph(provider_)  ? kCompilingWarmupTimeoutSeconds
                                                   : kWarmupTimeoutSeconds;
  bool timed_out = false;
  try {
    Ort::MemoryInfo mem = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
    std::vector<Ort::Value> values;
    std::vector<std::vector<uint8_t>> buffers;
    std::vector<const char*> in_names, out_names;
    for (const auto& in : inputs_) {
      std::vector<int64_t> shape = in.shape;
      if (auto it = spec.warmup_shapes.find(in.name); it != spec.warmup_shapes.end()) shape = it->second;
      for (auto& d : shape)
        if (d < 0) d = 1;
      const int64_t n = element_count(shape);
      ONNXTensorElementDataType type;
      size_t elem;
      switch (in.type) {
        case ElementType::Float32:
          type = ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT;
          elem = 4;
          break;
        case ElementType::Float16:
          type = ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT16;
          elem = 2;
          break;
        case ElementType::Float64:
          type = ONNX_TENSOR_ELEMENT_DATA_TYPE_DOUBLE;
          elem = 8;
          break;
        case ElementType::Int64:
          type = ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64;
          elem = 8;
          break;
        default: fail(ErrorKind::Runtime, "input '{}' has an unsupported element type", in.name);
      }
      buffers.emplace_back(static_cast<size_t>(n) * elem, uint8_t{0});
      values.push_back(Ort::Value::CreateTensor(mem, buffers.back().data(), buffers.back().size(), shape.data(),
                                                shape.size(), type));
      in_names.push_back(in.name.c_str());
    }
    for (const auto& out : outputs_) out_names.push_back(out.name.c_str());
    Ort::RunOptions run_options;
    Watchdog watchdog(run_options, timeout);
    try {
      session_->Run(run_options, in_names.data(), values.data(), values.size(), out_names.data(), out_names.size());
    } catch (const Ort::Exception&) {
      timed_out = watchdog.fired();
      if (!timed_out) throw;
    }
    if (!timed_out) warmup_runs_.fetch_add(1);
  } catch (const std::exception& e) {
    warmup_error_ = e.what();
    log::warn("{}: warm-up run failed (not fatal, the first frame will be slower): {}", role_, e.what());
  }
  // Every frame would hang the same way: the model is refused.
  if (timed_out)
    fail(ErrorKind::InvalidData,
         "{} model '{}' did not finish its warm-up run within {} s (a loop that never ends?): refused; "
         "--warmup-timeout raises the bound",
         role_, path_.string(), timeout);
}

std::vector<Tensor> Model::run(std::span<const TensorView> inputs) const {
  if (inputs.size() != inputs_.size())
    fail(ErrorKind::InvalidData, "{}: model '{}' takes {} inputs, got {}", role_, path_.filename().string(),
         inputs_.size(), inputs.size());
  Ort::MemoryInfo mem = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
  std::vector<Ort::Value> values;
  values.reserve(inputs.size());
  std::vector<std::vector<uint16_t>> halves;
  std::vector<std::vector<double>> doubles;  // float64 staging
  doubles.reserve(inputs.size());
  halves.reserve(inputs.size());
  std::vector<const char*> in_names, out_names;
  for (size_t i = 0; i < inputs.size(); ++i) {
    const auto& view = inputs[i];
    const int64_t n = element_count(view.shape);
    if (!view.data && n > 0) fail(ErrorKind::InvalidData, "{}: input '{}' has no data", role_, inputs_[i].name);
    if (inputs_[i].type == ElementType::Float32) {
      values.push_back(Ort::Value::CreateTensor<float>(mem, const_cast<float*>(view.data), static_cast<size_t>(n),
                                                       view.shape.data(), view.shape.size()));
    } else if (inputs_[i].type == ElementType::Float16) {
      auto& buf = halves.emplace_back(static_cast<size_t>(n));
      float_to_half({view.data, static_cast<size_t>(n)}, buf);
      values.push_back(Ort::Value::CreateTensor(mem, buf.data(), buf.size() * sizeof(uint16_t), view.shape.data(),
                                                view.shape.size(), ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT16));
    } else if (inputs_[i].type == ElementType::Float64) {
      auto& buf = doubles.emplace_back(view.data, view.data + n);
      values.push_back(
          Ort::Value::CreateTensor<double>(mem, buf.data(), buf.size(), view.shape.data(), view.shape.size()));
    } else {
      fail(ErrorKind::InvalidData, "{}: input '{}' is {}, not a float tensor", role_, inputs_[i].name,
           element_type_name(inputs_[i].type));
    }
    in_names.push_back(inputs_[i].name.c_str());
  }
  for (const auto& o : outputs_) out_names.push_back(o.name.c_str());

  std::vector<Ort::Value> outs;
  std::unique_lock serial(serial_runs_, std::defer_lock);
  if (!allows_concurrent_runs(provider_)) serial.lock();
  try {
    outs = session_->Run(Ort::RunOptions{nullptr}, in_names.data(), values.data(), values.size(), out_names.data(),
                         out_names.size());
  } catch (const Ort::Exception& e) {
    fail(ErrorKind::Runtime, "{}: inference failed on {}: {}", role_, short_name(provider_), user_message(e.what()));
  }

  std::vector<Tensor> result(outs.size());
  for (size_t i = 0; i < outs.size(); ++i) {
    auto info = outs[i].GetTensorTypeAndShapeInfo();
    result[i].shape = info.GetShape();
    const size_t n = info.GetElementCount();
    result[i].data.resize(n);
    switch (info.GetElementType()) {
      case ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT: {
        const float* p = outs[i].GetTensorData<float>();
        std::copy(p, p + n, result[i].data.begin());
        break;
      }
      case ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT16: {
        const auto* p = static_cast<const uint16_t*>(outs[i].GetTensorRawData());
        half_to_float({p, n}, result[i].data);
        break;
      }
      default: fail(ErrorKind::InvalidData, "{}: output '{}' is not a float tensor", role_, outputs_[i].name);
    }
  }
  return result;
}

namespace detail {

bool shape_fits(const std::vector<int64_t>& declared, const std::vector<int64_t>& given) {
  if (declared.empty()) return true;  // rank not declared
  if (declared.size() != given.size()) return false;
  for (size_t i = 0; i < given.size(); ++i)
    if (declared[i] >= 0 && declared[i] != given[i]) return false;
  return true;
}

std::string shape_text(const std::vector<int64_t>& s) {
  std::string out = "[";
  for (size_t i = 0; i < s.size(); ++i) out += (i ? "," : "") + std::to_string(s[i]);
  return out + "]";
}

}  // namespace detail

using detail::shape_fits;
using detail::shape_text;

void Model::run_into(std::span<const TensorView> inputs, std::span<const OutputView> outputs) const {
  if (inputs.size() != inputs_.size())
    fail(ErrorKind::InvalidData, "{}: model '{}' takes {} inputs, got {}", role_, path_.filename().string(),
         inputs_.size(), inputs.size());
  if (outputs.size() != outputs_.size())
    fail(ErrorKind::InvalidData, "{}: model '{}' has {} outputs, {} buffers given", role_, path_.filename().string(),
         outputs_.size(), outputs.size());
  Ort::MemoryInfo mem = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
  std::vector<Ort::Value> in_values, out_values;
  std::vector<std::vector<uint16_t>> halves;  // fp16 staging (inputs and outputs)
  std::vector<std::vector<double>> doubles;   // float64 staging (inputs)
  doubles.reserve(inputs.size());
  std::vector<const char*> in_names, out_names;
  in_values.reserve(inputs.size());
  out_values.reserve(outputs.size());
  halves.reserve(inputs.size() + outputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) {
    const auto& view = inputs[i];
    const int64_t n = element_count(view.shape);
    if (!view.data && n > 0) fail(ErrorKind::InvalidData, "{}: input '{}' has no data", role_, inputs_[i].name);
    if (inputs_[i].type == ElementType::Float32) {
      in_values.push_back(Ort::Value::CreateTensor<float>(mem, const_cast<float*>(view.data), static_cast<size_t>(n),
                                                          view.shape.data(), view.shape.size()));
    } else if (inputs_[i].type == ElementType::Float16) {
      auto& buf = halves.emplace_back(static_cast<size_t>(n));
      float_to_half({view.data, static_cast<size_t>(n)}, buf);
      in_values.push_back(Ort::Value::CreateTensor(mem, buf.data(), buf.size() * sizeof(uint16_t), view.shape.data(),
                                                   view.shape.size(), ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT16));
    } else if (inputs_[i].type == ElementType::Float64) {
      auto& buf = doubles.emplace_back(view.data, view.data + n);
      in_values.push_back(
          Ort::Value::CreateTensor<double>(mem, buf.data(), buf.size(), view.shape.data(), view.shape.size()));
    } else {
      fail(ErrorKind::InvalidData, "{}: input '{}' is {}, not a float tensor", role_, inputs_[i].name,
           element_type_name(inputs_[i].type));
    }
    in_names.push_back(inputs_[i].name.c_str());
  }
  for (size_t i = 0; i < outputs.size(); ++i) {
    const auto& view = outputs[i];
    const int64_t n = element_count(view.shape);
    if (!view.data && n > 0)
      fail(ErrorKind::InvalidData, "{}: output buffer '{}' has no data", role_, outputs_[i].name);
    if (!shape_fits(outputs_[i].shape, view.shape))
      fail(ErrorKind::InvalidData, "{}: output '{}' is {}, buffer given for {}", role_, outputs_[i].name,
           shape_text(outputs_[i].shape), shape_text(view.shape));
    if (outputs_[i].type == ElementType::Float32) {
      out_values.push_back(Ort::Value::CreateTensor<float>(mem, view.data, static_cast<size_t>(n), view.shape.data(),
                                                           view.shape.size()));
    } else if (outputs_[i].type == ElementType::Float16) {
      auto& buf = halves.emplace_back(static_cast<size_t>(n));
      out_values.push_back(Ort::Value::CreateTensor(mem, buf.data(), buf.size() * sizeof(uint16_t), view.shape.data(),
                                                    view.shape.size(), ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT16));
    } else {
      fail(ErrorKind::InvalidData, "{}: output '{}' is not a float tensor", role_, outputs_[i].name);
    }
    out_names.push_back(outputs_[i].name.c_str());
  }
  std::unique_lock serial(serial_runs_, std::defer_lock);
  if (!allows_concurrent_runs(provider_)) serial.lock();
  try {
    session_->Run(Ort::RunOptions{nullptr}, in_names.data(), in_values.data(), in_values.size(), out_names.data(),
                  out_values.data(), out_values.size());
  } catch (const Ort::Exception& e) {
    // ORT refuses a pre-allocated output whose shape differs from what the graph produces.
    fail(ErrorKind::Runtime, "{}: inference failed on {}: {}", role_, short_name(provider_), user_message(e.what()));
  }
  for (size_t i = 0; i < outputs.size(); ++i) {
    if (outputs_[i].type != ElementType::Float16) continue;
    const auto* p = static_cast<const uint16_t*>(out_values[i].GetTensorRawData());
    const size_t n = static_cast<size_t>(element_count(outputs[i].shape));
    half_to_float({p, n}, {outputs[i].data, n});
  }
}

std::filesystem::path Model::end_profiling() const {
  if (config_.tuning.profile_prefix.empty()) return {};
  Ort::AllocatorWithDefaultOptions alloc;
  return std::filesystem::path(session_->EndProfilingAllocated(alloc).get());
}

}  // namespace swapcam::runtime
