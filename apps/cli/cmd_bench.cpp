// swapcam bench [--json] [--generate-models] [--iterations N] [--target IMAGE] [tuning options]
// [--boost-rows B,...] [--quality-rows] [--video CLIP|PORTRAIT]:
// per-stage timings, model MACs, the machine's reference GFLOP/s and the pipeline's overhead
// (bench/stage_bench.h, docs/PERFORMANCE.md; the report in bench_report.h).
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <tuple>

#include "apps/cli/bench_report.h"
#include "apps/cli/cli.h"
#include "apps/cli/swap_args.h"
#include "bench/equivalent_models.h"
#include "bench/stage_bench.h"
#include "bench/video_bench.h"
#include "pipeline/video_pipeline.h"
#include "core/error.h"
#include "core/log.h"
#include "face/detector.h"
#include "models/locate.h"
#include "models/registry.h"
#include "process/enhancer.h"

namespace swapcam::cli {
namespace {

namespace fs = std::filesystem;

struct BenchArgs {
  bool json = false;
  bool generate_models = false;
  int iterations = 3;
  std::string target;
  std::string enhancer;
  std::string det_size = "640";
  bool no_peak = false, no_macs = false, profile_ops = false;
  std::string graph_optimization = "all";
  bool no_arena = false, no_mem_pattern = false, no_spinning = false;
  std::string optimized_model_cache;
  std::string encode = "png";
  int png_compression = -1;
  std::string compare_swapper;
  std::vector<int> boost_rows;
  bool quality_rows = false;
  std::string video;  // a clip, or a portrait to make the six-face clip from
  int video_frames = 48;
  std::string video_preset;
  bool video_bgr_rows = false;
};

// The architecture-equivalent benchmark models (bench/equivalent_models.h), by role.
struct Equivalent {
  models::Role role;
  const char* model_id;
  const char* file;
  bench::EquivalentModel kind;
};
constexpr Equivalent kDetector{models::Role::Detector, "det_10g", "scrfd_10g_equivalent.onnx",
                               bench::EquivalentModel::Scrfd10g};
constexpr Equivalent kRecognizer{models::Role::Recognizer, "w600k_r50", "arcface_r50_equivalent.onnx",
                                 bench::EquivalentModel::ArcfaceR50};
constexpr Equivalent kSwapper{models::Role::Swapper, "inswapper_128", "inswapper_128_equivalent.onnx",
                              bench::EquivalentModel::Inswapper128};

// The quality rows (--quality-rows): one swapper of each kind beyond inswapper, with its converter, and
// the default occluder and parser; the real file in the models dir when it is there, else its equivalent.
struct QualityRow {
  const char* name;  // the swapper descriptor or the mask model's manifest id
  Equivalent model;
  const char* converter_id;  // the converter's manifest id, or nullptr
  Equivalent converter;
};
constexpr Equivalent kSimswapConverter{models::Role::Swapper, "arcface_converter_simswap",
                                       "arcface_converter_simswap_equivalent.onnx",
                                       bench::EquivalentModel::SimswapConverter};
constexpr Equivalent kGhostConverter{models::Role::Swapper, "arcface_converter_ghost",
                                     "arcface_converter_ghost_equivalent.onnx", bench::EquivalentModel::GhostConverter};
constexpr QualityRow kQualitySwappers[] = {
    {"hyperswap_1a_256",
     {models::Role::Swapper, "hyperswap_1a_256", "hyperswap_256_equivalent.onnx", bench::EquivalentModel::Hyperswap256},
     nullptr,
     {}},
    {"simswap_256",
     {models::Role::Swapper, "simswap_256", "simswap_256_equivalent.onnx", bench::EquivalentModel::Simswap256},
     "arcface_converter_simswap",
     kSimswapConverter},
    {"simswap_unofficial_512",
     {models::Role::Swapper, "simswap_unofficial_512", "simswap_512_equivalent.onnx",
      bench::EquivalentModel::Simswap512},
     "arcface_converter_simswap",
     kSimswapConverter},
    {"ghost_2_256",
     {models::Role::Swapper, "ghost_2_256", "ghost_256_equivalent.onnx", bench::EquivalentModel::Ghost256},
     "arcface_converter_ghost",
     kGhostConverter},
};
constexpr Equivalent kOccluder{models::Role::Occluder, "xseg_1", "xseg_equivalent.onnx", bench::EquivalentModel::Xseg};
constexpr Equivalent kParser{models::Role::Parser, "bisenet_resnet_34", "bisenet_resnet_34_equivalent.onnx",
                             bench::EquivalentModel::BisenetResnet34};

std::vector<const Equivalent*> quality_equivalents() {
  std::vector<const Equivalent*> all;
  for (const auto& q : kQualitySwappers) all.push_back(&q.model);
  all.push_back(&kSimswapConverter);
  all.push_back(&kGhostConverter);
  all.push_back(&kOccluder);
  all.push_back(&kParser);
  return all;
}

fs::path bench_models_dir() {
  if (const char* home = std::getenv("HOME"); home && *home)
    return fs::path(home) / ".cache" / "swapcam" / "bench-models";
  return fs::temp_directory_path() / "swapcam-bench-models";
}

// The base set (detector, recogniser, inswapper; stamp .bench-stamp) and, with `quality`, the quality
// rows' set (stamp .bench-quality-stamp), each written once.
void generate_models(const fs::path& dir, bool quality) {
  struct Set {
    const char* stamp_name;
    std::vector<const Equivalent*> models;
    const char* size;
  };
  std::vector<Set> sets{{".bench-stamp", {&kDetector, &kRecognizer, &kSwapper}, "~750 MB"}};
  if (quality) sets.push_back({".bench-quality-stamp", quality_equivalents(), "~1.5 GB"});
  for (const auto& set : sets) {
    const fs::path stamp = dir / set.stamp_name;
    bool complete = fs::exists(stamp);
    for (const auto* e : set.models) complete = complete && fs::is_regular_file(dir / e->file);
    if (complete) {
      log::info("bench: the equivalent models of {} are already in '{}'", set.stamp_name, dir.string());
      continue;
    }
    fs::create_directories(dir);
    std::error_code ec;
    fs::remove(stamp, ec);
    log::info("bench: writing full-size equivalent models to '{}' ({})", dir.string(), set.size);
    for (const auto* e : set.models) {
      const auto info = bench::write_equivalent_model(e->kind, dir / e->file);
      log::info("bench: {}: {:.2f} M parameters, {:.0f} MB", e->file, info.parameters / 1e6, info.bytes / 1e6);
    }
    std::ofstream(stamp) << "written by swapcam bench --generate-models\n";
  }
}

// The file for a role: the per-role override, the real model in the models dir, else the
// full-size equivalent there (announced: its weights are random, its cost is the real one's).
fs::path resolve_model(const GlobalOptions& g, const fs::path& dir, const Equivalent& e,
                       const std::string& override_path) {
  if (!override_path.empty()) return g.model_path(e.role);
  const fs::path real = dir / models::model_file_name(e.model_id);
  if (fs::is_regular_file(real)) return real;
  const fs::path equivalent = dir / e.file;
  if (fs::is_regular_file(equivalent)) {
    log::info("bench: {} not found, using the architecture-equivalent '{}' (random weights, same cost)",
              real.filename().string(), equivalent.string());
    return equivalent;
  }
  fail(ErrorKind::NotFound,
       "model file '{}' does not exist (fetch it with: swapcam models fetch {}; or run "
       "swapcam bench --generate-models for architecture-equivalent models)",
       real.string(), e.model_id);
}

void run(const BenchArgs& a, const GlobalOptions& g, bool models_dir_given) {
  bench::BenchOptions o;
  o.iterations = a.iterations;
  if (o.iterations < 1 || o.iterations > 1000) fail(ErrorKind::Usage, "--iterations must be between 1 and 1000");
  o.frame = a.target;
  o.measure_peak = !a.no_peak;
  o.measure_macs = !a.no_macs;
  o.profile_ops = a.profile_ops;
  o.compare_swapper = a.compare_swapper;
  o.boost_sizes = a.boost_rows;
  o.encode_extension = "." + a.encode;
  if (a.png_compression < -1 || a.png_compression > 9) fail(ErrorKind::Usage, "--png-compression must be 0..9");
  o.png_compression = a.png_compression;

  auto& s = o.swap;
  std::tie(s.det_width, s.det_height) = parse_size(a.det_size, "--det-size", true, 32, face::kMaxDetectorSide);
  s.runtime = g.runtime_config();
  auto& t = s.runtime.tuning;
  t.graph_optimization = runtime::parse_graph_optimization(a.graph_optimization);
  t.cpu_memory_arena = !a.no_arena;
  t.memory_pattern = !a.no_mem_pattern;
  t.allow_spinning = !a.no_spinning;
  t.optimized_model_cache = a.optimized_model_cache;

  fs::path dir = g.models_directory();
  if (a.generate_models) {
    if (!models_dir_given) dir = bench_models_dir();
    generate_models(dir, a.quality_rows);
  }
  s.models.detector = resolve_model(g, dir, kDetector, g.detector_model);
  s.models.recognizer = resolve_model(g, dir, kRecognizer, g.recognizer_model);
  s.models.swapper = resolve_model(g, dir, kSwapper, g.swapper_model);
  if (a.quality_rows) {
    for (const auto& q : kQualitySwappers)
      o.swapper_rows.push_back({q.name, resolve_model(g, dir, q.model, {}),
                                q.converter_id ? resolve_model(g, dir, q.converter, {}) : fs::path()});
    o.occluders = {resolve_model(g, dir, kOccluder, {})};
    o.parser = resolve_model(g, dir, kParser, {});
    if (o.boost_sizes.empty()) o.boost_sizes = {256, 512};
  }
  if (!a.enhancer.empty()) {
    s.enhancer = a.enhancer;
    s.models.enhancer = g.model_path(models::Role::Enhancer, a.enhancer);
  }
  if (!a.json && !g.quiet)
    o.progress = [](const std::string& line) { std::fprintf(stderr, "bench: %s\n", line.c_str()); };

  if (!a.video.empty()) {  // the video rows only (bench/video_bench.h)
    bench::VideoBenchOptions v;
    v.swap = s;
    if (pipeline::is_video_extension(a.video)) v.clip = a.video;
    else v.portrait = a.video;
    if (a.target.empty() && v.portrait.empty())
      fail(ErrorKind::Usage, "bench --video CLIP needs --target FACE_IMAGE as the source face");
    v.swap.sources = {a.target.empty() ? v.portrait : fs::path(a.target)};
    v.clip_frames = a.video_frames;
    v.rounds = o.iterations;
    v.preset = a.video_preset;
    v.bgr_rows = a.video_bgr_rows;
    v.swap.many_faces = true;  // every face of the clip, as the figures
    v.progress = o.progress;
    const auto report = bench::run_video_bench(v);
    if (a.json) std::cout << video_bench_to_json(report).dump(2) << "\n";
    else std::cout << video_bench_to_text(report);
    return;
  }
  const auto report = bench::run_bench(o);
  if (a.json) std::cout << bench_to_json(report).dump(2) << "\n";
  else std::cout << bench_to_text(report);
}

Registrar reg(80, [](CLI::App& root, GlobalOptions& g) {
  static BenchArgs args;  // static storage: CLI11 writes into it while parsing, and it outlives the parse
  auto* a = &args;
  auto* sub = root.add_subcommand("bench", "Per-stage timings, model MACs, machine peak and pipeline overhead");
  add_global_options(*sub, g);
  sub->add_flag("--json", a->json, "JSON output (one object per stage)");
  sub->add_flag(
      "--generate-models", a->generate_models,
      "Write the full-size architecture-equivalent models (to --models-dir, default ~/.cache/swapcam/bench-models) "
      "and bench them");
  sub->add_option("--iterations", a->iterations, "Timed rounds per stage (default 3)");
  sub->add_option("--target", a->target, "Frame to bench on (default: a synthetic 1920x1080 frame)");
  sub->add_option("--enhancer", a->enhancer, "Include an enhancer: " + models::model_names(models::Role::Enhancer))
      ->check(CLI::IsMember(models::accepted_names(models::Role::Enhancer)));
  sub->add_option("--det-size", a->det_size, "Detector input size: N or WxH (default 640)");
  sub->add_option("--encode", a->encode, "Output format of the encode stage (default png)")
      ->check(CLI::IsMember({"png", "jpg", "webp", "bmp", "tif"}));
  sub->add_option("--png-compression", a->png_compression, "zlib level of the PNG encode stage (default: swap's)");
  sub->add_option(
         "--compare-swapper", a->compare_swapper,
         "Another swapper file (int8, fp16, ...): its time and PSNR against the configured one on the same input")
      ->check(CLI::ExistingFile);
  sub->add_option(
      "--video", a->video,
      "Video rows instead: CPU seconds of pass-through and identity swap against a plain re-encode, on CLIP "
      "(or on a six-face clip made from a PORTRAIT image; --target is then the source face)");
  sub->add_option("--video-frames", a->video_frames, "Frames of the made clip (default 48)");
  sub->add_option("--video-preset", a->video_preset, "Encoder preset of every video row (default: x264's)");
  sub->add_flag("--video-bgr-rows", a->video_bgr_rows, "Also the rows with every frame converted to BGR and back");
  sub->add_flag("--no-peak", a->no_peak, "Skip the machine reference (GEMM/convolution)");
  sub->add_flag("--no-macs", a->no_macs, "Skip counting MACs (one profiled run per model)");
  sub->add_option("--boost-rows", a->boost_rows,
                  "Also time the face swapped at these --pixel-boost sizes (e.g. 256,512: k*k model runs each)")
      ->delimiter(',')
      ->check(CLI::IsMember({128, 256, 384, 512, 768, 1024}));
  sub->add_flag("--quality-rows", a->quality_rows,
                "Also time one face through hyperswap_1a_256, simswap_256, simswap_unofficial_512 and ghost_2_256 "
                "(with their converters), the occluder xseg_1 and the parser bisenet_resnet_34, and pixel boost "
                "256,512 unless --boost-rows says otherwise; each as a ratio to the bare swapper run (real files from "
                "the models dir, else the --generate-models equivalents)");
  sub->add_flag("--profile-ops", a->profile_ops, "Profile one swapper run: time and GFLOP/s by operator type");
  sub->add_option("--graph-optimization", a->graph_optimization,
                  "ORT graph optimisation: disabled, basic, extended, all")
      ->check(CLI::IsMember({"disabled", "basic", "extended", "all"}));
  sub->add_flag("--no-arena", a->no_arena, "Disable ORT's CPU memory arena");
  sub->add_flag("--no-mem-pattern", a->no_mem_pattern, "Disable ORT's memory pattern planning");
  sub->add_flag("--no-spinning", a->no_spinning, "Intra-op workers yield instead of spinning");
  sub->add_option("--optimized-model-cache", a->optimized_model_cache, "Keep optimised graphs in DIR and reuse them");
  sub->callback([a, &g] { run(*a, g, !g.models_dir.empty()); });
});

}  // namespace
}  // namespace swapcam::cli
