// swapcam swap: -s SRC [-s SRC...] -t TARGET -o OUT [options]. Parses, resolves model files, then
// dispatches by target kind (image now; video and folder targets plug into dispatch_swap).
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "apps/cli/cli.h"
#include "apps/cli/swap_args.h"
#include "apps/cli/swap_video.h"
#include "facade/targets.h"
#include "core/error.h"
#include "media/image_io.h"
#include "pipeline/image_pipeline.h"
#include "pipeline/swap_options.h"

namespace swapcam::cli {
namespace {

namespace fs = std::filesystem;

// What the command line gives: the shared swap options plus the target and output.
struct SwapCommandArgs {
  SwapArgs swap;
  std::string target, output;
};

using facade::TargetKind;

void run_image_swap(const pipeline::SwapOptions& o, bool quiet) {
  const auto r = pipeline::swap_image(o);
  if (quiet) return;
  if (r.written_unchanged) std::printf("%s: no face swapped, input written unchanged\n", o.output.string().c_str());
  else
    std::printf("%s: %d of %d faces %s\n", o.output.string().c_str(), r.frame.faces_swapped, r.frame.faces_detected,
                pipeline::enhance_only(o) ? "enhanced" : "swapped");  // enhance-only: no swapper ran
}

// One entry per target kind: the video pipeline adds its runner here.
void dispatch_swap(const pipeline::SwapOptions& o, const GlobalOptions& g) {
  const TargetKind kind = facade::classify_target(o.target);
  if (kind == TargetKind::Image && segment_requested())
    fail(ErrorKind::Usage, "--segment needs a video target; '{}' is an image", o.target.string());
  switch (kind) {
    case TargetKind::Image: return run_image_swap(o, g.quiet);
    case TargetKind::Video: return run_video_target(o, g);
    case TargetKind::Folder: return run_folder_target(o, g.quiet);
    case TargetKind::Missing: break;
  }
  fail(ErrorKind::NotFound, "target '{}' does not exist", o.target.string());
}

pipeline::SwapOptions resolve(const SwapCommandArgs& a, const GlobalOptions& g) {
  pipeline::SwapOptions o = a.swap.options;
  o.target = a.target;
  o.output = a.output;
  resolve_swap_options(a.swap, g, o);
  return o;
}

Registrar reg(30, [](CLI::App& root, GlobalOptions& g) {
  static SwapCommandArgs args;  // static storage: CLI11 writes into it while parsing, and it outlives the parse
  auto* a = &args;
  auto* sub = root.add_subcommand("swap", "Swap faces: image -> image, video -> video, folder -> folder");
  add_global_options(*sub, g);
  sub->add_option("-t,--target", a->target, "Target image, video or folder")->required();
  sub->add_option("-o,--output", a->output, "Output file or folder (format from the extension)")->required();
  add_swap_options(*sub, a->swap, /*swap_only_rows=*/true);
  add_video_swap_options(*sub);
  sub->callback([a, &g] { dispatch_swap(resolve(*a, g), g); });
});

}  // namespace
}  // namespace swapcam::cli
