#pragma once
// What the resource tests and the long soaks run: the real detector with the generated recogniser
// and identity swapper on the CPU, and a live session on a looping generated camera stand-in.
#include <atomic>
#include <filesystem>

#include "pipeline/live_pipeline.h"
#include "pipeline/swap_options.h"
#include "test_support.h"

namespace swapcam::test {

inline std::filesystem::path astronaut() { return testdata_dir() / "images" / "astronaut.png"; }

// intra_op_threads 0: the runtime's own choice.
inline pipeline::SwapOptions soak_swap_options(int intra_op_threads) {
  pipeline::SwapOptions o;
  o.sources = {astronaut()};
  o.models.detector = testdata_dir() / "models" / "scrfd_500m_bnkps.onnx";
  o.models.recognizer = model("recognizer_arcface.onnx");
  o.models.swapper = model("swapper_identity.onnx");
  o.runtime.providers = {runtime::Provider::Cpu};
  o.runtime.intra_op_threads = intra_op_threads;
  o.video_encoder = "libx264";
  o.det_width = o.det_height = 320;
  return o;
}

// `seconds` of the live pipeline on `clip`, looped; every preview frame counted in `previewed`.
inline pipeline::LiveOptions looping_live_options(const std::filesystem::path& clip, double seconds,
                                                  int intra_op_threads, std::atomic<long>& previewed) {
  pipeline::LiveOptions o;
  o.swap = soak_swap_options(intra_op_threads);
  o.source.camera = clip.string();
  o.source.loop = true;
  o.pipeline.duration_s = seconds;
  o.preview = [&previewed](const pipeline::LiveOutputFrame&) { ++previewed; };
  return o;
}

}  // namespace swapcam::test
