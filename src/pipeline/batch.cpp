#include "pipeline/batch.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <map>

#include "core/error.h"
#include "core/log.h"
#include "core/progress.h"
#include "core/thread_pool.h"
#include "media/image_io.h"
#include "pipeline/image_pipeline.h"

namespace swapcam::pipeline {

namespace fs = std::filesystem;

namespace {

bool is_image(const fs::path& p) { return media::image_format_from_extension(p) != media::ImageFormat::Unknown; }

bool cancelled(const VideoJobOptions& job) { return job.cancel && job.cancel->load(std::memory_order_relaxed); }

BatchFileResult swap_one_image(const FrameProcessor& processor, const SwapOptions& options, const fs::path& input,
                               const fs::path& output) {
  BatchFileResult r{input, output, false};
  try {
    std::error_code ec;
    fs::create_directories(output.parent_path(), ec);  // the subfolder mirrored in the output
    cv::Mat alpha;
    cv::Mat image = media::read_image(input, media::kMaxImagePixels, &alpha);
    refuse_flagged_content(processor.models(), image, fmt::format("'{}'", input.string()));
    const FrameResult fr = processor.process(image, true);
    if (fr.faces_swapped == 0) {
      if (options.require_face) fail(ErrorKind::NotFound, "no face swapped in '{}' (--require-face)", input.string());
      log::warn("no face swapped in '{}'; writing it unchanged", input.string());
      r.written_unchanged = true;
    } else {
      mark_output_frame(image, options);
    }
    write_swapped_image(image, alpha, input, output, options);
    r.faces_swapped = fr.faces_swapped;
    r.ok = true;
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::Cancelled) throw;
    r.error = e.what();
  } catch (const std::exception& e) {
    r.error = e.what();
  }
  return r;
}

}  // namespace

namespace {

// Every regular file under `folder`, subfolders included (links to folders are not followed, so a
// loop cannot recur), except what lies in `skip` (the output folder inside the target).
std::vector<fs::path> files_under(const fs::path& folder, const fs::path& skip) {
  std::vector<fs::path> files;
  std::error_code ec, skip_ec;
  auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_directory() && !skip.empty() && fs::equivalent(it->path(), skip, skip_ec)) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file()) files.push_back(it->path());
  }
  if (ec) fail(ErrorKind::Io, "cannot list folder '{}': {}", folder.string(), ec.message());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::vector<fs::path> batch_inputs(const fs::path& folder, const fs::path& skip) {
  std::vector<fs::path> files;
  for (auto& p : files_under(folder, skip))
    if (is_image(p) || is_video_extension(p)) files.push_back(std::move(p));
  return files;
}

fs::path batch_output_path(const fs::path& input, const fs::path& target_dir, const fs::path& output_dir) {
  fs::path rel = input.lexically_relative(target_dir);
  if (rel.empty() || *rel.begin() == "..") rel = input.filename();
  if (is_video_extension(input) && !is_writable_video_extension(input)) rel.replace_extension(".mp4");
  return output_dir / rel;
}

BatchResult swap_folder(const SwapOptions& options, const VideoJobOptions& job) {
  const auto t0 = std::chrono::steady_clock::now();
  validate(options);
  if (!fs::is_directory(options.target))
    fail(ErrorKind::NotFound, "target folder '{}' does not exist", options.target.string());
  if (options.output.empty()) fail(ErrorKind::Usage, "no output folder given (-o)");
  std::error_code ec;
  if (fs::exists(options.output, ec)) {
    if (!fs::is_directory(options.output))
      fail(ErrorKind::Usage, "output '{}' must be a folder for a folder target", options.output.string());
    if (fs::equivalent(options.output, options.target, ec))
      fail(ErrorKind::Usage, "output folder '{}' is the target folder; the inputs would be overwritten",
           options.output.string());
  }
  // An output folder inside the target (photos/out) is not read as input on a second run.
  const fs::path skip = fs::exists(options.output, ec) ? options.output : fs::path();
  const auto inputs = batch_inputs(options.target, skip);
  BatchResult result;
  result.skipped = static_cast<int>(files_under(options.target, skip).size() - inputs.size());
  if (result.skipped > 0)
    log::info("folder '{}': {} file{} neither image nor video, not swapped", options.target.string(), result.skipped,
              result.skipped == 1 ? " is" : "s are");
  if (inputs.empty()) fail(ErrorKind::InvalidData, "folder '{}' has no image or video files", options.target.string());
  if (!fs::exists(options.output) && (!fs::create_directories(options.output, ec) || ec))
    fail(ErrorKind::Io, "cannot create output folder '{}': {}", options.output.string(), ec.message());

  // Two inputs mapped to one output (a.avi and a.mp4 both become a.mp4) would overwrite each other:
  // such inputs are refused, each with a per-file error naming the others, before any work; the rest go on.
  std::vector<BatchFileResult> done;
  std::map<fs::path, std::vector<fs::path>> by_output;
  auto output_for = [&](const fs::path& in) { return batch_output_path(in, options.target, options.output); };
  for (const auto& p : inputs) by_output[output_for(p)].push_back(p);
  std::vector<fs::path> images, videos;
  for (const auto& p : inputs) {
    const fs::path out = output_for(p);
    const auto& group = by_output[out];
    if (group.size() > 1) {
      std::string others;
      for (const auto& q : group)
        if (q != p) others += fmt::format("{}'{}'", others.empty() ? "" : ", ", q.filename().string());
      BatchFileResult r{p, out, is_video_extension(p)};
      r.error = fmt::format("not swapped: {} would be written to the same output '{}'; rename one of them", others,
                            out.string());
      done.push_back(std::move(r));
      continue;
    }
    (is_image(p) ? images : videos).push_back(p);
  }

  SwapOptions o = options;
  const WorkerPlan plan = plan_workers(hardware_cores(), job.workers, o.runtime.intra_op_threads, uses_gpu(o.runtime));
  if (o.runtime.intra_op_threads <= 0) o.runtime.intra_op_threads = plan.threads_per_worker;
  VideoJobOptions vjob = job;
  vjob.workers = plan.workers;
  FrameProcessor processor(o);  // models and sources once for the whole folder
  log::info("folder '{}': {} images, {} videos -> '{}'", options.target.string(), images.size(), videos.size(),
            options.output.string());

  if (!images.empty()) {
    Progress progress(options.target.filename().string(), static_cast<int64_t>(images.size()), job.progress, "images");
    ThreadPool pool(static_cast<size_t>(std::min<int>(plan.workers, static_cast<int>(images.size()))));
    std::vector<std::future<BatchFileResult>> pending;
    for (const auto& in : images) {
      pending.push_back(pool.submit([&, in] {
        if (cancelled(job)) fail(ErrorKind::Cancelled, "cancelled");
        auto r = swap_one_image(processor, o, in, output_for(in));
        progress.advance();
        return r;
      }));
    }
    std::exception_ptr cancel_error;
    for (auto& f : pending) {
      try {
        done.push_back(f.get());
      } catch (...) {
        cancel_error = std::current_exception();
      }
    }
    progress.finish();
    if (cancel_error) std::rethrow_exception(cancel_error);
  }
  for (const auto& in : videos) {
    if (cancelled(job)) fail(ErrorKind::Cancelled, "cancelled");
    BatchFileResult r{in, output_for(in), true};
    SwapOptions vo = o;
    vo.target = in;
    vo.output = r.output;
    fs::create_directories(r.output.parent_path(), ec);
    VideoJobOptions j = vjob;
    if (!j.frames_dir.empty()) j.frames_dir = j.frames_dir / fs::relative(r.output, options.output).replace_extension();
    try {
      const auto v = swap_video(processor, vo, j);
      r.ok = true;
      r.faces_swapped = static_cast<int>(v.faces_swapped);
    } catch (const Error& e) {
      if (e.kind() == ErrorKind::Cancelled) throw;
      r.error = e.what();
    }
    done.push_back(std::move(r));
  }

  std::sort(done.begin(), done.end(), [](const auto& a, const auto& b) { return a.input < b.input; });
  for (const auto& r : done) {
    (r.video ? result.videos : result.images) += 1;
    if (!r.ok) {
      ++result.failed;
      log::error("{}: {}", r.input.string(), r.error);
    }
  }
  result.files = std::move(done);
  result.elapsed_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return result;
}

}  // namespace swapcam::pipeline
