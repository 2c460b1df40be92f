// The bad-input catalogue, second round (docs/RELIABILITY.md, "Bad inputs"): inputs that are not
// regular files, out-of-range numbers, long names, and signals. Same check as the first round
// (catalogue_kit.h): the exit code, one error line naming the problem, the folder as it was.
#include <signal.h>
#include <sys/stat.h>

#include "catalogue_kit.h"

namespace swapcam::test {
namespace {

using namespace bad_inputs;

// A named pipe nobody writes to: opening it for reading would block forever.
fs::path fifo(const Env& e, const std::string& name) {
  const auto p = e / name;
  ::mkfifo(p.c_str(), 0600);
  return p;
}

// Every command line runs under `timeout` so that a regression hangs one case for 60 s, not the suite.
std::string bounded(const std::string& command) { return "timeout -s KILL 60 " + command; }

std::vector<Case> round2() {
  std::vector<Case> c;

  // -- Inputs that are not regular files: refused before they are opened --
  c.push_back(
      {"FifoImageTarget",
       [](const Env& e) { return Invocation{bounded(e.swap(e.portrait(), fifo(e, "target.png"), e / "out.png"))}; },
       1,
       {"target.png", "named pipe"}});
  c.push_back({"FifoSource",
               [](const Env& e) { return Invocation{bounded(e.swap(fifo(e, "me.jpg"), e.portrait(), e / "out.png"))}; },
               1,
               {"me.jpg", "named pipe"}});
  c.push_back(
      {"FifoVideoTarget",
       [](const Env& e) { return Invocation{bounded(e.swap(e.portrait(), fifo(e, "clip.mp4"), e / "out.mp4"))}; },
       1,
       {"clip.mp4", "named pipe"}});
  c.push_back({"FifoSwapperModel",
               [](const Env& e) {
                 ModelArgs m;
                 m.swapper = fifo(e, "swapper.onnx");
                 return Invocation{bounded(e.swap(e.portrait(), e.portrait("target.png"), e / "out.png", m))};
               },
               1,
               {"swapper.onnx", "named pipe"}});
  c.push_back({"FifoMapFile",
               [](const Env& e) {
                 return Invocation{bounded(e.cli("swap") + "--map-faces " + q(fifo(e, "map.json")) + " -t " +
                                           q(e.portrait("target.png")) + " -o " + q(e / "out.png"))};
               },
               1,
               {"map.json", "named pipe"}});
  c.push_back({"DirectoryAsSource",
               [](const Env& e) {
                 fs::create_directories(e / "photos.jpg");
                 return Invocation{bounded(e.swap(e / "photos.jpg", e.portrait(), e / "out.png"))};
               },
               2,
               {"photos.jpg", "directory"}});

  // -- Numbers out of range --
  c.push_back({"VideoStartNan",
               [](const Env& e) {
                 return Invocation{bounded(e.swap(e.portrait(), e.video("clip.mp4"), e / "out.mp4") + " --start nan")};
               },
               2,
               {"--start"}});
  c.push_back({"VideoStartPastTheEnd",
               [](const Env& e) {
                 return Invocation{
                     bounded(e.swap(e.portrait(), e.video("clip.mp4"), e / "out.mp4") + " --start 1e300")};
               },
               2,
               {"--start", "past the end", "clip.mp4"}});
  c.push_back({"ExecutionThreadsHuge",
               [](const Env& e) {
                 std::string command = e.swap(e.portrait(), e.portrait("target.png"), e / "out.png");
                 const std::string given = "--execution-threads 2";
                 command.replace(command.find(given), given.size(), "--execution-threads 100000");
                 return Invocation{bounded(command)};
               },
               2,
               {"--execution-threads", "256"}});

  // -- Names: a legal output name must work, however long --
  c.push_back({"OutputName240Characters",
               [](const Env& e) {
                 const auto out = e / (std::string(236, 'n') + ".png");
                 Invocation r{bounded(e.swap(e.portrait(), e.portrait("target.png"), out))};
                 r.created = {out};
                 return r;
               },
               0,
               {"1 of 1 faces swapped"}});

  // -- Signals --
  // stderr into a pipe whose reader has gone: the run completes (no SIGPIPE death, no temporary file).
  c.push_back({"StderrReaderGone",
               [](const Env& e) {
                 const auto out = e / "out.png", rc = e / "rc.txt";
                 Invocation r{"{ " + bounded(e.swap(e.portrait(), e.portrait("target.png"), out)) +
                              " 2>&1; echo $? > " + q(rc) + "; } | true"};
                 r.created = {out, rc};
                 r.check = [rc](const CommandResult&) { EXPECT_EQ(read_bytes(rc), "0\n") << "swapcam's exit status"; };
                 return r;
               },
               0,
               {}});
  // A closed terminal (SIGHUP) during a live recording: it is finished like Ctrl+C, not lost.
  c.push_back({"LiveHangupKeepsTheRecording",
               [](const Env& e) {
                 const auto cam = e.video("cam.mp4", 250, 320, 240, 25);
                 const auto rec = e / "rec.mkv", pid = e / "pid";
                 Invocation r{bounded(e.live(e.portrait(), cam.string(), "--record " + q(rec) + " --duration 30")) +
                              " 2>&1 & echo $! > " + q(pid) + "; wait $!"};
                 r.alongside = [rec, pid, dir = e.dir()] {
                   const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
                   auto recording = [&] {
                     for (const auto& f : fs::directory_iterator(dir))
                       if (f.path().filename().string().rfind("." + rec.stem().string(), 0) == 0) return true;
                     return false;
                   };
                   while (!recording() && std::chrono::steady_clock::now() < deadline)
                     std::this_thread::sleep_for(std::chrono::milliseconds(20));
                   std::this_thread::sleep_for(std::chrono::milliseconds(1000));
                   long p = 0;
                   std::ifstream(pid) >> p;
                   // `timeout` runs swapcam as its child and passes SIGHUP on.
                   ASSERT_GT(p, 0);
                   ::kill(pid_t(p), SIGHUP);
                 };
                 r.created = {rec, pid};
                 r.check = [rec](const CommandResult& res) {
                   const long frames = decodable_frames(rec);
                   EXPECT_GT(frames, 0) << res.output;
                   EXPECT_LT(frames, 250) << res.output;
                 };
                 return r;
               },
               0,
               {"stopping"}});
  return c;
}

INSTANTIATE_TEST_SUITE_P(Round2, BadInput, ::testing::ValuesIn(round2()),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

}  // namespace
}  // namespace swapcam::test
