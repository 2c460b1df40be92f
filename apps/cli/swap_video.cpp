// `swapcam swap` for video and folder targets (see swap_video.h).
#include "apps/cli/swap_video.h"

#include <cstdio>

#include "apps/cli/cancel_signal.h"
#include "core/error.h"
#include "face/tracker.h"
#include "core/progress.h"
#include "pipeline/batch.h"
#include "pipeline/segments.h"
#include "pipeline/video_pipeline.h"

namespace swapcam::cli {
namespace {

struct VideoArgs {
  double start_s = 0;
  double end_s = 0;
  CLI::Option* end_opt = nullptr;
  bool allow_partial = false;
  int workers = 0;
  std::string detect_every = "1";  // N or "auto"
  std::string preset;
  std::string segment;  // --segment K/N
};

VideoArgs& video_args() {
  static VideoArgs a;  // outlives parsing
  return a;
}

pipeline::VideoJobOptions job_options(bool quiet) {
  const VideoArgs& a = video_args();
  pipeline::VideoJobOptions j;
  j.start_s = a.start_s;
  if (a.end_opt && a.end_opt->count() > 0) j.end_s = a.end_s;
  j.allow_partial = a.allow_partial;
  j.workers = a.workers;
  j.detect_auto = a.detect_every == "auto";  // detect_every is then the longest gap between detections
  j.detect_every = j.detect_auto ? face::AdaptiveCadenceOptions{}.max_interval : std::stoi(a.detect_every);
  j.encoder_preset = a.preset;
  j.cancel = &install_cancel_handler();
  j.progress = make_console_progress_sink(quiet);
  return j;
}

}  // namespace

void add_video_swap_options(CLI::App& sub) {
  VideoArgs& a = video_args();
  auto* grp = sub.add_option_group("Video");
  grp->add_option("--start", a.start_s, "Video: first frame at or after this time, seconds")
      ->check(CLI::NonNegativeNumber);
  a.end_opt = grp->add_option("--end", a.end_s, "Video: stop before this time, seconds")->check(CLI::PositiveNumber);
  grp->add_flag("--allow-partial", a.allow_partial,
                "Video: keep the frames that decoded from a damaged input (default: error, nothing written)");
  // Each worker is a thread with its own frames in flight: a typo (10000) would exhaust a container's limits.
  grp->add_option("--workers", a.workers,
                  "Video/folder: frames processed at once, 0 to 256 (0: automatic, one per core)")
      ->check(whole_number_in(0, 256, "automatic"));
  grp->add_option("--detect-every", a.detect_every,
                  "Video: run the detector every N frames, track in between (default 1); auto: detect when the tracked "
                  "faces no longer look as predicted")
      ->check(CLI::Validator([](std::string& v) { return v == "auto" ? std::string() : whole_number_in(1, 100000)(v); },
                             "N|auto"));
  grp->add_option("--video-preset", a.preset, "Video: encoder preset (e.g. veryfast, medium; default: the encoder's)");
  grp->add_option("--segment", a.segment,
                  "Video: only segment K of N (K from 0; auto/N: from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX), "
                  "written as a part for `swapcam join`");
}

bool segment_requested() { return !video_args().segment.empty(); }

void run_video_target(const pipeline::SwapOptions& options, const GlobalOptions& g) {
  const bool quiet = g.quiet;
  pipeline::VideoJobOptions job = job_options(quiet);
  if (segment_requested())
    job.segment = pipeline::prepare_segment(options.target, pipeline::parse_segment_spec(video_args().segment),
                                            job.detect_every, pipeline::options_fingerprint(g.command_line));
  const auto r = pipeline::swap_video(options, job);
  if (quiet) return;
  if (job.segment)
    std::printf("%s: segment %d of %d, frames %lld-%lld\n", r.output.string().c_str(), job.segment->part.index,
                job.segment->part.count, static_cast<long long>(job.segment->part.first_frame),
                static_cast<long long>(job.segment->part.first_frame + job.segment->part.frames - 1));
  std::printf("%s: %lld frames (%lld with a swapped face), %s, %d stream%s copied, %.1f fps%s\n",
              r.output.string().c_str(), static_cast<long long>(r.frames), static_cast<long long>(r.frames_with_swaps),
              r.encoder.c_str(), r.copied_streams, r.copied_streams == 1 ? "" : "s", r.fps,
              r.partial ? " (partial: input damaged)" : "");
  if (!r.frames_dir.empty()) std::printf("frames kept in %s\n", r.frames_dir.string().c_str());
}

void run_folder_target(const pipeline::SwapOptions& options, bool quiet) {
  if (segment_requested()) fail(ErrorKind::Usage, "--segment needs a video target, not a folder");
  const auto r = pipeline::swap_folder(options, job_options(quiet));
  if (!quiet) {
    for (const auto& f : r.files)
      std::printf("%s -> %s: %s\n", f.input.filename().string().c_str(), f.output.string().c_str(),
                  f.ok ? (f.written_unchanged ? "no face, copied unchanged" : "ok") : f.error.c_str());
    std::printf("%d images, %d videos, %d failed, %d other files skipped\n", r.images, r.videos, r.failed, r.skipped);
  }
  if (r.failed > 0)
    fail(ErrorKind::InvalidData, "{} of {} files in '{}' failed", r.failed, r.images + r.videos,
         options.target.string());
}

}  // namespace swapcam::cli
