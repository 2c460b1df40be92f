// BoundRun: ORT IO binding with buffers at fixed addresses, and the CUDA-graph path.
//
// ORT's CUDA graphs need device-bound inputs AND outputs at addresses that never change, and a
// session that captures a graph must not serve ordinary Run calls. So a graph BoundRun opens a session
// of its own (the model's shared one never captures), allocates its inputs and outputs on the device
// once, and copies the caller's input buffers up before each run. Device copies go through the CUDA
// driver (runtime/gpu_info): ORT's Env::CopyTensors only knows providers registered with the
// environment, not appended ones.
#include <optional>

#include <onnxruntime_cxx_api.h>

#include "core/error.h"
#include "core/log.h"
#include "runtime/environment.h"
#include "runtime/gpu_info.h"
#include "runtime/model.h"
#include "runtime/model_internal.h"

namespace swapcam::runtime {

using detail::shape_fits;
using detail::shape_text;

struct BoundRun::State {
  std::unique_ptr<Ort::Session> own_session;  // graph capture only
  Ort::Session* session = nullptr;
  Ort::IoBinding binding{nullptr};
  Ort::RunOptions run_options;
  std::vector<Ort::Value> inputs, outputs;
  std::unique_ptr<Ort::Allocator> device_allocator;
  std::vector<TensorView> host_inputs;  // copied to the device inputs before each run (graphs)
  bool device_inputs = false;
  int device = 0;
};

namespace {

bool is_cuda(Provider p) { return p == Provider::Cuda || p == Provider::TensorRt; }

size_t float_bytes(const std::vector<int64_t>& shape) {
  return static_cast<size_t>(element_count(shape)) * sizeof(float);
}

}  // namespace

BoundRun::BoundRun(const Model& model, std::span<const TensorView> inputs, std::span<const OutputView> outputs,
                   OutputMemory memory)
    : model_(model), state_(std::make_unique<State>()), outputs_(outputs.begin(), outputs.end()) {
  const std::string& role = model.role_;
  if (inputs.size() != model.inputs_.size() || outputs.size() != model.outputs_.size())
    fail(ErrorKind::InvalidData, "{}: model '{}' has {} inputs and {} outputs; {} and {} buffers given", role,
         model.path_.filename().string(), model.inputs_.size(), model.outputs_.size(), inputs.size(), outputs.size());
  for (const auto& t : model.inputs_)
    if (t.type != ElementType::Float32)
      fail(ErrorKind::InvalidData, "{}: a bound run needs float32 inputs; '{}' is {}", role, t.name,
           element_type_name(t.type));
  for (const auto& t : model.outputs_)
    if (t.type != ElementType::Float32)
      fail(ErrorKind::InvalidData, "{}: a bound run needs float32 outputs; '{}' is {}", role, t.name,
           element_type_name(t.type));
  for (size_t i = 0; i < inputs.size(); ++i) {
    const auto& v = inputs[i];
    if (!v.data && element_count(v.shape) > 0)
      fail(ErrorKind::InvalidData, "{}: input '{}' has no data", role, model.inputs_[i].name);
    if (!shape_fits(model.inputs_[i].shape, v.shape))
      fail(ErrorKind::InvalidData, "{}: input '{}' is {}, buffer given for {}", role, model.inputs_[i].name,
           shape_text(model.inputs_[i].shape), shape_text(v.shape));
  }
  for (size_t i = 0; i < outputs.size(); ++i) {
    const auto& v = outputs[i];
    if (!v.data && element_count(v.shape) > 0)
      fail(ErrorKind::InvalidData, "{}: output buffer '{}' has no data", role, model.outputs_[i].name);
    if (!shape_fits(model.outputs_[i].shape, v.shape))
      fail(ErrorKind::InvalidData, "{}: output '{}' is {}, buffer given for {}", role, model.outputs_[i].name,
           shape_text(model.outputs_[i].shape), shape_text(v.shape));
  }

  auto& st = *state_;
  st.device = model.config_.options.cuda_device_id;
  const bool graph = model.config_.tuning.cuda_graph && is_cuda(model.provider_);
  // Device outputs are CUDA memory; DirectML's have no copy path here, so ORT copies them to the host.
  const bool device_out = is_cuda(model.provider_) && (graph || memory == OutputMemory::Device);
  if (memory == OutputMemory::Device && model.provider_ == Provider::DirectMl)
    log::info("{}: directml outputs of a bound run are copied to the host by ONNX Runtime", role);
  try {
    if (graph) {
      st.own_session = model.open_graph_session();
      log::info("{}: CUDA graph capture on a session of its own ({})", role, short_name(model.provider_));
    }
    st.session = graph ? st.own_session.get() : model.session_.get();
    st.binding = Ort::IoBinding(*st.session);
    Ort::MemoryInfo host = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
    if (device_out) {
      Ort::MemoryInfo cuda("Cuda", OrtDeviceAllocator, st.device, OrtMemTypeDefault);
      st.device_allocator = std::make_unique<Ort::Allocator>(*st.session, cuda);
    }
    // Allocated once: the addresses stay fixed between runs, as graph replay requires.
    auto on_device = [&](const std::vector<int64_t>& shape) {
      return Ort::Value::CreateTensor(*st.device_allocator, shape.data(), shape.size(),
                                      ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT);
    };
    for (size_t i = 0; i < inputs.size(); ++i) {
      const auto& v = inputs[i];
      st.inputs.push_back(graph ? on_device(v.shape)
                                : Ort::Value::CreateTensor<float>(host, const_cast<float*>(v.data),
                                                                  static_cast<size_t>(element_count(v.shape)),
                                                                  v.shape.data(), v.shape.size()));
      st.binding.BindInput(model.inputs_[i].name.c_str(), st.inputs.back());
    }
    st.host_inputs.assign(inputs.begin(), inputs.end());
    st.device_inputs = graph;
    for (size_t i = 0; i < outputs.size(); ++i) {
      const auto& v = outputs[i];
      st.outputs.push_back(device_out ? on_device(v.shape)
                                      : Ort::Value::CreateTensor<float>(host, v.data,
                                                                        static_cast<size_t>(element_count(v.shape)),
                                                                        v.shape.data(), v.shape.size()));
      st.binding.BindOutput(model.outputs_[i].name.c_str(), st.outputs.back());
    }
    device_outputs_ = device_out;
    outputs_on_host_after_run_ = device_out && memory == OutputMemory::Host;
    if (graph) st.run_options.AddConfigEntry("gpu_graph_id", "1");
  } catch (const Ort::Exception& e) {
    fail(ErrorKind::Runtime, "{}: cannot bind inputs and outputs on {}: {}", role, short_name(model.provider_),
         user_message(e.what()));
  }
}

BoundRun::~BoundRun() = default;

void BoundRun::run() {
  auto& st = *state_;
  if (st.device_inputs) {
    for (size_t i = 0; i < st.inputs.size(); ++i) {
      const std::string why = cuda_copy(st.inputs[i].GetTensorMutableRawData(), st.host_inputs[i].data,
                                        float_bytes(st.host_inputs[i].shape), CopyDirection::HostToDevice, st.device);
      if (!why.empty())
        fail(ErrorKind::Runtime, "{}: cannot copy input '{}' to the device: {}", model_.role_, model_.inputs_[i].name,
             why);
    }
  }
  std::unique_lock serial(model_.serial_runs_, std::defer_lock);
  if (!allows_concurrent_runs(model_.provider_) && !st.own_session) serial.lock();
  try {
    st.binding.SynchronizeInputs();
    st.session->Run(st.run_options, st.binding);
    st.binding.SynchronizeOutputs();
  } catch (const Ort::Exception& e) {
    fail(ErrorKind::Runtime, "{}: inference failed on {}: {}", model_.role_, short_name(model_.provider_),
         user_message(e.what()));
  }
  if (device_outputs_ && outputs_on_host_after_run_) copy_outputs_to_host();
  ++runs_;
}

void BoundRun::copy_outputs_to_host() {
  if (!device_outputs_) return;
  for (size_t i = 0; i < state_->outputs.size(); ++i) {
    const std::string why = cuda_copy(outputs_[i].data, state_->outputs[i].GetTensorRawData(),
                                      float_bytes(outputs_[i].shape), CopyDirection::DeviceToHost, state_->device);
    if (!why.empty())
      fail(ErrorKind::Runtime, "{}: cannot copy output '{}' from the device: {}", model_.role_, model_.outputs_[i].name,
           why);
  }
}

bool BoundRun::own_session() const { return state_->own_session != nullptr; }

}  // namespace swapcam::runtime
