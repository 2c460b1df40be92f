#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <opencv2/core.hpp>

extern "C" {
#include <libavformat/avformat.h>
}

#include "media/image_io.h"
#include "media/video_reader.h"
#include "media/video_writer.h"
#include "media_test_util.h"
#include "test_support.h"
#include "test_video.h"

namespace fs = std::filesystem;
using namespace swapcam;
using namespace swapcam::media;
using swapcam::test::TempDir;

namespace {

std::vector<VideoFrame> read_all(const fs::path& p, VideoReaderOptions o = {}) {
  VideoReader r(p, o);
  std::vector<VideoFrame> frames;
  VideoFrame f;
  while (r.read(f)) frames.push_back(f);
  EXPECT_TRUE(r.report().complete) << r.report().problem;
  return frames;
}

// Packet payloads of every audio stream, in file order.
std::vector<std::vector<uint8_t>> audio_packets(const fs::path& p) {
  AVFormatContext* ic = nullptr;
  EXPECT_GE(avformat_open_input(&ic, p.c_str(), nullptr, nullptr), 0);
  avformat_find_stream_info(ic, nullptr);
  std::vector<std::vector<uint8_t>> out;
  AVPacket* pkt = av_packet_alloc();
  while (av_read_frame(ic, pkt) >= 0) {
    if (ic->streams[pkt->stream_index]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO)
      out.emplace_back(pkt->data, pkt->data + pkt->size);
    av_packet_unref(pkt);
  }
  av_packet_free(&pkt);
  avformat_close_input(&ic);
  return out;
}

// Re-encodes `in` to `out` through VideoReader and VideoWriter, as the pipeline will.
void transcode(const fs::path& in, const fs::path& out, VideoWriterOptions extra = {}, VideoReaderOptions trim = {},
               bool copy = true, std::string* used_encoder = nullptr) {
  VideoReader reader(in, trim);
  VideoWriterOptions o = writer_options_for(reader, trim, copy);
  o.encoder = extra.encoder;
  o.quality = extra.quality;
  o.preset = extra.preset;
  VideoWriter writer(out, reader.info().width, reader.info().height, o);
  VideoFrame f;
  while (reader.read(f)) writer.write(f.image, f.pts, f.duration);
  writer.finish();
  if (used_encoder) *used_encoder = writer.encoder_name();
}

double min_psnr(const std::vector<VideoFrame>& a, const std::vector<VideoFrame>& b) {
  double worst = 1e9;
  for (size_t i = 0; i < std::min(a.size(), b.size()); ++i) worst = std::min(worst, test::psnr(a[i].image, b[i].image));
  return worst;
}

}  // namespace

TEST(VideoReader, GivesExactFramesTimestampsAndDuration) {
  TempDir dir;
  for (const char* name : {"in.mp4", "in.mkv"}) {
    SCOPED_TRACE(name);
    test::make_test_video(dir / name);
    VideoReader r(dir / name);
    const VideoInfo& info = r.info();
    EXPECT_EQ(info.width, 160);
    EXPECT_EQ(info.height, 120);
    EXPECT_NEAR(info.fps, 30.0, 1e-6);
    EXPECT_NEAR(info.duration_s, 1.0, 0.03);  // Matroska gives the longest stream's: the AAC padding is longer
    if (info.frame_count_exact) EXPECT_EQ(info.frame_count, 30);
    else EXPECT_NEAR(double(info.frame_count), 30.0, 1.0);
    EXPECT_EQ(info.audio_streams, 1);
    EXPECT_EQ(info.rotation_degrees, 0);
    VideoFrame f;
    int n = 0;
    while (r.read(f)) {
      EXPECT_EQ(f.index, n);
      EXPECT_NEAR(f.seconds, n / 30.0, 0.001);
      EXPECT_NEAR(double(f.pts - info.start_pts) * info.time_base.value(), f.seconds, 1e-9);
      EXPECT_EQ(f.image.type(), CV_8UC3);
      EXPECT_GE(test::psnr(f.image, test::make_pattern(160, 120, n)), 30.0) << "frame " << n;
      ++n;
    }
    EXPECT_EQ(n, 30);
    EXPECT_TRUE(r.report().complete) << r.report().problem;
    EXPECT_NO_THROW(r.throw_if_incomplete());
  }
}

// Timestamps that start late (a clip cut from a long recording, a camera's clock): Matroska states its
// Duration from the timeline's 0, so a 1 s clip starting at 3,000,000 s "lasts" 3,000,001 s. It was
// refused as "the file ends early"; the clip is 1 s long, complete, its frames at 0 s, 1/30 s, ...
TEST(VideoReader, AClipWhoseTimestampsStartLateIsCompleteAndAsLongAsItIs) {
  TempDir dir;
  test::make_test_video(dir / "in.mp4");
  for (const char* offset : {"3000000", "5"})
    for (const char* ext : {".mkv", ".mp4"}) {
      const fs::path p = dir / (std::string("late-") + offset + ext);
      SCOPED_TRACE(p.filename().string());
      const auto made = test::run_command("ffmpeg -v error -y -i '" + (dir / "in.mp4").string() +
                                          "' -c copy -output_ts_offset " + offset + " '" + p.string() + "'");
      if (made.exit_code != 0) GTEST_SKIP() << "the ffmpeg command line is not available: " << made.output;
      VideoReader r(p);
      EXPECT_GT(double(r.info().start_pts) * r.info().time_base.value(), 4.0) << "the offset is in the file";
      EXPECT_NEAR(r.info().duration_s, 1.0, 0.03);
      VideoFrame f;
      int n = 0;
      while (r.read(f)) {
        EXPECT_NEAR(f.seconds, n / 30.0, 0.001);
        ++n;
      }
      EXPECT_EQ(n, 30);
      EXPECT_TRUE(r.report().complete) << r.report().problem;
    }
}

// Hardware decoding asked for where the device is missing (no GPU here; on a machine with one the
// frames come from it): the same frames come out, and the info says what decoded them.
TEST(VideoReader, HardwareDecodingFallsBackToTheCpuAndGivesTheSameFrames) {
  TempDir dir;
  test::make_test_video(dir / "in.mp4");
  const auto cpu = read_all(dir / "in.mp4", {});
  const auto types = hardware_decode_types();
  ASSERT_FALSE(types.empty()) << "this FFmpeg build knows no hardware device type";
  for (const std::string& type : types) {
    SCOPED_TRACE(type);
    VideoReaderOptions o;
    o.hardware = type;
    VideoReader r(dir / "in.mp4", o);
    std::vector<VideoFrame> frames;
    VideoFrame f;
    while (r.read(f)) frames.push_back({f.image.clone(), f.pts, f.duration, f.seconds, f.index});
    ASSERT_EQ(frames.size(), cpu.size());
    for (size_t i = 0; i < frames.size(); ++i) EXPECT_EQ(frames[i].pts, cpu[i].pts);
    if (r.info().decoder_hardware.empty()) {
      for (size_t i = 0; i < frames.size(); ++i)
        EXPECT_EQ(cv::norm(frames[i].image, cpu[i].image, cv::NORM_INF), 0) << i;
    } else {
      EXPECT_GE(min_psnr(frames, cpu), 40.0);
    }
  }
  VideoReaderOptions bogus;
  bogus.hardware = "no-such-device";
  try {
    VideoReader r(dir / "in.mp4", bogus);
    FAIL() << "an unknown device type was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    EXPECT_NE(std::string(e.what()).find("no-such-device"), std::string::npos) << e.what();
  }
}

TEST(VideoReader, TrimsToStartAndEnd) {
  TempDir dir;
  test::make_test_video(dir / "in.mp4");
  VideoReaderOptions o;
  o.start_s = 0.5;
  o.end_s = 0.8;
  auto frames = read_all(dir / "in.mp4", o);
  ASSERT_EQ(frames.size(), 9u);  // 15/30 .. 23/30
  EXPECT_NEAR(frames.front().seconds, 0.5, 0.001);
  EXPECT_NEAR(frames.back().seconds, 23 / 30.0, 0.001);
  EXPECT_GE(test::psnr(frames.front().image, test::make_pattern(160, 120, 15)), 30.0);
}

TEST(VideoReader, AppliesRotationMetadata) {
  TempDir dir;
  for (double matrix_angle : {-90.0, 90.0, 180.0}) {
    SCOPED_TRACE(matrix_angle);
    test::TestVideoSpec spec;
    spec.display_rotation_ccw = matrix_angle;
    spec.frames = 5;
    auto p = dir / ("rot" + std::to_string(int(matrix_angle)) + ".mp4");
    test::make_test_video(p, spec);
    VideoReader r(p);
    const int cw = r.info().rotation_degrees;
    if (matrix_angle == 180) EXPECT_EQ(cw, 180);
    else EXPECT_TRUE(cw == 90 || cw == 270) << cw;
    EXPECT_EQ(r.info().width, cw == 180 ? 160 : 120);
    VideoFrame f;
    ASSERT_TRUE(r.read(f));
    EXPECT_EQ(f.image.cols, r.info().width);
    cv::Mat expected;
    cv::rotate(test::make_pattern(160, 120, 0), expected,
               cw == 90    ? cv::ROTATE_90_CLOCKWISE
               : cw == 180 ? cv::ROTATE_180
                           : cv::ROTATE_90_COUNTERCLOCKWISE);
    EXPECT_GE(test::psnr(f.image, expected), 30.0);

    // The direction is the one the ffmpeg command line (which auto-rotates) shows.
    auto raw = dir / "frame.raw";
    auto cmd = test::run_command("ffmpeg -v error -y -i '" + p.string() + "' -frames:v 1 -f rawvideo -pix_fmt bgr24 '" +
                                 raw.string() + "'");
    if (cmd.exit_code != 0) GTEST_SKIP() << "ffmpeg command line not available: " << cmd.output;
    auto bytes = test::read_bytes(raw);
    ASSERT_EQ(bytes.size(), f.image.total() * 3);
    cv::Mat theirs(f.image.rows, f.image.cols, CV_8UC3, bytes.data());
    EXPECT_GE(test::psnr(f.image, theirs), 30.0);
  }
}

TEST(VideoReader, VariableFrameRateTimestampsArePreserved) {
  TempDir dir;
  test::TestVideoSpec spec;
  spec.variable_frame_rate = true;
  spec.audio = false;
  test::make_test_video(dir / "vfr.mkv", spec);
  auto in = read_all(dir / "vfr.mkv");
  ASSERT_EQ(in.size(), 30u);
  std::int64_t tick = 0;
  for (int i = 0; i < 30; ++i) {
    EXPECT_NEAR(in[i].seconds, tick / 90.0, 0.0011) << i;
    tick += 2 + i % 3;
  }
  transcode(dir / "vfr.mkv", dir / "out.mp4");
  auto out = read_all(dir / "out.mp4");
  ASSERT_EQ(out.size(), in.size());
  for (size_t i = 0; i < in.size(); ++i) EXPECT_NEAR(out[i].seconds, in[i].seconds, 0.0011) << i;
}

TEST(VideoWriter, RoundTripKeepsFramesDurationAudioAndLabel) {
  TempDir dir;
  test::make_test_video(dir / "in.mp4");
  for (const char* name : {"out.mp4", "out.mkv", "out.mov"}) {
    SCOPED_TRACE(name);
    auto out = dir / name;
    std::string encoder;
    transcode(dir / "in.mp4", out, {}, {}, true, &encoder);
    EXPECT_EQ(encoder, "libx264");
    auto a = read_all(dir / "in.mp4"), b = read_all(out);
    ASSERT_EQ(b.size(), a.size());
    for (size_t i = 0; i < a.size(); ++i) EXPECT_NEAR(b[i].seconds, a[i].seconds, 0.0011) << i;
    const double worst = min_psnr(a, b);
    EXPECT_GE(worst, 35.0);
    RecordProperty(std::string("min_psnr_") + name, std::to_string(worst));

    VideoReader rin(dir / "in.mp4"), rout(out);
    // Matroska states only the file's duration, which the AAC padding makes ~21 ms longer than the video.
    EXPECT_NEAR(rout.info().duration_s, rin.info().duration_s, std::string(name) == "out.mkv" ? 0.03 : 0.0011);
    EXPECT_EQ(rout.info().audio_streams, 1);
    EXPECT_EQ(rout.info().metadata.at("comment"), std::string(kProvenanceLabel));

    auto pa = audio_packets(dir / "in.mp4"), pb = audio_packets(out);
    ASSERT_FALSE(pa.empty());
    EXPECT_EQ(pa.size(), pb.size());
    EXPECT_TRUE(pa == pb) << "audio packets differ";
  }
  // +faststart: the index (moov) precedes the media data (mdat) in the MP4.
  auto bytes = test::read_bytes(dir / "out.mp4");
  std::string s(bytes.begin(), bytes.end());
  EXPECT_LT(s.find("moov"), s.find("mdat"));
  EXPECT_FALSE(test::has_temp_files(dir.path()));
}

TEST(VideoWriter, OtherEncoders) {
  TempDir dir;
  test::TestVideoSpec spec;
  spec.frames = 10;
  test::make_test_video(dir / "in.mp4", spec);
  auto a = read_all(dir / "in.mp4");
  struct Case {
    const char* encoder;
    const char* file;
    const char* codec;
    int audio;
  };
  for (Case c : {Case{"libx265", "h.mp4", "hevc", 1}, Case{"libvpx-vp9", "v.mkv", "vp9", 1},
                 Case{"libvpx-vp9", "v.webm", "vp9", 1 /* AAC cannot go into WebM: re-encoded to Opus */}}) {
    SCOPED_TRACE(c.file);
    VideoWriterOptions o;
    o.encoder = c.encoder;
    transcode(dir / "in.mp4", dir / c.file, o);
    VideoReader r(dir / c.file);
    EXPECT_EQ(r.info().codec, c.codec);
    EXPECT_EQ(r.info().audio_streams, c.audio);
    auto b = read_all(dir / c.file);
    ASSERT_EQ(b.size(), a.size());
    EXPECT_GE(min_psnr(a, b), 33.0);
  }
}

TEST(VideoWriter, HardwareEncoderFallsBackWithAMessage) {
  TempDir dir;
  test::TestVideoSpec spec;
  spec.frames = 5;
  test::make_test_video(dir / "in.mp4", spec);
  for (const char* hw : {"h264_nvenc", "h264_vaapi", "hevc_nvenc", "auto"}) {
    SCOPED_TRACE(hw);
    VideoWriterOptions o;
    o.encoder = hw;
    std::string used;
    transcode(dir / "in.mp4", dir / "out.mp4", o, {}, true, &used);
    if (used == hw) continue;  // a machine where the hardware encoder works
    EXPECT_EQ(used, std::string(hw).starts_with("hevc") ? "libx265" : "libx264");
    EXPECT_EQ(read_all(dir / "out.mp4").size(), 5u);
  }
  std::string msg;
  EXPECT_EQ(
      test::error_kind_of([&] { VideoWriter w(dir / "x.mp4", 64, 64, VideoWriterOptions{.encoder = "mpeg1"}); }, &msg),
      ErrorKind::Usage);
  EXPECT_NE(msg.find("mpeg1"), std::string::npos);
  EXPECT_EQ(encoder_quality_options("libx264", 18).at("crf"), "18");
  EXPECT_EQ(encoder_quality_options("libvpx-vp9", 51).at("crf"), "63");
  EXPECT_EQ(encoder_quality_options("h264_nvenc", 23).at("cq"), "23");
}

TEST(VideoWriter, NoAudioAndTrim) {
  TempDir dir;
  test::make_test_video(dir / "in.mp4");
  transcode(dir / "in.mp4", dir / "silent.mp4", {}, {}, /*copy=*/false);
  EXPECT_EQ(VideoReader(dir / "silent.mp4").info().audio_streams, 0);
  EXPECT_TRUE(audio_packets(dir / "silent.mp4").empty());

  VideoReaderOptions trim;
  trim.start_s = 0.5;
  trim.end_s = 0.8;
  transcode(dir / "in.mp4", dir / "trim.mp4", {}, trim);
  auto frames = read_all(dir / "trim.mp4");
  ASSERT_EQ(frames.size(), 9u);
  EXPECT_NEAR(frames.front().seconds, 0.0, 0.001);
  EXPECT_GE(test::psnr(frames.front().image, test::make_pattern(160, 120, 15)), 30.0);
  VideoReader r(dir / "trim.mp4");
  EXPECT_NEAR(r.info().duration_s, 0.3, 0.0011);
  auto pa = audio_packets(dir / "in.mp4"), pb = audio_packets(dir / "trim.mp4");
  // 0.3 s of 1024-sample AAC frames at 48 kHz: 14 or 15 packets, each one of the input's.
  EXPECT_GE(pb.size(), 14u);
  EXPECT_LE(pb.size(), 15u);
  for (const auto& p : pb) EXPECT_NE(std::find(pa.begin(), pa.end(), p), pa.end());
}

TEST(VideoWriter, RotatedInputComesOutUpright) {
  TempDir dir;
  test::TestVideoSpec spec;
  spec.display_rotation_ccw = -90;
  spec.frames = 5;
  test::make_test_video(dir / "rot.mp4", spec);
  transcode(dir / "rot.mp4", dir / "out.mp4");
  VideoReader r(dir / "out.mp4");
  EXPECT_EQ(r.info().rotation_degrees, 0);
  EXPECT_EQ(r.info().width, 120);
  EXPECT_EQ(r.info().height, 160);
  EXPECT_GE(min_psnr(read_all(dir / "rot.mp4"), read_all(dir / "out.mp4")), 35.0);
}

TEST(VideoReader, BadInputsAreClearErrors) {
  TempDir dir;
  std::string msg;
  EXPECT_EQ(test::error_kind_of([&] { VideoReader r(dir / "missing.mp4"); }, &msg), ErrorKind::NotFound);
  EXPECT_NE(msg.find("missing.mp4"), std::string::npos);

  test::write_bytes(dir / "empty.mp4", {});
  EXPECT_EQ(test::error_kind_of([&] { VideoReader r(dir / "empty.mp4"); }, &msg), ErrorKind::InvalidData);
  EXPECT_NE(msg.find("empty"), std::string::npos) << msg;

  std::string text = "Just some notes, definitely not a video.\n";
  std::vector<unsigned char> t;
  for (int i = 0; i < 50; ++i) t.insert(t.end(), text.begin(), text.end());
  test::write_bytes(dir / "text.mp4", t);
  EXPECT_EQ(test::error_kind_of([&] { VideoReader r(dir / "text.mp4"); }, &msg), ErrorKind::InvalidData);
  EXPECT_NE(msg.find("not a video"), std::string::npos) << msg;

  test::TestVideoSpec audio_only;
  audio_only.video = false;
  test::make_test_video(dir / "audio.mp4", audio_only);
  EXPECT_EQ(test::error_kind_of([&] { VideoReader r(dir / "audio.mp4"); }, &msg), ErrorKind::InvalidData);
  EXPECT_NE(msg.find("no video stream"), std::string::npos) << msg;

  // A still image is not a video either (a clear error, not a one-frame video).
  write_image(test::make_pattern(64, 48), dir / "still.png");
  EXPECT_ANY_THROW({ VideoReader r(dir / "still.mp4"); });
}

TEST(VideoReader, TruncatedVideoDecodesWhatItCanAndSaysWhereItStopped) {
  TempDir dir;
  test::make_test_video(dir / "gen.mp4");        // index at the end: cut, it cannot be opened at all
  transcode(dir / "gen.mp4", dir / "fast.mp4");  // +faststart: index first, cut media data
  test::make_test_video(dir / "in.mkv");
  std::string msg;
  auto gen = test::read_bytes(dir / "gen.mp4");
  gen.resize(gen.size() * 6 / 10);
  test::write_bytes(dir / "cut-gen.mp4", gen);
  EXPECT_EQ(test::error_kind_of([&] { VideoReader r(dir / "cut-gen.mp4"); }, &msg), ErrorKind::InvalidData);
  EXPECT_NE(msg.find("cut-gen.mp4"), std::string::npos) << msg;

  for (const char* name : {"fast.mp4", "in.mkv"}) {
    SCOPED_TRACE(name);
    auto bytes = test::read_bytes(dir / name);
    bytes.resize(bytes.size() * 6 / 10);
    auto cut = dir / (std::string("cut-") + name);
    test::write_bytes(cut, bytes);
    VideoReader r(cut);
    VideoFrame f;
    int n = 0;
    while (r.read(f)) ++n;
    EXPECT_GT(n, 3);
    EXPECT_LT(n, 30);
    EXPECT_FALSE(r.report().complete);
    EXPECT_EQ(r.report().frames, n);
    EXPECT_EQ(test::error_kind_of([&] { r.throw_if_incomplete(); }, &msg), ErrorKind::InvalidData);
    EXPECT_NE(msg.find("truncated"), std::string::npos) << msg;
    EXPECT_NE(msg.find(cut.filename().string()), std::string::npos) << msg;
  }
}

TEST(VideoWriter, FailuresLeaveNothingBehind) {
  TempDir dir;
  test::TestVideoSpec spec;
  spec.frames = 5;
  test::make_test_video(dir / "in.mp4", spec);
  fs::create_directory(dir / "out");
  std::string msg;
  EXPECT_EQ(test::error_kind_of([&] { VideoWriter w(dir / "nodir" / "x.mp4", 64, 48); }, &msg), ErrorKind::NotFound);
  EXPECT_EQ(test::error_kind_of([&] { VideoWriter w(fs::path("/proc/x.mp4"), 64, 48); }, &msg), ErrorKind::Io);
  EXPECT_EQ(test::error_kind_of([&] { VideoWriter w(dir / "out" / "x.avi3", 64, 48); }, &msg), ErrorKind::Usage);
  EXPECT_EQ(test::error_kind_of([&] { VideoWriter w(dir / "out" / "x.mp4", 63, 48); }, &msg), ErrorKind::Usage);
  {  // cancelled half way (an error or Ctrl-C in the pipeline)
    VideoWriter w(dir / "out" / "x.mp4", 160, 120);
    w.write(test::make_pattern(160, 120), 0);
    w.write(test::make_pattern(160, 120), 1);
  }
  {  // finish without frames
    VideoWriter w(dir / "out" / "y.mp4", 160, 120);
    EXPECT_EQ(test::error_kind_of([&] { w.finish(); }), ErrorKind::InvalidData);
  }
  {  // wrong frame size
    VideoWriter w(dir / "out" / "z.mkv", 160, 120);
    EXPECT_EQ(test::error_kind_of([&] { w.write(test::make_pattern(64, 48), 0); }), ErrorKind::InvalidData);
  }
  EXPECT_TRUE(fs::is_empty(dir / "out")) << test::list_dir(dir / "out").size();
  EXPECT_EQ(test::error_kind_of([&] { ensure_distinct(dir / "in.mp4", dir / "in.mp4"); }), ErrorKind::Usage);
}
