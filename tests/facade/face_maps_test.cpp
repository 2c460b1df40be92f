// The facade's face maps: the people of a target and the map file `swap --map-faces` reads, which both
// front ends (analyze --clusters, the GUI's face-mapping dialog) reach through facade/face_maps.h.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>

#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "facade/face_maps.h"
#include "media/image_io.h"
#include "pipeline/image_pipeline.h"
#include "facade_kit.h"

namespace swapcam::test {
namespace {

namespace fs = std::filesystem;

facade::PeopleSearch search() {
  const auto o = cpu_swap_options();
  facade::PeopleSearch s;
  s.models = {o.models.detector, o.models.recognizer, {}};
  s.runtime = o.runtime;
  return s;
}

// The portrait twice, side by side: one person seen twice.
fs::path two_astronauts(const fs::path& dir) {
  const cv::Mat face = media::read_image(astronaut());
  cv::Mat both;
  cv::hconcat(face, face, both);
  const fs::path p = dir / "two.png";
  media::write_image(both, p);
  return p;
}

std::string read_text(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}

ErrorKind kind_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.kind();
  }
  ADD_FAILURE() << "no Error thrown";
  return ErrorKind::Runtime;
}

TEST(FacadeFaceMaps, AnImagesTwoViewsOfOnePersonAreOnePersonAndTheMapIsWhatSwapReads) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  const fs::path target = two_astronauts(dir.path());
  const auto people = facade::find_people(target, search());
  EXPECT_EQ(people.frames_sampled, 1);
  EXPECT_EQ(people.faces, 2);
  ASSERT_EQ(people.clusters.size(), 1u);
  EXPECT_EQ(people.clusters[0].faces, 2);
  EXPECT_EQ(people.clusters[0].id, 1);
  EXPECT_FALSE(people.clusters[0].reference.empty());

  const fs::path map = dir / "map.json";
  const std::vector<fs::path> sources{astronaut()};
  facade::write_face_map(people, map, sources, {target});
  const auto entries = pipeline::read_face_map(map);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_TRUE(fs::equivalent(entries[0].source, astronaut()));
  ASSERT_TRUE(fs::is_regular_file(entries[0].reference));
  EXPECT_EQ(facade::face_map_outputs(people, map), (std::vector<fs::path>{map, dir / "map_faces" / "identity_1.png"}));
}

TEST(FacadeFaceMaps, NothingIsWrittenOverAnInputWhateverItsName) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  const fs::path target = two_astronauts(dir.path());
  const auto people = facade::find_people(target, search());
  ASSERT_EQ(people.clusters.size(), 1u);
  const std::string before = read_text(target);

  // The map file is the target under another name (a symbolic link).
  fs::create_symlink(target, dir / "link.json");
  EXPECT_EQ(kind_of([&] { facade::write_face_map(people, dir / "link.json", {}, {target}); }), ErrorKind::Usage);
  // The reference picture would land on a source photo (a hard link to it).
  fs::create_directories(dir / "m_faces");
  fs::create_hard_link(target, dir / "m_faces" / "identity_1.png");
  const std::vector<fs::path> sources{dir / "m_faces" / "identity_1.png"};
  EXPECT_EQ(kind_of([&] { facade::write_face_map(people, dir / "m.json", sources, {}); }), ErrorKind::Usage);
  EXPECT_FALSE(fs::exists(dir / "m.json")) << "refused before anything is written";
  EXPECT_EQ(read_text(target), before);
}

TEST(FacadeFaceMaps, AFolderOrAMissingTargetIsRefusedNamingIt) {
  TempDir dir;
  EXPECT_EQ(kind_of([&] { facade::find_people(dir.path(), search()); }), ErrorKind::Usage);
  EXPECT_EQ(kind_of([&] { facade::find_people(dir / "nobody.png", search()); }), ErrorKind::NotFound);
}

TEST(FacadeFaceMaps, AnImageWithoutAFaceHasNoPeopleAndNoMap) {
  SWAPCAM_REQUIRE_TESTDATA();
  TempDir dir;
  const fs::path blank = dir / "blank.png";
  media::write_image(cv::Mat(240, 320, CV_8UC3, cv::Scalar(90, 120, 150)), blank);
  const auto people = facade::find_people(blank, search());
  EXPECT_TRUE(people.clusters.empty());
  EXPECT_EQ(kind_of([&] { facade::write_face_map(people, dir / "map.json", {}, {blank}); }), ErrorKind::InvalidData);
  EXPECT_FALSE(fs::exists(dir / "map.json"));
}

}  // namespace
}  // namespace swapcam::test
