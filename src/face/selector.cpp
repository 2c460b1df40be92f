#include "face/selector.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "core/error.h"
#include "face/recognizer.h"

namespace swapcam::face {

std::string_view selector_mode_name(SelectorMode m) {
  switch (m) {
    case SelectorMode::Leftmost: return "leftmost";
    case SelectorMode::Largest: return "largest";
    case SelectorMode::Best: return "best";
    case SelectorMode::Center: return "center";
    case SelectorMode::Reference: return "reference";
  }
  return "?";
}

SelectorMode parse_selector_mode(std::string_view s) {
  std::string lower(s);
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (auto m : {SelectorMode::Leftmost, SelectorMode::Largest, SelectorMode::Best, SelectorMode::Center,
                 SelectorMode::Reference})
    if (selector_mode_name(m) == lower) return m;
  fail(ErrorKind::Usage, "unknown face selector '{}' (expected leftmost, largest, best, center or reference)", s);
}

namespace {

float area(const Face& f) { return std::max(0.f, f.box.width) * std::max(0.f, f.box.height); }

float center_distance2(const Face& f, cv::Size frame) {
  const float dx = f.box.x + f.box.width / 2.f - frame.width / 2.f;
  const float dy = f.box.y + f.box.height / 2.f - frame.height / 2.f;
  return dx * dx + dy * dy;
}

}  // namespace

Faces select_faces(const Faces& faces, const SelectorOptions& o, cv::Size frame_size) {
  if (o.mode == SelectorMode::Reference) {
    if (o.reference_embedding.empty())
      fail(ErrorKind::Usage, "the reference face selector needs a reference face (--reference-face)");
    Faces matching;
    std::vector<float> sims;
    for (const auto& f : faces) {
      const float s = cosine_similarity(f.embedding, o.reference_embedding);
      if (!f.embedding.empty() && s >= o.similarity_threshold) matching.push_back(f), sims.push_back(s);
    }
    if (o.many_faces || matching.size() <= 1) return matching;
    const size_t best = std::max_element(sims.begin(), sims.end()) - sims.begin();
    return {matching[best]};
  }
  if (faces.empty() || o.many_faces) return faces;
  auto pick = faces.begin();
  switch (o.mode) {
    case SelectorMode::Leftmost:
      pick =
          std::min_element(faces.begin(), faces.end(), [](const Face& a, const Face& b) { return a.box.x < b.box.x; });
      break;
    case SelectorMode::Largest:
      pick =
          std::max_element(faces.begin(), faces.end(), [](const Face& a, const Face& b) { return area(a) < area(b); });
      break;
    case SelectorMode::Best:
      pick =
          std::max_element(faces.begin(), faces.end(), [](const Face& a, const Face& b) { return a.score < b.score; });
      break;
    case SelectorMode::Center:
      pick = std::min_element(faces.begin(), faces.end(), [&](const Face& a, const Face& b) {
        return center_distance2(a, frame_size) < center_distance2(b, frame_size);
      });
      break;
    case SelectorMode::Reference: break;
  }
  return {*pick};
}

std::vector<FaceAssignment> map_faces(const Faces& targets, std::span<const FaceMapEntry> map, float threshold) {
  std::vector<FaceAssignment> out;
  for (size_t i = 0; i < targets.size(); ++i) {
    if (targets[i].embedding.empty()) continue;
    std::optional<FaceAssignment> best;
    for (size_t j = 0; j < map.size(); ++j) {
      const float s = cosine_similarity(targets[i].embedding, map[j].reference_embedding);
      if (s >= threshold && (!best || s > best->similarity)) best = FaceAssignment{i, j, s};
    }
    if (best) out.push_back(*best);
  }
  return out;
}

}  // namespace swapcam::face
