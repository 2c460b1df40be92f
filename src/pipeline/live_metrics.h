#pragma once
// What a live run reports: per-stage counts and latencies, end to end figures (--metrics-json).
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/latency_stats.h"

namespace swapcam::pipeline {

struct LiveStageMetrics {
  std::string name;
  int workers = 1;
  uint64_t frames_in = 0;     // taken from the input mailbox
  uint64_t frames_out = 0;    // passed on (or written, for sinks)
  uint64_t dropped = 0;       // replaced in the input mailbox before this stage took them (+ stale, composite)
  LatencySummary latency_ms;  // capture timestamp -> this stage done with the frame
  LatencySummary busy_ms;     // time spent in the stage's work per frame
};

struct LiveMetrics {
  std::string source;
  double duration_s = 0;
  uint64_t frames_captured = 0;
  uint64_t frames_output = 0;
  double fps_in = 0, fps_out = 0;
  LatencySummary latency_ms;          // end to end: capture timestamp -> frame handed to the outputs
  uint64_t frames_dropped = 0;        // sum over stages (sinks included)
  uint64_t source_skipped = 0;        // frames the camera driver had ready but we skipped for a newer one
  uint64_t max_frames_in_flight = 0;  // most frames alive between capture and outputs at once
  int reconnects = 0;
  int source_changes = 0;                // hot swaps of the source face
  std::string end_reason;                // "end of input", "duration reached", "stopped", "camera disconnected: ..."
  std::vector<LiveStageMetrics> stages;  // capture, track, swap, composite, output, sink:<name>...
};

// JSON text of the metrics (what --metrics-json writes).
std::string live_metrics_json(const LiveMetrics& metrics);
// Writes it atomically; Error(Io) on failure.
void write_live_metrics(const LiveMetrics& metrics, const std::filesystem::path& file);

}  // namespace swapcam::pipeline
