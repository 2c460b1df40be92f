// Face selection modes and map faces.
#include <gtest/gtest.h>

#include "core/error.h"
#include "face/recognizer.h"
#include "face/selector.h"

namespace swapcam::face {
namespace {

Face face(float x, float y, float size, float score, std::vector<float> embedding = {}) {
  Face f;
  f.box = cv::Rect2f(x, y, size, size);
  f.score = score;
  f.embedding = std::move(embedding);
  return f;
}

std::vector<float> axis(int i, float other = 0.f) {
  std::vector<float> v(8, 0.f);
  v[i] = 1.f;
  v[(i + 1) % 8] = other;
  normalize_l2(v);
  return v;
}

// Frame 1000x600: a small left face, a large right face, a best-scoring face in the centre.
const Faces kFaces = {face(10, 50, 80, 0.7f, axis(0)), face(700, 100, 250, 0.8f, axis(1)),
                      face(460, 260, 90, 0.95f, axis(2))};
const cv::Size kFrame(1000, 600);

TEST(Selector, ModesPickTheRightFace) {
  auto pick = [](SelectorMode m) {
    SelectorOptions o;
    o.mode = m;
    const Faces s = select_faces(kFaces, o, kFrame);
    EXPECT_EQ(s.size(), 1u);
    return s.empty() ? -1.f : s[0].box.x;
  };
  EXPECT_EQ(pick(SelectorMode::Leftmost), 10.f);
  EXPECT_EQ(pick(SelectorMode::Largest), 700.f);
  EXPECT_EQ(pick(SelectorMode::Best), 460.f);
  EXPECT_EQ(pick(SelectorMode::Center), 460.f);
  EXPECT_EQ(SelectorOptions{}.mode, SelectorMode::Largest);
  EXPECT_TRUE(select_faces({}, SelectorOptions{}, kFrame).empty());
}

TEST(Selector, ManyFacesReturnsAll) {
  SelectorOptions o;
  o.many_faces = true;
  EXPECT_EQ(select_faces(kFaces, o, kFrame).size(), 3u);
}

TEST(Selector, ReferenceUsesSimilarityThreshold) {
  SelectorOptions o;
  o.mode = SelectorMode::Reference;
  o.reference_embedding = axis(1, 0.3f);  // close to face 1, cosine ~0.96
  Faces s = select_faces(kFaces, o, kFrame);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].box.x, 700.f);
  o.reference_embedding = axis(5);  // nobody
  EXPECT_TRUE(select_faces(kFaces, o, kFrame).empty());
  // Many faces with a reference: every face above the threshold.
  Faces twins = kFaces;
  twins[0].embedding = axis(1, 0.5f);
  o.reference_embedding = axis(1);
  o.many_faces = true;
  EXPECT_EQ(select_faces(twins, o, kFrame).size(), 2u);
  o.many_faces = false;
  s = select_faces(twins, o, kFrame);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].box.x, 700.f);  // the more similar of the two
  o.similarity_threshold = 0.99f;
  EXPECT_EQ(select_faces(twins, o, kFrame).size(), 1u);
  o.reference_embedding.clear();
  try {
    select_faces(kFaces, o, kFrame);
    FAIL() << "expected a usage error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
  }
}

TEST(Selector, ParsesModeNames) {
  EXPECT_EQ(parse_selector_mode("leftmost"), SelectorMode::Leftmost);
  EXPECT_EQ(parse_selector_mode("Largest"), SelectorMode::Largest);
  EXPECT_EQ(parse_selector_mode("best"), SelectorMode::Best);
  EXPECT_EQ(parse_selector_mode("center"), SelectorMode::Center);
  EXPECT_EQ(parse_selector_mode("reference"), SelectorMode::Reference);
  EXPECT_THROW(parse_selector_mode("random"), Error);
  EXPECT_EQ(selector_mode_name(SelectorMode::Center), "center");
}

TEST(MapFaces, EachTargetGoesToItsMostSimilarReference) {
  const std::vector<FaceMapEntry> map = {{axis(6), axis(0)}, {axis(7), axis(2, 0.2f)}};
  const auto a = map_faces(kFaces, map);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].face_index, 0u);
  EXPECT_EQ(a[0].entry_index, 0u);
  EXPECT_NEAR(a[0].similarity, 1.f, 1e-6);
  EXPECT_EQ(a[1].face_index, 2u);
  EXPECT_EQ(a[1].entry_index, 1u);
  EXPECT_EQ(map[a[1].entry_index].source_embedding, axis(7));
  EXPECT_TRUE(map_faces(kFaces, map, 1.01f).empty());
  EXPECT_TRUE(map_faces(kFaces, {}).empty());
}

TEST(Similarity, CosineAndNormalisation) {
  EXPECT_NEAR(cosine_similarity(std::vector<float>{1, 0}, std::vector<float>{0, 1}), 0.f, 1e-7);
  EXPECT_NEAR(cosine_similarity(std::vector<float>{2, 0}, std::vector<float>{3, 0}), 1.f, 1e-7);
  EXPECT_EQ(cosine_similarity(std::vector<float>{}, std::vector<float>{}), 0.f);
  EXPECT_EQ(cosine_similarity(std::vector<float>{1, 2}, std::vector<float>{1}), 0.f);
  EXPECT_EQ(cosine_similarity(std::vector<float>{0, 0}, std::vector<float>{1, 0}), 0.f);
  std::vector<float> v{3, 4};
  normalize_l2(v);
  EXPECT_FLOAT_EQ(v[0], 0.6f);
  const std::vector<std::vector<float>> two = {{1, 0}, {0, 5}};
  const auto m = mean_embedding(two);
  EXPECT_NEAR(m[0], std::sqrt(0.5f), 1e-6);
  EXPECT_NEAR(m[1], std::sqrt(0.5f), 1e-6);
}

}  // namespace
}  // namespace swapcam::face
