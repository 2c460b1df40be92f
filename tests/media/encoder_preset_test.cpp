// --video-preset per encoder candidate: an x264 preset must not make NVENC fail to open (and fall
// back to the CPU encoder), nor an NVENC one x264.
#include <gtest/gtest.h>

#include "media/video_writer.h"

namespace swapcam::test {
namespace {

using media::encoder_preset;

TEST(EncoderPreset, OwnNamesPassThrough) {
  EXPECT_EQ(encoder_preset("libx264", "veryfast").value, "veryfast");
  EXPECT_EQ(encoder_preset("libx264", "veryfast").note, "");
  EXPECT_EQ(encoder_preset("libx265", "placebo").value, "placebo");
  EXPECT_EQ(encoder_preset("h264_nvenc", "p6").value, "p6");
  EXPECT_EQ(encoder_preset("hevc_nvenc", "llhq").value, "llhq") << "an NVENC name we do not rank stays";
  EXPECT_EQ(encoder_preset("libx264", "").option, "");
}

TEST(EncoderPreset, TranslatedBetweenFamiliesBySpeed) {
  const auto nv = encoder_preset("h264_nvenc", "veryfast");
  EXPECT_EQ(nv.option, "preset");
  EXPECT_EQ(nv.value, "p2");
  EXPECT_NE(nv.note.find("veryfast"), std::string::npos);
  EXPECT_EQ(encoder_preset("h264_nvenc", "medium").value, "p4");
  EXPECT_EQ(encoder_preset("h264_nvenc", "veryslow").value, "p7");
  EXPECT_EQ(encoder_preset("libx264", "p1").value, "ultrafast");
  EXPECT_EQ(encoder_preset("libx264", "p4").value, "medium");
  EXPECT_EQ(encoder_preset("libx264", "p7").value, "veryslow");
  const auto vp9 = encoder_preset("libvpx-vp9", "fast");
  EXPECT_EQ(vp9.option, "cpu-used");
  EXPECT_EQ(vp9.value, "5");
  // Faster presets never map to slower settings.
  EXPECT_GT(std::stoi(encoder_preset("libvpx-vp9", "ultrafast").value),
            std::stoi(encoder_preset("libvpx-vp9", "slow").value));
}

TEST(EncoderPreset, EncodersWithoutPresetsGetNoneAndSaySo) {
  for (const char* enc : {"h264_vaapi", "h264_videotoolbox"}) {
    const auto p = encoder_preset(enc, "veryfast");
    EXPECT_EQ(p.option, "") << enc;
    EXPECT_NE(p.note.find(enc), std::string::npos) << enc;
  }
  EXPECT_EQ(encoder_preset("libvpx-vp9", "nonsense").option, "");
  EXPECT_EQ(encoder_preset("libx264", "nonsense").value, "nonsense") << "x264 itself rejects it, with its message";
}

}  // namespace
}  // namespace swapcam::test
