// Face clustering for `analyze VIDEO --clusters` and the map file it writes for `swap --map-faces`.
#include <fstream>
#include <random>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "face/recognizer.h"
#include "pipeline/image_pipeline.h"
#include "pipeline/video_clusters.h"
#include "video_test_util.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

// Noisy copies of `n_people` random unit vectors.
std::vector<std::vector<float>> people(int n_people, int per_person, float noise, std::vector<int>* truth) {
  std::mt19937 rng(7);
  std::normal_distribution<float> g(0.f, 1.f);
  std::vector<std::vector<float>> centres(n_people, std::vector<float>(512));
  for (auto& c : centres) {
    for (auto& v : c) v = g(rng);
    face::normalize_l2(c);
  }
  std::vector<std::vector<float>> out;
  for (int k = 0; k < per_person; ++k)
    for (int p = 0; p < n_people; ++p) {
      auto e = centres[p];
      for (auto& v : e) v += noise * g(rng) / 22.6f;  // ~noise relative to the unit norm
      face::normalize_l2(e);
      out.push_back(e);
      truth->push_back(p);
    }
  return out;
}

TEST(ClusterEmbeddings, SeparatesPeopleAndNumbersThemByFirstAppearance) {
  std::vector<int> truth;
  auto e = people(3, 10, 0.6f, &truth);
  e.insert(e.begin() + 5, std::vector<float>{});  // a face without embedding
  truth.insert(truth.begin() + 5, -1);
  const auto labels = pipeline::cluster_embeddings(e, 0.4f);
  ASSERT_EQ(labels.size(), e.size());
  EXPECT_EQ(labels, truth);  // people appear in order 0,1,2, so labels equal the truth
}

TEST(ClusterEmbeddings, ThresholdDecidesWhatMerges) {
  std::vector<int> truth;
  const auto e = people(2, 5, 0.6f, &truth);
  for (int l : pipeline::cluster_embeddings(e, -1.f)) EXPECT_EQ(l, 0);  // everything merges
  const auto apart = pipeline::cluster_embeddings(e, 1.01f);            // nothing merges
  EXPECT_EQ(std::set<int>(apart.begin(), apart.end()).size(), e.size());
  EXPECT_TRUE(pipeline::cluster_embeddings({}, 0.4f).empty());
}

// The generated clip: 40 frames, two copies of the portrait (one person) in each.
class ClusterVideo : public ::testing::Test {
 protected:
  void SetUp() override {
    SWAPCAM_REQUIRE_TESTDATA();
    if (run_command("ffmpeg -version").exit_code != 0) GTEST_SKIP() << "the ffmpeg command line is not installed";
    std::string log;
    ASSERT_TRUE(make_test_video(video, {}, &log)) << log;
  }
  TempDir dir;
  const fs::path video = dir / "clip.mp4";
};

// Far-apart samples are reached by seeking. On the test clip both ways land on the same frames
// (every 4th of 40), so they must give the same clusters.
TEST_F(ClusterVideo, SeekingAndReadingThroughSampleTheSameFrames) {
  runtime::RuntimeConfig cfg;
  cfg.providers = {runtime::Provider::Cpu};
  cfg.intra_op_threads = 1;
  const face::FaceAnalyser analyser(
      {testdata_dir() / "models" / "scrfd_500m_bnkps.onnx", model("recognizer_arcface.onnx"), {}}, cfg);
  pipeline::ClusterOptions o;
  o.max_samples = 10;
  o.workers = 2;
  o.seek_beyond_frames = 1 << 30;
  const auto through = pipeline::cluster_video_faces(analyser, video, o);
  o.seek_beyond_frames = 0;
  const auto seeking = pipeline::cluster_video_faces(analyser, video, o);
  for (const auto* r : {&through, &seeking}) {
    EXPECT_EQ(r->frames_sampled, 10);
    EXPECT_EQ(r->faces, 20);
    ASSERT_EQ(r->clusters.size(), 1u);
  }
  const auto& a = through.clusters[0];
  const auto& b = seeking.clusters[0];
  EXPECT_NEAR(a.first_seen_s, b.first_seen_s, 1e-3);
  EXPECT_NEAR(a.last_seen_s, b.last_seen_s, 1e-3);
  EXPECT_GE(b.last_seen_s, 0.8 * seeking.duration_s);  // the samples reach the end of the clip
  EXPECT_GT(face::cosine_similarity(a.centroid, b.centroid), 0.9999f);
}

TEST_F(ClusterVideo, CliFindsOneIdentityAndWritesAMapFileThatSwapReads) {
  const std::string models = " --execution-provider cpu --models-dir " + q(dir / "models") + " --detector-model " +
                             q(testdata_dir() / "models" / "scrfd_500m_bnkps.onnx") + " --recognizer-model " +
                             q(model("recognizer_arcface.onnx"));
  const auto map = dir / "map.json";
  // Only stdout: the JSON (logs go to stderr).
  const auto r = run_command("(" + q(cli_path()) + " analyze " + q(video) + " --clusters --json --samples 10 -o " +
                             q(map) + " -s " + q(astronaut()) + models + " 2>/dev/null)");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const auto j = nlohmann::json::parse(r.output);
  EXPECT_EQ(j["frames_sampled"], 10);
  EXPECT_EQ(j["faces"], 20);  // two faces in each sampled frame
  // Both faces are the same person (the astronaut at two sizes).
  ASSERT_EQ(j["identities"].size(), 1u) << r.output;
  EXPECT_EQ(j["identities"][0]["faces"], 20);

  // The map file: one entry, a reference picture cut from the video, our source.
  const auto entries = pipeline::read_face_map(map);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_TRUE(fs::exists(entries[0].reference)) << entries[0].reference;
  EXPECT_TRUE(fs::equivalent(entries[0].source, astronaut()));
  // swap --map-faces takes it.
  const auto out = dir / "out.mp4";
  const auto s = run_command(q(cli_path()) + " swap -q --map-faces " + q(map) + " -t " + q(video) + " -o " + q(out) +
                             models + " --swapper-model " + q(model("swapper_identity.onnx")));
  EXPECT_EQ(s.exit_code, 0) << s.output;
  EXPECT_EQ(frame_count(out), 40);

  // Usage errors: --clusters on an image, a video without --clusters.
  EXPECT_EQ(run_command(q(cli_path()) + " analyze " + q(astronaut()) + " --clusters" + models).exit_code, 2);
  EXPECT_EQ(run_command(q(cli_path()) + " analyze " + q(video) + models).exit_code, 2);
}

}  // namespace
}  // namespace swapcam::test
