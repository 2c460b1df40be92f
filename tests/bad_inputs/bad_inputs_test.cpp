// The bad-input catalogue (docs/RELIABILITY.md, "Bad inputs"): one table, one test per row, each
// driving the real command line on inputs generated at run time. For every failing case the
// outcome is checked the same way: the documented exit code (1 runtime, 2 usage; never a signal),
// exactly one "swapcam: error: ..." line that names what went wrong, and the case's folder
// byte-for-byte as it was (no output, no temporary file, inputs untouched).
#include "catalogue_kit.h"

namespace swapcam::test {
namespace {

using namespace bad_inputs;

std::vector<Case> catalogue() {
  std::vector<Case> c;

  // -- Images (swap and analyze) --
  c.push_back({"ImageZeroByteTarget",
               [](const Env& e) { return Invocation{e.swap(e.portrait(), e.write("empty.png", ""), e / "out.png")}; },
               1,
               {"empty.png"}});
  c.push_back({"ImageZeroByteSource",
               [](const Env& e) { return Invocation{e.swap(e.write("empty.jpg", ""), e.portrait(), e / "out.png")}; },
               1,
               {"empty.jpg"}});
  c.push_back({"ImageTruncatedTarget",
               [](const Env& e) {
                 const auto png = read_bytes(astronaut());
                 return Invocation{
                     e.swap(e.portrait(), e.write("half.png", png.substr(0, png.size() / 2)), e / "out.png")};
               },
               1,
               {"half.png"}});
  c.push_back({"ImageRandomBytesTarget",
               [](const Env& e) {
                 return Invocation{e.swap(e.portrait(), e.write("noise.jpg", random_bytes(20000, 1)), e / "out.png")};
               },
               1,
               {"noise.jpg"}});
  c.push_back({"ImageRandomBytesSource",
               [](const Env& e) {
                 return Invocation{e.swap(e.write("noise.webp", random_bytes(20000, 2)), e.portrait(), e / "out.png")};
               },
               1,
               {"noise.webp"}});
  c.push_back({"ImageHugePngHeader",
               [](const Env& e) {
                 return Invocation{e.swap(e.portrait(), e.write("huge.png", huge_png(30000, 30000)), e / "out.png")};
               },
               1,
               {"huge.png", "30000"}});
  c.push_back({"ImageHugeBmpHeader",
               [](const Env& e) {
                 return Invocation{e.swap(e.portrait(), e.write("huge.bmp", huge_bmp(30000, 30000)), e / "out.png")};
               },
               1,
               {"huge.bmp"}});
  c.push_back({"ImageDirectoryAsTarget",
               [](const Env& e) {
                 fs::create_directories(e / "folder.png");
                 return Invocation{e.swap(e.portrait(), e / "folder.png", e / "out.png")};
               },
               1,
               {"folder.png"}});
  c.push_back({"AnalyzeZeroByte",
               [](const Env& e) { return Invocation{e.cli("analyze") + q(e.write("empty.png", ""))}; },
               1,
               {"empty.png"}});
  c.push_back({"AnalyzeRandomBytes",
               [](const Env& e) {
                 return Invocation{e.cli("analyze") + q(e.write("noise.png", random_bytes(5000, 3))) + " --json"};
               },
               1,
               {"noise.png"}});
  c.push_back(
      {"AnalyzeHugePngHeader",
       [](const Env& e) { return Invocation{e.cli("analyze") + q(e.write("huge.png", huge_png(30000, 30000)))}; },
       1,
       {"huge.png", "30000"}});
  c.push_back({"MapFacesRandomBytes",
               [](const Env& e) {
                 return Invocation{e.swap(e.portrait(), e.portrait("target.png"), e / "out.png") + " --map-faces " +
                                   q(e.write("map.json", random_bytes(300, 4)))};
               },
               1,
               {"map.json"}});
  c.push_back({"ReferenceFaceZeroByte",
               [](const Env& e) {
                 return Invocation{e.swap(e.portrait(), e.portrait("target.png"), e / "out.png") +
                                   " --reference-face " + q(e.write("ref.png", ""))};
               },
               1,
               {"ref.png"}});

  // -- Videos --
  c.push_back({"VideoZeroByte",
               [](const Env& e) { return Invocation{e.swap(e.portrait(), e.write("empty.mp4", ""), e / "out.mp4")}; },
               1,
               {"empty.mp4"}});
  c.push_back({"VideoRandomBytes",
               [](const Env& e) {
                 return Invocation{e.swap(e.portrait(), e.write("noise.mkv", random_bytes(100000, 5)), e / "out.mp4")};
               },
               1,
               {"noise.mkv"}});
  c.push_back({"VideoTruncated",
               [](const Env& e) {
                 const auto whole = read_bytes(e.video("whole.mp4"));
                 fs::remove(e / "whole.mp4");
                 return Invocation{
                     e.swap(e.portrait(), e.write("cut.mp4", whole.substr(0, whole.size() / 2)), e / "out.mp4")};
               },
               1,
               {"cut.mp4"}});
  c.push_back({"VideoRandomBytesAfterAValidStart",
               [](const Env& e) {
                 const auto whole = read_bytes(e.video("whole.mp4"));
                 fs::remove(e / "whole.mp4");
                 // Header and sample tables intact (faststart), the media data replaced by noise.
                 const size_t keep = whole.size() / 3;
                 return Invocation{e.swap(
                     e.portrait(), e.write("garbled.mp4", whole.substr(0, keep) + random_bytes(whole.size() - keep, 6)),
                     e / "out.mp4")};
               },
               1,
               {"garbled.mp4"}});
  c.push_back({"AnalyzeGivenAVideoFile",
               [](const Env& e) { return Invocation{e.cli("analyze") + q(e.video("clip.mp4", 4))}; },
               2,
               {"clip.mp4"}});

  // -- Models --
  c.push_back({"ModelZeroByteSwapper",
               [](const Env& e) {
                 ModelArgs m;
                 m.swapper = e.write("empty.onnx", "");
                 return Invocation{e.swap(e.portrait(), e.portrait("target.png"), e / "out.png", m)};
               },
               1,
               {"empty.onnx"}});
  c.push_back({"ModelTruncatedSwapper",
               [](const Env& e) {
                 ModelArgs m;
                 m.swapper = e.copy(model("corrupt_truncated.onnx"), "truncated.onnx");
                 return Invocation{e.swap(e.portrait(), e.portrait("target.png"), e / "out.png", m)};
               },
               1,
               {"truncated.onnx"}});
  c.push_back({"ModelTruncatedDetector",
               [](const Env& e) {
                 ModelArgs m;
                 const auto bytes = read_bytes(scrfd());
                 m.detector = e.write("half_detector.onnx", bytes.substr(0, bytes.size() / 2));
                 return Invocation{e.swap(e.portrait(), e.portrait("target.png"), e / "out.png", m)};
               },
               1,
               {"half_detector.onnx"}});
  c.push_back({"ModelTextAsDetector",
               [](const Env& e) {
                 ModelArgs m;
                 m.detector = e.copy(model("not_a_model.onnx"), "text.onnx");
                 return Invocation{e.cli("analyze", m) + q(e.portrait())};
               },
               1,
               {"text.onnx"}});
  c.push_back({"ModelRandomBytesRecognizer",
               [](const Env& e) {
                 ModelArgs m;
                 m.recognizer = e.write("noise.onnx", random_bytes(50000, 7));
                 return Invocation{e.swap(e.portrait(), e.portrait("target.png"), e / "out.png", m)};
               },
               1,
               {"noise.onnx"}});
  c.push_back({"ModelDetectorGivenAsSwapper",
               [](const Env& e) {
                 ModelArgs m;
                 m.swapper = scrfd();
                 return Invocation{e.swap(e.portrait(), e.portrait("target.png"), e / "out.png", m)};
               },
               1,
               {"scrfd_500m_bnkps.onnx"}});
  c.push_back({"ModelSwapperGivenAsDetector",
               [](const Env& e) {
                 ModelArgs m;
                 m.detector = model("swapper_identity.onnx");
                 return Invocation{e.swap(e.portrait(), e.portrait("target.png"), e / "out.png", m)};
               },
               1,
               {"swapper_identity.onnx"}});
  c.push_back({"ModelSwapperGivenAsRecognizer",
               [](const Env& e) {
                 ModelArgs m;
                 m.recognizer = model("swapper_identity.onnx");
                 return Invocation{e.swap(e.portrait(), e.portrait("target.png"), e / "out.png", m)};
               },
               1,
               {"swapper_identity.onnx"}});
  c.push_back({"ModelRecognizerGivenAsLandmarker",
               [](const Env& e) {
                 ModelArgs m;
                 m.landmarker = model("recognizer_arcface.onnx");
                 return Invocation{e.swap(e.portrait(), e.portrait("target.png"), e / "out.png", m) + " --mouth-mask"};
               },
               1,
               {"recognizer_arcface.onnx"}});
  c.push_back({"ModelNanSwapperOnImage",
               [](const Env& e) {
                 ModelArgs m;
                 m.swapper = model("swapper_nan_fp16.onnx");
                 return Invocation{e.swap(e.portrait(), e.portrait("target.png"), e / "out.png", m)};
               },
               1,
               {"swapper_nan_fp16.onnx", "NaN"}});
  c.push_back({"ModelNanSwapperOnVideo",
               [](const Env& e) {
                 ModelArgs m;
                 m.swapper = model("swapper_nan_fp16.onnx");
                 return Invocation{e.swap(e.portrait(), e.video("clip.mp4", 6), e / "out.mp4", m)};
               },
               1,
               {"swapper_nan_fp16.onnx", "NaN"}});
  c.push_back({"ModelsVerifyGarbageFile",
               [](const Env& e) {
                 e.write("models/det_10g.onnx", random_bytes(1000, 8));
                 return Invocation{q(cli_path()) + " models verify det_10g --models-dir " + q(e / "models")};
               },
               1,
               {"do not match the manifest"}});
  c.push_back({"ModelsDirIsAFile",
               [](const Env& e) {
                 return Invocation{q(cli_path()) + " models verify --models-dir " +
                                   q(e.write("models", "not a folder"))};
               },
               1,
               {"models"}});

  // -- Paths and output locations --
  c.push_back({"PathsWithSpacesAndUnicodeWork",
               [](const Env& e) {
                 const auto src = e.portrait("my photos/Ästrønaut 顔 1.png");
                 const auto tgt = e.portrait("in put/ターゲット é.png");
                 const auto out = e / "out dir ✓/résultat 😀.png";
                 fs::create_directories(out.parent_path());
                 Invocation r{e.swap(src, tgt, out)};
                 r.created = {out};
                 r.check = [out](const CommandResult&) {
                   EXPECT_EQ(media::read_image(out).size(), cv::Size(512, 512));
                 };
                 return r;
               },
               0,
               {"1 of 1 faces swapped"}});
  c.push_back({"VideoPathWithSpacesAndUnicodeWorks",
               [](const Env& e) {
                 const auto tgt = e.video("vidéo d'entrée.mp4", 6);
                 fs::rename(tgt, e / "vidéo entrée ✓.mp4");
                 const auto out = e / "sortie 出力.mkv";
                 Invocation r{e.swap(e.portrait("visage é.png"), e / "vidéo entrée ✓.mp4", out)};
                 r.created = {out};
                 r.check = [out](const CommandResult&) { EXPECT_EQ(decodable_frames(out), 6); };
                 return r;
               },
               0,
               {}});
  c.push_back({"MissingUnicodeInputIsNamed",
               [](const Env& e) { return Invocation{e.swap(e.portrait(), e / "n'existe pas ✗.png", e / "out.png")}; },
               1,
               {"n'existe pas ✗.png"}});
  c.push_back({"ImageOutputUnderProc",
               [](const Env& e) {
                 Invocation r{e.swap(e.portrait(), e.portrait("target.png"), "/proc/swapcam-bad-input.png")};
                 r.outside_outputs = {"/proc/swapcam-bad-input.png"};
                 return r;
               },
               1,
               {"/proc"}});
  c.push_back({"ImageOutputParentIsAFile",
               [](const Env& e) {
                 return Invocation{e.swap(e.portrait(), e.portrait("target.png"), e.write("plain", "x") / "out.png")};
               },
               1,
               {"plain"}});
  c.push_back({"ImageOutputUnknownExtension",
               [](const Env& e) { return Invocation{e.swap(e.portrait(), e.portrait("target.png"), e / "out.xyz")}; },
               2,
               {"out.xyz"}});
  c.push_back({"VideoOutputUnderProc",
               [](const Env& e) {
                 Invocation r{e.swap(e.portrait(), e.video("clip.mp4", 4), "/proc/swapcam-bad-input.mp4")};
                 r.outside_outputs = {"/proc/swapcam-bad-input.mp4"};
                 return r;
               },
               1,
               {"/proc"}});
  c.push_back({"VideoOutputParentIsAFile",
               [](const Env& e) {
                 return Invocation{e.swap(e.portrait(), e.video("clip.mp4", 4), e.write("plain", "x") / "out.mp4")};
               },
               1,
               {"plain"}});
  c.push_back({"ImageOutputEqualsInput",
               [](const Env& e) {
                 const auto t = e.portrait("target.png");
                 return Invocation{e.swap(e.portrait(), t, t)};
               },
               2,
               {"target.png"}});
  c.push_back({"ImageOutputIsASymlinkToTheInput",
               [](const Env& e) {
                 const auto t = e.portrait("target.png");
                 fs::create_symlink(t, e / "alias.png");
                 return Invocation{e.swap(e.portrait(), t, e / "alias.png")};
               },
               2,
               {"target.png"}});
  c.push_back({"ImageOutputIsAHardLinkToTheInput",
               [](const Env& e) {
                 const auto t = e.portrait("target.png");
                 fs::create_hard_link(t, e / "twin.png");
                 return Invocation{e.swap(e.portrait(), t, e / "twin.png")};
               },
               2,
               {"twin.png"}});
  c.push_back({"VideoOutputEqualsInput",
               [](const Env& e) {
                 const auto t = e.video("clip.mp4", 4);
                 return Invocation{e.swap(e.portrait(), t, t)};
               },
               2,
               {"clip.mp4"}});
  c.push_back({"ImageOutputEqualsSource",
               [](const Env& e) {
                 const auto s = e.portrait("source.png");
                 return Invocation{e.swap(s, e.portrait("target.png"), s)};
               },
               2,
               {"source.png"}});
  // A full disk: RLIMIT_FSIZE (the CLI ignores SIGXFSZ, so the write fails with EFBIG).
  c.push_back({"DiskFullWritingAnImage",
               [](const Env& e) {
                 return Invocation{"ulimit -f 64 && " + e.swap(e.portrait(), e.portrait("target.png"), e / "out.png")};
               },
               1,
               {"out.png"}});
  c.push_back({"DiskFullWritingAVideo",
               [](const Env& e) {
                 // Noise frames compress badly, so the output passes the limit early.
                 const auto p = e / "noisy.mp4";
                 {
                   media::VideoWriterOptions o;
                   o.quality = 0;
                   o.time_base = {1, 10};
                   o.frame_rate = {10, 1};
                   media::VideoWriter w(p, 320, 240, o);
                   cv::Mat f(240, 320, CV_8UC3);
                   for (int i = 0; i < 10; ++i) {
                     cv::randu(f, 0, 255);
                     w.write(f, i);
                   }
                   w.finish();
                 }
                 return Invocation{"ulimit -f 400 && " + e.swap(e.portrait(), p, e / "out.mp4")};
               },
               1,
               {"out.mp4"}});

  // -- Live --
  c.push_back(
      {"LiveCameraZeroByteFile",
       [](const Env& e) { return Invocation{e.live(e.portrait(), e.write("cam.mp4", "").string(), "--duration 2")}; },
       1,
       {"cam.mp4"}});
  c.push_back({"LiveCameraRandomBytes",
               [](const Env& e) {
                 return Invocation{
                     e.live(e.portrait(), e.write("cam.mkv", random_bytes(50000, 9)).string(), "--duration 2")};
               },
               1,
               {"cam.mkv"}});
  c.push_back({"LiveSourceRandomBytes",
               [](const Env& e) {
                 return Invocation{e.live(e.write("face.png", random_bytes(3000, 10)), e.video("cam.mp4", 4).string(),
                                          "--duration 2")};
               },
               1,
               {"face.png"}});
  c.push_back({"LiveRecordUnderProc",
               [](const Env& e) {
                 Invocation r{e.live(e.portrait(), e.video("cam.mp4", 4).string(),
                                     "--duration 2 --record /proc/swapcam-bad-input.mp4")};
                 r.outside_outputs = {"/proc/swapcam-bad-input.mp4"};
                 return r;
               },
               1,
               {"/proc"}});
  c.push_back({"LiveRecordEqualsCamera",
               [](const Env& e) {
                 const auto cam = e.video("cam.mp4", 4);
                 return Invocation{e.live(e.portrait(), cam.string(), "--duration 2 --record " + q(cam))};
               },
               2,
               {"cam.mp4"}});
  c.push_back({"LiveMetricsParentIsAFile",
               [](const Env& e) {
                 return Invocation{e.live(e.portrait(), e.video("cam.mp4", 4).string(),
                                          "--duration 2 --metrics-json " + q(e.write("plain", "x") / "m.json"))};
               },
               1,
               {"plain"}});
  c.push_back({"LiveNanSwapper",
               [](const Env& e) {
                 ModelArgs m;
                 m.swapper = model("swapper_nan_fp16.onnx");
                 return Invocation{e.live(e.portrait(), e.video("cam.mp4", 10).string(), "--duration 5", m)};
               },
               1,
               {"NaN"}});
  // A camera that disappears mid-stream: a FIFO fed two thirds of a stream, then closed by its writer.
  // The run ends (a warning names the stand-in), the recording is finalised with what arrived.
  c.push_back({"LiveCameraStreamCutMidway",
               [](const Env& e) {
                 const auto whole = read_bytes(e.video("stream.mkv", 100, 320, 240, 25));
                 fs::remove(e / "stream.mkv");
                 const auto fifo = e / "camera.fifo";
                 ::mkfifo(fifo.c_str(), 0600);
                 const auto rec = e / "rec.mkv";
                 Invocation r{e.live(e.portrait(), fifo.string(), "--record " + q(rec) + " --duration 30")};
                 r.alongside = [fifo, whole] {
                   const int fd = open_fifo_writer(fifo);
                   ASSERT_GE(fd, 0) << "nobody opened the camera FIFO";
                   const std::string half = whole.substr(0, whole.size() * 2 / 3);
                   for (size_t off = 0; off < half.size();) {
                     const ssize_t n = ::write(fd, half.data() + off, half.size() - off);
                     if (n <= 0) break;
                     off += size_t(n);
                   }
                   ::close(fd);
                 };
                 r.created = {rec};
                 r.check = [rec](const CommandResult& res) {
                   const long frames = decodable_frames(rec);
                   EXPECT_GT(frames, 0) << res.output;
                   EXPECT_LT(frames, 100) << res.output;
                   EXPECT_NE(res.output.find("end of input"), std::string::npos) << res.output;
                 };
                 return r;
               },
               0,
               {"camera.fifo"}});
  // A camera stand-in file truncated while it is being read.
  c.push_back({"LiveCameraFileTruncatedWhileRead",
               [](const Env& e) {
                 constexpr int kFrames = 250;  // 10 s: the cut lands long before the end
                 const auto cam = e.video("cam.mp4", kFrames, 320, 240, 25);
                 const auto rec = e / "rec.mkv";
                 Invocation r{e.live(e.portrait(), cam.string(), "--record " + q(rec) + " --duration 30")};
                 r.inputs_change = true;
                 r.alongside = [cam, rec] {
                   // Time the cut from when the recording starts (its temporary file is created at
                   // the first frame), not from process start, so slow model loading on a loaded
                   // machine cannot make it a no-frame run. The file's size says nothing: the muxer
                   // buffers small frames for a long time.
                   const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
                   auto recording = [&] {
                     std::error_code ec;
                     for (const auto& f : fs::directory_iterator(rec.parent_path(), ec))
                       if (f.path().filename().string().rfind("." + rec.stem().string(), 0) == 0) return true;
                     return false;
                   };
                   while (!recording() && std::chrono::steady_clock::now() < deadline)
                     std::this_thread::sleep_for(std::chrono::milliseconds(20));
                   std::this_thread::sleep_for(std::chrono::milliseconds(1000));
                   fs::resize_file(cam, fs::file_size(cam) / 3);
                 };
                 r.created = {rec};
                 r.check = [rec, total = long(kFrames)](const CommandResult& res) {
                   const long frames = decodable_frames(rec);
                   EXPECT_GT(frames, 0) << res.output;
                   EXPECT_LT(frames, total) << res.output;
                 };
                 return r;
               },
               0,
               {}});
  return c;
}

TEST_P(BadInput, FailsCleanly) {
  SWAPCAM_REQUIRE_TESTDATA();
  const Case& c = GetParam();
  Env env;
  Invocation run = c.make(env);
  const Snapshot before = snapshot(env.dir());

  std::thread alongside;
  if (run.alongside) alongside = std::thread(run.alongside);
  const CommandResult r = run_command(run.command);
  if (alongside.joinable()) alongside.join();
  SCOPED_TRACE(run.command + "\n" + r.output);

  // Never a crash: a signal shows as -1 (or 128+N through the shell), sanitizers print their name.
  EXPECT_TRUE(r.exit_code >= 0 && r.exit_code < 126) << "killed or crashed: " << r.exit_code;
  EXPECT_EQ(r.output.find("Sanitizer"), std::string::npos);
  EXPECT_EQ(r.output.find("runtime error:"), std::string::npos);
  EXPECT_EQ(r.output.find("terminate called"), std::string::npos);
  EXPECT_EQ(r.exit_code, c.exit_code);

  const auto errors = error_lines(r.output);
  if (c.exit_code == 0) {
    EXPECT_TRUE(errors.empty());
    for (const auto& m : c.mentions) EXPECT_NE(r.output.find(m), std::string::npos) << "output should mention " << m;
  } else {
    ASSERT_EQ(errors.size(), 1u) << "exactly one error line";
    for (const auto& m : c.mentions)
      EXPECT_NE(errors[0].find(m), std::string::npos) << "the error should mention " << m;
  }

  // Nothing written, nothing changed: the case's folder is as it was, but for the expected outputs.
  Snapshot after = snapshot(env.dir());
  for (const auto& p : run.created) {
    EXPECT_TRUE(fs::exists(p)) << p;
    after.erase(fs::relative(p, env.dir()).string());
  }
  if (run.inputs_change) {
    for (const auto& [path, state] : after) EXPECT_TRUE(before.count(path)) << "new file " << path;
  } else {
    for (const auto& [path, state] : before) EXPECT_EQ(after[path], state) << path << " changed or vanished";
    for (const auto& [path, state] : after) EXPECT_TRUE(before.count(path)) << "new file " << path;
  }
  for (const auto& [path, state] : after)
    EXPECT_EQ(path.find(media::kTempFileMarker), std::string::npos) << "temporary file left: " << path;
  for (const auto& p : run.outside_outputs) EXPECT_FALSE(fs::exists(p)) << p;
  if (run.check) run.check(r);
}

INSTANTIATE_TEST_SUITE_P(Catalogue, BadInput, ::testing::ValuesIn(catalogue()),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

}  // namespace
}  // namespace swapcam::test
