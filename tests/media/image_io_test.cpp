#include <unistd.h>

#include <filesystem>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "media/atomic_file.h"
#include "media/image_io.h"
#include "media/image_metadata.h"
#include "media_test_util.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace swapcam;
using namespace swapcam::media;
using swapcam::test::TempDir;

namespace {

cv::Mat pattern() { return test::make_pattern(128, 96, 3); }

fs::path write_png(const TempDir& dir, const std::string& name = "in.png") {
  auto p = dir / name;
  write_image(pattern(), p);
  return p;
}

}  // namespace

TEST(ImageIo, RoundTripsEveryFormatWithItsLabel) {
  TempDir dir;
  const cv::Mat img = pattern();
  struct Case {
    const char* name;
    bool lossless;
    bool label;
  };
  for (Case c :
       {Case{"a.png", true, true}, Case{"a.jpg", false, true}, Case{"a.JPEG", false, true}, Case{"a.webp", false, true},
        Case{"a.bmp", true, false}, Case{"a.tif", true, true}, Case{"a.tiff", true, true}}) {
    SCOPED_TRACE(c.name);
    auto p = dir / c.name;
    write_image(img, p);
    cv::Mat back = read_image(p);
    ASSERT_EQ(back.type(), CV_8UC3);
    ASSERT_EQ(back.size(), img.size());
    if (c.lossless) EXPECT_EQ(cv::norm(back, img, cv::NORM_INF), 0);
    else EXPECT_GE(test::psnr(back, img), 30.0);
    EXPECT_EQ(read_provenance_label(p), c.label ? std::string(kProvenanceLabel) : std::string());
    // Another decoder (OpenCV's own file reader, not our byte path) still accepts the labelled file.
    EXPECT_FALSE(cv::imread(p.string()).empty());
  }
  EXPECT_FALSE(test::has_temp_files(dir.path()));
}

TEST(ImageIo, LabelCanBeTurnedOffOrChanged) {
  TempDir dir;
  ImageWriteOptions off;
  off.provenance = false;
  write_image(pattern(), dir / "plain.png", off);
  EXPECT_EQ(read_provenance_label(dir / "plain.png"), "");
  ImageWriteOptions custom;
  custom.provenance_label = "made by a test";
  for (const char* n : {"c.png", "c.jpg", "c.webp", "c.tif"}) {
    write_image(pattern(), dir / n, custom);
    EXPECT_EQ(read_provenance_label(dir / n), "made by a test") << n;
  }
}

TEST(ImageIo, UnicodePathRoundTrip) {
  TempDir dir;
  auto p = dir.path() / fs::u8path(u8"f\u00e4ce \u5199\u771f \U0001F600.png");
  write_image(pattern(), p);
  ASSERT_TRUE(fs::exists(p));
  EXPECT_EQ(cv::norm(read_image(p), pattern(), cv::NORM_INF), 0);
}

TEST(ImageIo, GreyAlphaAndSixteenBitBecomeBgr8) {
  TempDir dir;
  cv::Mat grey(20, 30, CV_8UC1, cv::Scalar(77));
  write_image(grey, dir / "g.png");
  cv::Mat g = read_image(dir / "g.png");
  EXPECT_EQ(g.type(), CV_8UC3);
  EXPECT_EQ(g.at<cv::Vec3b>(5, 5), cv::Vec3b(77, 77, 77));

  cv::Mat bgra(20, 30, CV_8UC4, cv::Scalar(10, 20, 30, 40));
  write_image(bgra, dir / "a.png");
  cv::Mat a = read_image(dir / "a.png");
  EXPECT_EQ(a.type(), CV_8UC3);
  EXPECT_EQ(a.at<cv::Vec3b>(5, 5), cv::Vec3b(10, 20, 30));

  cv::Mat deep(20, 30, CV_16UC3, cv::Scalar(0, 257 * 100, 65535));
  ASSERT_TRUE(cv::imwrite((dir / "d.png").string(), deep));
  cv::Mat d = read_image(dir / "d.png");
  EXPECT_EQ(d.type(), CV_8UC3);
  EXPECT_EQ(d.at<cv::Vec3b>(5, 5), cv::Vec3b(0, 100, 255));
}

TEST(ImageIo, BadInputsAreClearErrors) {
  TempDir dir;
  std::string msg;
  EXPECT_EQ(test::error_kind_of([&] { read_image(dir / "missing.png"); }, &msg), ErrorKind::NotFound);
  EXPECT_NE(msg.find("missing.png"), std::string::npos) << msg;

  test::write_bytes(dir / "empty.png", {});
  EXPECT_EQ(test::error_kind_of([&] { read_image(dir / "empty.png"); }, &msg), ErrorKind::InvalidData);
  EXPECT_NE(msg.find("empty"), std::string::npos) << msg;

  std::string text = "this is not an image\n";
  test::write_bytes(dir / "text.png", {text.begin(), text.end()});
  EXPECT_EQ(test::error_kind_of([&] { read_image(dir / "text.png"); }, &msg), ErrorKind::InvalidData);
  EXPECT_NE(msg.find("not a supported image"), std::string::npos) << msg;

  for (const char* name : {"t.png", "t.jpg", "t.webp", "t.bmp", "t.tif"}) {
    SCOPED_TRACE(name);
    write_image(pattern(), dir / name);
    auto bytes = test::read_bytes(dir / name);
    for (double keep : {0.5, 0.9}) {
      auto cut = bytes;
      cut.resize(std::size_t(double(bytes.size()) * keep));
      auto p = dir / (std::string("cut-") + name);
      test::write_bytes(p, cut);
      EXPECT_EQ(test::error_kind_of([&] { read_image(p); }, &msg), ErrorKind::InvalidData) << keep;
      EXPECT_NE(msg.find("cut-"), std::string::npos) << msg;
    }
    // A valid header followed by garbage: detectable where the format has checksums or structure
    // (PNG CRCs, JPEG markers, TIFF offsets); raw BMP pixels and VP8 data decode as noise.
    if (std::string(name) == "t.bmp" || std::string(name) == "t.webp") continue;
    auto garbage = bytes;
    for (std::size_t i = 64; i < garbage.size(); ++i) garbage[i] = static_cast<unsigned char>(i * 131);
    test::write_bytes(dir / "garbage.bin", garbage);
    EXPECT_ANY_THROW(read_image(dir / "garbage.bin"));
  }
}

// Issue 16: a JPEG cut short with an end-of-image marker appended passes the marker check, and OpenCV
// decodes it grey below the cut. Whole JPEGs of every common kind (baseline, progressive, restart
// markers, grey, high and low quality) are read; each of them cut and closed with FF D9 is refused.
TEST(ImageIo, JpegCutShortWithAnEndMarkerIsRefused) {
  TempDir dir;
  const cv::Mat colour = test::make_pattern(320, 240, 3);
  cv::Mat grey;
  cv::cvtColor(colour, grey, cv::COLOR_BGR2GRAY);
  const std::vector<std::pair<const char*, std::vector<int>>> kinds = {
      {"baseline", {cv::IMWRITE_JPEG_QUALITY, 90}},
      {"progressive", {cv::IMWRITE_JPEG_PROGRESSIVE, 1}},
      {"restarts", {cv::IMWRITE_JPEG_RST_INTERVAL, 4}},
      {"low-quality", {cv::IMWRITE_JPEG_QUALITY, 5}},
      {"grey", {}},
  };
  for (const auto& [kind, params] : kinds) {
    SCOPED_TRACE(kind);
    std::vector<unsigned char> whole;
    ASSERT_TRUE(cv::imencode(".jpg", std::string(kind) == "grey" ? grey : colour, whole, params));
    const auto ok = dir / (std::string(kind) + ".jpg");
    test::write_bytes(ok, whole);
    EXPECT_EQ(read_image(ok).size(), colour.size());
    for (double keep : {0.3, 0.6, 0.95}) {
      auto cut = whole;
      cut.resize(std::size_t(double(whole.size()) * keep));
      cut.push_back(0xFF);
      cut.push_back(0xD9);
      const auto p = dir / (std::string("cut-") + kind + ".jpg");
      test::write_bytes(p, cut);
      std::string msg;
      EXPECT_EQ(test::error_kind_of([&] { read_image(p); }, &msg), ErrorKind::InvalidData) << keep;
      EXPECT_NE(msg.find(p.string()), std::string::npos) << msg;
      EXPECT_EQ(msg.find('\n'), std::string::npos) << msg;
    }
  }
}

// A progressive JPEG with its last scan repeated: within the pixel limit, but every scan is another
// pass over the whole image (thousands of them decoded for minutes). Counted before any decoding.
TEST(ImageIo, AJpegWithThousandsOfScansIsRefusedBeforeDecoding) {
  TempDir dir;
  std::vector<unsigned char> baseline, progressive;
  const cv::Mat colour = test::make_pattern(320, 240, 3);
  ASSERT_TRUE(cv::imencode(".jpg", colour, baseline, {cv::IMWRITE_JPEG_QUALITY, 90}));
  ASSERT_TRUE(cv::imencode(".jpg", colour, progressive, {cv::IMWRITE_JPEG_PROGRESSIVE, 1}));
  EXPECT_EQ(detail::jpeg_scan_count(baseline.data(), baseline.size()), 1u);
  const std::size_t scans = detail::jpeg_scan_count(progressive.data(), progressive.size());
  EXPECT_GE(scans, 2u);
  EXPECT_LE(scans, 20u);

  // The last scan (from its SOS marker to the EOI) written 5000 more times.
  std::size_t last_sos = progressive.size() - 2;
  while (last_sos > 0 && !(progressive[last_sos] == 0xFF && progressive[last_sos + 1] == 0xDA)) --last_sos;
  ASSERT_GT(last_sos, 0u);
  const std::vector<unsigned char> last(progressive.begin() + std::ptrdiff_t(last_sos), progressive.end() - 2);
  std::vector<unsigned char> bomb(progressive.begin(), progressive.end() - 2);
  for (int i = 0; i < 5000; ++i) bomb.insert(bomb.end(), last.begin(), last.end());
  bomb.push_back(0xFF);
  bomb.push_back(0xD9);
  EXPECT_EQ(detail::jpeg_scan_count(bomb.data(), bomb.size()), scans + 5000);
  const auto p = dir / "scans.jpg";
  test::write_bytes(p, bomb);
  std::string msg;
  EXPECT_EQ(test::error_kind_of([&] { read_image(p); }, &msg), ErrorKind::InvalidData);
  EXPECT_NE(msg.find(p.string()), std::string::npos) << msg;
  EXPECT_NE(msg.find(std::to_string(scans + 5000) + " scans"), std::string::npos) << msg;
  EXPECT_EQ(msg.find('\n'), std::string::npos) << msg;

  // The progressive file itself is read.
  const auto ok = dir / "progressive.jpg";
  test::write_bytes(ok, progressive);
  EXPECT_EQ(read_image(ok).size(), colour.size());
}

TEST(ImageIo, HugeDimensionsAreRejectedBeforeDecoding) {
  TempDir dir;
  auto png = test::read_bytes(write_png(dir));
  // IHDR width/height (big-endian) at bytes 16..23: claim 30000 x 30000 = 900 Mpx.
  for (int off : {16, 20}) {
    png[off] = 0;
    png[off + 1] = 0;
    png[off + 2] = 0x75;
    png[off + 3] = 0x30;
  }
  test::write_bytes(dir / "huge.png", png);
  std::string msg;
  EXPECT_EQ(test::error_kind_of([&] { read_image(dir / "huge.png"); }, &msg), ErrorKind::InvalidData);
  EXPECT_NE(msg.find("30000x30000"), std::string::npos) << msg;
  EXPECT_NE(msg.find("limit"), std::string::npos) << msg;

  write_image(pattern(), dir / "j.jpg");
  auto jpg = test::read_bytes(dir / "j.jpg");
  bool patched = false;
  for (std::size_t i = 2; i + 9 < jpg.size(); ++i) {
    if (jpg[i] == 0xFF && jpg[i + 1] == 0xC0) {  // baseline SOF: len(2) precision(1) height(2) width(2)
      jpg[i + 5] = 0xFF;
      jpg[i + 6] = 0xF0;
      jpg[i + 7] = 0xFF;
      jpg[i + 8] = 0xF0;
      patched = true;
      break;
    }
  }
  ASSERT_TRUE(patched);
  test::write_bytes(dir / "huge.jpg", jpg);
  EXPECT_EQ(test::error_kind_of([&] { read_image(dir / "huge.jpg"); }, &msg), ErrorKind::InvalidData);
  EXPECT_NE(msg.find("65520x65520"), std::string::npos) << msg;

  // The limit is a parameter: the same small image is refused under a tiny one.
  EXPECT_EQ(test::error_kind_of([&] { read_image(dir / "j.jpg", 1000); }), ErrorKind::InvalidData);
}

TEST(ImageIo, WriteErrorsLeaveNothingBehind) {
  TempDir dir;
  std::string msg;
  EXPECT_EQ(test::error_kind_of([&] { write_image(pattern(), dir / "out.gif"); }, &msg), ErrorKind::Usage);
  EXPECT_NE(msg.find(".gif"), std::string::npos) << msg;
  EXPECT_EQ(test::error_kind_of([&] { write_image(cv::Mat(), dir / "out.png"); }), ErrorKind::InvalidData);
  EXPECT_EQ(test::error_kind_of([&] { write_image(cv::Mat(4, 4, CV_32FC3), dir / "out.png"); }),
            ErrorKind::InvalidData);
  EXPECT_EQ(test::error_kind_of([&] { write_image(pattern(), dir / "no" / "such" / "dir.png"); }, &msg),
            ErrorKind::NotFound);
  fs::create_directory(dir / "adir.png");
  EXPECT_EQ(test::error_kind_of([&] { write_image(pattern(), dir / "adir.png"); }), ErrorKind::Usage);
  EXPECT_EQ(test::list_dir(dir.path()), std::vector<std::string>{"adir.png"});

  fs::create_directory(dir / "ro");
  fs::permissions(dir / "ro", fs::perms::owner_read | fs::perms::owner_exec);
  // Root ignores directory permissions; /proc refuses new files even to root.
  const bool privileged = ::access((dir / "ro").c_str(), W_OK) == 0;
  const fs::path unwritable = privileged ? fs::path("/proc") : dir / "ro";
  if (privileged && !fs::is_directory("/proc")) GTEST_SKIP() << "no unwritable directory available";
  EXPECT_EQ(test::error_kind_of([&] { write_image(pattern(), unwritable / "x.png"); }, &msg), ErrorKind::Io);
  EXPECT_NE(msg.find("x.png"), std::string::npos) << msg;
  fs::permissions(dir / "ro", fs::perms::owner_all);
  EXPECT_TRUE(fs::is_empty(dir / "ro"));
}

TEST(ImageIo, ReplacingAnExistingOutputIsAtomic) {
  TempDir dir;
  auto p = dir / "out.png";
  write_image(cv::Mat(8, 8, CV_8UC3, cv::Scalar(1, 2, 3)), p);
  write_image(pattern(), p);
  EXPECT_EQ(cv::norm(read_image(p), pattern(), cv::NORM_INF), 0);
  EXPECT_EQ(test::list_dir(dir.path()), std::vector<std::string>{"out.png"});
}

TEST(ImageIo, OutputEqualToInputIsRefused) {
  TempDir dir;
  auto in = write_png(dir);
  EXPECT_EQ(test::error_kind_of([&] { ensure_distinct(in, in); }), ErrorKind::Usage);
  EXPECT_EQ(test::error_kind_of([&] { ensure_distinct(in, dir.path() / "." / "in.png"); }), ErrorKind::Usage);
  fs::create_hard_link(in, dir / "hard.png");
  fs::create_symlink(in, dir / "soft.png");
  EXPECT_EQ(test::error_kind_of([&] { ensure_distinct(in, dir / "hard.png"); }), ErrorKind::Usage);
  EXPECT_EQ(test::error_kind_of([&] { ensure_distinct(in, dir / "soft.png"); }), ErrorKind::Usage);
  EXPECT_NO_THROW(ensure_distinct(in, dir / "other.png"));
  write_png(dir, "other.png");
  EXPECT_NO_THROW(ensure_distinct(in, dir / "other.png"));
}

TEST(AtomicFile, RemovesTheTemporaryUnlessCommitted) {
  TempDir dir;
  {
    AtomicFile f(dir / "x.mp4");
    EXPECT_TRUE(fs::exists(f.temp_path()));
    EXPECT_EQ(f.temp_path().parent_path(), dir.path());
    EXPECT_EQ(f.temp_path().extension(), ".mp4");
    test::write_bytes(f.temp_path(), {1, 2, 3});
  }
  EXPECT_TRUE(fs::is_empty(dir.path()));
  {
    AtomicFile f(dir / "y.bin");
    test::write_bytes(f.temp_path(), {4, 5});
    f.commit();
  }
  EXPECT_EQ(test::list_dir(dir.path()), std::vector<std::string>{"y.bin"});
  EXPECT_EQ(test::read_bytes(dir / "y.bin"), (std::vector<unsigned char>{4, 5}));
}
