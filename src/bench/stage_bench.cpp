#include "bench/stage_bench.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

#include <onnxruntime_cxx_api.h>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/log.h"
#include "face/align.h"
#include "face/detector.h"
#include "media/image_io.h"
#include "models/registry.h"
#include "pipeline/image_pipeline.h"
#include "core/planar_image.h"
#include "process/face_mask.h"
#include "process/face_parser.h"
#include "process/occluder.h"
#include "process/paste_back.h"
#include "runtime/environment.h"

namespace swapcam::bench {

namespace fs = std::filesystem;
using namespace swapcam::pipeline;
using runtime::time_ms;

namespace {

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

}  // namespace

double BenchReport::stage_ms(const std::string& name) const {
  auto it = stages.find(name);
  return it == stages.end() ? 0 : it->second.median_ms();
}
const BenchModel* BenchReport::model(const std::string& role) const {
  for (const auto& m : models)
    if (m.role == role) return &m;
  return nullptr;
}

double BenchReport::swap_per_face_ms() const { return stage_ms("swap"); }
double BenchReport::swap_inference_ms() const { return stage_ms("swap_inference"); }
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
  return stage_ms("detect_inference") + faces_swapped * swap_inference_ms();
}
double BenchReport::frame_overhead_ms() const {
  // Everything but inference: decoding, the detector's pre- and post-processing, each face's own
  // cost beyond the swapper's run (paired ratio), encoding.
  return stage_ms("decode") + std::max(0.0, stage_ms("detect") - stage_ms("detect_inference")) +
         faces_swapped * swap_overhead_ratio() * swap_inference_ms() + stage_ms("encode");
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
  const auto* m = model("swapper");
  const double inf = swap_inference_ms();
  return m && inf > 0 ? 2.0 * m->cost.macs / (inf * 1e6) : 0;
}

double BenchReport::ratio_to_bare_run(const std::string& stage) const {
  const auto a = stages.find(stage), b = stages.find("swap_inference");
  if (a == stages.end() || b == stages.end()) return 0;
  StageTiming ratios;
  for (size_t i = 0; i < std::min(a->second.runs_ms.size(), b->second.runs_ms.size()); ++i)
    if (b->second.runs_ms[i] > 0) ratios.runs_ms.push_back(a->second.runs_ms[i] / b->second.runs_ms[i]);
  return ratios.median_ms();
}
std::vector<std::string> BenchReport::row_stages() const {
  std::vector<std::string> rows;
  for (const char* prefix : {"swapper_", "swap_boost_", "mask_"})
    for (const auto& [name, t] : stages)
      if (name.rfind(prefix, 0) == 0) rows.push_back(name);
  return rows;
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
    const runtime::Model* loaded = nullptr;
    const double load_ms = time_ms([&] { loaded = &slot.get(); });
    const auto& m = *loaded;
    BenchModel bm;
    bm.role = role;
    bm.file = slot.spec().path;
    bm.provider = std::string(runtime::short_name(m.provider()));
    bm.precision = std::string(runtime::precision_name(m.precision()));
    bm.load_ms = load_ms;
    r.models.push_back(bm);
    return m;
  };
  const auto& detector_model = load("detector", models->analyser().detector().slot());
  const auto& recognizer_model = load("recognizer", models->analyser().recognizer().slot());
  const auto& swapper_model = load("swapper", models->swapper().slot());
  if (models->enhancer()) {
    if (auto* aligned = dynamic_cast<const process::AlignedEnhancer*>(models->enhancer()))
      load("enhancer", aligned->slot());
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
  const process::Swapper& swapper = models->swapper();
  const models::ModelDescriptor& swapper_desc = swapper.descriptor();
  const int side = swapper.model_size();
  const auto swap_in = process::align_for_swap(frame, kps, swapper_desc.face_template, side);
  std::vector<float> target_blob(3 * static_cast<size_t>(side) * side), swap_out(target_blob.size());
  bgr8_to_planar_rgb(swap_in.crop, swapper_desc.input.pixel_scale(), swapper_desc.input.pixel_offset(),
                     target_blob.data());
  std::vector<float> latent = processor.sources().latents[0];
  Ort::MemoryInfo mem = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
  const std::vector<int64_t> target_shape{1, 3, side, side}, latent_shape{1, 512};
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

  const cv::Mat alpha = process::swap_alpha_mask(side);
  cv::Mat swapped_face = planar_rgb_to_bgr8(swap_out.data(), side, side, swapper_desc.output.tensor_scale(),
                                            swapper_desc.output.tensor_offset());

  // Pixel boost rows (--boost-rows): the same face swapped at k x the model's size, k*k runs each.
  std::vector<std::pair<int, std::unique_ptr<process::Swapper>>> boosted;
  for (int b : o.boost_sizes) {
    process::SwapperSetup setup;
    setup.pixel_boost = b;
    setup.weight = so.swapper_weight;
    if (!so.models.swapper_converter.empty()) setup.converter.path = so.models.swapper_converter;
    boosted.emplace_back(b, std::make_unique<process::Swapper>(swapper_desc, swapper.slot().spec(), so.runtime, setup));
  }
  const std::vector<Landmarks5> one_face{kps};
  const std::vector<process::Latent> one_latent{latent};
  // Swapper rows: each swapper of the registry with its own file, its source input made once.
  struct KindRow {
    std::string stage;
    std::unique_ptr<process::Swapper> swapper;
    std::vector<process::Latent> latent;
  };
  std::vector<KindRow> kinds;
  const std::vector<float> embedding = models->analyser().recognizer().embed(frame, kps);
  for (const auto& row : o.swapper_rows) {
    runtime::ModelSpec spec;
    spec.role = "swapper";
    spec.path = row.model;
    process::SwapperSetup setup;
    setup.converter.path = row.converter;
    say(fmt::format("loading the swapper row {} '{}'", row.name, row.model.filename().string()));
    KindRow k{"swapper_" + row.name,
              std::make_unique<process::Swapper>(models::require_descriptor(models::Role::Swapper, row.name),
                                                 std::move(spec), so.runtime, std::move(setup)),
              {}};
    k.latent.push_back(k.swapper->source_latent(std::vector<std::vector<float>>{embedding}));
    kinds.push_back(std::move(k));
  }
  // Mask rows, on the face's crop as the configured swapper aligns it.
  std::unique_ptr<process::Occluder> occluder;
  std::unique_ptr<process::FaceParser> parser;
  if (!o.occluders.empty()) occluder = std::make_unique<process::Occluder>(o.occluders, so.runtime);
  if (!o.parser.empty()) parser = std::make_unique<process::FaceParser>(o.parser, so.runtime);
  const unsigned all_regions = process::all_mask_bits(process::kMaskRegionNames);
  const fs::path encoded = work / ("bench_output" + o.encode_extension);
  media::ImageWriteOptions write_options;
  write_options.provenance = so.provenance;
  if (o.png_compression >= 0) write_options.png_compression = o.png_compression;

  // One untimed round warms caches and ORT's arenas, then the timed rounds.
  for (int it = -1; it < r.iterations; ++it) {
    const bool timed = it >= 0;
    say(timed ? fmt::format("round {} of {}", it + 1, r.iterations) : std::string("warm-up round"));
    auto time = [&](const std::string& stage, auto&& fn) {
      const double ms = time_ms(fn);
      if (timed) r.stages[stage].runs_ms.push_back(ms);
    };
    time("decode", [&] { (void)media::read_image(frame_file); });
    time("detect", [&] { (void)models->analyser().detect(frame); });
    time("detect_inference", bare_detect);
    time("align", [&] { (void)swapper.align(frame, kps); });
    time("embed", [&] { (void)models->analyser().recognizer().embed(frame, kps); });
    // A face's whole cost and the bare run, back to back: their ratio survives a busy machine.
    // Alternating which goes first cancels a steady drift of the machine's speed.
    cv::Mat work_frame = frame.clone();
    if (it % 2) time("swap_inference", bare_swap);
    time("swap", [&] { processor.swap_faces(work_frame, assignment); });
    if (it % 2 == 0) time("swap_inference", bare_swap);
    for (auto& [b, sw] : boosted)
      time(fmt::format("swap_boost_{}", b), [&, &sw = sw] { (void)sw->swap(frame, one_face, one_latent); });
    for (auto& k : kinds) time(k.stage, [&] { (void)k.swapper->swap(frame, one_face, k.latent); });
    if (occluder) time("mask_occlusion", [&] { (void)occluder->mask(swap_in.crop); });
    if (parser) time("mask_region", [&] { (void)parser->mask(swap_in.crop, all_regions); });
    cv::Mat paste_frame = frame.clone();
    time("paste_back", [&] { process::paste_back(paste_frame, swapped_face, swap_in.matrix, alpha); });
    if (models->enhancer()) time("enhance", [&] { models->enhancer()->enhance(paste_frame, kps, so.enhancer_blend); });
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
      m.cost = runtime::measure_macs(m.file, shapes);
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
    r.swap_ops = runtime::op_times_from_profile(runtime::take_profile(file));
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
      // Alternating which runs first cancels a steady drift of the machine's speed.
      if (it % 2) c.reference_runs.runs_ms.push_back(time_ms(bare_swap));
      c.runs.runs_ms.push_back(time_ms([&] { other->run_into(views, std::span(&ov, 1)); }));
      if (it % 2 == 0) c.reference_runs.runs_ms.push_back(time_ms(bare_swap));
    }
    double se = 0;
    for (size_t i = 0; i < swap_out.size(); ++i) {
      // std::clamp passes NaN through and NaN > 0 is false: counted, or a NaN model would read as identical.
      if (!std::isfinite(other_out[i])) {
        ++c.non_finite;
        continue;
      }
      const double d = std::clamp(other_out[i], 0.f, 1.f) - std::clamp(swap_out[i], 0.f, 1.f);
      se += d * d;
    }
    const double mse = se / static_cast<double>(swap_out.size());
    if (c.non_finite > 0) c.psnr_db = std::numeric_limits<double>::quiet_NaN();
    else c.psnr_db = mse > 0 ? 10.0 * std::log10(1.0 / mse) : std::numeric_limits<double>::infinity();
    r.comparison = std::move(c);
  }
  if (o.measure_peak) {
    say("measuring the machine's reference GEMM and convolution");
    r.peak = runtime::measure_peak(so.runtime, work / "peak", std::max(3, r.iterations));
  }
  return r;
}

}  // namespace swapcam::bench
