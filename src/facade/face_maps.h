#pragma once
// Face maps for every front end: the people of a target (the faces of an image, or identity clusters
// over sampled frames of a video) and the map file `swap --map-faces` reads (pipeline::read_face_map),
// one entry per person with a reference picture cut from the target and the source photo to swap in.
// `analyze --clusters` and the GUI's face-mapping dialog both call these; neither clusters by itself.
#include <atomic>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/progress.h"
#include "face/analyzer.h"
#include "pipeline/video_clusters.h"
#include "runtime/model.h"

namespace swapcam::facade {

struct PeopleSearch {
  face::AnalyserModels models;  // the detector and the recogniser (the landmarker is not used)
  runtime::RuntimeConfig runtime;
  int samples = 100;  // video frames analysed, spread evenly over the video
  float similarity_threshold = 0.4f;
  const std::atomic<bool>* cancel = nullptr;  // stops early, keeping what was found
  std::shared_ptr<ProgressSink> progress;
};

// The people of an image or video target, largest group first. For a video the frames are analysed in
// parallel, one ONNX Runtime thread each unless the runtime configuration sets a count. Throws Error:
// NotFound for a missing target, Usage for a folder, InvalidData for an unreadable file or model.
pipeline::ClusterReport find_people(const std::filesystem::path& target, const PeopleSearch& search);

// The files write_face_map writes (the map file and a reference picture per person).
std::vector<std::filesystem::path> face_map_outputs(const pipeline::ClusterReport& people,
                                                    const std::filesystem::path& map_file);

// Writes the map file (atomically) and the reference pictures beside it (pipeline::write_cluster_map);
// sources[i] goes to person i, an empty or missing one leaves that person unswapped. Before anything
// is written, Error(Usage) when a file it would write is one of `inputs` (the target, the sources, the
// models: by file identity, so links and other spellings count) or two of its files are one. Error
// (InvalidData) when no person was found. Returns the JSON text written.
std::string write_face_map(const pipeline::ClusterReport& people, const std::filesystem::path& map_file,
                           std::span<const std::filesystem::path> sources,
                           const std::vector<std::filesystem::path>& inputs);

}  // namespace swapcam::facade
