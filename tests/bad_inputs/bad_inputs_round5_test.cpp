// The bad-input catalogue, fifth round (docs/RELIABILITY.md, "Bad inputs"; issue 16, the leftovers):
// a model that never finishes a run. Same check as the first round (catalogue_kit.h).
#include <opencv2/imgcodecs.hpp>

#include "catalogue_kit.h"

namespace swapcam::test {
namespace {

using namespace bad_inputs;

// A regression (a hang) fails one case after 120 s instead of stalling the suite; no case measures
// time: the bound is the behaviour.
std::string bounded(const std::string& command) { return "timeout -s KILL 120 " + command; }

std::vector<Case> round5() {
  std::vector<Case> c;

  // -- Models --
  // A Loop whose condition stays true: the warm-up run never returned, so the load hung.
  c.push_back({"ModelWithALoopThatNeverEnds",
               [](const Env& e) {
                 ModelArgs m;
                 m.swapper = model("swapper_endless_loop.onnx");
                 return Invocation{
                     bounded(e.swap(e.portrait(), e.portrait("target.png"), e / "out.png", m) + " --warmup-timeout 2")};
               },
               1,
               {"swapper_endless_loop.onnx", "did not finish its warm-up run within 2 s"}});

  return c;
}

INSTANTIATE_TEST_SUITE_P(Round5, BadInput, ::testing::ValuesIn(round5()),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

}  // namespace
}  // namespace swapcam::test
