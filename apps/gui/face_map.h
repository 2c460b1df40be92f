#pragma once
// Face mapping (the GUI side of --map-faces): find the people in a target (the faces of an image,
// or identity clusters over sampled frames of a video), let the user give each a source photo, and
// write the JSON map file the library reads (pipeline::read_face_map): a reference crop of each
// target person plus the chosen source.
#include <atomic>
#include <filesystem>
#include <vector>

#include <opencv2/core.hpp>

#include "apps/gui/gui_settings.h"
#include "face/face.h"

namespace swapcam::gui {

struct TargetPerson {
  cv::Mat thumbnail;              // the face, for display
  cv::Mat reference;              // the face with a margin: what the map file stores as the reference image
  std::vector<float> embedding;   // mean normed embedding of the cluster
  int occurrences = 1;            // frames (or faces) it was seen in
};

// Greedy clustering of faces by identity: each face joins the cluster whose mean embedding is the
// most similar (cosine >= threshold), else starts a new one. Faces without an embedding are skipped.
// Returns, for each face, its cluster index (-1 when skipped), and the number of clusters.
std::vector<int> cluster_by_identity(const face::Faces& faces, float threshold, int* clusters = nullptr);

// The people of the settings' target (image: each face; video: clusters over up to `max_frames`
// evenly spaced frames). Needs the detector and recogniser of the settings. Stops early (returning
// what it has) when `cancel` is set. Throws Error on a missing model or unreadable target.
std::vector<TargetPerson> find_target_people(const GuiSettings& settings, int max_frames = 48,
                                             const std::atomic<bool>* cancel = nullptr);

// Writes `dir`/reference_<i>.png and `dir`/map.json for the people that have a source (empty entries
// are left out); returns the map file. Error(Usage) when no person has a source.
std::filesystem::path write_face_map(const std::vector<TargetPerson>& people,
                                     const std::vector<std::filesystem::path>& sources, const std::filesystem::path& dir);

}  // namespace swapcam::gui
