#include "pipeline/bench.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <thread>

#include <onnxruntime_cxx_api.h>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/log.h"
#include "face/align.h"
#include "face/detector.h"
#include "media/image_io.h"
#include "pipeline/image_pipeline.h"
#include "process/paste_back.h"
#include "runtime/environment.h"

namespace swapcam::pipeline {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

int64_t product(const std::vector<int64_t>& v) {
  int64_t n = 1;
  for (auto d : v) n *= d;
  return n;
}

// ---- a minimal protobuf writer for the ONNX messages the reference models need -----------------

class Proto {
 public:
  Proto& varint(int field, uint64_t v) {
    key(field, 0);
    raw_varint(v);
    return *this;
  }
  Proto& bytes(int field, std::string_view s) {
    key(field, 2);
    raw_varint(s.size());
    buf_.append(s);
    return *this;
  }
  Proto& message(int field, const Proto& m) { return bytes(field, m.buf_); }
  const std::string& str() const { return buf_; }

 private:
  void key(int field, int wire) { raw_varint(static_cast<uint64_t>(field) << 3 | static_cast<uint64_t>(wire)); }
  void raw_varint(uint64_t v) {
    while (v >= 0x80) {
      buf_.push_back(static_cast<char>(v | 0x80));
      v >>= 7;
    }
    buf_.push_back(static_cast<char>(v));
  }
  std::string buf_;
};

constexpr int kFloat = 1;  // TensorProto.DataType FLOAT

// ValueInfoProto{name, type{tensor_type{elem_type, shape{dim{dim_value}}}}}
Proto value_info(const std::string& name, const std::vector<int64_t>& dims) {
  Proto shape;
  for (auto d : dims) shape.message(1, Proto().varint(1, static_cast<uint64_t>(d)));
  Proto tensor_type;
  tensor_type.varint(1, kFloat).message(2, shape);
  Proto type;
  type.message(1, tensor_type);
  Proto vi;
  vi.bytes(1, name).message(2, type);
  return vi;
}

// TensorProto{dims, data_type, name, raw_data}: seeded uniform values in [-scale, scale].
Proto random_initializer(const std::string& name, const std::vector<int64_t>& dims, float scale, uint32_t seed) {
  std::vector<float> values(static_cast<size_t>(product(dims)));
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> dist(-scale, scale);
  for (auto& v : values) v = dist(rng);
  Proto t;
  for (auto d : dims) t.varint(1, static_cast<uint64_t>(d));
  t.varint(2, kFloat).bytes(8, name);
  // raw_data is little-endian; this writer runs on little-endian hosts only (x86-64, arm64).
  t.bytes(9, std::string_view(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(float)));
  return t;
}

std::string model_proto(const Proto& graph) {
  Proto opset;
  opset.bytes(1, "").varint(2, 17);
  Proto model;
  model.varint(1, 8).bytes(2, "swapcam-bench").message(7, graph).message(8, opset);  // ir_version 8, opset 17
  return model.str();
}

// ---- stage helpers --------------------------------------------------------------------------------

// A frame that compresses like a photograph (smooth shading plus fine texture), not like a flat fill.
cv::Mat synthetic_frame(int width, int height) {
  cv::Mat frame(height, width, CV_8UC3);
  for (int y = 0; y < height; ++y) {
    auto* p = frame.ptr<uint8_t>(y);
    for (int x = 0; x < width; ++x) {
      p[3 * x] = static_cast<uint8_t>(60 + 80 * x / width);
      p[3 * x + 1] = static_cast<uint8_t>(90 + 60 * y / height);
      p[3 * x + 2] = static_cast<uint8_t>(120 + 50 * (x + y) / (width + height));
    }
  }
  cv::Mat noise(height, width, CV_8UC3);
  cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(12));
  cv::GaussianBlur(noise, noise, cv::Size(3, 3), 0.8);
  cv::add(frame, noise, frame, cv::noArray(), CV_8UC3);
  return frame;
}

// Five points of a frontal face whose 112-template box is `side` px wide, centred in the frame.
Landmarks5 fixed_face(cv::Size frame, float side) {
  Landmarks5 kps = arcface_template(112);
  const float s = side / 112.f;
  for (auto& p : kps) p = {frame.width / 2.f + (p.x - 56.f) * s, frame.height / 2.f + (p.y - 56.f) * s};
  return kps;
}

ModelCost profile_macs(const fs::path& model, const std::map<std::string, std::vector<int64_t>>& shapes) {
  const fs::path dir = fs::temp_directory_path() / fmt::format("swapcam-profile-{}", std::hash<std::thread::id>{}(std::this_thread::get_id()));
  fs::create_directories(dir);
  Ort::SessionOptions so;
  so.SetGraphOptimizationLevel(GraphOptimizationLevel::ORT_ENABLE_BASIC);
  so.SetIntraOpNumThreads(1);
  so.EnableProfiling((dir / "profile").native().c_str());
  Ort::Session session(runtime::environment(), model.native().c_str(), so);
  Ort::AllocatorWithDefaultOptions alloc;
  Ort::MemoryInfo mem = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
  std::vector<std::string> in_names, out_names;
  std::vector<std::vector<float>> buffers;
  std::vector<std::vector<uint16_t>> halves;
  std::vector<Ort::Value> values;
  for (size_t i = 0; i < session.GetInputCount(); ++i) {
    in_names.push_back(session.GetInputNameAllocated(i, alloc).get());
    const Ort::TypeInfo type = session.GetInputTypeInfo(i);  // the shape info below points into it
    auto info = type.GetTensorTypeAndShapeInfo();
    auto shape = info.GetShape();
    if (auto it = shapes.find(in_names.back()); it != shapes.end()) shape = it->second;
    for (auto& d : shape)
      if (d < 0) d = 1;
    const auto n = static_cast<size_t>(product(shape));
    if (info.GetElementType() == ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT16) {
      auto& h = halves.emplace_back(n, uint16_t{0});
      values.push_back(Ort::Value::CreateTensor(mem, h.data(), n * 2, shape.data(), shape.size(),
                                                ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT16));
    } else {
      auto& b = buffers.emplace_back(n, 0.f);
      values.push_back(Ort::Value::CreateTensor<float>(mem, b.data(), n, shape.data(), shape.size()));
    }
  }
  for (size_t i = 0; i < session.GetOutputCount(); ++i) out_names.push_back(session.GetOutputNameAllocated(i, alloc).get());
  std::vector<const char*> in_c, out_c;
  for (auto& s : in_names) in_c.push_back(s.c_str());
  for (auto& s : out_names) out_c.push_back(s.c_str());
  session.Run(Ort::RunOptions{nullptr}, in_c.data(), values.data(), values.size(), out_c.data(), out_c.size());
  const fs::path profile = session.EndProfilingAllocated(alloc).get();
  std::ifstream in(profile, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  in.close();
  std::error_code ec;
  fs::remove(profile, ec);
  fs::remove(dir, ec);
  return macs_from_profile(text.str());
}

}  // namespace

// ---- model cost -----------------------------------------------------------------------------------

namespace {

nlohmann::json parse_profile(std::string_view profile_json) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(profile_json);
  } catch (const nlohmann::json::exception& e) {
    fail(ErrorKind::InvalidData, "ONNX Runtime profile is not JSON: {}", e.what());
  }
  if (!doc.is_array()) fail(ErrorKind::InvalidData, "ONNX Runtime profile is not an array of events");
  return doc;
}

template <typename Fn>
void for_each_kernel(const nlohmann::json& doc, Fn&& fn, double from_us = -1, double to_us = -1);

}  // namespace

ModelCost macs_from_profile(std::string_view profile_json) {
  const nlohmann::json doc = parse_profile(profile_json);
  ModelCost cost;
  cost.source = "ort-profile";
  for_each_kernel(doc, [&](const std::string& op, double macs, double, bool counted) {
    (void)op;
    if (!counted) return;
    cost.macs += macs;
    ++cost.counted_nodes;
  });
  return cost;
}

namespace {

// Calls fn(op, macs, ms, counted) for every *_kernel_time node event; counted: a MAC-bearing op.
template <typename Fn>
void for_each_kernel(const nlohmann::json& doc, Fn&& fn, double from_us, double to_us) {
  auto shape_of = [](const nlohmann::json& list, size_t i) -> std::vector<int64_t> {
    if (!list.is_array() || i >= list.size() || !list[i].is_object() || list[i].empty()) return {};
    const auto& dims = list[i].begin().value();  // {"float": [1, 3, 128, 128]}
    if (!dims.is_array()) return {};
    std::vector<int64_t> out;
    for (const auto& d : dims) out.push_back(d.get<int64_t>());
    return out;
  };
  for (const auto& e : doc) {
    if (!e.is_object() || e.value("cat", "") != "Node") continue;
    const std::string name = e.value("name", "");
    if (name.size() < 12 || name.compare(name.size() - 12, 12, "_kernel_time") != 0) continue;
    const double ts = e.value("ts", 0.0), dur_ms = e.value("dur", 0.0) / 1000.0;
    if (from_us >= 0 && (ts < from_us || ts > to_us)) continue;
    if (!e.contains("args") || !e["args"].is_object()) continue;
    const auto& args = e["args"];
    const std::string op = args.value("op_name", "");
    const auto& ins = args.contains("input_type_shape") ? args["input_type_shape"] : nlohmann::json();
    const auto& outs = args.contains("output_type_shape") ? args["output_type_shape"] : nlohmann::json();
    const auto x = shape_of(ins, 0), w = shape_of(ins, 1), y = shape_of(outs, 0);
    double macs = 0;
    if (op == "Conv" || op == "FusedConv" || op == "NchwcConv") {
      // Every output element is a dot product over (in channels / group) x kernel.
      if (w.size() >= 2 && !y.empty()) macs = static_cast<double>(product(y)) * static_cast<double>(product(w) / w[0]);
    } else if (op == "ConvTranspose") {
      if (w.size() >= 2 && !x.empty()) macs = static_cast<double>(product(x)) * static_cast<double>(product(w) / w[0]);
    } else if (op == "Gemm" || op == "FusedGemm") {
      // A is 2-D [M,K] (or [K,M] with transA); the output is [M,N].
      if (x.size() == 2 && y.size() == 2 && y[0] > 0)
        macs = static_cast<double>(product(y)) * static_cast<double>(product(x) / y[0]);
    } else if (op == "MatMul" || op == "FusedMatMul") {
      if (!x.empty() && !y.empty()) macs = static_cast<double>(product(y)) * static_cast<double>(x.back());
    } else {
      fn(op, 0.0, dur_ms, false);
      continue;
    }
    fn(op, macs, dur_ms, true);
  }
}

}  // namespace

std::vector<OpTime> op_times_from_profile(std::string_view profile_json) {
  const nlohmann::json doc = parse_profile(profile_json);
  // The last run's window: its "model_run" session event.
  double from = -1, to = -1;
  for (const auto& e : doc)
    if (e.is_object() && e.value("name", "") == "model_run") {
      from = e.value("ts", 0.0);
      to = from + e.value("dur", 0.0);
    }
  std::map<std::string, OpTime> by_op;
  for_each_kernel(
      doc,
      [&](const std::string& op, double macs, double ms, bool) {
        auto& t = by_op[op];
        t.op = op;
        ++t.nodes;
        t.ms += ms;
        t.macs += macs;
      },
      from, to);
  std::vector<OpTime> out;
  for (auto& [_, t] : by_op) out.push_back(t);
  std::sort(out.begin(), out.end(), [](const OpTime& a, const OpTime& b) { return a.ms > b.ms; });
  return out;
}

std::optional<double> known_macs(const fs::path& file, int det_size) {
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  if (ec) return std::nullopt;
  const std::string name = file.filename().string();
  // models.md, "Summary": file sizes identify the published exports.
  if ((name == "inswapper_128.onnx" && size == 554253681u) || (name == "inswapper_128_fp16.onnx" && size == 277680638u))
    return 174.58e9;
  if (name == "det_10g.onnx" && size == 16923827u && det_size == 640) return 13.34e9;
  if (name == "w600k_r50.onnx" && size == 174383860u) return 6.31e9;
  return std::nullopt;
}

ModelCost measure_macs(const fs::path& model, const std::map<std::string, std::vector<int64_t>>& shapes) {
  std::string why;
  try {
    return profile_macs(model, shapes);  // no Conv/Gemm/MatMul node at all is a valid 0
  } catch (const std::exception& e) {
    why = e.what();
  }
  ModelCost c;
  int det = 640;
  for (const auto& [name, s] : shapes)
    if (s.size() == 4) det = static_cast<int>(s[3]);
  if (auto t = known_macs(model, det)) {
    c.macs = *t;
    c.source = "table";
  }
  c.note = "not profiled: " + why;
  log::warn("MACs of '{}' {}: {}", model.filename().string(),
            c.source == "table" ? "taken from the published figure" : "unknown", why);
  return c;
}

// ---- machine peak -------------------------------------------------------------------------------

std::string make_matmul_model(int m, int k, int n) {
  Proto node;
  node.bytes(1, "A").bytes(1, "B").bytes(2, "Y").bytes(3, "matmul").bytes(4, "MatMul");
  Proto graph;
  graph.message(1, node).bytes(2, "gemm");
  graph.message(5, random_initializer("B", {k, n}, 1.f / std::sqrt(static_cast<float>(k)), 1));
  graph.message(11, value_info("A", {m, k})).message(12, value_info("Y", {m, n}));
  return model_proto(graph);
}

std::string make_conv3x3_model(int channels, int size) {
  Proto pads;  // AttributeProto{name, ints (field 8), type INTS (7)}
  pads.bytes(1, "pads");
  for (int i = 0; i < 4; ++i) pads.varint(8, 1);
  pads.varint(20, 7);
  Proto node;
  node.bytes(1, "X").bytes(1, "W").bytes(2, "Y").bytes(3, "conv").bytes(4, "Conv").message(5, pads);
  Proto graph;
  graph.message(1, node).bytes(2, "conv3x3");
  graph.message(5, random_initializer("W", {channels, channels, 3, 3}, 1.f / std::sqrt(9.f * channels), 2));
  graph.message(11, value_info("X", {1, channels, size, size})).message(12, value_info("Y", {1, channels, size, size}));
  return model_proto(graph);
}

std::vector<PeakRun> measure_peak(const runtime::RuntimeConfig& cfg, const fs::path& work_dir, int iterations) {
  struct Reference {
    std::string name, file, model;
    double macs;
    std::vector<int64_t> in_shape, out_shape;
  };
  constexpr int kGemm = 2048, kChannels = 1024, kSize = 32;
  const std::vector<Reference> refs = {
      {fmt::format("gemm {0}x{0}x{0}", kGemm), "peak_gemm.onnx", make_matmul_model(kGemm, kGemm, kGemm),
       static_cast<double>(kGemm) * kGemm * kGemm, {kGemm, kGemm}, {kGemm, kGemm}},
      {fmt::format("conv3x3 {}x{}x{}", kChannels, kSize, kSize), "peak_conv3x3.onnx", make_conv3x3_model(kChannels, kSize),
       static_cast<double>(kChannels) * kSize * kSize * kChannels * 9, {1, kChannels, kSize, kSize},
       {1, kChannels, kSize, kSize}},
  };
  fs::create_directories(work_dir);
  std::vector<PeakRun> out;
  for (const auto& r : refs) {
    const fs::path file = work_dir / r.file;
    {
      std::ofstream f(file, std::ios::binary | std::ios::trunc);
      f.write(r.model.data(), static_cast<std::streamsize>(r.model.size()));
      if (!f) fail(ErrorKind::Io, "cannot write the reference model '{}'", file.string());
    }
    runtime::ModelSpec spec;
    spec.role = "peak reference";
    spec.path = file;
    auto model = runtime::Model::load(spec, cfg);
    std::vector<float> in(static_cast<size_t>(product(r.in_shape)), 0.5f), y(static_cast<size_t>(product(r.out_shape)));
    const runtime::TensorView iv{in.data(), r.in_shape};
    const runtime::OutputView ov{y.data(), r.out_shape};
    StageTiming t;
    for (int i = 0; i < std::max(1, iterations); ++i) {
      const auto t0 = Clock::now();
      model->run_into(std::span(&iv, 1), std::span(&ov, 1));
      t.runs_ms.push_back(ms_since(t0));
    }
    out.push_back({r.name, r.macs, t.min_ms(), t.median_ms()});
    std::error_code ec;
    fs::remove(file, ec);
  }
  return out;
}

// ---- stage bench ----------------------------------------------------------------------------------

double StageTiming::median_ms() const {
  if (runs_ms.empty()) return 0;
  auto v = runs_ms;
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

double StageTiming::min_ms() const { return runs_ms.empty() ? 0 : *std::min_element(runs_ms.begin(), runs_ms.end()); }

namespace {
double stage_ms(const BenchReport& r, const std::string& name) {
  auto it = r.stages.find(name);
  return it == r.stages.end() ? 0 : it->second.median_ms();
}
const BenchModel* find_model(const BenchReport& r, const std::string& role) {
  for (const auto& m : r.models)
    if (m.role == role) return &m;
  return nullptr;
}
}  // namespace

double BenchReport::swap_per_face_ms() const { return stage_ms(*this, "swap"); }
double BenchReport::swap_inference_ms() const { return stage_ms(*this, "swap_inference"); }
double BenchReport::swap_overhead_ratio() const {
  // The median of the per-round ratios: each round ran both back to back, so a slow spell of the
  // machine (other processes) scales both and cancels.
  const auto a = stages.find("swap"), b = stages.find("swap_inference");
  if (a == stages.end() || b == stages.end()) return 0;
  StageTiming ratios;
  for (size_t i = 0; i < std::min(a->second.runs_ms.size(), b->second.runs_ms.size()); ++i)
    if (b->second.runs_ms[i] > 0) ratios.runs_ms.push_back(a->second.runs_ms[i] / b->second.runs_ms[i] - 1.0);
  return ratios.median_ms();
}
double BenchReport::frame_ms() const { return frame_inference_ms() + frame_overhead_ms(); }
double BenchReport::frame_inference_ms() const {
  return stage_ms(*this, "detect_inference") + faces_swapped * swap_inference_ms();
}
double BenchReport::frame_overhead_ms() const {
  // Everything but inference: decoding, the detector's pre- and post-processing, each face's own
  // cost beyond the swapper's run (paired ratio), encoding.
  return stage_ms(*this, "decode") + std::max(0.0, stage_ms(*this, "detect") - stage_ms(*this, "detect_inference")) +
         faces_swapped * swap_overhead_ratio() * swap_inference_ms() + stage_ms(*this, "encode");
}
double BenchReport::frame_overhead_ratio() const {
  const double inf = frame_inference_ms();
  return inf > 0 ? frame_overhead_ms() / inf : 0;
}
double BenchReport::peak_gflops() const {
  double best = 0;
  for (const auto& p : peak) best = std::max(best, p.gflops());
  return best;
}
double BenchReport::swap_gflops() const {
  const auto* m = find_model(*this, "swapper");
  const double inf = swap_inference_ms();
  return m && inf > 0 ? 2.0 * m->cost.macs / (inf * 1e6) : 0;
}

BenchReport run_bench(const BenchOptions& o) {
  auto say = [&](const std::string& s) {
    if (o.progress) o.progress(s);
  };
  BenchReport r;
  r.iterations = std::max(1, o.iterations);
  r.ort_version = runtime::ort_version();
  r.hardware_threads = std::thread::hardware_concurrency();
  r.intra_op_threads = o.swap.runtime.intra_op_threads;
  r.tuning = o.swap.runtime.tuning;

  const fs::path work = o.work_dir.empty() ? fs::temp_directory_path() / "swapcam-bench" : o.work_dir;
  fs::create_directories(work);

  // The frame, as `swap` meets it: a file to decode.
  fs::path frame_file = o.frame;
  if (frame_file.empty()) {
    frame_file = work / "frame_1080p.png";
    media::ImageWriteOptions w;
    w.provenance = false;
    media::write_image(synthetic_frame(1920, 1080), frame_file, w);
    r.frame_source = "synthetic 1920x1080";
  } else {
    r.frame_source = frame_file.string();
  }
  const cv::Mat frame = media::read_image(frame_file);
  r.frame_width = frame.cols;
  r.frame_height = frame.rows;

  // Models, loaded (and warmed up) before anything is timed; the load time is reported on its own.
  SwapOptions so = o.swap;
  if (so.sources.empty()) so.sources = {frame_file};  // validate() wants a source; the latent is made below
  validate(so);
  auto models = std::make_shared<const SwapModels>(so);
  auto load = [&](const std::string& role, runtime::ModelSlot& slot) -> const runtime::Model& {
    say(fmt::format("loading the {} '{}'", role, slot.spec().path.filename().string()));
    const auto t0 = Clock::now();
    const auto& m = slot.get();
    BenchModel bm;
    bm.role = role;
    bm.file = slot.spec().path;
    bm.provider = std::string(runtime::short_name(m.provider()));
    bm.precision = std::string(runtime::precision_name(m.precision()));
    bm.load_ms = ms_since(t0);
    r.models.push_back(bm);
    return m;
  };
  const auto& detector_model = load("detector", models->analyser().detector().slot());
  const auto& recognizer_model = load("recognizer", models->analyser().recognizer().slot());
  const auto& swapper_model = load("swapper", models->swapper().slot());
  if (models->enhancer()) {
    if (auto* aligned = dynamic_cast<const process::AlignedEnhancer*>(models->enhancer())) load("enhancer", aligned->slot());
  }

  // Faces: what the detector finds, else a fixed frontal face (random-weight equivalents find none).
  face::Faces detected = models->analyser().detect(frame);
  r.faces_detected = static_cast<int>(detected.size());
  Landmarks5 kps;
  auto with_kps = std::find_if(detected.begin(), detected.end(), [](const face::Face& f) { return f.has_kps; });
  if (with_kps != detected.end()) {
    kps = with_kps->kps;
    r.face_source = "detected";
  } else {
    kps = fixed_face(frame.size(), static_cast<float>(std::min(frame.cols, frame.rows)) / 3.f);
    r.face_source = "fixed (the detector found no face with keypoints)";
  }

  // The source identity from the same frame (once per run in `swap`, timed as "embed").
  PreparedSources sources;
  sources.latents.push_back(models->swapper().source_latent(
      std::vector<std::vector<float>>{models->analyser().recognizer().embed(frame, kps)}));
  FrameProcessor processor(models, so, std::move(sources));
  face::Face target;
  target.kps = kps;
  target.has_kps = true;
  target.box = cv::Rect2f(kps[0].x - 50, kps[0].y - 50, 200, 200);
  const std::vector<FaceAssignment> assignment{{target, 0}};
  r.faces_swapped = 1;

  // The bare ORT run of the swapper: the same session and input, tensors made once, output
  // pre-allocated; nothing but Session::Run is timed.
  const auto swap_in = process::align_for_swap(frame, kps);
  std::vector<float> target_blob(3 * process::kSwapSize * process::kSwapSize), swap_out(target_blob.size());
  process::crop_to_blob(swap_in.crop, target_blob.data());
  std::vector<float> latent = processor.sources().latents[0];
  Ort::MemoryInfo mem = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
  const std::vector<int64_t> target_shape{1, 3, process::kSwapSize, process::kSwapSize}, latent_shape{1, 512};
  std::vector<std::string> in_names(swapper_model.inputs().size());
  std::vector<Ort::Value> in_values;
  for (size_t i = 0; i < swapper_model.inputs().size(); ++i) {
    const bool is_target = swapper_model.inputs()[i].shape.size() == 4;
    in_names[i] = swapper_model.inputs()[i].name;
    if (swapper_model.inputs()[i].type != runtime::ElementType::Float32)
      fail(ErrorKind::InvalidData, "bench: the swapper's bare run needs float32 inputs ('{}')", in_names[i]);
    in_values.push_back(is_target ? Ort::Value::CreateTensor<float>(mem, target_blob.data(), target_blob.size(),
                                                                    target_shape.data(), target_shape.size())
                                  : Ort::Value::CreateTensor<float>(mem, latent.data(), latent.size(),
                                                                    latent_shape.data(), latent_shape.size()));
  }
  std::vector<const char*> in_c, out_c{swapper_model.outputs()[0].name.c_str()};
  for (auto& n : in_names) in_c.push_back(n.c_str());
  if (swapper_model.outputs().size() != 1) fail(ErrorKind::InvalidData, "bench: the swapper has more than one output");
  // The plain Session::Run (ORT allocates the output), the call Model::run makes: the difference
  // between the two stages is then exactly what the pipeline adds around it.
  auto bare_swap = [&] {
    auto outs = swapper_model.session().Run(Ort::RunOptions{nullptr}, in_c.data(), in_values.data(), in_values.size(),
                                            out_c.data(), out_c.size());
    const float* p = outs[0].GetTensorData<float>();
    std::copy(p, p + swap_out.size(), swap_out.begin());  // the copy Model::run makes too; kept for --compare-swapper
  };

  // The detector's bare run on its blob.
  std::vector<float> det_blob;
  face::make_detector_blob(frame, so.det_width, so.det_height, det_blob);
  const runtime::TensorView det_view{det_blob.data(), {1, 3, so.det_height, so.det_width}};
  auto bare_detect = [&] { (void)detector_model.run(std::span(&det_view, 1)); };

  const cv::Mat& alpha = process::swap_alpha_mask();
  cv::Mat swapped_face = process::blob_to_face(swap_out.data());
  const fs::path encoded = work / ("bench_output" + o.encode_extension);
  media::ImageWriteOptions write_options;
  write_options.provenance = so.provenance;
  if (o.png_compression >= 0) write_options.png_compression = o.png_compression;

  // One untimed round warms caches and ORT's arenas, then the timed rounds.
  for (int it = -1; it < r.iterations; ++it) {
    const bool timed = it >= 0;
    say(timed ? fmt::format("round {} of {}", it + 1, r.iterations) : std::string("warm-up round"));
    auto time = [&](const std::string& stage, auto&& fn) {
      const auto t0 = Clock::now();
      fn();
      if (timed) r.stages[stage].runs_ms.push_back(ms_since(t0));
    };
    time("decode", [&] { (void)media::read_image(frame_file); });
    time("detect", [&] { (void)models->analyser().detect(frame); });
    time("detect_inference", bare_detect);
    time("align", [&] { (void)process::align_for_swap(frame, kps); });
    time("embed", [&] { (void)models->analyser().recognizer().embed(frame, kps); });
    // A face's whole cost and the bare run, back to back: their ratio survives a busy machine.
    // Alternating which goes first cancels a steady drift of the machine's speed.
    cv::Mat work_frame = frame.clone();
    if (it % 2) time("swap_inference", bare_swap);
    time("swap", [&] { processor.swap_faces(work_frame, assignment); });
    if (it % 2 == 0) time("swap_inference", bare_swap);
    cv::Mat paste_frame = frame.clone();
    time("paste_back", [&] { process::paste_back(paste_frame, swapped_face, swap_in.matrix, alpha); });
    if (models->enhancer())
      time("enhance", [&] { models->enhancer()->enhance(paste_frame, kps, so.enhancer_blend); });
    time("encode", [&] { media::write_image(work_frame, encoded, write_options); });
  }
  std::error_code ec;
  fs::remove(encoded, ec);
  (void)recognizer_model;

  if (o.measure_macs) {
    for (auto& m : r.models) {
      say(fmt::format("counting the MACs of the {}", m.role));
      std::map<std::string, std::vector<int64_t>> shapes;
      if (m.role == "detector") shapes["input.1"] = {1, 3, so.det_height, so.det_width};
      if (m.role == "swapper") {
        const auto& ins = swapper_model.inputs();
        for (const auto& in : ins) shapes[in.name] = in.shape.size() == 4 ? target_shape : latent_shape;
      }
      m.cost = measure_macs(m.file, shapes);
    }
  }
  if (o.profile_ops) {
    say("profiling the swapper's run by operator type");
    runtime::RuntimeConfig pc = so.runtime;
    pc.tuning.profile_prefix = work / "swapper_profile";
    auto profiled = runtime::Model::load(models->swapper().slot().spec(), pc);  // its warm-up is in the profile too
    std::vector<runtime::TensorView> views(2);
    for (size_t i = 0; i < 2; ++i)
      views[i] = swapper_model.inputs()[i].shape.size() == 4 ? runtime::TensorView{target_blob.data(), target_shape}
                                                              : runtime::TensorView{latent.data(), latent_shape};
    const runtime::OutputView ov{swap_out.data(), target_shape};
    profiled->run_into(views, std::span(&ov, 1));
    const fs::path file = profiled->end_profiling();
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    in.close();
    r.swap_ops = op_times_from_profile(text.str());
    fs::remove(file, ec);
  }
  if (!o.compare_swapper.empty()) {
    say(fmt::format("comparing with '{}'", o.compare_swapper.string()));
    runtime::ModelSpec spec;
    spec.role = "compared swapper";
    spec.path = o.compare_swapper;
    auto other = runtime::Model::load(spec, so.runtime);
    std::vector<runtime::TensorView> views(other->inputs().size());
    if (views.size() != 2) fail(ErrorKind::InvalidData, "'{}' is not a swapper (two inputs)", spec.path.string());
    for (size_t i = 0; i < 2; ++i)
      views[i] = other->inputs()[i].shape.size() == 4 ? runtime::TensorView{target_blob.data(), target_shape}
                                                       : runtime::TensorView{latent.data(), latent_shape};
    std::vector<float> other_out(swap_out.size());
    const runtime::OutputView ov{other_out.data(), target_shape};
    BenchReport::Comparison c;
    c.file = spec.path;
    for (int it = 0; it < r.iterations; ++it) {
      auto t0 = Clock::now();
      if (it % 2) bare_swap(), c.reference_runs.runs_ms.push_back(ms_since(t0)), t0 = Clock::now();
      other->run_into(views, std::span(&ov, 1));
      c.runs.runs_ms.push_back(ms_since(t0));
      if (it % 2 == 0) t0 = Clock::now(), bare_swap(), c.reference_runs.runs_ms.push_back(ms_since(t0));
    }
    double se = 0;
    for (size_t i = 0; i < swap_out.size(); ++i) {
      const double d = std::clamp(other_out[i], 0.f, 1.f) - std::clamp(swap_out[i], 0.f, 1.f);
      se += d * d;
    }
    const double mse = se / static_cast<double>(swap_out.size());
    c.psnr_db = mse > 0 ? 10.0 * std::log10(1.0 / mse) : std::numeric_limits<double>::infinity();
    r.comparison = std::move(c);
  }
  if (o.measure_peak) {
    say("measuring the machine's reference GEMM and convolution");
    r.peak = measure_peak(so.runtime, work / "peak", std::max(3, r.iterations));
  }
  return r;
}

// ---- presentation -------------------------------------------------------------------------------

namespace {
double round3(double v) { return std::round(v * 1000.0) / 1000.0; }
}  // namespace

nlohmann::json bench_to_json(const BenchReport& r) {
  using nlohmann::json;
  json j;
  auto stage = [&](const std::string& name) {
    const auto it = r.stages.find(name);
    json s;
    if (it == r.stages.end()) return s;
    s["ms"] = round3(it->second.median_ms());
    s["min_ms"] = round3(it->second.min_ms());
    json runs = json::array();
    for (double v : it->second.runs_ms) runs.push_back(round3(v));
    s["runs_ms"] = runs;
    return s;
  };
  j["decode"] = stage("decode");
  j["detect"] = stage("detect");
  if (!j["detect"].is_null()) j["detect"]["inference_ms"] = round3(stage_ms(r, "detect_inference"));
  j["align"] = stage("align");
  j["embed"] = stage("embed");
  j["swap"] = stage("swap");
  j["swap"]["per_face_ms"] = round3(r.swap_per_face_ms());
  j["swap"]["inference_ms"] = round3(r.swap_inference_ms());
  j["swap"]["overhead_ratio"] = round3(r.swap_overhead_ratio());
  if (const auto it = r.stages.find("swap_inference"); it != r.stages.end()) {
    json runs = json::array();
    for (double v : it->second.runs_ms) runs.push_back(round3(v));
    j["swap"]["inference_runs_ms"] = runs;
  }
  const auto* sw = find_model(r, "swapper");
  if (sw && sw->cost.macs > 0) {
    j["swap"]["macs"] = sw->cost.macs;
    j["swap"]["gflops"] = round3(r.swap_gflops());
    if (r.peak_gflops() > 0) j["swap"]["peak_fraction"] = round3(r.swap_gflops() / r.peak_gflops());
  }
  j["paste_back"] = stage("paste_back");
  if (r.stages.count("enhance")) j["enhance"] = stage("enhance");
  j["encode"] = stage("encode");
  j["frame"] = {{"width", r.frame_width},
                {"height", r.frame_height},
                {"source", r.frame_source},
                {"faces_detected", r.faces_detected},
                {"faces_swapped", r.faces_swapped},
                {"face_source", r.face_source},
                {"ms", round3(r.frame_ms())},
                {"overhead_ms", round3(r.frame_overhead_ms())},
                {"inference_ms", round3(r.frame_inference_ms())},
                {"overhead_ratio", round3(r.frame_overhead_ratio())}};
  json models = json::array();
  for (const auto& m : r.models) {
    json mj{{"role", m.role},         {"file", m.file.string()},        {"provider", m.provider},
            {"precision", m.precision}, {"load_ms", round3(m.load_ms)}, {"macs", m.cost.macs},
            {"macs_source", m.cost.source}};
    if (!m.cost.note.empty()) mj["macs_note"] = m.cost.note;
    if (m.cost.macs > 0) {
      const std::string stage_name = m.role == "detector" ? "detect_inference" : m.role == "swapper" ? "swap_inference" : "";
      if (!stage_name.empty() && stage_ms(r, stage_name) > 0)
        mj["gflops"] = round3(2.0 * m.cost.macs / (stage_ms(r, stage_name) * 1e6));
    }
    models.push_back(mj);
  }
  j["models"] = models;
  json peak = json::array();
  for (const auto& p : r.peak)
    peak.push_back({{"name", p.name}, {"macs", p.macs}, {"best_ms", round3(p.best_ms)}, {"median_ms", round3(p.median_ms)},
                    {"gflops", round3(p.gflops())}});
  if (!r.swap_ops.empty()) {
    json ops = json::array();
    double total = 0;
    for (const auto& op : r.swap_ops) total += op.ms;
    for (const auto& op : r.swap_ops) {
      json oj{{"op", op.op}, {"nodes", op.nodes}, {"ms", round3(op.ms)}, {"share", round3(total > 0 ? op.ms / total : 0)}};
      if (op.macs > 0) oj["macs"] = op.macs, oj["gflops"] = round3(op.ms > 0 ? 2.0 * op.macs / (op.ms * 1e6) : 0);
      ops.push_back(oj);
    }
    j["swap"]["ops"] = ops;
  }
  if (r.comparison) {
    const auto& c = *r.comparison;
    j["compare"] = {{"file", c.file.string()},
                    {"ms", round3(c.runs.median_ms())},
                    {"reference_ms", round3(c.reference_runs.median_ms())},
                    {"speedup", round3(c.runs.median_ms() > 0 ? c.reference_runs.median_ms() / c.runs.median_ms() : 0)},
                    {"psnr_db", std::isfinite(c.psnr_db) ? json(round3(c.psnr_db)) : json("inf")}};
  }
  j["peak"] = {{"runs", peak}, {"gflops", round3(r.peak_gflops())}};
  j["system"] = {{"onnxruntime", r.ort_version},
                 {"hardware_threads", r.hardware_threads},
                 {"intra_op_threads", r.intra_op_threads},
                 {"graph_optimization", std::string(runtime::graph_optimization_name(r.tuning.graph_optimization))},
                 {"cpu_memory_arena", r.tuning.cpu_memory_arena},
                 {"allow_spinning", r.tuning.allow_spinning},
                 {"iterations", r.iterations}};
  return j;
}

std::string bench_to_text(const BenchReport& r) {
  std::string out;
  auto line = [&](const std::string& name, const std::string& value) { out += fmt::format("{:<22} {}\n", name, value); };
  out += fmt::format("frame {}x{} ({}), face {}, {} rounds (median ms)\n", r.frame_width, r.frame_height, r.frame_source,
                     r.face_source, r.iterations);
  for (const auto& m : r.models)
    line("model " + m.role, fmt::format("{} on {} ({}), loaded in {:.0f} ms, {:.2f} GMACs ({})", m.file.filename().string(),
                                        m.provider, m.precision, m.load_ms, m.cost.macs / 1e9, m.cost.source));
  for (const char* s : {"decode", "detect", "detect_inference", "align", "embed", "swap", "swap_inference", "paste_back",
                        "enhance", "encode"})
    if (r.stages.count(s)) line(s, fmt::format("{:10.2f} ms", stage_ms(r, s)));
  line("swap per face", fmt::format("{:.2f} ms = {:.2f} ms inference x (1 + {:.4f}) overhead", r.swap_per_face_ms(),
                                    r.swap_inference_ms(), r.swap_overhead_ratio()));
  line("frame", fmt::format("{:.2f} ms: inference {:.2f} ms + image path {:.2f} ms (overhead ratio {:.4f})", r.frame_ms(),
                            r.frame_inference_ms(), r.frame_overhead_ms(), r.frame_overhead_ratio()));
  for (const auto& p : r.peak)
    line("peak " + p.name, fmt::format("{:.1f} GFLOP/s (best of runs, {:.2f} ms)", p.gflops(), p.best_ms));
  if (r.swap_gflops() > 0)
    line("swapper achieved", fmt::format("{:.1f} GFLOP/s{}", r.swap_gflops(),
                                         r.peak_gflops() > 0 ? fmt::format(" = {:.0f} % of the measured peak",
                                                                           100.0 * r.swap_gflops() / r.peak_gflops())
                                                             : std::string()));
  if (r.comparison)
    line("compared swapper", fmt::format("{}: {:.2f} ms vs {:.2f} ms fp32 (x{:.2f}), PSNR {:.2f} dB",
                                         r.comparison->file.filename().string(), r.comparison->runs.median_ms(),
                                         r.comparison->reference_runs.median_ms(),
                                         r.comparison->reference_runs.median_ms() / r.comparison->runs.median_ms(),
                                         r.comparison->psnr_db));
  double total = 0;
  for (const auto& op : r.swap_ops) total += op.ms;
  for (const auto& op : r.swap_ops)
    line("  op " + op.op, fmt::format("{:8.1f} ms {:5.1f} % ({} nodes){}", op.ms, total > 0 ? 100 * op.ms / total : 0, op.nodes,
                                      op.macs > 0 ? fmt::format(", {:.1f} GFLOP/s", 2.0 * op.macs / (op.ms * 1e6)) : std::string()));
  return out;
}

}  // namespace swapcam::pipeline
