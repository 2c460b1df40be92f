// The bad-input catalogue, fourth round (docs/RELIABILITY.md, "Bad inputs"; issue 16): the photos a
// map file names and the inputs of `analyze --clusters` protected from -o, map entries without a
// source, model files that are not what the manifest publishes, container codecs, and clear messages.
// Same check as the first round (catalogue_kit.h).
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "catalogue_kit.h"

namespace swapcam::test {
namespace {

using namespace bad_inputs;

std::string bounded(const std::string& command) { return "timeout -s KILL 120 " + command; }

// A map file of {source, reference} pairs ("" for no source), written beside the photos.
fs::path map_file(const Env& e, const std::string& name,
                  const std::vector<std::pair<std::string, std::string>>& entries) {
  std::string json = "[";
  for (size_t i = 0; i < entries.size(); ++i)
    json += std::string(i ? ", " : "") + "{\"source\": \"" + entries[i].first + "\", \"reference\": \"" +
            entries[i].second + "\"}";
  return e.write(name, json + "]");
}

std::string map_swap(const Env& e, const fs::path& map, const fs::path& target, const fs::path& out) {
  return e.cli("swap") + "--map-faces " + q(map) + " -t " + q(target) + " -o " + q(out);
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::vector<Case> round4() {
  std::vector<Case> c;

  // -- Outputs never overwrite the photos a map file names --
  c.push_back({"MapFacesOutputIsAMapSource",
               [](const Env& e) {
                 e.portrait("me.png");
                 e.portrait("them.png");
                 const auto map = map_file(e, "map.json", {{"me.png", "them.png"}});
                 return Invocation{bounded(map_swap(e, map, e.portrait("target.png"), e / "me.png"))};
               },
               2,
               {"me.png", "refusing to overwrite"}});
  c.push_back({"MapFacesOutputIsAMapReferenceByAnotherName",
               [](const Env& e) {
                 e.portrait("me.png");
                 e.portrait("refs/them.png");
                 fs::create_hard_link(e / "refs" / "them.png", e / "twin.png");
                 const auto map = map_file(e, "map.json", {{"me.png", "refs/them.png"}});
                 return Invocation{bounded(map_swap(e, map, e.portrait("target.png"), e / "twin.png"))};
               },
               2,
               {"twin.png", "refusing to overwrite"}});
  c.push_back({"MapFacesOutputIsTheMapFileThroughALink",
               [](const Env& e) {
                 e.portrait("me.png");
                 e.portrait("them.png");
                 const auto map = map_file(e, "map.json", {{"me.png", "them.png"}});
                 fs::create_symlink(map, e / "out.png");
                 return Invocation{bounded(map_swap(e, map, e.portrait("target.png"), e / "out.png"))};
               },
               2,
               {"map.json"}});
  // A video swap whose output is a link to a map source photo (the video guard reads the map too).
  c.push_back({"MapFacesVideoOutputIsAMapSource",
               [](const Env& e) {
                 e.portrait("me.png");
                 e.portrait("them.png");
                 const auto map = map_file(e, "map.json", {{"me.png", "them.png"}});
                 fs::create_symlink(e / "me.png", e / "out.mp4");
                 return Invocation{bounded(map_swap(e, map, e.video("clip.mp4", 4), e / "out.mp4"))};
               },
               2,
               {"me.png", "refusing to overwrite"}});

  // -- analyze --clusters -o never overwrites the video, a -s photo or a picture it names --
  c.push_back({"AnalyzeClustersMapOverTheVideo",
               [](const Env& e) {
                 const auto clip = e.video("clip.mp4", 6);
                 return Invocation{bounded(e.cli("analyze") + q(clip) + " --clusters --samples 3 -o " + q(clip))};
               },
               2,
               {"clip.mp4", "refusing to overwrite"}});
  c.push_back({"AnalyzeClustersMapOverASource",
               [](const Env& e) {
                 const auto me = e.portrait("me.png");
                 return Invocation{bounded(e.cli("analyze") + q(e.video("clip.mp4", 6)) +
                                           " --clusters --samples 3 -s " + q(me) + " -o " + q(me))};
               },
               2,
               {"me.png", "refusing to overwrite"}});
  // The reference picture of identity 1 would be written where the -s photo lies.
  c.push_back({"AnalyzeClustersPictureOverASource",
               [](const Env& e) {
                 const auto me = e.portrait("map_faces/identity_1.png");
                 return Invocation{bounded(e.cli("analyze") + q(e.video("clip.mp4", 6)) +
                                           " --clusters --samples 3 -s " + q(me) + " -o " + q(e / "map.json"))};
               },
               2,
               {"identity_1.png", "refusing to overwrite"}});

  // -- A map entry without a source leaves that person unswapped --
  // The target is the person of the first entry (no source): it is left as it is, said once, exit 0.
  // The second entry's reference is a mirrored portrait, so the first is the better match.
  c.push_back({"MapFacesEntryWithoutASourceIsLeftUnswapped",
               [](const Env& e) {
                 e.portrait("me.png");
                 e.portrait("person1.png");
                 cv::Mat mirrored;
                 cv::flip(media::read_image(astronaut()), mirrored, 1);
                 media::write_image(mirrored, e / "person2.png");
                 const auto map = map_file(e, "map.json", {{"", "person1.png"}, {"me.png", "person2.png"}});
                 const auto target = e.portrait("target.png"), out = e / "out.png";
                 Invocation r{bounded(map_swap(e, map, target, out))};
                 r.created = {out};
                 r.check = [target, out](const CommandResult& res) {
                   EXPECT_EQ(count(res.output, "no source photo"), 1u) << "said once";
                   const cv::Mat a = media::read_image(target), b = media::read_image(out);
                   ASSERT_EQ(a.size(), b.size());
                   EXPECT_EQ(cv::norm(a, b, cv::NORM_INF), 0) << "the person without a source was swapped";
                 };
                 return r;
               },
               0,
               {"person1.png", "no source photo", "left unswapped", "writing the input unchanged"}});
  c.push_back({"MapFacesNoEntryHasASource",
               [](const Env& e) {
                 e.portrait("person1.png");
                 const auto map = map_file(e, "map.json", {{"", "person1.png"}});
                 return Invocation{bounded(map_swap(e, map, e.portrait("target.png"), e / "out.png"))};
               },
               1,
               {"map.json", "no entry has a \"source\""}});

  // -- Model files under a published name that are not the published file: used, said loudly --
  // The 500M detector saved as det_10g.onnx: the size says it is not det_10g (no hash needed).
  c.push_back({"ModelUnderAPublishedNameWithTheWrongSize",
               [](const Env& e) {
                 e.copy(scrfd(), "models/det_10g.onnx");
                 Invocation r{bounded(q(cli_path()) + " analyze --execution-provider cpu --models-dir " +
                                      q(e / "models") + " " + q(e.portrait()))};
                 r.check = [](const CommandResult& res) {
                   EXPECT_NE(res.output.find("warning"), std::string::npos) << "a warning, not silence";
                 };
                 return r;
               },
               0,
               {"det_10g.onnx", "is not the published det_10g", "expected 16923827 bytes",
                "swapcam models fetch det_10g --models-dir"}});
  // The published size, zero-filled: the sha256 (computed once, remembered beside the models) says
  // so before the load fails.
  c.push_back({"ModelUnderAPublishedNameWithTheWrongContent",
               [](const Env& e) {
                 const auto f = e.write("models/det_10g.onnx", "");
                 fs::resize_file(f, 16923827);
                 Invocation r{bounded(q(cli_path()) + " analyze --execution-provider cpu --models-dir " +
                                      q(e / "models") + " " + q(e.portrait()))};
                 r.created = {e / "models" / ".sha256-cache.json"};
                 r.check = [](const CommandResult& res) {
                   EXPECT_NE(
                       res.output.find("expected 5838f7fe053675b1c7a08b633df49e7af5495cee0493c7dcf6697200b85b5b91"),
                       std::string::npos);
                   EXPECT_NE(res.output.find("swapcam models fetch det_10g"), std::string::npos);
                 };
                 return r;
               },
               1,
               {"det_10g.onnx", "cannot load detector model"}});

  // -- Containers and times --
  c.push_back({"WebmOutputGetsVp9AndOpus",
               [](const Env& e) {
                 const auto out = e / "out.webm";
                 Invocation r{bounded(e.swap(e.portrait(), e.video("clip.mp4", 6), out))};
                 r.created = {out};
                 r.check = [out](const CommandResult&) { EXPECT_EQ(decodable_frames(out), 6); };
                 return r;
               },
               0,
               {"libvpx-vp9"}});
  c.push_back({"VideoStartPastTheEndOfAShortClip",
               [](const Env& e) {
                 return Invocation{
                     bounded(e.swap(e.portrait(), e.video("clip.mp4", 20), e / "out.mp4") + " --start 99")};
               },
               2,
               {"--start 99 s is past the end of", "clip.mp4", "2.00 s"}});

  // -- Images and folders: nothing dropped silently --
  // A PNG with transparency: the alpha comes back byte for byte around the swap.
  c.push_back({"PngTransparencyKept",
               [](const Env& e) {
                 cv::Mat bgra;
                 cv::cvtColor(media::read_image(astronaut()), bgra, cv::COLOR_BGR2BGRA);
                 for (int y = 0; y < bgra.rows; ++y)
                   for (int x = 0; x < 64; ++x) bgra.at<cv::Vec4b>(y, x)[3] = uchar(x * 4);  // a fade on the left
                 const auto target = e / "cutout.png", out = e / "out.png";
                 media::write_image(bgra, target);
                 Invocation r{bounded(e.swap(e.portrait(), target, out))};
                 r.created = {out};
                 r.check = [target, out](const CommandResult&) {
                   const cv::Mat a = cv::imread(target.string(), cv::IMREAD_UNCHANGED);
                   const cv::Mat b = cv::imread(out.string(), cv::IMREAD_UNCHANGED);
                   ASSERT_EQ(b.channels(), 4) << "transparency dropped";
                   cv::Mat aa, ba;
                   cv::extractChannel(a, aa, 3);
                   cv::extractChannel(b, ba, 3);
                   EXPECT_EQ(cv::norm(aa, ba, cv::NORM_INF), 0) << "alpha changed";
                 };
                 return r;
               },
               0,
               {"1 of 1 faces swapped"}});
  // A PNG with a broken colour profile: libpng's warnings went to stderr past -q.
  c.push_back({"LibpngWarningsQuietUnderQ",
               [](const Env& e) {
                 const std::string png = read_bytes(astronaut());
                 const std::string iccp = png_chunk("iCCP", std::string("icc\0\0", 5) + "not a zlib stream");
                 const auto target = e.write("profile.png", png.substr(0, 33) + iccp + png.substr(33));
                 const auto out = e / "out.png";
                 Invocation r{bounded(e.swap(e.portrait(), target, out) + " -q")};
                 r.created = {out};
                 r.check = [](const CommandResult& res) {
                   EXPECT_EQ(res.output.find("libpng"), std::string::npos) << res.output;
                   EXPECT_EQ(res.output, "") << "-q prints nothing on success";
                 };
                 return r;
               },
               0,
               {}});
  // Subfolders are swapped into the same tree under the output folder; other files are counted.
  c.push_back({"FolderTargetRecursesMirroringTheTree",
               [](const Env& e) {
                 e.portrait("in/top.png");
                 e.portrait("in/holiday/day 1/face.png");
                 e.video("in/holiday/clip.mp4", 4);
                 e.write("in/holiday/notes.txt", "not media");
                 const auto out = e / "out";
                 Invocation r{bounded(e.swap(e.portrait(), e / "in", out))};
                 r.created = {out,
                              out / "top.png",
                              out / "holiday",
                              out / "holiday" / "day 1",
                              out / "holiday" / "day 1" / "face.png",
                              out / "holiday" / "clip.mp4"};
                 r.check = [out](const CommandResult&) {
                   EXPECT_EQ(decodable_frames(out / "holiday" / "clip.mp4"), 4);
                   EXPECT_EQ(media::read_image(out / "holiday" / "day 1" / "face.png").size(), cv::Size(512, 512));
                 };
                 return r;
               },
               0,
               {"1 file is neither image nor video"}});
  return c;
}

INSTANTIATE_TEST_SUITE_P(Round4, BadInput, ::testing::ValuesIn(round4()),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

}  // namespace
}  // namespace swapcam::test
