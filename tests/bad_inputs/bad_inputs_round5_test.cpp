// The bad-input catalogue, fifth round (docs/RELIABILITY.md, "Bad inputs"; issue 16, the leftovers):
// a model that never finishes a run, a JPEG that makes the decoder pass over the image thousands of
// times, a clip whose timestamps start late, a face that fills the photo. Same check as the first round
// (catalogue_kit.h).
#include <opencv2/imgcodecs.hpp>

#include "catalogue_kit.h"

namespace swapcam::test {
namespace {

using namespace bad_inputs;

// A regression (a hang) fails one case after 120 s instead of stalling the suite; no case measures
// time: the bound is the behaviour.
std::string bounded(const std::string& command) { return "timeout -s KILL 120 " + command; }

// A progressive JPEG of the portrait (96x96) with its last scan written `extra` more times before the end.
fs::path scan_bomb(const Env& e, const std::string& name, int extra) {
  std::vector<unsigned char> jpeg;
  cv::Mat small;  // small, so that 3000 scans make a file of a few MB
  cv::resize(media::read_image(astronaut()), small, {96, 96}, 0, 0, cv::INTER_AREA);
  cv::imencode(".jpg", small, jpeg, {cv::IMWRITE_JPEG_PROGRESSIVE, 1});
  std::size_t last = jpeg.size() - 2;
  while (last > 0 && !(jpeg[last] == 0xFF && jpeg[last + 1] == 0xDA)) --last;
  const std::string bytes(jpeg.begin(), jpeg.end());
  std::string out = bytes.substr(0, bytes.size() - 2);
  const std::string scan = bytes.substr(last, bytes.size() - 2 - last);
  for (int i = 0; i < extra; ++i) out += scan;
  return e.write(name, out + "\xff\xd9");
}

// The portrait cut to the box the real detector gives its face (180,60 to 271,179).
fs::path tight_crop(const Env& e, const std::string& name) {
  const auto p = e / name;
  media::write_image(media::read_image(astronaut())(cv::Rect(180, 60, 91, 119)).clone(), p);
  return p;
}

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

  // -- Images --
  // 3000 scans within the pixel limit: every scan is a pass over the whole image (minutes at 100 Mpx).
  c.push_back({"ProgressiveJpegWithThousandsOfScans",
               [](const Env& e) {
                 return Invocation{bounded(e.swap(e.portrait(), scan_bomb(e, "scans.jpg", 3000), e / "out.png"))};
               },
               1,
               {"scans.jpg", "scans, more than the 500 accepted"}});
  c.push_back({"ProgressiveJpegWithThousandsOfScansAsTheSource",
               [](const Env& e) {
                 return Invocation{
                     bounded(e.swap(scan_bomb(e, "me.jpg", 3000), e.portrait("target.png"), e / "out.png"))};
               },
               1,
               {"me.jpg", "scans, more than the 500 accepted"}});

  // -- Videos --
  // Timestamps from 3,000,000 s: Matroska's Duration counts from the timeline's 0, so the 2 s clip
  // "lasted" 3,000,002 s and was refused as "the file ends early".
  c.push_back({"MkvWhoseTimestampsStartAt3000000Seconds",
               [](const Env& e) {
                 const auto clip = e.video("clip.mp4", 20);
                 const auto late = e / "late.mkv";
                 run_command("ffmpeg -v error -y -i " + q(clip) + " -c copy -output_ts_offset 3000000 " + q(late));
                 fs::remove(clip);
                 const auto out = e / "out.mp4";
                 Invocation r{bounded(e.swap(e.portrait(), late, out))};
                 r.created = {out};
                 r.check = [out](const CommandResult&) { EXPECT_EQ(decodable_frames(out), 20); };
                 return r;
               },
               0,
               {}});
  // -- Faces --
  // The portrait cut to its face box: at the default det size the face was larger than SCRFD's biggest
  // anchors, "no face found" and the input written unchanged. A photo is looked at again, padded.
  c.push_back({"TightlyCroppedFaceAsTheTarget",
               [](const Env& e) {
                 const auto crop = tight_crop(e, "crop.png");
                 const auto out = e / "out.png";
                 Invocation r{bounded(e.swap(e.portrait(), crop, out))};
                 r.created = {out};
                 return r;
               },
               0,
               {"found only with the picture padded", "1 of 1 faces swapped"}});
  c.push_back({"TightlyCroppedFaceAsTheSource",
               [](const Env& e) {
                 const auto out = e / "out.png";
                 Invocation r{bounded(e.swap(tight_crop(e, "me.png"), e.portrait("target.png"), out))};
                 r.created = {out};
                 return r;
               },
               0,
               {"found only with the picture padded", "1 of 1 faces swapped"}});
  return c;
}

INSTANTIATE_TEST_SUITE_P(Round5, BadInput, ::testing::ValuesIn(round5()),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

}  // namespace
}  // namespace swapcam::test
