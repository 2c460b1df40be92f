#pragma once
// The live pipeline's one stage loop (internal to live_pipeline.cpp; in a header so the tests and
// the ThreadSanitizer build can drive it without ONNX Runtime).
//
// Every stage is the same machine: take the newest frame from its input mailbox, do its work, record
// how long that took and how old the frame is, hand it on. A stage differs only in its work (which may
// refuse a frame: a stale one in the composite stage) and in where the frame goes next.
#include <atomic>
#include <cstdint>
#include <string>
#include <utility>

#include "core/latency_stats.h"
#include "core/mailbox.h"
#include "pipeline/live_metrics.h"

namespace swapcam::pipeline {

// One stage's running figures; written by its worker thread(s), read by snapshots at any time.
struct StageStats {
  LatencyStats latency, busy;
  std::atomic<uint64_t> in{0}, out{0}, stale{0};
};

inline double ms_since(SteadyClock::time_point t) { return elapsed_ms(t, SteadyClock::now()); }

// Runs until `input` is closed and drained. `work(frame)` returns false to refuse a frame (counted
// as stale, not passed on); `pass(frame&&)` hands an accepted one on. Frames need a `captured` time
// point. Exceptions from work/pass propagate: the caller owns shutdown.
template <typename Frame, typename Work, typename Pass>
void run_stage(Mailbox<Frame>& input, StageStats& stats, Work&& work, Pass&& pass) {
  while (auto frame = input.take()) {
    stats.in.fetch_add(1);
    const auto t0 = SteadyClock::now();
    if (!work(*frame)) {
      stats.stale.fetch_add(1);
      continue;
    }
    stats.busy.add(ms_since(t0));
    stats.latency.add(ms_since(frame->captured));
    stats.out.fetch_add(1);
    pass(std::move(*frame));
  }
}

// The metrics of one stage: its own figures plus what its input mailbox dropped (none for capture).
inline LiveStageMetrics stage_metrics(const std::string& name, const StageStats& st, const MailboxStats* box,
                                      int workers = 1) {
  LiveStageMetrics m;
  m.name = name;
  m.workers = workers;
  m.frames_in = box ? box->taken : st.out.load();
  m.frames_out = st.out.load();
  m.dropped = (box ? box->dropped : 0) + st.stale.load();
  m.latency_ms = st.latency.summary();
  m.busy_ms = st.busy.summary();
  return m;
}

}  // namespace swapcam::pipeline
