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
  cv::Mat thumbnail;             // the face, for display
  cv::Mat reference;             // the face with a margin: what the map file stores as the reference image
  std::vector<float> embedding;  // mean normed embedding of the cluster
  int occurrences = 1;           // frames (or faces) it was seen in
};

// The people of the settings' target: its faces grouped by identity with the library's clustering
// (pipeline::cluster_embeddings) at the settings' similarity threshold; for a video, over up to
// `max_frames` evenly spaced frames (each reached by seeking, not by decoding the whole video).
// Needs the detector and recogniser of the settings. Stops early (returning what it has) when
// `cancel` is set. Throws Error on a missing model or unreadable target.
std::vector<TargetPerson> find_target_people(const GuiSettings& settings, int max_frames = 48,
                                             const std::atomic<bool>* cancel = nullptr);

// Writes `dir`/reference_<i>.png and `dir`/map.json for the people that have a source (empty entries
// are left out); returns the map file. Error(Usage) when no person has a source.
std::filesystem::path write_face_map(const std::vector<TargetPerson>& people,
                                     const std::vector<std::filesystem::path>& sources,
                                     const std::filesystem::path& dir);

}  // namespace swapcam::gui
