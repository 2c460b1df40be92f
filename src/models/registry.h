#pragma once
// The model registry: every model swapcam can run, one descriptor each, listed one line each in
// registry.cpp. A descriptor says how the model is fed (crop size, alignment template, pixel
// normalisation, how the source identity arrives, extra inputs) and which manifest entry holds its
// published files. CLI choices, GUI menus, `models list`, `doctor` and the processors read it, so a
// new model of a known kind is one line here plus its files in manifest.cpp (docs/MODELS.md).
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry.h"
#include "models/manifest.h"

namespace swapcam::models {

// A tensor's pixel normalisation: value = (pixel / 255 - mean) / std per RGB channel. For outputs the
// inverse: pixel = (value * std + mean) * 255, clipped to 0..255.
struct Normalisation {
  std::array<float, 3> mean{0.f, 0.f, 0.f};
  std::array<float, 3> std{1.f, 1.f, 1.f};

  // As scale and offset per channel: tensor = pixel * scale + offset (core/planar_image.h) ...
  std::array<float, 3> pixel_scale() const {
    return {1.f / (255.f * std[0]), 1.f / (255.f * std[1]), 1.f / (255.f * std[2])};
  }
  std::array<float, 3> pixel_offset() const { return {-mean[0] / std[0], -mean[1] / std[1], -mean[2] / std[2]}; }
  // ... and back: pixel = tensor * scale + offset.
  std::array<float, 3> tensor_scale() const { return {255.f * std[0], 255.f * std[1], 255.f * std[2]}; }
  std::array<float, 3> tensor_offset() const { return {255.f * mean[0], 255.f * mean[1], 255.f * mean[2]}; }
};
inline constexpr Normalisation kUnitRange{};                                          // [0, 1]
inline constexpr Normalisation kSignedRange{{0.5f, 0.5f, 0.5f}, {0.5f, 0.5f, 0.5f}};  // [-1, 1]

// How a swapper receives the source person.
enum class IdentityFeed {
  None,                   // not a swapper
  EmapLatent,             // normed ArcFace embedding times the model's emap initializer (inswapper)
  NormedEmbedding,        // the normed ArcFace embedding as it is (hyperswap)
  ConvertedEmbedding,     // the embedding through the converter model, then normed (simswap)
  ConvertedRawEmbedding,  // the raw (unnormed) embedding through the converter, used as it comes (ghost)
  SourceImage,            // an aligned crop of the source photo
};
std::string_view identity_feed_name(IdentityFeed f);

// A model input beyond the image, filled from an option (e.g. CodeFormer's fidelity "weight").
struct ExtraInput {
  std::string_view name;    // the ONNX input name
  float default_value;      // used when the option is not given
  std::string_view option;  // the option that sets it, e.g. "enhancer-weight"
};

struct ModelDescriptor {
  std::string_view name;  // what users choose on the command line and in menus
  Role kind;
  std::string_view manifest_id;  // the manifest entry with its file name, sizes, checksums and URLs
  int size = 0;                  // square input side in pixels (0: any, e.g. a detector)
  FaceTemplate face_template = FaceTemplate::Arcface;  // kinds aligned by five points: recogniser, swapper, enhancer
  Normalisation input{}, output{};
  IdentityFeed identity = IdentityFeed::None;
  std::string_view fp16_manifest_id = {};  // an optional half-precision export of the same model
  std::string_view converter = {};         // manifest id of the embedding converter (Converted*Embedding)
  std::span<const ExtraInput> extras = {};
  std::string_view aliases = {};  // older command-line names, comma separated
  std::string_view summary = {};  // one line for menus, `models list` and `doctor`
  bool is_default = false;        // the kind's choice when none is given

  bool answers_to(std::string_view word) const;  // its name or one of its aliases
};

// Every descriptor, grouped by kind, each kind's default first.
std::span<const ModelDescriptor> model_registry();

// The descriptor of `kind` named `name` (or an alias); nullptr when there is none.
const ModelDescriptor* find_descriptor(Role kind, std::string_view name);
// The same, or Error(Usage) "unknown <kind> 'x' (expected one of: a, b, c)".
const ModelDescriptor& require_descriptor(Role kind, std::string_view name);
// The kind's default descriptor (every kind in the registry has one).
const ModelDescriptor& default_descriptor(Role kind);
std::vector<const ModelDescriptor*> descriptors_of(Role kind);
// "gfpgan_1.4, gpen_bfr_256, gpen_bfr_512": the names of a kind, for help texts and messages.
std::string model_names(Role kind);
// Names and aliases of a kind: what the command line accepts.
std::vector<std::string> accepted_names(Role kind);
// The descriptor whose manifest_id or fp16_manifest_id is `id`; nullptr for none.
const ModelDescriptor* descriptor_for_file(std::string_view manifest_id);

}  // namespace swapcam::models
