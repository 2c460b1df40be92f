#include "facade/face_maps.h"

#include "core/error.h"
#include "facade/targets.h"
#include "pipeline/output_guard.h"

namespace swapcam::facade {

namespace fs = std::filesystem;

pipeline::ClusterReport find_people(const fs::path& target, const PeopleSearch& search) {
  switch (classify_target(target)) {
    case TargetKind::Image: {
      const face::FaceAnalyser analyser(search.models, search.runtime);
      return pipeline::cluster_image_faces(analyser, target, search.similarity_threshold);
    }
    case TargetKind::Video: {
      runtime::RuntimeConfig cfg = search.runtime;
      // Frames run in parallel, one per core (cluster_video_faces): one ORT thread each.
      if (cfg.intra_op_threads <= 0) cfg.intra_op_threads = 1;
      const face::FaceAnalyser analyser(search.models, cfg);
      pipeline::ClusterOptions o;
      o.max_samples = search.samples;
      o.similarity_threshold = search.similarity_threshold;
      o.cancel = search.cancel;
      o.progress = search.progress;
      return pipeline::cluster_video_faces(analyser, target, o);
    }
    case TargetKind::Folder:
      fail(ErrorKind::Usage, "face mapping needs an image or a video, not the folder '{}'", target.string());
    case TargetKind::Missing: break;
  }
  fail(ErrorKind::NotFound, "target '{}' does not exist", target.string());
}

std::vector<fs::path> face_map_outputs(const pipeline::ClusterReport& people, const fs::path& map_file) {
  return pipeline::cluster_map_outputs(people, map_file);
}

std::string write_face_map(const pipeline::ClusterReport& people, const fs::path& map_file,
                           std::span<const fs::path> sources, const std::vector<fs::path>& inputs) {
  std::vector<fs::path> guarded = inputs;
  guarded.insert(guarded.end(), sources.begin(), sources.end());
  pipeline::ensure_outputs_spare_inputs(guarded, face_map_outputs(people, map_file));
  return pipeline::write_cluster_map(people, map_file, sources);
}

}  // namespace swapcam::facade
