#include "bench/video_bench.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <thread>

#include <fmt/format.h>
#include <opencv2/imgproc.hpp>

#include "core/cpu_cores.h"
#include "core/error.h"
#include "core/thread_pool.h"
#include "face/tracker.h"
#include "media/image_io.h"
#include "media/reference_encode.h"
#include "media/video_writer.h"
#include "pipeline/image_pipeline.h"
#include "pipeline/video_pipeline.h"

namespace swapcam::bench {
namespace fs = std::filesystem;

namespace {

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// CPU seconds of this process so far, every thread (FFmpeg's and ONNX Runtime's included).
double process_cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + 1e-6 * double(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

double load_average() {
  std::ifstream f("/proc/loadavg");
  double one = -1;
  if (f) f >> one;
  return f ? one : -1;
}

struct Measured {
  double cpu_s = 0, wall_s = 0;
};

template <class F>
Measured measure(F&& f) {
  const double c0 = process_cpu_seconds();
  const auto t0 = std::chrono::steady_clock::now();
  f();
  Measured m;
  m.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  m.cpu_s = process_cpu_seconds() - c0;
  return m;
}

cv::Mat smooth_background(int w, int h) {
  cv::Mat small(h / 40 + 2, w / 40 + 2, CV_8UC3);
  cv::RNG(9).fill(small, cv::RNG::UNIFORM, 40, 200);
  cv::Mat img;
  cv::resize(small, img, cv::Size(w, h), 0, 0, cv::INTER_CUBIC);
  return img;
}

}  // namespace

double VideoBenchRow::median_cpu_s() const { return median(cpu_s); }
double VideoBenchRow::median_wall_s() const { return median(wall_s); }
double VideoBenchRow::median_ratio() const { return median(ratio); }

void write_face_clip(const fs::path& portrait, const fs::path& out, int frames, int width, int height) {
  const cv::Mat face = media::read_image(portrait);
  const int side = std::min(width / 4, height / 2) * 3 / 4;
  cv::Mat small;
  cv::resize(face, small, cv::Size(side, side), 0, 0, cv::INTER_AREA);
  const cv::Mat background = smooth_background(width, height);
  media::VideoWriterOptions w;
  w.encoder = "libx264";
  w.quality = 10;
  w.preset = "veryfast";
  w.time_base = {1, 25};
  w.frame_rate = {25, 1};
  w.provenance = false;
  media::VideoWriter writer(out, width, height, w);
  for (int i = 0; i < frames; ++i) {
    cv::Mat frame = background.clone();
    for (int k = 0; k < 6; ++k) {
      // Each face on its own slow path (a few pixels a frame): what a tracker should follow.
      const double t = double(i), phase = 1.3 * k;
      const int cx = (k % 3) * (width / 3) + width / 6 + int(std::lround(18 * std::sin(0.05 * t + phase)));
      const int cy = (k / 3) * (height / 2) + height / 4 + int(std::lround(12 * std::cos(0.04 * t + phase)));
      const cv::Rect r(std::clamp(cx - side / 2, 0, width - side), std::clamp(cy - side / 2, 0, height - side), side,
                       side);
      small.copyTo(frame(r));
    }
    writer.write(frame, i, 1);
  }
  writer.finish();
}

VideoBenchReport run_video_bench(const VideoBenchOptions& o) {
  if (o.rounds < 1) fail(ErrorKind::Usage, "the video bench needs at least one round");
  auto say = [&](const std::string& line) {
    if (o.progress) o.progress(line);
  };
  fs::path work = o.work_dir;
  if (work.empty()) {
    work = fs::temp_directory_path() / fmt::format("swapcam-video-bench-{}", ::getpid());
    fs::create_directories(work);
  }
  fs::path clip = o.clip;
  if (clip.empty()) {
    if (o.portrait.empty()) fail(ErrorKind::Usage, "the video bench needs a clip or a portrait to make one from");
    clip = work / "six_faces.mp4";
    say(fmt::format("making a {}-frame {}x{} clip of six faces from '{}'", o.clip_frames, o.clip_width, o.clip_height,
                    o.portrait.string()));
    write_face_clip(o.portrait, clip, o.clip_frames, o.clip_width, o.clip_height);
  }

  VideoBenchReport report;
  report.clip = clip;
  report.rounds = o.rounds;
  report.hardware_threads = std::thread::hardware_concurrency();
  {
    media::VideoReader probe(clip);
    report.width = probe.info().width;
    report.height = probe.info().height;
  }

  pipeline::SwapOptions s = o.swap;
  s.target = clip;
  s.video_encoder = "libx264";
  s.video_quality = o.quality;
  s.keep_fps = true;
  s.keep_frames = false;
  s.watermark = false;
  s.hardware_decode = "off";

  std::unique_ptr<pipeline::FrameProcessor> processor;
  pipeline::VideoFrameWork face_work;
  if (o.face_rows) {
    say("loading the models");
    pipeline::validate(s);
    const WorkerPlan plan = plan_workers(hardware_cores(), 0, s.runtime.intra_op_threads, false);
    if (s.runtime.intra_op_threads <= 0) s.runtime.intra_op_threads = plan.threads_per_worker;
    processor = std::make_unique<pipeline::FrameProcessor>(s);
    face_work = pipeline::frame_processor_work(*processor);
  }

  enum Kind { Reference, Passthrough, PassthroughBgr, SwapEvery, SwapEveryBgr, SwapAuto };
  std::vector<std::pair<Kind, std::string>> kinds = {{Reference, "reference"}, {Passthrough, "passthrough"}};
  if (o.bgr_rows) kinds.emplace_back(PassthroughBgr, "passthrough_bgr");
  if (o.face_rows) {
    kinds.emplace_back(SwapEvery, "swap_every");
    if (o.bgr_rows) kinds.emplace_back(SwapEveryBgr, "swap_every_bgr");
    kinds.emplace_back(SwapAuto, "swap_auto");
  }
  for (const auto& k : kinds) {
    VideoBenchRow row;
    row.name = k.second;
    report.rows.push_back(row);
  }

  report.load_before = load_average();
  for (int round = 0; round < o.rounds; ++round) {
    double reference_cpu = 0;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
      VideoBenchRow& row = report.rows[i];
      const fs::path out = work / fmt::format("{}.mp4", row.name);
      pipeline::VideoSwapResult result;
      std::int64_t frames = 0;
      const Measured m = measure([&] {
        if (kinds[i].first == Reference) {
          media::ReferenceEncodeOptions r;
          r.quality = o.quality;
          r.preset = o.preset;
          frames = media::reference_reencode(clip, out, r);
          return;
        }
        pipeline::SwapOptions so = s;
        so.output = out;
        pipeline::VideoJobOptions job;
        job.encoder_preset = o.preset;
        job.detect_auto = kinds[i].first == SwapAuto;
        if (job.detect_auto) job.detect_every = face::AdaptiveCadenceOptions{}.max_interval;
        const Kind kind = kinds[i].first;
        job.keep_pictures = kind != PassthroughBgr && kind != SwapEveryBgr;
        pipeline::VideoFrameWork work_none;
        result = pipeline::run_video(so, job, kind == Passthrough || kind == PassthroughBgr ? work_none : face_work);
        frames = result.frames;
      });
      if (kinds[i].first == Reference) reference_cpu = m.cpu_s;
      row.cpu_s.push_back(m.cpu_s);
      row.wall_s.push_back(m.wall_s);
      row.ratio.push_back(reference_cpu > 0 ? m.cpu_s / reference_cpu : 0);
      row.frames = frames;
      row.frames_with_swaps = result.frames_with_swaps;
      row.detections = result.detections;
      report.frames = std::max(report.frames, frames);
      say(fmt::format("round {}: {:<12} {:6.2f} s CPU, {:6.2f} s wall, {:.2f}x the reference", round + 1, row.name,
                      m.cpu_s, m.wall_s, row.ratio.back()));
    }
  }
  report.load_after = load_average();
  if (o.work_dir.empty()) {
    std::error_code ec;
    fs::remove_all(work, ec);
  }
  return report;
}

}  // namespace swapcam::bench
