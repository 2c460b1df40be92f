#include "pipeline/video_pipeline.h"

#include "pipeline/output_guard.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <mutex>

#include <fmt/format.h>

#include "core/error.h"
#include "core/log.h"
#include "core/staged_pipeline.h"
#include "core/thread_pool.h"
#include "face/tracker.h"
#include "media/atomic_file.h"
#include "media/frame_convert.h"
#include "media/image_io.h"
#include "media/video_reader.h"
#include "media/video_writer.h"
#include "media/virtual_camera.h"
#include "runtime/providers.h"

namespace swapcam::pipeline {

namespace fs = std::filesystem;

namespace {

std::string lower_extension(const fs::path& p) {
  std::string e = p.extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return e;
}

// A frame on its way through the stages.
struct FrameItem {
  media::VideoFrame frame;  // decoded picture; BGR pixels only once a stage needed them
  media::Picture out;       // what the encoder gets, when it takes pictures (made on a worker)
  face::Faces faces;
  bool detected = false;
  bool lead_in = false;  // a segment's lead-in: tracked, not written
};

// --no-keep-fps: a constant 30 fps whose slot n (time n/30 s, on the input's clock) shows the input
// frame on screen at that time, so frames are repeated or dropped and the video lasts as long as the
// input (and its audio). Slots are counted on the input's clock so the audio, copied with the same
// offset, stays in step.
// One output frame: the encoder's picture when the writer takes pictures, else BGR.
struct OutFrame {
  cv::Mat image;
  media::Picture picture;
  bool empty() const { return image.empty() && picture.empty(); }
  void write(media::VideoWriter& w, std::int64_t pts, std::int64_t duration) const {
    if (!picture.empty()) w.write(picture, pts, duration);
    else w.write(image, pts, duration);
  }
};

class FrameRateResampler {
 public:
  static constexpr int kFps = 30;
  FrameRateResampler(media::VideoWriter& writer, media::Rational time_base) : writer_(writer), tb_(time_base.value()) {}

  // One input frame, in presentation order; the previous one is written for the slots it covers.
  void add(const OutFrame& frame, std::int64_t pts, std::int64_t duration) {
    const double t = double(pts) * tb_;
    if (held_.empty()) next_ = std::int64_t(std::ceil(t * kFps - 1e-6));
    else emit_until(t);
    held_ = frame;
    held_end_ = t + (duration > 0 ? double(duration) * tb_ : 1.0 / kFps);
  }
  // The last frame lasts its own duration (at least one slot: no frame is lost at the end).
  void finish() {
    if (held_.empty()) return;
    emit_until(held_end_);
    if (written_ == 0) {  // a frame shorter than a slot, between two slots
      held_.write(writer_, next_++, 1);
      ++written_;
    }
    held_ = {};
  }
  std::int64_t written() const { return written_; }

 private:
  void emit_until(double t) {
    for (; double(next_) / kFps < t - 1e-6; ++next_, ++written_) held_.write(writer_, next_, 1);
  }
  media::VideoWriter& writer_;
  double tb_;
  OutFrame held_;
  double held_end_ = 0;
  std::int64_t next_ = 0, written_ = 0;
};

// Removes the --keep-frames folder on failure when this run created it.
class FramesDirGuard {
 public:
  FramesDirGuard() = default;
  void create(const fs::path& dir) {
    std::error_code ec;
    if (fs::exists(dir, ec)) {
      if (!fs::is_directory(dir))
        fail(ErrorKind::Io, "cannot keep frames in '{}': it exists and is not a folder", dir.string());
      // Frames are named 000001.png, ...: in a folder that holds files they could overwrite one (a source photo).
      if (!fs::is_empty(dir, ec))
        fail(ErrorKind::Usage,
             "cannot keep frames in '{}': it already holds files that frames could overwrite "
             "(remove them or choose a new folder)",
             dir.string());
    } else {
      if (!fs::create_directories(dir, ec) || ec)
        fail(ErrorKind::Io, "cannot create the frames folder '{}': {}", dir.string(), ec.message());
      created_ = dir;
    }
  }
  void keep() { created_.clear(); }
  ~FramesDirGuard() {
    if (created_.empty()) return;
    std::error_code ec;
    fs::remove_all(created_, ec);
  }

 private:
  fs::path created_;
};

// Above this share of the frame, a patch (each tile converted with a margin, then copied) costs
// more than converting the frame whole.
constexpr double kPatchShare = 0.5;

// The share of the frame a swap of these faces may change: each box doubled about its centre
// (the aligned crop and its feathered paste-back lie within), overlaps counted twice.
double likely_change_share(const face::Faces& faces, cv::Size size) {
  double area = 0;
  const cv::Rect2f frame(0, 0, float(size.width), float(size.height));
  for (const auto& f : faces) {
    const cv::Rect2f r(f.box.x - f.box.width / 2, f.box.y - f.box.height / 2, 2 * f.box.width, 2 * f.box.height);
    area += (r & frame).area();
  }
  return area / std::max(1.0, double(size.area()));
}

double tile_share(const std::vector<cv::Rect>& tiles, cv::Size size) {
  double area = 0;
  for (const auto& t : tiles) area += t.area();
  return area / std::max(1.0, double(size.area()));
}

// Above this share of the frame, converting the faces' regions (each piece with a margin) costs
// more than converting the frame whole.
constexpr double kRegionShare = 0.6;

cv::Size upright_size(const media::Picture& p) {
  const bool turned = p.rotation_degrees() == 90 || p.rotation_degrees() == 270;
  return turned ? cv::Size(p.height(), p.width()) : cv::Size(p.width(), p.height());
}

// The tiles a swap of these faces reads and writes (VideoFrameWork::footprint); empty when they
// cannot be bounded or cover so much that converting the frame whole is cheaper.
std::vector<cv::Rect> swap_region(const VideoFrameWork& work, const face::Faces& faces, cv::Size size) {
  if (!work.footprint || faces.empty()) return {};
  std::vector<cv::Rect> rects;
  for (const auto& f : faces) {
    const auto r = work.footprint(f, size);
    if (!r) return {};
    if (!r->empty()) rects.push_back(*r);
  }
  if (rects.empty()) return {};
  auto tiles = media::tiles_covering(rects, size);
  if (tile_share(tiles, size) >= kRegionShare) return {};
  return tiles;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

bool is_video_extension(const fs::path& path) {
  static const std::array<const char*, 14> exts = {".mp4",  ".m4v", ".mov", ".mkv",  ".webm", ".avi", ".mpg",
                                                   ".mpeg", ".ts",  ".mts", ".m2ts", ".wmv",  ".flv", ".3gp"};
  const std::string e = lower_extension(path);
  return std::find(exts.begin(), exts.end(), e) != exts.end();
}

bool is_writable_video_extension(const fs::path& path) {
  const std::string e = lower_extension(path);
  return e == ".mp4" || e == ".mkv" || e == ".mov" || e == ".webm";
}

fs::path default_frames_dir(const fs::path& output) {
  return output.parent_path() / (output.stem().string() + "_frames");
}

std::string decode_hardware(const SwapOptions& options, std::optional<runtime::Provider> loaded) {
  const std::string& h = options.hardware_decode;
  if (h == "off" || h.empty()) return {};
  if (h != "auto") return h;
  auto providers = options.runtime.providers;
  if (providers.empty()) providers = runtime::default_provider_order();
  if (loaded) providers = {*loaded};
  if (providers.empty()) return {};
  switch (providers.front()) {
    case runtime::Provider::Cuda:
    case runtime::Provider::TensorRt: return "cuda";
    case runtime::Provider::CoreMl: return "videotoolbox";
    case runtime::Provider::DirectMl: return "d3d11va";
    default: return {};  // the CPU (and providers without a matching FFmpeg device) decode in software
  }
}

bool uses_gpu(const runtime::RuntimeConfig& cfg, const std::vector<std::string>& available) {
  const auto providers = cfg.providers.empty() ? runtime::default_provider_order(available) : cfg.providers;
  for (const auto p : providers)
    if (std::find(available.begin(), available.end(), runtime::ort_name(p)) != available.end())
      return p != runtime::Provider::Cpu;
  return false;  // none available: loading fails anyway
}

bool uses_gpu(const runtime::RuntimeConfig& cfg) { return uses_gpu(cfg, runtime::available_provider_names()); }

void validate_video_job(const VideoJobOptions& job) {
  if (job.detect_every < 1) fail(ErrorKind::Usage, "--detect-every must be at least 1 (got {})", job.detect_every);
  if (!std::isfinite(job.start_s) || job.start_s < 0)
    fail(ErrorKind::Usage, "--start must be a number of seconds, 0 or more (got {})", job.start_s);
  if (job.end_s && !std::isfinite(*job.end_s))
    fail(ErrorKind::Usage, "--end must be a number of seconds (got {})", *job.end_s);
  if (job.end_s && *job.end_s <= job.start_s)
    fail(ErrorKind::Usage, "--end ({}) must be after --start ({})", *job.end_s, job.start_s);
  if (job.segment && (job.start_s > 0 || job.end_s))
    fail(ErrorKind::Usage, "--segment cuts the whole video; it cannot be combined with --start or --end");
  if (job.segment && job.allow_partial)
    fail(ErrorKind::Usage, "--segment cannot be combined with --allow-partial: a part must hold all of its frames");
}

VideoSwapResult run_video(const SwapOptions& options, const VideoJobOptions& job, const VideoFrameWork& work) {
  const auto t0 = std::chrono::steady_clock::now();
  if (options.output.empty()) fail(ErrorKind::Usage, "no output path given (-o)");
  if (!is_writable_video_extension(options.output))
    fail(ErrorKind::Usage, "output '{}' must end in .mp4, .mkv, .mov or .webm for a video target",
         options.output.string());
  validate_video_job(job);
  if (!fs::exists(options.target)) fail(ErrorKind::NotFound, "target '{}' does not exist", options.target.string());
  ensure_outputs_spare_inputs(swap_inputs(options), {options.output});  // every path in: CLI, folders, GUI

  // The input first: a bad file fails before anything is created.
  media::VideoReaderOptions trim;
  trim.start_s = job.start_s;
  trim.end_s = job.end_s;
  trim.hardware = decode_hardware(options, work.provider);
  trim.hardware_device = options.runtime.options.cuda_device_id;  // the GPU the models run on (--device-id)
  trim.keep_picture = job.keep_pictures;  // converted to BGR on the workers, and only where pixels are needed
  const SegmentWindow* segment = job.segment ? &*job.segment : nullptr;
  if (segment) {
    trim.start_pts = segment->read_from_pts;
    trim.end_pts = segment->end_pts;
  }
  media::VideoReader reader(options.target, trim);
  const media::VideoInfo& info = reader.info();
  if (info.duration_s > 0 && job.start_s >= info.duration_s)
    fail(ErrorKind::Usage, "--start {} s is past the end of '{}' ({:.2f} s long)", job.start_s, options.target.string(),
         info.duration_s);
  if (!info.decoder_hardware.empty()) log::info("video decode: {} (hardware)", info.decoder_hardware);

  // A part is video only: join copies the target's audio once, across all parts.
  media::VideoWriterOptions w = media::writer_options_for(reader, trim, !options.no_audio && !segment);
  w.encoder = options.video_encoder;
  w.hardware_device = options.runtime.options.cuda_device_id;
  w.quality = options.video_quality;
  w.preset = job.encoder_preset;
  w.provenance = options.provenance;
  const bool keep_fps = options.keep_fps;
  // Without --keep-fps the output is a constant 30 fps (Deep-Live-Cam's behaviour), resampled by time
  // (FrameRateResampler). A segment part numbers its frames instead: join puts the parts together.
  const int64_t retime_base = keep_fps ? 0 : std::llround(w.time_offset_s * 30.0);
  if (!keep_fps) {
    w.time_base = {1, FrameRateResampler::kFps};
    w.frame_rate = {FrameRateResampler::kFps, 1};
  }
  const cv::Size out_size(info.width & ~1, info.height & ~1);
  if (out_size != cv::Size(info.width, info.height))
    log::warn("'{}' is {}x{}; 4:2:0 video needs even sizes, so the output is {}x{}", options.target.string(),
              info.width, info.height, out_size.width, out_size.height);
  if (segment) {
    PartDescription part = segment->part;
    part.first_pts = keep_fps ? segment->first_pts : part.first_frame;
    part.pts_tb_num = w.time_base.num;
    part.pts_tb_den = w.time_base.den;
    part.audio = !options.no_audio && (info.audio_streams > 0 || info.other_streams > 0);
    w.tags[kSegmentTag] = describe_part(part);
  }
  media::VideoWriter writer(options.output, out_size.width, out_size.height, w);
  std::optional<FrameRateResampler> resample;
  if (!keep_fps && !segment) resample.emplace(writer, info.time_base);

  FramesDirGuard frames_guard;
  fs::path frames_dir;
  if (options.keep_frames) {
    frames_dir = job.frames_dir.empty() ? default_frames_dir(options.output) : job.frames_dir;
    frames_guard.create(frames_dir);
  }

  // Workers and the frame budget.
  const WorkerPlan plan =
      plan_workers(hardware_cores(), work.thread_safe ? job.workers : 1, options.runtime.intra_op_threads, work.gpu);
  const int workers = work.thread_safe ? plan.workers : 1;
  // BGR plus the decoded and the encoder's 4:2:0 pictures.
  const std::size_t frame_bytes = std::max<std::size_t>(1, std::size_t(info.width) * info.height * 6);
  std::size_t window = static_cast<std::size_t>(workers) + 2;
  // Hops: source, detect, track, swap (4 windows) plus one frame per thread.
  const std::size_t per_thread = 2 * static_cast<std::size_t>(workers) + 3;
  const std::size_t max_frames = std::max<std::size_t>(job.max_buffer_bytes / frame_bytes, 1);
  if (4 * window + per_thread > max_frames)
    window = std::max<std::size_t>(2, (max_frames > per_thread ? max_frames - per_thread : 0) / 4);

  face::TrackerOptions topt;
  topt.detect_every = job.detect_every;
  topt.fps = info.fps > 0 ? info.fps : 30.0;
  topt.smooth = job.smooth;
  face::FaceTracker tracker(topt);
  face::AdaptiveCadenceOptions copt;
  copt.max_interval = job.detect_every;
  face::AdaptiveCadence cadence(copt);
  std::atomic<int64_t> detections{0}, frames_as_decoded{0}, frames_patched{0}, frames_by_region{0};
  std::atomic<int64_t> region_pixels{0}, patched_pixels{0};  // for the log: what the conversions covered

  std::atomic<int64_t> faces_swapped{0}, frames_with_swaps{0};

  // What the stages read of a decoded picture (VideoJobOptions::convert_regions).
  const bool regions = job.keep_pictures && job.convert_regions;
  const auto detect_frame = [&](media::VideoFrame& f) {
    if (regions && f.image.empty() && !f.picture.empty() && work.detection_size && work.detect_scaled) {
      const cv::Size upright = upright_size(f.picture);
      if (const auto size = work.detection_size(upright))
        return work.detect_scaled(media::to_bgr_scaled(f.picture, *size), upright);
    }
    media::ensure_bgr(f);
    return work.detect(f.image);
  };
  // The grey picture --detect-every auto compares looks in: the luma plane as decoded, when the
  // frame has not been converted (the same source at every frame, so looks stay comparable).
  const auto cadence_picture = [&](media::VideoFrame& f) -> cv::Mat {
    if (regions && f.image.empty() && media::has_luma(f.picture)) return f.picture.plane(0);
    media::ensure_bgr(f);
    return f.image;
  };
  media::ImageWriteOptions png;
  png.png_compression = 1;  // speed: these are working files
  png.provenance = options.provenance;

  StagedPipeline<FrameItem> pipe(window, job.cancel);
  if (work.detect) {
    pipe.parallel("detect", workers, [&](FrameItem& item) {
      if (!job.detect_auto && item.frame.index % job.detect_every == 0) {
        item.faces = detect_frame(item.frame);
        item.detected = true;
        detections.fetch_add(1);
      }
    });
    pipe.ordered("track", [&](FrameItem& item) {
      const int64_t index = item.frame.index;
      if (job.detect_auto) {  // the prediction checked against the picture (face::AdaptiveCadence)
        const cv::Mat grey = cadence_picture(item.frame);
        const face::Faces predicted = tracker.predict(index);
        if (tracker.should_detect(index) || cadence.needs_detection(index, grey, predicted)) {
          item.faces = tracker.update(index, detect_frame(item.frame));
          cadence.detected(index, grey, item.faces);
          detections.fetch_add(1);
        } else item.faces = predicted;
        return;
      }
      if (!item.detected && tracker.should_detect(index)) {  // nothing tracked: detect now, in order
        item.faces = detect_frame(item.frame);
        item.detected = true;
        detections.fetch_add(1);
      }
      item.faces = item.detected ? tracker.update(index, item.faces) : tracker.predict(index);
    });
  }
  // Pictures straight to the encoder: a frame nobody changed goes as it was decoded, one changed in
  // a region gets that region converted, anything else is converted whole here, on the workers.
  const bool pictures = job.keep_pictures && writer.takes_pictures();
  pipe.parallel("swap", workers, [&](FrameItem& item) {
    if (item.lead_in) return;
    media::VideoFrame& f = item.frame;
    // Where no pixel changes the decoded bytes can stay (no mark drawn over the whole frame).
    const bool patchable = pictures && !options.watermark && media::encodes_as_is(f.picture, out_size);
    cv::Mat before;  // the pixels before the swap, to find what it changed
    bool swap_ran = false;
    // Only the faces' regions converted: the swap reads and writes nothing else, and the rest of
    // the frame keeps its decoded bytes (the patch below converts back only what changed in them).
    const std::vector<cv::Rect> region = regions && patchable && frames_dir.empty() && f.image.empty()
                                             ? swap_region(work, item.faces, out_size)
                                             : std::vector<cv::Rect>{};
    if (work.swap && !item.faces.empty()) {
      if (!region.empty()) {
        media::bgr_tiles(f.picture, region, f.image);
        before.create(f.image.size(), CV_8UC3);
        for (const cv::Rect& t : region) f.image(t).copyTo(before(t));
        frames_by_region.fetch_add(1);
        for (const cv::Rect& t : region) region_pixels.fetch_add(t.area());
      } else {
        media::ensure_bgr(f);
        // Finding the change costs a copy and a compare: not worth it where the faces' surroundings
        // cover most of the frame (the patch would too), which is then converted whole.
        if (patchable && likely_change_share(item.faces, f.image.size()) < kPatchShare) before = f.image.clone();
      }
      swap_ran = true;
      const int n = work.swap(f.image, item.faces);
      if (n > 0) {
        faces_swapped.fetch_add(n);
        frames_with_swaps.fetch_add(1);
      }
    }
    if (options.watermark || !frames_dir.empty() || !pictures) media::ensure_bgr(f);
    // Every frame, swapped or not: a mark that comes and goes with the faces would hide nothing.
    if (!f.image.empty()) mark_output_frame(f.image, options);
    std::vector<cv::Rect> tiles;
    if (!before.empty())
      tiles = region.empty() ? media::changed_tiles(before, f.image) : media::changed_tiles(before, f.image, region);
    if (patchable && (!swap_ran || (!before.empty() && tiles.empty()))) {
      item.out = f.picture;
      frames_as_decoded.fetch_add(1);
    } else if (!before.empty() && (!region.empty() || tile_share(tiles, f.image.size()) < kPatchShare)) {
      // (a frame converted by region is always patched: outside its region it holds no pixels)
      item.out = media::patch_yuv420(f.picture, f.image, tiles);
      for (const cv::Rect& t : tiles) patched_pixels.fetch_add(t.area());
      frames_patched.fetch_add(1);
    } else if (pictures) {
      media::ensure_bgr(f);
      item.out = media::to_yuv420(out_size == f.image.size() ? f.image : media::even_size_view(f.image));
    }
    if (!frames_dir.empty()) {
      try {
        media::write_image(item.frame.image, frames_dir / fmt::format("{:06}.png", item.frame.index + 1), png);
      } catch (const Error& e) {
        throw Error(e.kind(), fmt::format("--keep-frames: {}", e.what()));
      }
    }
    if (!item.out.empty()) {  // the hops after this one carry the encoder's picture only
      f.image.release();
      f.picture = {};
    }
  });

  // Total for the progress bar: the trimmed range when the duration is known.
  int64_t total = info.frame_count;
  if (info.fps > 0 && info.duration_s > 0 && (job.start_s > 0 || job.end_s)) {
    const double end = job.end_s ? std::min(*job.end_s, info.duration_s) : info.duration_s;
    total = std::max<int64_t>(0, std::llround((end - job.start_s) * info.fps));
  }
  if (segment) total = segment->part.frames;
  Progress progress(options.target.filename().string(), total, job.progress, "frames");

  log::info(
      "'{}': {}x{}, {:.3g} fps, {} frames; {} workers x {} inference threads, {} frames per hop (budget {} frames, {} "
      "MiB)",
      options.target.string(), info.width, info.height, info.fps, info.frame_count, workers, plan.threads_per_worker,
      window, pipe.item_budget(), pipe.item_budget() * frame_bytes >> 20);

  int64_t written = 0;
  try {
    pipe.run(
        [&]() -> std::optional<FrameItem> {
          FrameItem item;
          if (!reader.read(item.frame)) return std::nullopt;
          if (segment) {  // indices of the whole video, so detection cadence and tracking match one run
            item.frame.index += segment->read_from_index;
            item.lead_in = item.frame.pts < segment->first_pts;
          }
          return item;
        },
        [&](FrameItem&& item) {
          if (item.lead_in) return;
          OutFrame out;
          if (!item.out.empty()) out.picture = item.out;
          else {
            media::ensure_bgr(item.frame);  // the writer takes no pictures (a hardware encoder)
            out.image =
                out_size == item.frame.image.size() ? item.frame.image : media::even_size_view(item.frame.image);
          }
          if (keep_fps) out.write(writer, item.frame.pts, item.frame.duration);
          else if (resample) resample->add(out, item.frame.pts, item.frame.duration);
          else out.write(writer, retime_base + segment->part.first_frame + written, 1);
          ++written;
          progress.advance();
        });
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::Cancelled) throw;
    fail(ErrorKind::Cancelled, "cancelled after {} frames; '{}' not written", written, options.output.string());
  }

  const media::ReadReport& report = reader.report();
  VideoSwapResult result;
  if (!report.complete) {
    if (written == 0 || !job.allow_partial) {
      progress.finish();
      fail(ErrorKind::InvalidData, "'{}': decoding stopped at {:.3f}s after {} frames: {}; no output written{}",
           options.target.string(), report.stopped_at_s, report.frames, report.problem,
           written > 0 ? " (--allow-partial keeps the frames that decoded)" : "");
    }
    log::warn("'{}': decoding stopped at {:.3f}s after {} frames: {}; keeping them (--allow-partial)",
              options.target.string(), report.stopped_at_s, report.frames, report.problem);
    result.partial = true;
    result.problem = report.problem;
    result.stopped_at_s = report.stopped_at_s;
  }
  if (written == 0) {
    progress.finish();
    if (job.start_s > 0 || job.end_s)
      fail(ErrorKind::InvalidData, "'{}' has no frame between {}s and {}", options.target.string(), job.start_s,
           job.end_s ? fmt::format("{}s", *job.end_s) : std::string("the end"));
    fail(ErrorKind::InvalidData, "'{}' has no decodable video frame", options.target.string());
  }
  if (segment && written != segment->part.frames) {
    progress.finish();
    fail(ErrorKind::InvalidData,
         "'{}': segment {} of {} should hold {} frames from frame {}, {} decoded; nothing written",
         options.target.string(), segment->part.index, segment->part.count, segment->part.frames,
         segment->part.first_frame, written);
  }
  if (resample) {
    resample->finish();
    if (resample->written() != written)
      log::info("'{}': {} frames resampled to {} at {} fps (--no-keep-fps)", options.output.string(), written,
                resample->written(), int(FrameRateResampler::kFps));
  }
  writer.finish();
  frames_guard.keep();
  progress.finish();

  result.output = options.output;
  result.frames_dir = frames_dir;
  result.frames = written;
  result.frames_with_swaps = frames_with_swaps.load();
  result.detections = detections.load();
  result.frames_as_decoded = frames_as_decoded.load();
  result.frames_patched = frames_patched.load();
  result.frames_by_region = frames_by_region.load();
  const auto share = [&](int64_t pixels, int64_t frames) {
    return frames > 0 ? 100.0 * double(pixels) / (double(frames) * std::max(1, out_size.area())) : 0.0;
  };
  log::info(
      "'{}': {} frames to the encoder as decoded, {} patched ({:.0f}% of the frame on average), {} converted whole; "
      "{} swapped in their faces' regions only ({:.0f}%); {} detections",
      options.output.string(), result.frames_as_decoded, result.frames_patched,
      share(patched_pixels.load(), result.frames_patched), written - result.frames_as_decoded - result.frames_patched,
      result.frames_by_region, share(region_pixels.load(), result.frames_by_region), result.detections);
  result.faces_swapped = faces_swapped.load();
  result.encoder = writer.encoder_name();
  result.copied_streams = writer.copied_streams();
  result.workers = workers;
  result.threads_per_worker = plan.threads_per_worker;
  result.frame_window = window;
  result.frame_budget = pipe.item_budget();
  result.elapsed_s = seconds_since(t0);
  result.fps = result.elapsed_s > 0 ? double(written) / result.elapsed_s : 0;
  return result;
}

VideoFrameWork frame_processor_work(const FrameProcessor& processor) {
  VideoFrameWork work;
  work.detect = [&processor](const cv::Mat& frame) { return processor.analyse(frame); };
  work.detection_size = [&processor](cv::Size frame) { return processor.detection_size(frame); };
  work.detect_scaled = [&processor](const cv::Mat& scaled, cv::Size frame) {
    return processor.detect_scaled(scaled, frame);
  };
  work.footprint = [&processor](const face::Face& face, cv::Size frame) { return processor.footprint(face, frame); };
  work.swap = [&processor](cv::Mat& frame, const face::Faces& faces) {
    const auto assigned = processor.select(frame, faces);
    return processor.swap_faces(frame, assigned);
  };
  // The swapper decides (it is most of the cost): loaded now, so the plan follows what loaded, not
  // what was asked for (a failed CUDA load warns and runs on the CPU with a CPU plan).
  const runtime::Provider loaded = processor.models().main_slot().get().provider();
  work.provider = loaded;
  work.gpu = loaded != runtime::Provider::Cpu;
  if (work.gpu != uses_gpu(processor.options().runtime))
    log::info("inference runs on {}: workers planned for {}", runtime::short_name(loaded),
              work.gpu ? "a GPU" : "the CPU");
  return work;
}

namespace {

// --nsfw-filter on a video: a pass over the trimmed range before anything is written, voting on one
// frame a second; refused when more than kContentVideoFlaggedShare of those frames are flagged.
void refuse_flagged_video(const SwapModels& models, const SwapOptions& options, const VideoJobOptions& job) {
  const process::ContentFilter* filter = models.content_filter();
  if (!filter) return;
  media::VideoReaderOptions trim;
  trim.start_s = job.start_s;
  trim.end_s = job.end_s;
  media::VideoReader reader(options.target, trim);
  const double fps = reader.info().fps > 0 ? reader.info().fps : 30.0;
  const int64_t every = std::max<int64_t>(1, std::llround(fps));
  media::VideoFrame frame;
  int64_t sampled = 0, flagged = 0;
  double first_flagged_s = -1;
  while (reader.read(frame)) {
    if (job.cancel && job.cancel->load(std::memory_order_relaxed)) fail(ErrorKind::Cancelled, "cancelled");
    if (frame.index % every) continue;
    ++sampled;
    if (filter->check(frame.image).flagged) {
      ++flagged;
      if (first_flagged_s < 0) first_flagged_s = frame.seconds;
    }
  }
  if (sampled > 0 && double(flagged) / double(sampled) > process::kContentVideoFlaggedShare)
    fail(ErrorKind::Refused,
         "'{}' was refused by the content filter (--nsfw-filter): {} of {} sampled frames (one a second) were flagged, "
         "the first at {:.1f} s; nothing was written",
         options.target.string(), flagged, sampled, first_flagged_s);
  log::info("content filter: '{}' passed ({} of {} sampled frames flagged)", options.target.string(), flagged, sampled);
}

}  // namespace

VideoSwapResult swap_video(const FrameProcessor& processor, const SwapOptions& options, const VideoJobOptions& job) {
  validate_video_job(job);
  refuse_flagged_video(processor.models(), options, job);
  return run_video(options, job, frame_processor_work(processor));
}

VideoSwapResult swap_video(const SwapOptions& options, const VideoJobOptions& job) {
  validate(options);
  validate_video_job(job);
  // Check the files before loading any model: a bad input or output fails in milliseconds.
  if (options.output.empty()) fail(ErrorKind::Usage, "no output path given (-o)");
  if (!is_writable_video_extension(options.output))
    fail(ErrorKind::Usage, "output '{}' must end in .mp4, .mkv, .mov or .webm for a video target",
         options.output.string());
  ensure_outputs_spare_inputs(swap_inputs(options), {options.output});
  { media::VideoReader probe(options.target); }
  { media::AtomicFile probe(options.output); }  // Error(NotFound/Io) when the output cannot be created

  SwapOptions o = options;
  const WorkerPlan plan = plan_workers(hardware_cores(), job.workers, o.runtime.intra_op_threads, uses_gpu(o.runtime));
  if (o.runtime.intra_op_threads <= 0) o.runtime.intra_op_threads = plan.threads_per_worker;
  // Only the inference threads are fixed before loading; run_video plans the workers once it knows
  // which provider loaded.
  FrameProcessor processor(o);
  return swap_video(processor, o, job);
}

}  // namespace swapcam::pipeline
