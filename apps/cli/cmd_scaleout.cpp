// swapcam plan / join: one video across many processes. `plan` shows the segments every task of
// `swap --segment K/N` computes for itself; `join` puts the parts back together (pipeline/join.h).
#include <cstdio>

#include <nlohmann/json.hpp>

#include "apps/cli/cli.h"
#include "core/error.h"
#include "media/video_index.h"
#include "pipeline/join.h"
#include "pipeline/segments.h"

namespace swapcam::cli {
namespace {

struct PlanArgs {
  std::string target;
  int segments = 1;
  bool json = false;
};

void run_plan(const PlanArgs& a) {
  const media::VideoIndex index = media::index_video(a.target);
  const pipeline::SegmentPlan plan = pipeline::plan_segments(index, a.segments);
  if (a.json) {
    nlohmann::ordered_json j;
    j["target"] = a.target;
    j["frames"] = plan.total_frames;
    j["keyframes"] = plan.keyframes;
    j["time_base"] = {index.time_base.num, index.time_base.den};
    j["segments"] = nlohmann::ordered_json::array();
    for (const auto& s : plan.segments) {
      nlohmann::ordered_json js;
      js["index"] = s.index;
      js["first_frame"] = s.first_frame;
      js["frames"] = s.frames;
      js["start_pts"] = s.start_pts;
      js["end_pts"] = s.end_pts ? nlohmann::ordered_json(*s.end_pts) : nlohmann::ordered_json(nullptr);
      js["start_s"] = s.start_s;
      js["end_s"] = s.end_s;
      js["starts_at_keyframe"] = s.starts_at_keyframe;
      j["segments"].push_back(std::move(js));
    }
    std::printf("%s\n", j.dump().c_str());
    return;
  }
  std::printf("%s: %lld frames, %lld key frames, %zu segments\n", a.target.c_str(),
              static_cast<long long>(plan.total_frames), static_cast<long long>(plan.keyframes), plan.segments.size());
  for (const auto& s : plan.segments)
    std::printf("  segment %d: frames %lld-%lld (%lld), %.3f s to %.3f s%s\n", s.index,
                static_cast<long long>(s.first_frame), static_cast<long long>(s.first_frame + s.frames - 1),
                static_cast<long long>(s.frames), s.start_s, s.end_s,
                s.starts_at_keyframe ? "" : " (not at a key frame: decodes from the one before)");
}

struct JoinArgs {
  std::string target, output;
  std::vector<std::string> parts;
};

Registrar plan_reg(32, [](CLI::App& root, GlobalOptions& g) {
  static PlanArgs a;
  auto* sub = root.add_subcommand("plan", "Cut a video into N segments for `swap --segment K/N` (key-frame aware)");
  add_global_options(*sub, g);
  sub->add_option("-t,--target", a.target, "Video")->required();
  sub->add_option("--segments", a.segments, "Number of segments (one per task)")
      ->required()
      ->check(CLI::Range(1, 100000));
  sub->add_flag("--json", a.json, "Machine-readable output");
  sub->callback([] { run_plan(a); });
});

Registrar join_reg(34, [](CLI::App& root, GlobalOptions& g) {
  static JoinArgs a;
  auto* sub =
      root.add_subcommand("join", "Join the parts of `swap --segment` into one video (no re-encoding, audio copied)");
  add_global_options(*sub, g);
  sub->add_option("-t,--target", a.target, "The video the parts were made from (its audio is copied)")->required();
  sub->add_option("-o,--output", a.output, "Output video (.mp4, .mkv, .mov)")->required();
  sub->add_option("PART", a.parts, "Part files, in any order")->required();
  sub->callback([&g] {
    std::vector<std::filesystem::path> parts(a.parts.begin(), a.parts.end());
    const auto r = pipeline::join_segments(a.target, a.output, parts);
    if (!g.quiet)
      std::printf("%s: %lld frames from %d parts, %d stream%s copied, %.2f s\n", r.output.string().c_str(),
                  static_cast<long long>(r.frames), r.parts, r.copied_streams, r.copied_streams == 1 ? "" : "s",
                  r.elapsed_s);
  });
});

}  // namespace
}  // namespace swapcam::cli
