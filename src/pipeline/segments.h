#pragma once
// One video cut into N segments for N independent processes (Slurm array tasks, Kubernetes indexed
// pods): a plan that every task computes the same way from the file, the window one task decodes,
// and the description each part carries so `swapcam join` can check that the parts cover the video
// exactly once and were made from the same target with the same options.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "media/video_index.h"

namespace swapcam::pipeline {

struct Segment {
  int index = 0;
  std::int64_t first_frame = 0;  // 0-based, presentation order
  std::int64_t frames = 0;
  std::int64_t start_pts = 0;           // of its first frame (stream time base)
  std::optional<std::int64_t> end_pts;  // of the next segment's first frame; none for the last
  double start_s = 0, end_s = 0;        // from the stream start; end_s: where the next begins (or the end)
  bool starts_at_keyframe = true;       // decodes on its own (else from the key frame before it)
};

struct SegmentPlan {
  std::int64_t total_frames = 0;
  std::int64_t keyframes = 0;
  std::vector<Segment> segments;
};

// N segments of about equal length, each starting at a key frame where one lies within half a
// segment of the even split (else at the even split: that segment then decodes from the key frame
// before it). Throws Error(Usage) when N < 1 or N exceeds the frames.
SegmentPlan plan_segments(const media::VideoIndex& index, int count);

// "K/N" (K from 0) or "auto/N": K from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX. Error(Usage) otherwise.
struct SegmentSpec {
  int index = 0;
  int count = 1;
};
SegmentSpec parse_segment_spec(const std::string& text);

// Frames tracked before a segment's first written frame, so tracking and smoothing arrive at the
// boundary in the state a one-process run has there.
int segment_lead_in_frames(int detect_every);

// What a part says about itself (stored as the "swapcam_segment" container tag, JSON).
struct PartDescription {
  std::string target_digest;   // file_digest of the target
  std::string options_digest;  // options_fingerprint of the command
  int index = 0, count = 1;
  std::int64_t first_frame = 0, frames = 0;
  std::int64_t first_pts = 0;  // of the first written frame, in pts_time_base
  int pts_tb_num = 1, pts_tb_den = 1;
  bool audio = true;  // join copies the target's audio
};
inline constexpr const char* kSegmentTag = "swapcam_segment";
std::string describe_part(const PartDescription& d);
// Error(InvalidData) naming `file` when the text is not a part description.
PartDescription parse_part_description(const std::string& json, const std::filesystem::path& file);

// One segment of the target (`swap --segment K/N`): frames are decoded from `read_from_pts`; those
// before `first_pts` (the lead-in) are only tracked, the rest written up to `end_pts`. The output
// is a part for `swapcam join`: video only, carrying `part` (timing filled in by the run).
struct SegmentWindow {
  std::int64_t read_from_pts = 0;       // first frame decoded (target time base)
  std::int64_t read_from_index = 0;     // its index in the whole video
  std::int64_t first_pts = 0;           // first frame written
  std::optional<std::int64_t> end_pts;  // none: to the end
  PartDescription part;                 // digests, index/count, first_frame and frames from the plan
};

// The window of segment `spec.index` of `spec.count` of `target` for a run with this detection
// cadence, with the part's digests filled in. Throws as index_video and plan_segments do.
SegmentWindow prepare_segment(const std::filesystem::path& target, const SegmentSpec& spec, int detect_every,
                              const std::string& options_digest);

// Identity of a file's content without reading all of it: size plus SHA-256 of its first and last
// 4 MiB. The same file on another machine's mount gives the same digest.
std::string file_digest(const std::filesystem::path& path);

// Digest of a command line that should give the same result on every task: the arguments minus
// those that differ per task (-o, -t, --segment, -q, --log-level, --workers); arguments naming an
// existing file count by content (file_digest), not by path.
std::string options_fingerprint(const std::vector<std::string>& args);

}  // namespace swapcam::pipeline
