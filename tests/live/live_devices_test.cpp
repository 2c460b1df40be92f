// Cameras, virtual camera and raw output without devices: this machine has no /dev/video* and
// cannot load v4l2loopback, so conversions are checked against files, FIFOs and pipes, and the
// device checks on their error paths.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <memory>
#include <thread>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "media/camera.h"
#include "media/raw_output.h"
#include "media/virtual_camera.h"
#include "test_support.h"

namespace swapcam::media {
namespace {

using test::TempDir;

cv::Mat gradient(int w, int h, int t = 0) {
  cv::Mat img(h, w, CV_8UC3);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      img.at<cv::Vec3b>(y, x) =
          cv::Vec3b(uchar((x * 255) / w), uchar((y * 255) / h), uchar((x + y + 7 * t) % 256 / 2 + 64));
  return img;
}

std::vector<uint8_t> read_all(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

template <typename F>
ErrorKind error_kind_of(F&& f, std::string* message = nullptr) {
  try {
    f();
  } catch (const Error& e) {
    if (message) *message = e.what();
    return e.kind();
  }
  ADD_FAILURE() << "no swapcam::Error thrown";
  return ErrorKind::Cancelled;
}

// ---- YUV conversion ----

TEST(YuvConversion, KnownColoursFollowBt601LimitedRange) {
  struct Case {
    cv::Vec3b bgr;
    int y, u, v;
  } cases[] = {{{255, 255, 255}, 235, 128, 128},
               {{0, 0, 0}, 16, 128, 128},
               {{0, 0, 255}, 82, 90, 240},
               {{255, 0, 0}, 41, 240, 110}};
  for (const auto& c : cases) {
    cv::Mat img(2, 2, CV_8UC3, cv::Scalar(c.bgr[0], c.bgr[1], c.bgr[2]));
    std::vector<uint8_t> yuyv, i420;
    bgr_to_yuv(img, YuvFormat::YUYV, yuyv);
    bgr_to_yuv(img, YuvFormat::I420, i420);
    ASSERT_EQ(yuyv.size(), 8u);
    ASSERT_EQ(i420.size(), 6u);
    EXPECT_NEAR(yuyv[0], c.y, 1);
    EXPECT_NEAR(yuyv[1], c.u, 1);
    EXPECT_NEAR(yuyv[3], c.v, 1);
    EXPECT_NEAR(i420[0], c.y, 1);
    EXPECT_NEAR(i420[4], c.u, 1);
    EXPECT_NEAR(i420[5], c.v, 1);
  }
}

// Our BGR->YUV and the camera path's YUV->BGR (OpenCV) agree: a round trip keeps the picture.
TEST(YuvConversion, RoundTripThroughTheCameraConversionKeepsThePicture) {
  cv::Mat img = gradient(64, 48);
  std::vector<uint8_t> yuyv, i420;
  bgr_to_yuv(img, YuvFormat::YUYV, yuyv);
  bgr_to_yuv(img, YuvFormat::I420, i420);
  EXPECT_EQ(yuyv.size(), yuv_frame_size(YuvFormat::YUYV, 64, 48));
  EXPECT_EQ(i420.size(), yuv_frame_size(YuvFormat::I420, 64, 48));
  cv::Mat back_yuyv = camera_buffer_to_bgr("YUYV", yuyv.data(), yuyv.size(), 64, 48);
  cv::Mat back_i420 = camera_buffer_to_bgr("YU12", i420.data(), i420.size(), 64, 48);
  EXPECT_GT(cv::PSNR(img, back_yuyv), 35.0);
  EXPECT_GT(cv::PSNR(img, back_i420), 33.0);
}

TEST(YuvConversion, OddSizesAndWrongTypesAreRefused) {
  std::vector<uint8_t> out;
  EXPECT_EQ(error_kind_of([&] { bgr_to_yuv(cv::Mat(3, 4, CV_8UC3), YuvFormat::YUYV, out); }), ErrorKind::InvalidData);
  EXPECT_EQ(error_kind_of([&] { bgr_to_yuv(cv::Mat(4, 4, CV_8UC1), YuvFormat::I420, out); }), ErrorKind::InvalidData);
  EXPECT_EQ(even_size_view(cv::Mat(5, 7, CV_8UC3)).size(), cv::Size(6, 4));
  EXPECT_EQ(parse_yuv_format("I420"), YuvFormat::I420);
  EXPECT_EQ(error_kind_of([] { parse_yuv_format("rgb"); }), ErrorKind::Usage);
}

// ---- Camera buffers and device errors ----

TEST(CameraBuffers, MjpegAndPackedFormatsConvertToBgr) {
  cv::Mat img = gradient(64, 32);
  std::vector<uchar> jpeg;
  ASSERT_TRUE(cv::imencode(".jpg", img, jpeg, {cv::IMWRITE_JPEG_QUALITY, 95}));
  cv::Mat decoded = camera_buffer_to_bgr("MJPG", jpeg.data(), jpeg.size(), 64, 32);
  EXPECT_GT(cv::PSNR(img, decoded), 30.0);
  cv::Mat rgb;
  cv::cvtColor(img, rgb, cv::COLOR_BGR2RGB);
  EXPECT_EQ(cv::norm(camera_buffer_to_bgr("RGB3", rgb.data, rgb.total() * 3, 64, 32), img, cv::NORM_INF), 0);
}

TEST(CameraBuffers, TruncatedCorruptAndUnknownBuffersAreErrors) {
  std::vector<uint8_t> small(100, 0);
  std::string msg;
  EXPECT_EQ(error_kind_of([&] { camera_buffer_to_bgr("YUYV", small.data(), small.size(), 64, 32); }, &msg),
            ErrorKind::InvalidData);
  EXPECT_NE(msg.find("truncated"), std::string::npos) << msg;
  EXPECT_EQ(error_kind_of([&] { camera_buffer_to_bgr("MJPG", small.data(), small.size(), 64, 32); }),
            ErrorKind::InvalidData);
  EXPECT_EQ(error_kind_of([&] { camera_buffer_to_bgr("H264", small.data(), small.size(), 8, 8); }),
            ErrorKind::InvalidData);
}

TEST(CameraDevices, IdsAndPathsAreRecognised) {
  EXPECT_TRUE(looks_like_camera_device("0"));
  EXPECT_TRUE(looks_like_camera_device("/dev/video3"));
  EXPECT_FALSE(looks_like_camera_device("clip.mp4"));
  EXPECT_EQ(camera_device_path("2"), "/dev/video2");
}

TEST(CameraDevices, ListingAndDoctorLinesNeverThrow) {
  std::vector<CameraInfo> cams;
  EXPECT_NO_THROW(cams = list_cameras());
  auto lines = describe_cameras();
  ASSERT_FALSE(lines.empty());
  if (cams.empty()) EXPECT_NE(lines[0].find("none found"), std::string::npos) << lines[0];
}

TEST(CameraDevices, OpeningWhatIsNotACameraSaysWhy) {
  TempDir dir;
  std::ofstream(dir / "file.txt") << "not a camera";
  std::string msg;
  CameraRequest r;
  r.device = "/dev/video987";
  EXPECT_EQ(error_kind_of([&] { open_camera(r); }, &msg), ErrorKind::NotFound);
  EXPECT_NE(msg.find("/dev/video987"), std::string::npos) << msg;
  r.device = (dir / "file.txt").string();
  EXPECT_EQ(error_kind_of([&] { open_camera(r); }, &msg), ErrorKind::InvalidData);
  EXPECT_NE(msg.find("not a video device"), std::string::npos) << msg;
  r.device = "/dev/null";
  EXPECT_EQ(error_kind_of([&] { open_camera(r); }, &msg), ErrorKind::InvalidData);
  EXPECT_NE(msg.find("not a V4L2"), std::string::npos) << msg;
}

// ---- Virtual camera ----

TEST(VirtualCameraDevice, MissingDeviceSaysHowToLoadV4l2loopback) {
  std::string msg;
  EXPECT_EQ(error_kind_of([&] { check_virtual_camera_device("/dev/video986"); }, &msg), ErrorKind::NotFound);
  EXPECT_NE(msg.find("modprobe v4l2loopback"), std::string::npos) << msg;
  VirtualCameraOptions o;
  o.device = "/dev/video986";
  o.width = 64;
  o.height = 48;
  EXPECT_EQ(error_kind_of([&] { VirtualCamera cam(o); }, &msg), ErrorKind::NotFound);
}

TEST(VirtualCameraDevice, RegularFilesAndOtherDevicesAreNotLoopbackDevices) {
  TempDir dir;
  std::ofstream(dir / "plain") << "x";
  std::string msg;
  EXPECT_EQ(error_kind_of([&] { check_virtual_camera_device((dir / "plain").string()); }, &msg),
            ErrorKind::InvalidData);
  EXPECT_NE(msg.find("not a video device"), std::string::npos) << msg;
  EXPECT_EQ(error_kind_of([&] { check_virtual_camera_device("/dev/null"); }, &msg), ErrorKind::InvalidData);
  EXPECT_NE(msg.find("not a V4L2"), std::string::npos) << msg;
  // Plain files are refused unless explicitly allowed.
  VirtualCameraOptions o;
  o.device = (dir / "plain").string();
  o.width = 64;
  o.height = 48;
  EXPECT_EQ(error_kind_of([&] { VirtualCamera cam(o); }), ErrorKind::InvalidData);
  o.width = 63;
  o.allow_plain_files = true;
  EXPECT_EQ(error_kind_of([&] { VirtualCamera cam(o); }), ErrorKind::Usage);  // odd size
}

TEST(VirtualCameraWriter, WritesConvertedFramesToAFile) {
  TempDir dir;
  for (YuvFormat f : {YuvFormat::YUYV, YuvFormat::I420}) {
    VirtualCameraOptions o;
    o.device = (dir / "stream.yuv").string();
    o.width = 64;
    o.height = 48;
    o.format = f;
    o.allow_plain_files = true;
    std::vector<uint8_t> expected, frame;
    {
      VirtualCamera cam(o);
      for (int t = 0; t < 3; ++t) {
        cv::Mat img = gradient(64, 48, t);
        cam.write(img);
        bgr_to_yuv(img, f, frame);
        expected.insert(expected.end(), frame.begin(), frame.end());
      }
      // A frame of another size is scaled to the device's size.
      cam.write(gradient(128, 96));
      EXPECT_EQ(cam.frames_written(), 4u);
    }
    auto bytes = read_all(dir / "stream.yuv");
    ASSERT_EQ(bytes.size(), 4 * yuv_frame_size(f, 64, 48));
    EXPECT_TRUE(std::equal(expected.begin(), expected.end(), bytes.begin()));
  }
}

TEST(VirtualCameraWriter, StreamsThroughAFifoAndReportsAMissingReader) {
  TempDir dir;
  auto fifo = dir / "cam.fifo";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  VirtualCameraOptions o;
  o.device = fifo.string();
  o.width = 32;
  o.height = 16;
  o.allow_plain_files = true;
  std::string msg;
  EXPECT_EQ(error_kind_of([&] { VirtualCamera cam(o); }, &msg), ErrorKind::Io);  // no reader yet: error, not a hang
  EXPECT_NE(msg.find("no reader"), std::string::npos) << msg;

  int rfd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(rfd, 0);
  const size_t frame_bytes = yuv_frame_size(YuvFormat::YUYV, 32, 16);
  auto cam = std::make_unique<VirtualCamera>(o);  // the writer exists before the reader starts: no early EOF
  std::vector<uint8_t> got;
  std::thread reader([&] {
    fcntl(rfd, F_SETFL, 0);  // blocking reads from here on
    uint8_t buf[4096];
    ssize_t n;
    while ((n = ::read(rfd, buf, sizeof buf)) > 0) got.insert(got.end(), buf, buf + n);
    ::close(rfd);
  });
  std::vector<uint8_t> expected, frame;
  for (int t = 0; t < 5; ++t) {
    cv::Mat img = gradient(32, 16, t);
    cam->write(img);
    bgr_to_yuv(img, YuvFormat::YUYV, frame);
    expected.insert(expected.end(), frame.begin(), frame.end());
  }
  cam.reset();  // closes the FIFO: the reader sees the end
  reader.join();
  ASSERT_EQ(got.size(), 5 * frame_bytes);
  EXPECT_EQ(got, expected);
}

// ---- Raw output ----

TEST(RawOutput, BgrAndYuvFramesGoOutWhole) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  std::vector<uint8_t> got;
  std::thread reader([&] {
    uint8_t buf[8192];
    ssize_t n;
    while ((n = ::read(fds[0], buf, sizeof buf)) > 0) got.insert(got.end(), buf, buf + n);
  });
  cv::Mat a = gradient(40, 20, 1), b = gradient(80, 40, 2);
  {
    RawFrameWriter w(fds[1], RawPixelFormat::BGR24, "test pipe");
    w.write(a);
    w.write(b);  // resized to the first frame's size
    EXPECT_EQ(w.frame_size(), cv::Size(40, 20));
  }
  ::close(fds[1]);
  reader.join();
  ::close(fds[0]);
  ASSERT_EQ(got.size(), 2u * 40 * 20 * 3);
  EXPECT_TRUE(std::equal(a.data, a.data + a.total() * 3, got.begin()));
  EXPECT_EQ(parse_raw_pixel_format("yuv420p"), RawPixelFormat::I420);
  EXPECT_STREQ(ffmpeg_pix_fmt(RawPixelFormat::YUYV), "yuyv422");
}

TEST(RawOutput, AReaderThatGoesAwayIsAnErrorNotASignal) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  ::close(fds[0]);  // nobody reads
  RawFrameWriter w(fds[1], RawPixelFormat::I420, "test pipe");
  std::string msg;
  EXPECT_EQ(error_kind_of([&] { w.write(gradient(64, 48)); }, &msg), ErrorKind::Io);
  EXPECT_NE(msg.find("closed the pipe"), std::string::npos) << msg;
  ::close(fds[1]);
}

}  // namespace
}  // namespace swapcam::media
