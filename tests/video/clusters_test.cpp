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

TEST(CliAnalyzeClusters, OneIdentityInTheCollageAndAMapFileThatSwapReads) {
  SWAPCAM_REQUIRE_TESTDATA();
  if (run_command("ffmpeg -version").exit_code != 0) GTEST_SKIP() << "the ffmpeg command line is not installed";
  TempDir dir;
  const auto video = dir / "clip.mp4";
  std::string log;
  ASSERT_TRUE(make_test_video(video, {}, &log)) << log;
  const std::string models = " --execution-provider cpu --models-dir " + q(dir / "models") + " --detector-model " +
                             q(testdata_dir() / "models" / "scrfd_500m_bnkps.onnx") + " --recognizer-model " +
                             q(model("recognizer_arcface.onnx"));
  const auto map = dir / "map.json";
  // Only stdout: the JSON (logs go to stderr).
  const auto r = run_command("(" + q(cli_path()) + " analyze " + q(video) + " --clusters --json --samples 10 -o " + q(map) +
                             " -s " + q(astronaut()) + models + " 2>/dev/null)");
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
