#include "pipeline/segments.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/file_kind.h"
#include "models/sha256.h"

namespace swapcam::pipeline {

namespace fs = std::filesystem;

SegmentPlan plan_segments(const media::VideoIndex& index, int count) {
  const auto total = std::int64_t(index.frames.size());
  if (count < 1) fail(ErrorKind::Usage, "--segments must be at least 1 (got {})", count);
  if (count > total)
    fail(ErrorKind::Usage, "cannot cut {} frames into {} segments: at most one segment per frame", total, count);
  std::vector<std::int64_t> keys;
  for (std::int64_t i = 0; i < total; ++i)
    if (index.frames[std::size_t(i)].key) keys.push_back(i);

  // Boundaries: frame indices where segments 1..N-1 start.
  std::vector<std::int64_t> starts{0};
  const double length = double(total) / count;
  for (int k = 1; k < count; ++k) {
    const std::int64_t lo = starts.back() + 1, hi = total - (count - k);  // every segment keeps a frame
    const std::int64_t ideal = std::clamp<std::int64_t>(std::llround(k * length), lo, hi);
    std::int64_t chosen = ideal;
    auto it = std::lower_bound(keys.begin(), keys.end(), ideal);
    std::int64_t best_gap = std::int64_t(length / 2) + 1;
    for (auto c : {it, it == keys.begin() ? it : std::prev(it)}) {
      if (c == keys.end() || *c < lo || *c > hi) continue;
      if (std::llabs(*c - ideal) < best_gap) {
        best_gap = std::llabs(*c - ideal);
        chosen = *c;
      }
    }
    starts.push_back(chosen);
  }

  SegmentPlan plan;
  plan.total_frames = total;
  plan.keyframes = std::int64_t(keys.size());
  // The end of the last frame: its successor would start one average interval later.
  const double last_end = index.seconds_of(index.frames.back().pts) + (index.fps > 0 ? 1.0 / index.fps : 0.0);
  for (int k = 0; k < count; ++k) {
    Segment s;
    s.index = k;
    s.first_frame = starts[std::size_t(k)];
    const std::int64_t next = k + 1 < count ? starts[std::size_t(k) + 1] : total;
    s.frames = next - s.first_frame;
    s.start_pts = index.frames[std::size_t(s.first_frame)].pts;
    if (next < total) s.end_pts = index.frames[std::size_t(next)].pts;
    s.start_s = index.seconds_of(s.start_pts);
    s.end_s = s.end_pts ? index.seconds_of(*s.end_pts) : last_end;
    s.starts_at_keyframe = index.frames[std::size_t(s.first_frame)].key;
    plan.segments.push_back(s);
  }
  return plan;
}

namespace {

bool parse_int(std::string_view text, int& out) {
  const char* end = text.data() + text.size();
  auto [p, ec] = std::from_chars(text.data(), end, out);
  return ec == std::errc() && p == end;
}

}  // namespace

SegmentSpec parse_segment_spec(const std::string& text) {
  const auto slash = text.find('/');
  SegmentSpec spec;
  if (slash == std::string::npos || !parse_int(std::string_view(text).substr(slash + 1), spec.count) || spec.count < 1)
    fail(ErrorKind::Usage, "--segment must be K/N or auto/N with N at least 1 (got '{}')", text);
  const std::string k = text.substr(0, slash);
  if (k == "auto") {
    const char* env = std::getenv("SLURM_ARRAY_TASK_ID");
    const char* from = "SLURM_ARRAY_TASK_ID";
    if (!env || !*env) {
      env = std::getenv("JOB_COMPLETION_INDEX");
      from = "JOB_COMPLETION_INDEX";
    }
    if (!env || !*env)
      fail(ErrorKind::Usage,
           "--segment auto/{}: neither SLURM_ARRAY_TASK_ID nor JOB_COMPLETION_INDEX is set "
           "(give the segment number instead: K/{})",
           spec.count, spec.count);
    if (!parse_int(env, spec.index))
      fail(ErrorKind::Usage, "--segment auto/{}: {} is '{}', not a segment number", spec.count, from, env);
  } else if (!parse_int(k, spec.index)) {
    fail(ErrorKind::Usage, "--segment must be K/N or auto/N (got '{}')", text);
  }
  if (spec.index < 0 || spec.index >= spec.count)
    fail(ErrorKind::Usage, "--segment {}: segments are numbered 0 to {}", text, spec.count - 1);
  return spec;
}

int segment_lead_in_frames(int detect_every) { return std::max(16, 2 * std::max(1, detect_every)); }

std::string describe_part(const PartDescription& d) {
  nlohmann::json j{{"target", d.target_digest},
                   {"options", d.options_digest},
                   {"index", d.index},
                   {"count", d.count},
                   {"first_frame", d.first_frame},
                   {"frames", d.frames},
                   {"first_pts", d.first_pts},
                   {"pts_time_base", {d.pts_tb_num, d.pts_tb_den}},
                   {"audio", d.audio}};
  return j.dump();
}

PartDescription parse_part_description(const std::string& text, const fs::path& file) {
  try {
    const auto j = nlohmann::json::parse(text);
    PartDescription d;
    d.target_digest = j.at("target").get<std::string>();
    d.options_digest = j.at("options").get<std::string>();
    d.index = j.at("index").get<int>();
    d.count = j.at("count").get<int>();
    d.first_frame = j.at("first_frame").get<std::int64_t>();
    d.frames = j.at("frames").get<std::int64_t>();
    d.first_pts = j.at("first_pts").get<std::int64_t>();
    d.pts_tb_num = j.at("pts_time_base").at(0).get<int>();
    d.pts_tb_den = j.at("pts_time_base").at(1).get<int>();
    d.audio = j.at("audio").get<bool>();
    if (d.count < 1 || d.index < 0 || d.index >= d.count || d.frames < 1 || d.first_frame < 0 || d.pts_tb_num <= 0 ||
        d.pts_tb_den <= 0)
      throw std::out_of_range("values out of range");
    return d;
  } catch (const std::exception&) {
    fail(ErrorKind::InvalidData, "'{}' has a damaged segment description; re-run its segment", file.string());
  }
}

std::string file_digest(const fs::path& path) {
  require_regular_file(path);
  constexpr std::uintmax_t kSpan = 4u << 20;
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec) fail(ErrorKind::Io, "cannot read '{}': {}", path.string(), ec.message());
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(ErrorKind::Io, "cannot read '{}'", path.string());
  models::Sha256 sha;
  sha.update(std::to_string(size) + ":");
  std::vector<char> buffer(1 << 16);
  auto hash_span = [&](std::uintmax_t from, std::uintmax_t length) {
    in.seekg(std::streamoff(from));
    while (length > 0 && in) {
      const auto n = std::size_t(std::min<std::uintmax_t>(length, buffer.size()));
      in.read(buffer.data(), std::streamsize(n));
      sha.update(buffer.data(), std::size_t(in.gcount()));
      length -= std::uintmax_t(in.gcount());
      if (in.gcount() == 0) break;
    }
    in.clear();
  };
  hash_span(0, std::min(size, kSpan));
  if (size > kSpan) hash_span(std::max(kSpan, size - kSpan), size - std::max(kSpan, size - kSpan));
  return std::to_string(size) + "-" + sha.hex_digest().substr(0, 32);
}

std::string options_fingerprint(const std::vector<std::string>& args) {
  static const std::set<std::string> per_task_valued{"-o",        "--output",    "-t",       "--target",
                                                     "--segment", "--log-level", "--workers"};
  static const std::set<std::string> per_task_flags{"-q", "--quiet"};
  models::Sha256 sha;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const std::string key = a.substr(0, a.find('='));
    if (per_task_flags.count(a)) continue;
    if (per_task_valued.count(key)) {
      if (key == a) ++i;  // the value is the next argument
      continue;
    }
    std::error_code ec;
    if (!a.starts_with("-") && fs::is_regular_file(a, ec)) sha.update("file:" + file_digest(a));
    else sha.update("arg:" + a);
    sha.update("\n", 1);
  }
  return sha.hex_digest().substr(0, 32);
}

SegmentWindow prepare_segment(const fs::path& target, const SegmentSpec& spec, int detect_every,
                              const std::string& options_digest) {
  const media::VideoIndex index = media::index_video(target);
  const SegmentPlan plan = plan_segments(index, spec.count);
  const Segment& seg = plan.segments[std::size_t(spec.index)];
  const std::int64_t lead_in = std::min<std::int64_t>(seg.first_frame, segment_lead_in_frames(detect_every));
  SegmentWindow w;
  w.read_from_index = seg.first_frame - lead_in;
  w.read_from_pts = index.frames[std::size_t(w.read_from_index)].pts;
  w.first_pts = seg.start_pts;
  w.end_pts = seg.end_pts;
  w.part.target_digest = file_digest(target);
  w.part.options_digest = options_digest;
  w.part.index = spec.index;
  w.part.count = spec.count;
  w.part.first_frame = seg.first_frame;
  w.part.frames = seg.frames;
  return w;
}

}  // namespace swapcam::pipeline
