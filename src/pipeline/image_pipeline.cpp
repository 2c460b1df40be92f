#include "pipeline/image_pipeline.h"
#include "pipeline/option_table.h"
#include "pipeline/output_guard.h"

#include <algorithm>
#include <cmath>

#include <fmt/ranges.h>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/file_kind.h"
#include "core/log.h"
#include "face/landmarker.h"
#include "face/recognizer.h"
#include "face/selector.h"
#include "media/image_io.h"
#include "models/registry.h"
#include "process/color_match.h"
#include "process/paste_back.h"

namespace swapcam::pipeline {

namespace fs = std::filesystem;

void validate(const SwapOptions& o) {
  if (o.sources.empty() && o.map_faces.empty() && o.enhancer.empty())
    fail(ErrorKind::Usage, "no source face: give at least one -s/--source image (or --map-faces, or only --enhancer)");
  check_option_ranges(o);  // every row's range and choices
  const auto& swapper = models::require_descriptor(models::Role::Swapper, o.swapper);
  if (o.pixel_boost > swapper.size && o.pixel_boost % swapper.size != 0)
    fail(ErrorKind::Usage, "--pixel-boost {} is not a multiple of {}'s {} px (use {}, {}, ...)", o.pixel_boost,
         swapper.name, swapper.size, 2 * swapper.size, 4 * swapper.size);
  if (o.det_width < 32 || o.det_height < 32 || o.det_width % 32 || o.det_height % 32 || o.det_width > 4096 ||
      o.det_height > 4096)
    fail(ErrorKind::Usage, "--det-size must be multiples of 32 between 32 and 4096 (got {}x{})", o.det_width,
         o.det_height);
  if (!o.enhancer.empty()) models::require_descriptor(models::Role::Enhancer, o.enhancer);
  if (o.face_selector == face::SelectorMode::Reference && o.reference_face.empty())
    fail(ErrorKind::Usage, "--face-selector reference needs --reference-face IMAGE");
  if (!o.reference_face.empty() && o.face_selector != face::SelectorMode::Reference)
    fail(ErrorKind::Usage, "--reference-face is used by --face-selector reference only (selector is '{}')",
         face::selector_mode_name(o.face_selector));
  if (!o.map_faces.empty() && o.face_selector == face::SelectorMode::Reference)
    fail(ErrorKind::Usage, "--map-faces and --face-selector reference cannot be combined");
  if (o.watermark) {
    const std::string& t = o.watermark_style.text;
    if (t.empty() || t.size() > kMaxWatermarkChars)
      fail(ErrorKind::Usage, "--watermark TEXT must be 1 to {} characters (got {})", kMaxWatermarkChars, t.size());
    // The frame font has printable ASCII only; anything else would be drawn as '?'.
    if (!std::all_of(t.begin(), t.end(), [](char c) { return c >= 0x20 && c < 0x7f; }))
      fail(ErrorKind::Usage, "--watermark TEXT must be printable ASCII (got '{}')", t);
  }
}

void mark_output_frame(cv::Mat& frame, const SwapOptions& options) {
  if (options.watermark) process::draw_watermark(frame, options.watermark_style);
}

namespace {

face::AnalyserModels analyser_models(const SwapModelInputs& in) {
  if (in.files.detector.empty()) fail(ErrorKind::Usage, "no face detector model given");
  if (in.files.recognizer.empty())
    fail(ErrorKind::Usage, "no face recogniser model given (needed for the source face)");
  if (!in.landmarks_for.empty() && in.files.landmarker.empty())
    fail(ErrorKind::Usage, "{} needs the 106-point landmark model", in.landmarks_for);
  face::AnalyserModels m;
  m.detector = in.files.detector;
  m.recognizer = in.files.recognizer;
  if (!in.landmarks_for.empty()) m.landmarker = in.files.landmarker;
  return m;
}

face::DetectorOptions detector_options(const SwapModelInputs& in) {
  face::DetectorOptions d;
  d.det_width = in.det_width;
  d.det_height = in.det_height;
  d.score_threshold = in.det_thresh;
  return d;
}

std::unique_ptr<process::Swapper> make_swapper(const SwapModelInputs& in) {
  if (!in.swap) return nullptr;
  if (in.files.swapper.empty()) fail(ErrorKind::Usage, "no face swapper model given");
  runtime::ModelSpec s;
  s.role = "swapper";
  s.path = in.files.swapper;
  s.fp16_path = in.files.swapper_fp16;
  process::SwapperSetup setup;
  setup.converter.path = in.files.swapper_converter;
  setup.pixel_boost = in.pixel_boost;
  setup.weight = in.swapper_weight;
  return std::make_unique<process::Swapper>(models::require_descriptor(models::Role::Swapper, in.swapper), std::move(s),
                                            in.runtime, std::move(setup));
}

std::unique_ptr<process::FaceEnhancer> make_enhancer(const SwapModelInputs& in) {
  if (in.enhancer.empty()) return nullptr;
  if (in.files.enhancer.empty()) fail(ErrorKind::Usage, "--enhancer {} needs its model file", in.enhancer);
  runtime::ModelSpec s;
  s.path = in.files.enhancer;
  return process::make_enhancer(in.enhancer, std::move(s), in.runtime, in.enhancer_weight);
}

std::unique_ptr<process::ContentFilter> make_content_filter(const SwapModelInputs& in) {
  if (!in.content_filter) return nullptr;
  for (const auto& f : in.files.content_filter)
    if (f.empty())
      fail(ErrorKind::Usage, "--nsfw-filter needs its three classifier files (swapcam models fetch --for filter)");
  return std::make_unique<process::ContentFilter>(in.files.content_filter, in.runtime);
}

std::unique_ptr<process::Occluder> make_occluder(const SwapModelInputs& in) {
  if (!in.occlusion) return nullptr;
  if (in.files.occluders.empty())
    fail(ErrorKind::Usage, "--mask-types occlusion needs its occluder model ({}: swapcam models fetch {})", in.occluder,
         in.occluder == "many" ? "xseg_1 xseg_2 xseg_3" : in.occluder);
  return std::make_unique<process::Occluder>(in.files.occluders, in.runtime);
}

std::unique_ptr<process::FaceParser> make_parser(const SwapModelInputs& in) {
  if (!in.region) return nullptr;
  if (in.files.parser.empty())
    fail(ErrorKind::Usage, "--mask-types region needs its face parser model ({}: swapcam models fetch {})", in.parser,
         in.parser);
  return std::make_unique<process::FaceParser>(in.files.parser, in.runtime);
}

float box_area(const face::Face& f) { return f.box.width * f.box.height; }

}  // namespace

SwapModelInputs swap_model_inputs(const SwapOptions& o) {
  SwapModelInputs in;
  in.files = o.models;
  in.runtime = o.runtime;
  in.swap = !enhance_only(o);
  in.swapper = o.swapper;
  in.pixel_boost = o.pixel_boost;
  in.swapper_weight = o.swapper_weight;
  in.enhancer = o.enhancer;
  in.enhancer_weight = o.enhancer_weight;
  in.content_filter = o.nsfw_filter;
  if (o.mouth_mask) in.landmarks_for = "--mouth-mask";
  else if (o.mask.types & process::kMaskArea) in.landmarks_for = "--mask-types area";
  in.occlusion = (o.mask.types & process::kMaskOcclusion) != 0;
  in.region = (o.mask.types & process::kMaskRegion) != 0;
  in.occluder = o.occluder;
  in.parser = o.parser;
  in.det_width = o.det_width;
  in.det_height = o.det_height;
  in.det_thresh = o.det_thresh;
  return in;
}

SwapModels::SwapModels(const SwapModelInputs& in)
    : analyser_(analyser_models(in), in.runtime, detector_options(in)),
      swapper_(make_swapper(in)),
      enhancer_(make_enhancer(in)),
      content_filter_(make_content_filter(in)),
      occluder_(make_occluder(in)),
      parser_(make_parser(in)) {}

const process::Swapper& SwapModels::swapper() const {
  if (!swapper_) fail(ErrorKind::Usage, "no face swapper: only enhancing (no source face was given)");
  return *swapper_;
}

runtime::ModelSlot& SwapModels::main_slot() const {
  if (swapper_) return swapper_->slot();
  if (const auto* e = dynamic_cast<const process::AlignedEnhancer*>(enhancer_.get())) return e->slot();
  return analyser_.detector().slot();
}

void refuse_flagged_content(const SwapModels& models, const cv::Mat& frame, const std::string& what) {
  const process::ContentFilter* filter = models.content_filter();
  if (!filter) return;
  const process::ContentVerdict v = filter->check(frame);
  if (v.flagged)
    fail(ErrorKind::Refused, "{} was refused by the content filter (--nsfw-filter): {} flagged it; nothing was written",
         what, v.describe());
  log::debug("content filter: {} passed ({} flagged it)", what, v.describe());
}

std::vector<float> largest_face_embedding(const SwapModels& models, const cv::Mat& image, const std::string& what,
                                          float* norm) {
  face::Faces faces = models.analyser().detect_photo(image);
  if (faces.empty()) fail(ErrorKind::InvalidData, "no face found in {}", what);
  auto it = std::max_element(faces.begin(), faces.end(),
                             [](const face::Face& a, const face::Face& b) { return box_area(a) < box_area(b); });
  if (faces.size() > 1) log::info("{}: {} faces found, using the largest", what, faces.size());
  face::Faces one{*it};
  models.analyser().add(image, one, face::kEmbedding);
  if (one[0].embedding.empty()) fail(ErrorKind::InvalidData, "could not compute a face embedding for {}", what);
  if (norm) *norm = one[0].embedding_norm;
  return one[0].embedding;
}

namespace {

// One person's entry of PreparedSources from the embeddings of their photos (none: left unswapped).
void add_person(PreparedSources& p, const SwapModels& models, std::span<const std::vector<float>> embeddings,
                std::span<const float> norms) {
  if (embeddings.empty() || !models.has_swapper()) {
    p.latents.emplace_back();
    p.embeddings.emplace_back();
    p.embedding_norms.push_back(0.f);
    return;
  }
  p.latents.push_back(models.swapper().source_latent(embeddings, norms));
  p.embeddings.push_back(face::mean_embedding(embeddings));
  float n = 0;
  for (float x : norms) n += x;
  p.embedding_norms.push_back(norms.empty() ? 0.f : n / static_cast<float>(norms.size()));
}

}  // namespace

PreparedSources prepare_sources(const SwapModels& models, std::span<const cv::Mat> sources, const cv::Mat& reference,
                                std::span<const std::pair<cv::Mat, cv::Mat>> map_images) {
  PreparedSources p;
  std::vector<std::vector<float>> embeddings;
  std::vector<float> norms(sources.size());
  for (size_t i = 0; i < sources.size(); ++i)
    embeddings.push_back(largest_face_embedding(models, sources[i], fmt::format("source image {}", i + 1), &norms[i]));
  add_person(p, models, embeddings, norms);
  if (!reference.empty()) p.reference_embedding = largest_face_embedding(models, reference, "the reference image");
  for (size_t i = 0; i < map_images.size(); ++i) {
    face::FaceMapEntry e;
    float norm = 0;
    e.source_embedding =
        largest_face_embedding(models, map_images[i].first, fmt::format("map entry {} source", i + 1), &norm);
    e.reference_embedding =
        largest_face_embedding(models, map_images[i].second, fmt::format("map entry {} reference", i + 1));
    add_person(p, models, std::span(&e.source_embedding, 1), std::span(&norm, 1));
    p.map.push_back(std::move(e));
  }
  return p;
}

PreparedSources prepare_sources(const SwapModels& models, const SwapOptions& o) {
  PreparedSources p;
  std::vector<std::vector<float>> embeddings;
  std::vector<float> norms(o.sources.size());
  for (size_t i = 0; i < o.sources.size(); ++i)
    embeddings.push_back(largest_face_embedding(models, media::read_image(o.sources[i]),
                                                fmt::format("source image '{}'", o.sources[i].string()), &norms[i]));
  add_person(p, models, embeddings, norms);
  if (!o.reference_face.empty())
    p.reference_embedding = largest_face_embedding(models, media::read_image(o.reference_face),
                                                   fmt::format("reference image '{}'", o.reference_face.string()));
  if (!o.map_faces.empty()) {
    std::vector<std::string> unswapped;
    for (const auto& entry : read_face_map(o.map_faces)) {
      face::FaceMapEntry e;
      float norm = 0;
      // An entry without a source still claims its person, who is then left as they are (an empty
      // latent; select() skips it) rather than going to the next most similar entry.
      if (entry.source.empty()) unswapped.push_back(fmt::format("'{}'", entry.reference.filename().string()));
      else
        e.source_embedding = largest_face_embedding(models, media::read_image(entry.source),
                                                    fmt::format("map source '{}'", entry.source.string()), &norm);
      e.reference_embedding = largest_face_embedding(models, media::read_image(entry.reference),
                                                     fmt::format("map reference '{}'", entry.reference.string()));
      if (e.source_embedding.empty()) add_person(p, models, {}, {});
      else add_person(p, models, std::span(&e.source_embedding, 1), std::span(&norm, 1));
      p.map.push_back(std::move(e));
    }
    if (!unswapped.empty())
      log::info("map file '{}': {} {} {} no source photo; {} left unswapped", o.map_faces.string(),
                unswapped.size() == 1 ? "the person of" : "the people of", fmt::join(unswapped, ", "),
                unswapped.size() == 1 ? "has" : "have", unswapped.size() == 1 ? "that person is" : "they are");
  }
  return p;
}

FrameProcessor::FrameProcessor(const SwapOptions& options)
    : FrameProcessor(
          [&] {
            validate(options);
            return std::make_shared<const SwapModels>(options);
          }(),
          options, {}) {
  sources_ = prepare_sources(*models_, options_);
}

FrameProcessor::FrameProcessor(std::shared_ptr<const SwapModels> models, const SwapOptions& options,
                               PreparedSources sources)
    : models_(std::move(models)), options_(options), sources_(std::move(sources)) {
  validate(options_);
  mask_ = options_.mask;
  mask_.keep_mouth = options_.mouth_mask;
  if (mask_.needs_landmarks() && options_.models.landmarker.empty())
    fail(ErrorKind::Usage, "the area and mouth masks need the 106-point landmark model");
  if ((mask_.types & process::kMaskOcclusion) && !models_->occluder())
    fail(ErrorKind::Usage, "--mask-types occlusion given but no occluder model was set up");
  if ((mask_.types & process::kMaskRegion) && !models_->parser())
    fail(ErrorKind::Usage, "--mask-types region given but no face parser model was set up");
  if (options_.face_selector == face::SelectorMode::Reference || !options_.map_faces.empty() ||
      (models_->has_swapper() && models_->swapper().mixes_target()))
    analysis_ |= face::kEmbedding;
  if (!options_.enhancer.empty() && !models_->enhancer())
    fail(ErrorKind::Usage, "--enhancer {} given but no enhancer model was set up", options_.enhancer);
}

face::Faces FrameProcessor::analyse(const cv::Mat& frame) const {
  return models_->analyser().analyse(frame, analysis_);
}

std::vector<FaceAssignment> FrameProcessor::select(const cv::Mat& frame, const face::Faces& faces) const {
  std::vector<FaceAssignment> out;
  if (faces.empty()) return out;
  if (enhance_only(options_)) {  // every face is enhanced; there is no source to assign
    for (const auto& f : faces) out.push_back({f, 0});
    return out;
  }
  if (!sources_.map.empty()) {
    for (const auto& a : face::map_faces(faces, sources_.map, options_.similarity_threshold))
      if (!sources_.latents[a.entry_index + 1].empty())  // an entry without a source: left as it is
        out.push_back({faces[a.face_index], a.entry_index + 1});
  } else {
    face::SelectorOptions so;
    so.mode = options_.face_selector;
    so.many_faces = options_.many_faces;
    so.reference_embedding = sources_.reference_embedding;
    so.similarity_threshold = options_.similarity_threshold;
    if (sources_.latents.empty() || sources_.latents[0].empty()) return out;
    for (auto& f : face::select_faces(faces, so, frame.size())) out.push_back({std::move(f), 0});
  }
  if (mask_.needs_landmarks()) {
    face::Faces need;
    for (const auto& a : out)
      if (a.face.landmarks106.size() != 106) need.push_back(a.face);
    if (!need.empty()) {
      models_->analyser().add(frame, need, face::kLandmarks106);
      size_t k = 0;
      for (auto& a : out)
        if (a.face.landmarks106.size() != 106) a.face = std::move(need[k++]);
    }
  }
  return out;
}

int FrameProcessor::swap_faces(cv::Mat& frame, std::span<const FaceAssignment> faces) const {
  if (frame.empty() || frame.type() != CV_8UC3) fail(ErrorKind::InvalidData, "face swap needs an 8-bit BGR frame");
  if (enhance_only(options_)) return enhance_faces(frame, faces);
  std::vector<const FaceAssignment*> usable;
  for (const auto& a : faces) {
    if (!a.face.has_kps) {
      if (!warned_no_keypoints_.exchange(true))
        log::warn(
            "a detected face has no keypoints (six-output detector) and is not swapped; "
            "use a detector with keypoints or add --mouth-mask with a landmark model");
      continue;
    }
    if (a.latent >= sources_.latents.size() || sources_.latents[a.latent].empty())
      fail(ErrorKind::InvalidData, "face assigned to latent {} which does not exist", a.latent);
    usable.push_back(&a);
  }
  if (usable.empty()) return 0;

  // Every crop is taken from the frame as it was: pasting one face never feeds another's input.
  std::vector<process::SwapInput> inputs;
  std::vector<process::Latent> latents;
  inputs.reserve(usable.size());
  latents.reserve(usable.size());
  const process::Swapper& swapper = models_->swapper();
  for (const auto* a : usable) {
    inputs.push_back(swapper.align(frame, a->face.kps));
    // With a --swapper-weight other than 0.5 each face's own identity is mixed in.
    if (swapper.mixes_target() && !a->face.embedding.empty())
      latents.push_back(swapper.identity_for(sources_.embeddings[a->latent], sources_.embedding_norms[a->latent],
                                             a->face.embedding, a->face.embedding_norm));
    else latents.push_back(sources_.latents[a->latent]);
  }
  const auto swapped = swapper.swap_aligned(inputs, latents);
  for (size_t i = 0; i < usable.size(); ++i) finish_face(frame, *usable[i], inputs[i], swapped[i]);
  return static_cast<int>(usable.size());
}

void FrameProcessor::finish_face(cv::Mat& frame, const FaceAssignment& a, const process::SwapInput& input,
                                 const process::SwappedFace& swapped) const {
  // The paste alpha: the crop-space masks of the target crop, at the crop's own size (model size times
  // pixel boost), with the landmarks brought into the crop for the area and mouth masks.
  std::vector<cv::Point2f> lm_crop;
  if (mask_.needs_landmarks() && a.face.landmarks106.size() == 106)
    cv::transform(a.face.landmarks106, lm_crop, input.matrix);
  cv::Mat alpha = process::face_mask(input.crop, lm_crop, mask_, {models_->occluder(), models_->parser()});
  if (alpha.size() != swapped.face.size()) cv::resize(alpha, alpha, swapped.face.size(), 0, 0, cv::INTER_LINEAR);
  const cv::Rect paste_region = process::crop_region(swapped.matrix, swapped.face.cols, frame.size());
  if (paste_region.empty()) return;
  const auto* enhancer = models_->enhancer();
  cv::Rect touched = paste_region;
  if (enhancer && options_.enhancer_blend > 0.f) touched |= enhancer->region(a.face.kps, frame.size());

  // The unprocessed pixels, for the opacity blend (region only).
  const bool need_original = options_.opacity < 1.f;
  const cv::Mat original = need_original ? frame(touched).clone() : cv::Mat();

  cv::Mat face = swapped.face;
  if (options_.color_match) face = process::match_color(face, input.crop, alpha);

  process::PasteOptions paste;
  paste.poisson_blend = options_.poisson_blend;
  cv::Mat warped_alpha;
  process::paste_back(frame, face, swapped.matrix, alpha, paste, 1.f, &warped_alpha);

  if (enhancer && options_.enhancer_blend > 0.f) enhancer->enhance(frame, a.face.kps, options_.enhancer_blend);
  if (options_.sharpness > 0.f) process::sharpen_region(frame, paste_region, warped_alpha, options_.sharpness);
  if (options_.opacity < 1.f) {
    // Back toward the original by (1 - opacity): opacity 0 restores every pixel exactly.
    process::blend_region(frame, original, touched, cv::Mat(), 1.f - options_.opacity);
  }
}

int FrameProcessor::enhance_faces(cv::Mat& frame, std::span<const FaceAssignment> faces) const {
  const auto* enhancer = models_->enhancer();
  if (!enhancer || options_.enhancer_blend <= 0.f) return 0;
  int n = 0;
  for (const auto& a : faces)
    if (a.face.has_kps) enhancer->enhance(frame, a.face.kps, options_.enhancer_blend), ++n;
  return n;
}

FrameResult FrameProcessor::process(cv::Mat& frame, bool photo) const {
  FrameResult r;
  const face::Faces faces = photo ? models_->analyser().analyse_photo(frame, analysis_) : analyse(frame);
  r.faces_detected = static_cast<int>(faces.size());
  const auto assignments = select(frame, faces);
  r.faces_swapped = swap_faces(frame, assignments);
  return r;
}

ImageSwapResult swap_image(const SwapOptions& options) {
  validate(options);
  if (options.output.empty()) fail(ErrorKind::Usage, "no output path given (-o)");
  if (media::image_format_from_extension(options.output) == media::ImageFormat::Unknown)
    fail(ErrorKind::Usage, "output '{}' must end in .png, .jpg, .jpeg, .webp, .bmp, .tif or .tiff",
         options.output.string());
  // Never write over an input: the target, a source photo, the reference face, the map file, a model.
  ensure_outputs_spare_inputs(swap_inputs(options), {options.output});
  const fs::path out_dir = options.output.has_parent_path() ? options.output.parent_path() : fs::path(".");
  if (!fs::is_directory(out_dir))
    fail(ErrorKind::NotFound, "cannot write '{}': directory '{}' does not exist", options.output.string(),
         out_dir.string());

  // The target first: a bad image fails before any model is loaded. A PNG's transparency goes
  // around the swap unchanged (the swap works on the colour).
  cv::Mat alpha;
  cv::Mat image = media::read_image(options.target, media::kMaxImagePixels, &alpha);
  FrameProcessor processor(options);
  refuse_flagged_content(processor.models(), image, fmt::format("'{}'", options.target.string()));
  ImageSwapResult result;
  result.frame = processor.process(image, true);
  if (result.frame.faces_swapped == 0) {
    const std::string why = result.frame.faces_detected == 0
                                ? fmt::format("no face found in '{}'", options.target.string())
                                : fmt::format("none of the {} faces in '{}' matched the selection",
                                              result.frame.faces_detected, options.target.string());
    if (options.require_face) fail(ErrorKind::NotFound, "{} (--require-face)", why);
    log::warn("{}; writing the input unchanged to '{}'{}", why, options.output.string(),
              options.watermark ? " (without the watermark: nothing was swapped)" : "");
    result.written_unchanged = true;
  } else {
    log::info("{} {} of {} faces", enhance_only(options) ? "enhanced" : "swapped", result.frame.faces_swapped,
              result.frame.faces_detected);
    mark_output_frame(image, options);
  }
  write_swapped_image(image, alpha, options.target, options.output, options);
  return result;
}

void write_swapped_image(const cv::Mat& image, const cv::Mat& alpha, const fs::path& target, const fs::path& output,
                         const SwapOptions& options) {
  media::ImageWriteOptions w;
  w.provenance = options.provenance;
  if (alpha.empty()) return media::write_image(image, output, w);
  const auto format = media::image_format_from_extension(output);
  if (format != media::ImageFormat::Png && format != media::ImageFormat::WebP && format != media::ImageFormat::Tiff) {
    log::warn("'{}' has transparency, which {} cannot hold: written opaque", target.string(),
              media::image_format_name(format));
    return media::write_image(image, output, w);
  }
  cv::Mat bgra;
  cv::merge(std::vector<cv::Mat>{image, alpha}, bgra);  // the swapped colour, the input's alpha
  media::write_image(bgra, output, w);
}

}  // namespace swapcam::pipeline
