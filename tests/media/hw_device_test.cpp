// --device-id reaches hardware decoding and encoding: the device string and encoder options built for
// GPU N (the GPU the models run on), not FFmpeg's default first device.
#include <gtest/gtest.h>

#include "media/av_util.h"

namespace swapcam::media::detail {
namespace {

TEST(HardwareDevice, DecodersThatNumberTheirAdaptersGetTheIndex) {
  EXPECT_EQ(hw_device_string("cuda", 0), "0");
  EXPECT_EQ(hw_device_string("cuda", 3), "3");
  EXPECT_EQ(hw_device_string("d3d11va", 1), "1");
  EXPECT_EQ(hw_device_string("dxva2", 2), "2");
}

TEST(HardwareDevice, OtherDeviceTypesKeepFfmpegsDefault) {
  // VAAPI names a DRM node and VideoToolbox has one device: an index means nothing there.
  EXPECT_EQ(hw_device_string("vaapi", 1), "");
  EXPECT_EQ(hw_device_string("videotoolbox", 1), "");
  EXPECT_EQ(hw_device_string("cuda", -1), "");
}

TEST(HardwareDevice, NvencIsPinnedToTheGpu) {
  using Options = std::map<std::string, std::string>;
  EXPECT_EQ(encoder_device_options("h264_nvenc", 2), (Options{{"gpu", "2"}}));
  EXPECT_EQ(encoder_device_options("hevc_nvenc", 0), (Options{{"gpu", "0"}}));
  for (const char* software : {"libx264", "libx265", "libvpx-vp9", "h264_vaapi", "h264_videotoolbox"})
    EXPECT_TRUE(encoder_device_options(software, 1).empty()) << software;
}

}  // namespace
}  // namespace swapcam::media::detail
