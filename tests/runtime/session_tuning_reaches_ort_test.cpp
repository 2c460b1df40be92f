// Session tuning must reach ONNX Runtime, not stop at our config struct: a profile prefix makes ORT
// write a profile of the runs, and the graph optimisation level changes the graph ORT runs (seen in
// the optimised model it saves and in the operators it profiles).
#include <fstream>
#include <map>
#include <set>
#include <span>
#include <sstream>

#include <gtest/gtest.h>

#include "model_fixtures.h"
#include "runtime/measure.h"
#include "runtime/model.h"
#include "test_support.h"

namespace swapcam::runtime {
namespace {

namespace fs = std::filesystem;
using test::cpu_config;

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A 3x3 convolution (the peak reference's shape, small): ORT's CPU optimisations rewrite it.
fs::path write_conv(const test::TempDir& dir) {
  const fs::path p = dir / "conv.onnx";
  std::ofstream(p, std::ios::binary) << make_conv3x3_model(32, 16);
  return p;
}

void run_conv(const Model& m) {
  std::vector<float> x(32 * 16 * 16, 0.5f), y(x.size());
  const TensorView in{x.data(), {1, 32, 16, 16}};
  const OutputView out{y.data(), {1, 32, 16, 16}};
  m.run_into(std::span(&in, 1), std::span(&out, 1));
}

std::set<std::string> profiled_ops(const fs::path& model, GraphOptimization level, const fs::path& prefix) {
  RuntimeConfig cfg = cpu_config();
  cfg.warmup = false;
  cfg.tuning.graph_optimization = level;
  cfg.tuning.profile_prefix = prefix;
  ModelSpec spec;
  spec.path = model;
  auto m = Model::load(spec, cfg);
  run_conv(*m);
  const fs::path file = m->end_profiling();
  EXPECT_FALSE(file.empty());
  EXPECT_TRUE(fs::is_regular_file(file)) << file;
  std::set<std::string> ops;
  for (const auto& op : op_times_from_profile(take_profile(file))) ops.insert(op.op);
  return ops;
}

TEST(SessionTuningReachesOrt, AProfilePrefixMakesOrtWriteAProfileOfTheRuns) {
  test::TempDir dir;
  const auto ops = profiled_ops(write_conv(dir), GraphOptimization::Disabled, dir / "prof");
  EXPECT_EQ(ops, (std::set<std::string>{"Conv"})) << "unoptimised: the one node of the file";
  // Without a prefix ORT profiles nothing and there is no file to close.
  ModelSpec spec;
  spec.path = dir / "conv.onnx";
  auto plain = Model::load(spec, cpu_config());
  EXPECT_TRUE(plain->end_profiling().empty());
  bool profile_left = false;
  for (const auto& e : fs::directory_iterator(dir.path())) profile_left |= e.path().extension() == ".json";
  EXPECT_FALSE(profile_left) << "take_profile removed the profile";
}

TEST(SessionTuningReachesOrt, OptimisationLevelChangesTheGraphOrtSavesAndRuns) {
  test::TempDir dir;
  const fs::path model = write_conv(dir);
  std::map<GraphOptimization, fs::path> saved;
  for (auto level : {GraphOptimization::Disabled, GraphOptimization::All}) {
    RuntimeConfig cfg = cpu_config();
    cfg.tuning.graph_optimization = level;
    cfg.tuning.optimized_model_cache = dir / "opt";
    ModelSpec spec;
    spec.path = model;
    auto m = Model::load(spec, cfg);
    run_conv(*m);
    for (const auto& e : fs::directory_iterator(dir / "opt"))
      if (e.path().filename().string().find("." + std::string(graph_optimization_name(level)) + ".") !=
          std::string::npos)
        saved[level] = e.path();
    ASSERT_TRUE(saved.count(level)) << "no optimised model saved for level " << graph_optimization_name(level);
  }
  const std::string disabled = read_bytes(saved[GraphOptimization::Disabled]),
                    all = read_bytes(saved[GraphOptimization::All]);
  EXPECT_FALSE(disabled.empty());
  EXPECT_NE(disabled, all) << "the level did not reach ORT: both saved graphs are the same";
#if defined(__x86_64__)
  // On x86-64, level "all" runs the convolution in ORT's blocked NCHWc layout (NchwcConv plus reorders).
  const auto ops = profiled_ops(model, GraphOptimization::All, dir / "prof_all");
  EXPECT_NE(ops, (std::set<std::string>{"Conv"})) << "level all ran the unoptimised graph";
#endif
}

}  // namespace
}  // namespace swapcam::runtime
