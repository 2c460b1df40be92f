#include "pipeline/join.h"

#include <chrono>
#include <map>

#include "core/error.h"
#include "core/file_kind.h"
#include "core/log.h"
#include "media/image_io.h"
#include "media/video_concat.h"
#include "media/video_index.h"
#include "pipeline/segments.h"
#include "pipeline/video_pipeline.h"

extern "C" {
#include <libavutil/mathematics.h>
}

namespace swapcam::pipeline {

namespace fs = std::filesystem;

namespace {

struct CheckedPart {
  fs::path path;
  PartDescription d;
  media::VideoIndex index;
};

CheckedPart read_part(const fs::path& path) {
  CheckedPart p{path, {}, media::index_video(path)};
  const auto tag = p.index.tags.find(kSegmentTag);
  if (tag == p.index.tags.end())
    fail(ErrorKind::InvalidData, "'{}' is not a segment part (made by `swapcam swap --segment K/N`)", path.string());
  p.d = parse_part_description(tag->second, path);
  return p;
}

std::string frames_text(std::int64_t first, std::int64_t count) {
  return count == 1 ? fmt::format("frame {}", first) : fmt::format("frames {} to {}", first, first + count - 1);
}

}  // namespace

JoinResult join_segments(const fs::path& target, const fs::path& output, const std::vector<fs::path>& part_paths) {
  const auto t0 = std::chrono::steady_clock::now();
  if (output.empty()) fail(ErrorKind::Usage, "no output path given (-o)");
  if (!is_writable_video_extension(output))
    fail(ErrorKind::Usage, "output '{}' must end in .mp4, .mkv, .mov or .webm", output.string());
  if (part_paths.empty()) fail(ErrorKind::Usage, "no parts given to join");
  require_regular_file(target, "target");
  media::ensure_distinct(target, output);
  for (const auto& p : part_paths) media::ensure_distinct(p, output);

  const std::string target_digest = file_digest(target);
  std::vector<CheckedPart> parts;
  for (const auto& p : part_paths) parts.push_back(read_part(p));

  // One plan, one target, one option set.
  const CheckedPart& ref = parts.front();
  std::map<int, const CheckedPart*> by_index;
  for (const auto& p : parts) {
    if (p.d.target_digest != target_digest)
      fail(ErrorKind::InvalidData, "'{}' was made from another video than '{}'", p.path.string(), target.string());
    if (p.d.options_digest != ref.d.options_digest)
      fail(ErrorKind::InvalidData, "'{}' was made with other options than '{}'; re-run it with the same command",
           p.path.string(), ref.path.string());
    if (p.d.count != ref.d.count)
      fail(ErrorKind::InvalidData,
           "'{}' is segment {} of {} and '{}' segment {} of {}: parts of different plans overlap", p.path.string(),
           p.d.index, p.d.count, ref.path.string(), ref.d.index, ref.d.count);
    if (auto [it, fresh] = by_index.emplace(p.d.index, &p); !fresh)
      fail(ErrorKind::InvalidData, "segment {} of {} is given twice: '{}' and '{}'", p.d.index, p.d.count,
           it->second->path.string(), p.path.string());
  }

  // Coverage: the plan of the target, recomputed, must match the parts frame for frame.
  const media::VideoIndex target_index = media::index_video(target);
  const SegmentPlan plan = plan_segments(target_index, ref.d.count);
  for (const Segment& s : plan.segments) {
    auto it = by_index.find(s.index);
    if (it == by_index.end())
      fail(ErrorKind::InvalidData, "segment {} of {} is missing: a gap at {} ({:.3f} s to {:.3f} s); nothing written",
           s.index, plan.segments.size(), frames_text(s.first_frame, s.frames), s.start_s, s.end_s);
    const CheckedPart& p = *it->second;
    if (p.d.first_frame != s.first_frame || p.d.frames != s.frames)
      fail(ErrorKind::InvalidData, "'{}' holds {}, but segment {} is {}", p.path.string(),
           frames_text(p.d.first_frame, p.d.frames), s.index, frames_text(s.first_frame, s.frames));
    if (std::int64_t(p.index.frames.size()) != s.frames)
      fail(ErrorKind::InvalidData, "'{}' should hold {} frames and has {}: it is damaged; re-run segment {}",
           p.path.string(), s.frames, p.index.frames.size(), s.index);
  }

  // Each part placed where its description says, whatever its container did to its start.
  std::vector<media::ConcatPart> concat;
  for (const Segment& s : plan.segments) {
    const CheckedPart& p = *by_index.at(s.index);
    const AVRational described{p.d.pts_tb_num, p.d.pts_tb_den};
    const AVRational own{p.index.time_base.num, p.index.time_base.den};
    const std::int64_t expected = av_rescale_q(p.d.first_pts, described, own);
    concat.push_back({p.path, expected - p.index.frames.front().pts});
  }
  media::ConcatOptions copt;
  if (ref.d.audio) copt.copy_streams_from = target;
  if (auto c = ref.index.tags.find("comment"); c != ref.index.tags.end()) copt.tags["comment"] = c->second;
  log::info("joining {} parts of '{}' ({} frames) into '{}'", parts.size(), target.string(), plan.total_frames,
            output.string());
  const media::ConcatResult r = media::concat_video(concat, output, copt);

  JoinResult result;
  result.output = output;
  result.parts = int(parts.size());
  result.frames = r.packets;
  result.copied_streams = r.copied_streams;
  result.elapsed_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return result;
}

}  // namespace swapcam::pipeline
