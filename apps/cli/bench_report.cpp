// `swapcam bench`'s report: the product.md JSON and the terminal text (src/bench/stage_bench.h
// measures; this only presents).
#include "apps/cli/bench_report.h"

#include <cmath>

#include <fmt/format.h>

namespace swapcam::cli {

using bench::BenchReport;

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
  if (!j["detect"].is_null()) j["detect"]["inference_ms"] = round3(r.stage_ms("detect_inference"));
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
  const auto* sw = r.model("swapper");
  if (sw && sw->cost.macs > 0) {
    j["swap"]["macs"] = sw->cost.macs;
    j["swap"]["gflops"] = round3(r.swap_gflops());
    if (r.peak_gflops() > 0) j["swap"]["peak_fraction"] = round3(r.swap_gflops() / r.peak_gflops());
  }
  j["paste_back"] = stage("paste_back");
  if (r.stages.count("enhance")) j["enhance"] = stage("enhance");
  // The quality rows (swapper_*, swap_boost_*, mask_*): per face, as paired ratios to the bare run.
  for (const auto& name : r.row_stages()) {
    j[name] = stage(name);
    j[name]["ratio_to_bare_run"] = round3(r.ratio_to_bare_run(name));
  }
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
    json mj{{"role", m.role},
            {"file", m.file.string()},
            {"provider", m.provider},
            {"precision", m.precision},
            {"load_ms", round3(m.load_ms)},
            {"macs", m.cost.macs},
            {"macs_source", m.cost.source}};
    if (!m.cost.note.empty()) mj["macs_note"] = m.cost.note;
    if (m.cost.macs > 0) {
      const std::string stage_name = m.role == "detector"  ? "detect_inference"
                                     : m.role == "swapper" ? "swap_inference"
                                                           : "";
      if (!stage_name.empty() && r.stage_ms(stage_name) > 0)
        mj["gflops"] = round3(2.0 * m.cost.macs / (r.stage_ms(stage_name) * 1e6));
    }
    models.push_back(mj);
  }
  j["models"] = models;
  json peak = json::array();
  for (const auto& p : r.peak)
    peak.push_back({{"name", p.name},
                    {"macs", p.macs},
                    {"best_ms", round3(p.best_ms)},
                    {"median_ms", round3(p.median_ms)},
                    {"gflops", round3(p.gflops())}});
  if (!r.swap_ops.empty()) {
    json ops = json::array();
    double total = 0;
    for (const auto& op : r.swap_ops) total += op.ms;
    for (const auto& op : r.swap_ops) {
      json oj{
          {"op", op.op}, {"nodes", op.nodes}, {"ms", round3(op.ms)}, {"share", round3(total > 0 ? op.ms / total : 0)}};
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
                    {"psnr_db", std::isfinite(c.psnr_db) ? json(round3(c.psnr_db))
                                : std::isinf(c.psnr_db)  ? json("inf")
                                                         : json(nullptr)},
                    {"non_finite", c.non_finite}};
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
  auto line = [&](const std::string& name, const std::string& value) {
    out += fmt::format("{:<22} {}\n", name, value);
  };
  out += fmt::format("frame {}x{} ({}), face {}, {} rounds (median ms)\n", r.frame_width, r.frame_height,
                     r.frame_source, r.face_source, r.iterations);
  for (const auto& m : r.models)
    line("model " + m.role,
         fmt::format("{} on {} ({}), loaded in {:.0f} ms, {:.2f} GMACs ({})", m.file.filename().string(), m.provider,
                     m.precision, m.load_ms, m.cost.macs / 1e9, m.cost.source));
  for (const char* s : {"decode", "detect", "detect_inference", "align", "embed", "swap", "swap_inference",
                        "paste_back", "enhance", "encode"})
    if (r.stages.count(s)) line(s, fmt::format("{:10.2f} ms", r.stage_ms(s)));
  // The quality rows: per-face cost of another swapper, a pixel boost (its k*k runs included) or a
  // mask model, as the median of the per-round ratios to the bare swapper run.
  for (const auto& name : r.row_stages())
    line(name, fmt::format("{:10.2f} ms = x{:.2f} the bare run", r.stage_ms(name), r.ratio_to_bare_run(name)));
  line("swap per face", fmt::format("{:.2f} ms = {:.2f} ms inference x (1 + {:.4f}) overhead", r.swap_per_face_ms(),
                                    r.swap_inference_ms(), r.swap_overhead_ratio()));
  line("frame", fmt::format("{:.2f} ms: inference {:.2f} ms + image path {:.2f} ms (overhead ratio {:.4f})",
                            r.frame_ms(), r.frame_inference_ms(), r.frame_overhead_ms(), r.frame_overhead_ratio()));
  for (const auto& p : r.peak)
    line("peak " + p.name, fmt::format("{:.1f} GFLOP/s (best of runs, {:.2f} ms)", p.gflops(), p.best_ms));
  if (r.swap_gflops() > 0)
    line("swapper achieved", fmt::format("{:.1f} GFLOP/s{}", r.swap_gflops(),
                                         r.peak_gflops() > 0 ? fmt::format(" = {:.0f} % of the measured peak",
                                                                           100.0 * r.swap_gflops() / r.peak_gflops())
                                                             : std::string()));
  if (r.comparison) {
    const auto& c = *r.comparison;
    const std::string quality = c.non_finite > 0
                                    ? fmt::format("no PSNR: {} output values are NaN or infinite", c.non_finite)
                                    : fmt::format("PSNR {:.2f} dB", c.psnr_db);
    line("compared swapper",
         fmt::format("{}: {:.2f} ms vs {:.2f} ms fp32 (x{:.2f}), {}", c.file.filename().string(), c.runs.median_ms(),
                     c.reference_runs.median_ms(), c.reference_runs.median_ms() / c.runs.median_ms(), quality));
  }
  double total = 0;
  for (const auto& op : r.swap_ops) total += op.ms;
  for (const auto& op : r.swap_ops)
    line("  op " + op.op,
         fmt::format("{:8.1f} ms {:5.1f} % ({} nodes){}", op.ms, total > 0 ? 100 * op.ms / total : 0, op.nodes,
                     op.macs > 0 ? fmt::format(", {:.1f} GFLOP/s", 2.0 * op.macs / (op.ms * 1e6)) : std::string()));
  return out;
}

nlohmann::json video_bench_to_json(const bench::VideoBenchReport& r) {
  nlohmann::json j;
  j["clip"] = r.clip.string();
  j["width"] = r.width;
  j["height"] = r.height;
  j["frames"] = r.frames;
  j["rounds"] = r.rounds;
  j["hardware_threads"] = r.hardware_threads;
  j["load_before"] = r.load_before;
  j["load_after"] = r.load_after;
  for (const auto& row : r.rows)
    j["rows"].push_back({{"name", row.name},
                         {"cpu_s", round3(row.median_cpu_s())},
                         {"wall_s", round3(row.median_wall_s())},
                         {"ratio", round3(row.median_ratio())},
                         {"cpu_runs_s", row.cpu_s},
                         {"ratio_runs", row.ratio},
                         {"frames", row.frames},
                         {"frames_with_swaps", row.frames_with_swaps},
                         {"detections", row.detections}});
  return j;
}

std::string video_bench_to_text(const bench::VideoBenchReport& r) {
  std::string out = fmt::format(
      "video bench: '{}', {}x{}, {} frames, {} paired rounds, {} hardware threads, load {:.2f} -> {:.2f}\n",
      r.clip.string(), r.width, r.height, r.frames, r.rounds, r.hardware_threads, r.load_before, r.load_after);
  out += fmt::format("  {:<16} {:>8} {:>8} {:>8} {:>11}  {}\n", "row", "CPU s", "wall s", "ratio", "detections",
                     "ratio per round");
  for (const auto& row : r.rows) {
    std::string runs;
    for (double v : row.ratio) runs += fmt::format(" {:.2f}", v);
    out += fmt::format("  {:<16} {:>8.2f} {:>8.2f} {:>7.2f}x {:>11}  {}\n", row.name, row.median_cpu_s(),
                       row.median_wall_s(), row.median_ratio(), row.detections, runs);
  }
  return out;
}

}  // namespace swapcam::cli
