#pragma once
// Every option of `swapcam swap` (product.md, "Swap options"), shared by the image, video and live
// pipelines. Front ends fill it (model files already resolved to paths); the library validates it.
#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "face/selector.h"
#include "process/face_mask.h"
#include "process/watermark.h"
#include "runtime/model.h"

namespace swapcam::pipeline {

// Resolved model files. Empty paths are models that the options do not need.
struct ModelFiles {
  std::filesystem::path detector;      // SCRFD
  std::filesystem::path recognizer;    // ArcFace
  std::filesystem::path swapper;       // the --swapper model (fp32); empty when only enhancing
  std::filesystem::path swapper_fp16;  // optional half-precision variant (used when the precision resolves to fp16)
  std::filesystem::path swapper_converter;              // the embedding converter of simswap and ghost swappers
  std::filesystem::path landmarker;                     // 2d106det: only for the mouth mask
  std::filesystem::path enhancer;                       // only with an enhancer
  std::array<std::filesystem::path, 3> content_filter;  // nsfw_1..3: only with nsfw_filter
  std::vector<std::filesystem::path> occluders;  // xseg_*: one, or three for `many`; only with the occlusion mask
  std::filesystem::path parser;                  // bisenet_*: only with the region mask
  bool operator==(const ModelFiles&) const = default;
};

// The default mouth-mask expansion when `--mouth-mask` is given without a size.
inline constexpr float kDefaultMouthMaskSize = 0.25f;
inline constexpr float kDefaultEnhancerBlend = 0.8f;

struct SwapOptions {
  // What to swap.
  std::vector<std::filesystem::path> sources;  // one or more photos of the source person (averaged)
  std::filesystem::path target;                // image, video or folder
  std::filesystem::path output;

  // Which faces.
  bool many_faces = false;
  std::filesystem::path map_faces;  // JSON map file (see FaceMapFile in image_pipeline.h)
  face::SelectorMode face_selector = face::SelectorMode::Largest;
  std::filesystem::path reference_face;  // image of the target person (reference selector)
  float similarity_threshold = face::kDefaultSimilarityThreshold;
  bool require_face = false;  // no face in the target is an error, not a warning

  // Detection.
  int det_width = 640;
  int det_height = 640;
  float det_thresh = 0.5f;

  // The swapper (docs/QUALITY.md).
  std::string swapper = "inswapper_128";  // a registry name (models/registry.cpp)
  int pixel_boost = 0;                    // crop side the face is swapped at; 0 = the model's own size
  float swapper_weight = 0.5f;            // identity strength 0..1; 0.5 = as the model gives it

  // Blending and post-processing.
  std::optional<float> mouth_mask;  // expansion of the lip polygon about its centroid (0..2)
  bool color_match = false;
  bool poisson_blend = false;
  float opacity = 1.f;    // 0..1; 0 returns the input unchanged
  float sharpness = 0.f;  // 0..5; unsharp-mask amount on the face region
  std::string enhancer;   // "" or a registry name (gfpgan_1.4, codeformer, ...)
  float enhancer_blend = kDefaultEnhancerBlend;
  float enhancer_weight = 0.5f;  // an enhancer's extra input (CodeFormer's fidelity), 0..1
  // Face masks (process/face_mask.h): the paste alpha; mouth_mask above joins them as the kept mouth.
  process::FaceMaskOptions mask;
  std::string occluder = "xseg_1";           // xseg_1 | xseg_2 | xseg_3 | many
  std::string parser = "bisenet_resnet_34";  // bisenet_resnet_18 | bisenet_resnet_34

  // Video (accepted by every pipeline; used by the video pipeline).
  bool keep_fps = true;
  bool no_audio = false;
  bool keep_frames = false;
  std::string video_encoder = "auto";  // libx264 | libx265 | libvpx-vp9 | auto
  // Video decoding: "auto" (on the GPU the models run on: cuda for CUDA/TensorRT, videotoolbox for
  // CoreML, d3d11va for DirectML; the CPU otherwise), "off", or an FFmpeg device type.
  std::string hardware_decode = "auto";
  int video_quality = 18;  // 0..51 (CRF-like: lower is better)

  // Output metadata.
  // Output marks (product.md, "Responsible use").
  bool provenance = true;                     // label outputs as face-swapped in their metadata
  bool watermark = false;                     // a visible mark on every output frame; off by default
  process::WatermarkOptions watermark_style;  // its text, corner and opacity
  // Opt-in content filter (process/content_filter.h): refuse targets that two of three classifiers flag.
  bool nsfw_filter = false;

  // Models and runtime.
  ModelFiles models;
  runtime::RuntimeConfig runtime;
};

// No source and an enhancer: the faces are enhanced, not swapped (no swapper model is needed).
inline bool enhance_only(const SwapOptions& o) {
  return o.sources.empty() && o.map_faces.empty() && !o.enhancer.empty();
}

// Throws Error(Usage) for values outside their documented ranges (the option table's) or contradictory
// combinations.
void validate(const SwapOptions& options);

}  // namespace swapcam::pipeline
