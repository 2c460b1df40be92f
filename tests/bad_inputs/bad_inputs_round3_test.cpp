// The bad-input catalogue, third round (docs/RELIABILITY.md, "Bad inputs"; issue 16, "Nothing lost,
// nothing hung"): models that would hang or scramble, code found in the working directory, folder
// targets whose outputs collide, and numbers without a sane bound. Same check as the first round
// (catalogue_kit.h): the exit code, one error line naming the problem, the folder as it was.
#include "catalogue_kit.h"

namespace swapcam::test {
namespace {

using namespace bad_inputs;

// Every command line runs under `timeout` so that a regression (a hang, minutes of work) fails one
// case after 60 s instead of stalling the suite. No case measures time: the bound is the behaviour.
std::string bounded(const std::string& command) { return "timeout -s KILL 60 " + command; }

std::string with_threads(std::string command, const std::string& value) {
  const std::string given = "--execution-threads 2";
  command.replace(command.find(given), given.size(), "--execution-threads " + value);
  return command;
}

std::vector<Case> round3() {
  std::vector<Case> c;

  // -- Models --
  // A detector declaring a fixed 16384x16384 input: its warm-up alone would take 3 GiB and minutes.
  c.push_back({"DetectorWithAHugeFixedInput",
               [](const Env& e) {
                 ModelArgs m;
                 m.detector = model("det_scrfd_fixed_16384.onnx");
                 return Invocation{bounded(e.swap(e.portrait(), e.portrait("target.png"), e / "out.png", m))};
               },
               1,
               {"det_scrfd_fixed_16384.onnx", "16384x16384", "4096x4096"}});
  // 64 MB of zeros as the swapper: its emap was searched for at ~2 us a byte (minutes).
  c.push_back({"ZeroFilledSwapperModel",
               [](const Env& e) {
                 ModelArgs m;
                 m.swapper = e / "swapper.onnx";
                 { std::ofstream(m.swapper, std::ios::binary); }
                 fs::resize_file(m.swapper, std::uintmax_t{64} << 20);
                 return Invocation{bounded(e.swap(e.portrait(), e.portrait("target.png"), e / "out.png", m))};
               },
               1,
               {"swapper.onnx", "is not an ONNX model"}});
  // A swapper whose output is NHWC: its pixels were read as planes, a scrambled face with exit 0.
  c.push_back({"SwapperWithAnNhwcOutput",
               [](const Env& e) {
                 ModelArgs m;
                 m.swapper = model("swapper_nhwc.onnx");
                 return Invocation{bounded(e.swap(e.portrait(), e.portrait("target.png"), e / "out.png", m))};
               },
               1,
               {"swapper_nhwc.onnx", "1x128x128x3", "Nx3x128x128"}});

  // -- Images --
  // The first half of a JPEG with an end-of-image marker appended: decoded grey below the cut, exit 0.
  c.push_back({"HalfAJpegWithAnEndMarker",
               [](const Env& e) {
                 const auto whole = e / "whole.jpg";
                 media::write_image(media::read_image(astronaut()), whole);
                 const std::string bytes = read_bytes(whole);
                 const auto half = e.write("half.jpg", bytes.substr(0, bytes.size() / 2) + "\xff\xd9");
                 return Invocation{bounded(e.swap(e.portrait(), half, e / "out.png"))};
               },
               1,
               {"half.jpg", "ends before the last row"}});
  c.push_back({"HalfAJpegAsTheSource",
               [](const Env& e) {
                 const auto whole = e / "whole.jpg";
                 media::write_image(media::read_image(astronaut()), whole);
                 const std::string bytes = read_bytes(whole);
                 const auto half = e.write("me.jpg", bytes.substr(0, bytes.size() * 2 / 3) + "\xff\xd9");
                 return Invocation{bounded(e.swap(half, e.portrait("target.png"), e / "out.png"))};
               },
               1,
               {"me.jpg", "ends before the last row"}});

  // -- Folder targets: two inputs, one output --
  // clip.avi becomes clip.mp4, like clip.mp4 itself: both were written to one file and reported ok.
  // The pair is refused before any work, each naming the other; the rest of the folder is swapped.
  c.push_back({"FolderTargetTwoInputsOneOutput",
               [](const Env& e) {
                 e.portrait("in/face.png");
                 const auto clip = e.video("in/clip.mp4", 6);
                 e.copy(clip, "in/clip.avi");
                 Invocation r{bounded(e.swap(e.portrait(), e / "in", e / "out"))};
                 r.created = {e / "out", e / "out" / "face.png"};
                 r.check = [](const CommandResult& res) {
                   EXPECT_NE(res.output.find("clip.avi -> "), std::string::npos) << "a line for clip.avi";
                   EXPECT_NE(res.output.find("'clip.mp4' would be written to the same output"), std::string::npos);
                   EXPECT_NE(res.output.find("'clip.avi' would be written to the same output"), std::string::npos);
                   EXPECT_NE(res.output.find("face.png -> "), std::string::npos);
                 };
                 return r;
               },
               1,
               {"2 of 3 files"}});

  // -- Numbers: one error line with the bound, not CLI11's range of the whole type --
  c.push_back({"ExecutionThreadsNegative",
               [](const Env& e) {
                 return Invocation{
                     bounded(with_threads(e.swap(e.portrait(), e.portrait("target.png"), e / "out.png"), "-1"))};
               },
               2,
               {"--execution-threads", "0 (automatic) to 256", "-1"}});
  c.push_back({"ExecutionThreadsBeyondAnInt",
               [](const Env& e) {
                 return Invocation{bounded(
                     with_threads(e.swap(e.portrait(), e.portrait("target.png"), e / "out.png"), "99999999999"))};
               },
               2,
               {"--execution-threads", "256", "99999999999"}});
  c.push_back({"WorkersHuge",
               [](const Env& e) {
                 return Invocation{
                     bounded(e.swap(e.portrait(), e.video("clip.mp4", 5), e / "out.mp4") + " --workers 100000")};
               },
               2,
               {"--workers", "0 (automatic) to 256", "100000"}});
  c.push_back({"DetectEveryZero",
               [](const Env& e) {
                 return Invocation{
                     bounded(e.swap(e.portrait(), e.video("clip.mp4", 5), e / "out.mp4") + " --detect-every 0")};
               },
               2,
               {"--detect-every", "1 to 100000", "'0'"}});
  c.push_back({"LiveResolutionHuge",
               [](const Env& e) {
                 return Invocation{bounded(
                     e.live(e.portrait(), e.video("cam.mp4", 5).string(), "--duration 5 --resolution 100000x100000"))};
               },
               2,
               {"--resolution", "8192", "100000x100000"}});
  c.push_back({"BenchDetSizeHuge",
               [](const Env& e) {
                 return Invocation{bounded(e.cli("bench") + "--no-peak --no-macs --iterations 1 --det-size 100000")};
               },
               2,
               {"--det-size", "4096", "100000"}});
  c.push_back({"SwapDetSizeBeyondAnInt",
               [](const Env& e) {
                 return Invocation{bounded(e.swap(e.portrait(), e.portrait("target.png"), e / "out.png") +
                                           " --det-size 99999999999")};
               },
               2,
               {"--det-size", "4096"}});
  return c;
}

INSTANTIATE_TEST_SUITE_P(Round3, BadInput, ::testing::ValuesIn(round3()),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

}  // namespace
}  // namespace swapcam::test
