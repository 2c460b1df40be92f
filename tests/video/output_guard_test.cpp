// Outputs never overwrite an input and never share a file, whatever the spelling (links included);
// --keep-frames never writes into a folder that already holds files.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "core/error.h"
#include "pipeline/output_guard.h"
#include "video_test_util.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

bool refused(const std::vector<fs::path>& in, const std::vector<fs::path>& out) {
  try {
    pipeline::ensure_outputs_spare_inputs(in, out);
    return false;
  } catch (const Error& e) {
    return e.kind() == ErrorKind::Usage;
  }
}

TEST(OutputGuard, AnInputUnderAnyNameIsRefusedAsAnOutput) {
  TempDir dir;
  const auto photo = dir / "face.jpg";
  std::ofstream(photo) << "photo";
  fs::create_hard_link(photo, dir / "hard.jpg");
  fs::create_symlink(photo, dir / "soft.jpg");
  fs::create_directory(dir / "sub");
  for (const auto& out : {photo, dir / "hard.jpg", dir / "soft.jpg", dir / "sub" / ".." / "face.jpg"})
    EXPECT_TRUE(refused({dir / "other.mp4", photo}, {out})) << out;
  EXPECT_FALSE(refused({photo}, {dir / "new.jpg"}));
  EXPECT_FALSE(refused({photo, {}}, {{}, dir / "new.jpg"})) << "empty paths are not files";
}

TEST(OutputGuard, TwoOutputsOnOneFileAreRefused) {
  TempDir dir;
  EXPECT_TRUE(refused({}, {dir / "rec.mp4", dir / "sub" / ".." / "rec.mp4"})) << "not yet written, other spelling";
  std::ofstream(dir / "rec.mp4") << "old";
  fs::create_symlink(dir / "rec.mp4", dir / "link.mp4");
  EXPECT_TRUE(refused({}, {dir / "rec.mp4", dir / "link.mp4"}));
  EXPECT_FALSE(refused({}, {dir / "rec.mp4", dir / "metrics.json"}));
}

TEST(OutputGuard, SwapInputsListsEveryFileTheSwapReads) {
  pipeline::SwapOptions o;
  o.target = "t.mp4";
  o.sources = {"a.jpg", "b.jpg"};
  o.reference_face = "ref.jpg";
  o.map_faces = "map.json";
  o.models.swapper = "swapper.onnx";
  o.models.content_filter[2] = "nsfw_3.onnx";
  const auto in = pipeline::swap_inputs(o);
  for (const char* f : {"t.mp4", "a.jpg", "b.jpg", "ref.jpg", "map.json", "swapper.onnx", "nsfw_3.onnx"})
    EXPECT_NE(std::find(in.begin(), in.end(), fs::path(f)), in.end()) << f;
}

TEST(OutputGuard, SwapRefusesToWriteOverTheMapFileOrAModel) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  const auto swapper = dir / "swapper.png";  // a model file that happens to have an image name
  fs::copy_file(model("swapper_identity.onnx"), swapper);
  const auto before = fs::file_size(swapper);
  const auto r = run_command(q(cli_path()) + " swap -q --execution-provider cpu --detector-model " +
                             q(testdata_dir() / "models" / "scrfd_500m_bnkps.onnx") + " --recognizer-model " +
                             q(model("recognizer_arcface.onnx")) + " --swapper-model " + q(swapper) + " -s " +
                             q(astronaut()) + " -t " + q(astronaut()) + " -o " + q(swapper));
  EXPECT_NE(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("refusing to overwrite the input"), std::string::npos) << r.output;
  EXPECT_EQ(fs::file_size(swapper), before);
}

TEST(OutputGuard, KeepFramesRefusesAFolderThatHoldsFiles) {
  SWAPCAM_REQUIRE_TESTDATA();
  if (run_command("ffmpeg -version").exit_code != 0) GTEST_SKIP() << "the ffmpeg command line is not installed";
  TempDir dir;
  const auto clip = dir / "clip.mp4";
  TestVideoSpec spec;
  spec.frames = 5;
  ASSERT_TRUE(make_test_video(clip, spec));
  // The source photo sits where the first kept frame would be written.
  fs::create_directory(dir / "out_frames");
  const auto photo = dir / "out_frames" / "000001.png";
  fs::copy_file(astronaut(), photo);
  const auto before = fs::file_size(photo);
  const auto r =
      run_command(q(cli_path()) + " swap -q --execution-provider cpu --detector-model " +
                  q(testdata_dir() / "models" / "scrfd_500m_bnkps.onnx") + " --recognizer-model " +
                  q(model("recognizer_arcface.onnx")) + " --swapper-model " + q(model("swapper_identity.onnx")) +
                  " -s " + q(photo) + " -t " + q(clip) + " -o " + q(dir / "out.mp4") + " --keep-frames");
  EXPECT_NE(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("already holds files"), std::string::npos) << r.output;
  EXPECT_EQ(fs::file_size(photo), before) << "the source photo was overwritten";
  EXPECT_FALSE(fs::exists(dir / "out.mp4"));
}

}  // namespace
}  // namespace swapcam::test
