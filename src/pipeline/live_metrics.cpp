#include "pipeline/live_metrics.h"

#include <fstream>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "media/atomic_file.h"

namespace swapcam::pipeline {

namespace fs = std::filesystem;

namespace {
nlohmann::json summary_json(const LatencySummary& s) {
  return {{"count", s.count}, {"p50", s.p50}, {"p95", s.p95}, {"max", s.max}, {"mean", s.mean}};
}
}  // namespace

std::string live_metrics_json(const LiveMetrics& m) {
  nlohmann::json stages = nlohmann::json::array();
  for (const auto& s : m.stages)
    stages.push_back({{"name", s.name},
                      {"workers", s.workers},
                      {"frames_in", s.frames_in},
                      {"frames_out", s.frames_out},
                      {"dropped", s.dropped},
                      {"latency_ms", summary_json(s.latency_ms)},
                      {"busy_ms", summary_json(s.busy_ms)}});
  nlohmann::json j = {{"source", m.source},
                      {"duration_s", m.duration_s},
                      {"frames_in", m.frames_captured},
                      {"frames_out", m.frames_output},
                      {"fps_in", m.fps_in},
                      {"fps_out", m.fps_out},
                      {"latency_ms", summary_json(m.latency_ms)},
                      {"frames_dropped", m.frames_dropped},
                      {"source_skipped", m.source_skipped},
                      {"max_frames_in_flight", m.max_frames_in_flight},
                      {"reconnects", m.reconnects},
                      {"source_changes", m.source_changes},
                      {"end_reason", m.end_reason},
                      {"stages", stages}};
  return j.dump(2);
}

void write_live_metrics(const LiveMetrics& metrics, const fs::path& file) {
  media::AtomicFile out(file);
  {
    std::ofstream f(out.temp_path(), std::ios::binary | std::ios::trunc);
    f << live_metrics_json(metrics) << '\n';
    if (!f.flush()) fail(ErrorKind::Io, "cannot write metrics file '{}'", file.string());
  }
  out.commit();
}

}  // namespace swapcam::pipeline
