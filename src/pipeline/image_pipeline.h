#pragma once
// The per-frame swap (product.md, "The pipeline"): detect/select faces, swap them, paste back, then
// mouth mask, colour match, enhancer, sharpening and opacity. FrameProcessor is what the image,
// video and live pipelines share: immutable after construction, process() is const and safe to call
// from many threads on different frames; the models are shared, lazily loaded ModelSlots.
#include <atomic>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "face/analyzer.h"
#include "face/face.h"
#include "pipeline/swap_options.h"
#include "process/content_filter.h"
#include "process/enhancer.h"
#include "process/face_parser.h"
#include "process/occluder.h"
#include "process/swapper.h"

namespace swapcam::pipeline {

// --map-faces FILE: a JSON array of {"source": PATH, "reference": PATH} objects. `source` is a photo
// of the person to swap in; `reference` a photo of the target person whose face it replaces.
// Relative paths are relative to the map file's directory. An empty `source` (as `analyze --clusters`
// writes for the user to fill in) leaves that person unswapped; its `source` path is empty. Throws
// Error(NotFound/InvalidData) naming the file and the entry, and when no entry has a source.
struct FaceMapFileEntry {
  std::filesystem::path source;
  std::filesystem::path reference;
};
std::vector<FaceMapFileEntry> read_face_map(const std::filesystem::path& file);

// Everything the models of a swap are made from, and nothing else: two options with equal inputs can
// share one SwapModels (facade::ModelCache reuses them so). The comparison is every member's, so a
// field added here is compared without anyone remembering to.
struct SwapModelInputs {
  ModelFiles files;
  runtime::RuntimeConfig runtime;
  bool swap = true;     // false: only enhancing (no swapper)
  std::string swapper;  // registry name
  int pixel_boost = 0;
  float swapper_weight = 0.5f;
  std::string enhancer;  // "" or a registry name
  float enhancer_weight = 0.5f;
  bool content_filter = false;
  std::string landmarks_for;  // "" or the option that needs the 106 landmarks ("--mouth-mask", ...)
  bool occlusion = false, region = false;
  std::string occluder, parser;  // for the messages of a missing file
  int det_width = 640, det_height = 640;
  float det_thresh = 0.5f;
  bool operator==(const SwapModelInputs&) const = default;
};
SwapModelInputs swap_model_inputs(const SwapOptions& options);

// The models of a swap, shared by every FrameProcessor built on them.
class SwapModels {
 public:
  // Throws Error(Usage) when a model the options need has no path.
  explicit SwapModels(const SwapOptions& options) : SwapModels(swap_model_inputs(options)) {}
  explicit SwapModels(const SwapModelInputs& inputs);
  const face::FaceAnalyser& analyser() const { return analyser_; }
  // The swapper; Error(Usage) when only enhancing (enhance_only(): no swapper was set up).
  const process::Swapper& swapper() const;
  bool has_swapper() const { return swapper_ != nullptr; }
  // The model that is most of a frame's cost (the swapper, else the enhancer): pipelines plan by where it loaded.
  runtime::ModelSlot& main_slot() const;
  const process::FaceEnhancer* enhancer() const { return enhancer_.get(); }
  const process::ContentFilter* content_filter() const { return content_filter_.get(); }  // null: not asked for
  const process::Occluder* occluder() const { return occluder_.get(); }                   // null: no occlusion mask
  const process::FaceParser* parser() const { return parser_.get(); }                     // null: no region mask

 private:
  face::FaceAnalyser analyser_;
  std::unique_ptr<process::Swapper> swapper_;
  std::unique_ptr<process::FaceEnhancer> enhancer_;
  std::unique_ptr<process::ContentFilter> content_filter_;
  std::unique_ptr<process::Occluder> occluder_;
  std::unique_ptr<process::FaceParser> parser_;
};

// With --nsfw-filter: runs the content filter's vote on a frame and throws Error(Refused) naming
// `what` and the classifiers that flagged it. Does nothing without the filter.
void refuse_flagged_content(const SwapModels& models, const cv::Mat& frame, const std::string& what);

// Identities computed once per run: latents for the swapper, embeddings for selection.
struct PreparedSources {
  std::vector<process::Latent> latents;  // [0]: the -s sources (averaged); then one per map entry
  // Per latent: the person's mean normed embedding and raw length, for a --swapper-weight that mixes
  // each target face in (empty where the latent is).
  std::vector<std::vector<float>> embeddings;
  std::vector<float> embedding_norms;
  std::vector<float> reference_embedding;  // --reference-face
  std::vector<face::FaceMapEntry> map;     // --map-faces; map[i] swaps in latents[i + 1]
};

// The normed embedding of the largest face in an image; Error(InvalidData) naming `what` when it
// has no face.
// `norm`, when given, receives the raw embedding's length.
std::vector<float> largest_face_embedding(const SwapModels& models, const cv::Mat& image, const std::string& what,
                                          float* norm = nullptr);

// From images already in memory (sources averaged; reference and map optional).
PreparedSources prepare_sources(const SwapModels& models, std::span<const cv::Mat> sources,
                                const cv::Mat& reference = {},
                                std::span<const std::pair<cv::Mat, cv::Mat>> map_images = {});
// From the files named by the options (sources, reference face, map file).
PreparedSources prepare_sources(const SwapModels& models, const SwapOptions& options);

// One face to swap and which latent replaces it.
struct FaceAssignment {
  face::Face face;
  size_t latent = 0;  // index into PreparedSources::latents
};

struct FrameResult {
  int faces_detected = 0;
  int faces_swapped = 0;  // or enhanced, when only enhancing
};

class FrameProcessor {
 public:
  // Builds the models and prepares the sources from the files named in `options`.
  explicit FrameProcessor(const SwapOptions& options);
  // Shares models (e.g. with other processors of a live session) and takes prepared sources.
  FrameProcessor(std::shared_ptr<const SwapModels> models, const SwapOptions& options, PreparedSources sources);

  // The whole step on an 8-bit BGR frame, in place. A photo is looked at again, padded, when no face
  // is found at first (FaceAnalyser::detect_photo); video frames are not.
  FrameResult process(cv::Mat& frame, bool photo = false) const;

  // The steps, for pipelines that detect or track faces themselves:
  // detection plus what selection needs (embeddings for reference/map modes, 106 points for the mouth mask);
  face::Faces analyse(const cv::Mat& frame) const;
  // which faces get swapped, with which latent (106 points are added for the mouth mask when missing);
  std::vector<FaceAssignment> select(const cv::Mat& frame, const face::Faces& faces) const;
  // swap, paste back and post-process the assigned faces. Returns how many were swapped. When only
  // enhancing (enhance_only(): select() assigns every face) the faces are enhanced instead.
  int swap_faces(cv::Mat& frame, std::span<const FaceAssignment> faces) const;

  // For a video pipeline that converts only part of each frame (issue 19; frame_regions.cpp):
  // the size of the picture detection reads for a frame of size `frame` (the detector's letterbox)
  // when analyse() is detection only, nullopt when it needs the frame itself (embeddings, 106 points);
  std::optional<cv::Size> detection_size(cv::Size frame) const;
  // analyse() on the frame already scaled to detection_size(frame); the faces in the frame's pixels;
  face::Faces detect_scaled(const cv::Mat& scaled, cv::Size frame) const;
  // the frame region select() and swap_faces() read or write for this face (empty: none, a face
  // without keypoints is skipped), nullopt when that cannot be bounded (Poisson blending, 106 points
  // still to find): the whole frame is then needed.
  std::optional<cv::Rect> footprint(const face::Face& face, cv::Size frame) const;

  const SwapOptions& options() const { return options_; }
  const SwapModels& models() const { return *models_; }
  const PreparedSources& sources() const { return sources_; }

 private:
  int enhance_faces(cv::Mat& frame, std::span<const FaceAssignment> faces) const;
  void finish_face(cv::Mat& frame, const FaceAssignment& face, const process::SwapInput& input,
                   const process::SwappedFace& swapped) const;

  std::shared_ptr<const SwapModels> models_;
  SwapOptions options_;
  PreparedSources sources_;
  unsigned analysis_ = face::kDetect;
  process::FaceMaskOptions mask_;  // options_.mask with the --mouth-mask as its kept mouth
  mutable std::atomic<bool> warned_no_keypoints_{false};
};

struct ImageSwapResult {
  FrameResult frame;
  bool written_unchanged = false;  // no face was swapped: the output is the input (with a warning)
};

// The longest --watermark text: longer ones shrink below readability on a 720p frame.
inline constexpr size_t kMaxWatermarkChars = 60;

// Draws what the options ask to be drawn on every output frame (the --watermark); a no-op otherwise.
// Pipelines call it after the swap and before the frame is written or shown.
void mark_output_frame(cv::Mat& frame, const SwapOptions& options);

// `swapcam swap` for an image target: reads options.target, swaps, writes options.output atomically
// (format from its extension, provenance label unless disabled). Refuses output == target. An image
// without a face is written unchanged with a warning, or is an error with require_face.
ImageSwapResult swap_image(const SwapOptions& options);

// Writes a swapped image (atomically, with the provenance label unless disabled) with the target's
// transparency put back (`alpha` from read_image; empty: none). A format without alpha (JPEG, BMP)
// gets the colour only, with a warning naming `target`.
void write_swapped_image(const cv::Mat& image, const cv::Mat& alpha, const std::filesystem::path& target,
                         const std::filesystem::path& output, const SwapOptions& options);

}  // namespace swapcam::pipeline
