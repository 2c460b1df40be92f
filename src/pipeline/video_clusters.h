#pragma once
// `swapcam analyze VIDEO --clusters`: the distinct people of a video. Frames are sampled evenly (by
// seeking when they are far apart), faces detected and embedded (ArcFace) in parallel, and the
// embeddings grouped by agglomerative clustering with average linkage on cosine similarity. The
// result can be written as a map file for `swap --map-faces` (image_pipeline.h, read_face_map):
// one entry per identity, whose "reference" is a picture of that person cut from the video and
// whose "source" is the photo to swap in (given on the command line, or left for the user to fill in).
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "core/progress.h"
#include "face/analyzer.h"
#include "face/face.h"

namespace swapcam::pipeline {

// Average-linkage agglomerative clustering: clusters merge while their mean pairwise cosine
// similarity is at least `threshold`. Returns a label per embedding, numbered 0.. in order of
// first appearance. Empty embeddings get -1.
std::vector<int> cluster_embeddings(std::span<const std::vector<float>> embeddings, float threshold);

struct ClusterOptions {
  int max_samples = 100;  // frames analysed, spread evenly over the range
  double start_s = 0;
  std::optional<double> end_s;
  float similarity_threshold = 0.4f;
  int workers = 0;  // 0: one per core
  // Samples further apart than this many frames are reached by seeking rather than by decoding
  // every frame in between (a seek costs about half a GOP of decoding).
  int64_t seek_beyond_frames = 300;
  const std::atomic<bool>* cancel = nullptr;
  std::shared_ptr<ProgressSink> progress;
};

struct FaceCluster {
  int id = 0;     // 1-based, in order of first appearance
  int faces = 0;  // sampled faces in the cluster
  double first_seen_s = 0, last_seen_s = 0;
  std::vector<float> centroid;  // normed mean embedding
  face::Face best;              // the clearest sample (score x size)
  double best_time_s = 0;
  cv::Mat reference;  // a crop around the best sample (BGR), for the map file
};

struct ClusterReport {
  std::filesystem::path video;
  int width = 0, height = 0;
  double duration_s = 0;
  std::int64_t frames_sampled = 0;
  std::int64_t faces = 0;             // faces with an embedding
  std::vector<FaceCluster> clusters;  // largest first
};

// Throws Error: NotFound/InvalidData for the video, Usage when the analyser has no recogniser.
ClusterReport cluster_video_faces(const face::FaceAnalyser& analyser, const std::filesystem::path& video,
                                  const ClusterOptions& options);

// The same for one picture: its faces grouped by identity (one cluster per person; `video` names the
// image, frames_sampled is 1). Throws Error for an unreadable image, Usage without a recogniser.
ClusterReport cluster_image_faces(const face::FaceAnalyser& analyser, const std::filesystem::path& image,
                                  float threshold);

// The files write_cluster_map would write: the map file and one reference image per cluster.
std::vector<std::filesystem::path> cluster_map_outputs(const ClusterReport& report,
                                                       const std::filesystem::path& map_file);

// Writes one reference image per cluster into "<map dir>/<map stem>_faces/identity_N.png" and the
// map file (atomically). sources[i] goes to cluster i (largest first); missing ones are "" and must
// be filled in before `swap --map-faces`. Returns the JSON text written.
std::string write_cluster_map(const ClusterReport& report, const std::filesystem::path& map_file,
                              std::span<const std::filesystem::path> sources = {});

// The report as JSON (what `analyze --clusters --json` prints); `map_file` is named when written.
std::string cluster_report_json(const ClusterReport& report, const std::filesystem::path& map_file = {});

}  // namespace swapcam::pipeline
