#include "models/registry.h"

#include "core/error.h"

namespace swapcam::models {

namespace {

using T = FaceTemplate;

// One helper per kind keeps each registry line to the facts that differ (docs/MODELS.md has them).
constexpr ModelDescriptor detector(std::string_view name, std::string_view file, std::string_view summary,
                                   bool is_default = false) {
  // SCRFD: (pixel - 127.5) / 128, BGR->RGB; any input size that is a multiple of 32.
  return {.name = name,
          .kind = Role::Detector,
          .manifest_id = file,
          .size = 0,
          .input = {{0.5f, 0.5f, 0.5f}, {128.f / 255.f, 128.f / 255.f, 128.f / 255.f}},
          .summary = summary,
          .is_default = is_default};
}
constexpr ModelDescriptor recognizer(std::string_view name, std::string_view file, int size, std::string_view summary,
                                     bool is_default = false) {
  return {.name = name,
          .kind = Role::Recognizer,
          .manifest_id = file,
          .size = size,
          .face_template = T::Arcface,
          .input = kSignedRange,
          .summary = summary,
          .is_default = is_default};
}
constexpr ModelDescriptor landmarker(std::string_view name, std::string_view file, int size, std::string_view summary,
                                     bool is_default = false) {
  return {.name = name,
          .kind = Role::Landmarks,
          .manifest_id = file,
          .size = size,
          .summary = summary,
          .is_default = is_default};
}
constexpr ModelDescriptor swapper(std::string_view name, std::string_view file, int size, T templ, Normalisation in,
                                  Normalisation out, IdentityFeed identity, std::string_view converter,
                                  std::string_view summary, std::string_view fp16_file = {}, bool is_default = false) {
  return {.name = name,
          .kind = Role::Swapper,
          .manifest_id = file,
          .size = size,
          .face_template = templ,
          .input = in,
          .output = out,
          .identity = identity,
          .fp16_manifest_id = fp16_file,
          .converter = converter,
          .summary = summary,
          .is_default = is_default};
}
// The swapper families of docs/MODELS.md ("Swappers"): what differs between their members is the file.
constexpr ModelDescriptor hyperswap(std::string_view name, std::string_view summary) {
  return swapper(name, name, 256, T::Arcface128, kSignedRange, kSignedRange, IdentityFeed::NormedEmbedding, {},
                 summary);
}
constexpr ModelDescriptor ghost(std::string_view name, std::string_view summary) {
  return swapper(name, name, 256, T::Arcface112V1, kSignedRange, kSignedRange, IdentityFeed::ConvertedRawEmbedding,
                 "arcface_converter_ghost", summary);
}
constexpr ModelDescriptor enhancer(std::string_view name, std::string_view file, int size, T templ,
                                   std::string_view aliases, std::string_view summary, bool is_default = false,
                                   std::span<const ExtraInput> extras = {}) {
  // Every enhancer so far takes and gives RGB in [-1, 1].
  return {.name = name,
          .kind = Role::Enhancer,
          .manifest_id = file,
          .size = size,
          .face_template = templ,
          .input = kSignedRange,
          .output = kSignedRange,
          .extras = extras,
          .aliases = aliases,
          .summary = summary,
          .is_default = is_default};
}
constexpr ModelDescriptor classifier(std::string_view name, int size, Normalisation in, std::string_view summary,
                                     bool is_default = false) {
  return {.name = name,
          .kind = Role::Classifier,
          .manifest_id = name,
          .size = size,
          .input = in,
          .summary = summary,
          .is_default = is_default};
}

constexpr Normalisation kImageNet{{0.485f, 0.456f, 0.406f}, {0.229f, 0.224f, 0.225f}};
// CodeFormer's fidelity: 0 = most restoration, 1 = closest to the input (docs/MODELS.md).
constexpr ExtraInput kCodeformerWeight[] = {{"weight", 0.5f, "enhancer-weight"}};
// Face masks (docs/MODELS.md, "Face masks"): XSeg takes NHWC BGR / 255, BiSeNet NCHW RGB with ImageNet mean/std.
constexpr ModelDescriptor occluder(std::string_view name, int size, std::string_view summary, bool is_default = false) {
  return {.name = name,
          .kind = Role::Occluder,
          .manifest_id = name,
          .size = size,
          .input = kUnitRange,
          .summary = summary,
          .is_default = is_default};
}
constexpr ModelDescriptor parser(std::string_view name, int size, std::string_view summary, bool is_default = false) {
  return {.name = name,
          .kind = Role::Parser,
          .manifest_id = name,
          .size = size,
          .input = kImageNet,
          .summary = summary,
          .is_default = is_default};
}
constexpr Normalisation kClip{{0.48145466f, 0.4578275f, 0.40821073f}, {0.26862954f, 0.26130258f, 0.27577711f}};

// Adding a model of a known kind: one line here, its files in manifest.cpp. Each kind's default first.
// clang-format off
constexpr ModelDescriptor kRegistry[] = {
    detector("scrfd_10g", "det_10g", "SCRFD-10G face detector (insightface buffalo_l)", true),
    recognizer("arcface_w600k_r50", "w600k_r50", 112, "ArcFace IResNet-50 recogniser (insightface buffalo_l)", true),
    landmarker("2dfan_106", "2d106det", 192, "106-point landmarks for the mouth mask (insightface buffalo_l)", true),
    swapper("inswapper_128", "inswapper_128", 128, T::Arcface128, kUnitRange, kUnitRange, IdentityFeed::EmapLatent,
            {}, "InsightFace inswapper, 128 px, the source as emap latent", "inswapper_128_fp16", true),
    swapper("inswapper_128_fp16", "inswapper_128_fp16", 128, T::Arcface128, kUnitRange, kUnitRange,
            IdentityFeed::EmapLatent, {}, "inswapper_128 exported in half precision"),
    hyperswap("hyperswap_1a_256", "HyperSwap 1a, 256 px (FaceFusion)"),
    hyperswap("hyperswap_1b_256", "HyperSwap 1b, 256 px (FaceFusion)"),
    hyperswap("hyperswap_1c_256", "HyperSwap 1c, 256 px (FaceFusion)"),
    swapper("simswap_256", "simswap_256", 256, T::Arcface112V1, kImageNet, kUnitRange, IdentityFeed::ConvertedEmbedding,
            "arcface_converter_simswap", "SimSwap, 256 px, with its embedding converter"),
    swapper("simswap_unofficial_512", "simswap_unofficial_512", 512, T::Arcface112V1, kUnitRange, kUnitRange,
            IdentityFeed::ConvertedEmbedding, "arcface_converter_simswap", "SimSwap 512 (unofficial), with its converter"),
    ghost("ghost_1_256", "GHOST 1-block, 256 px, with its embedding converter"),
    ghost("ghost_2_256", "GHOST 2-block, 256 px, with its embedding converter"),
    ghost("ghost_3_256", "GHOST 3-block, 256 px, with its embedding converter"),
    enhancer("gfpgan_1.4", "GFPGANv1.4", 512, T::Ffhq, "gfpgan", "GFPGAN 1.4 face restoration, 512 px", true),
    enhancer("gfpgan_1.2", "gfpgan_1.2", 512, T::Ffhq, "", "GFPGAN 1.2 face restoration, 512 px"),
    enhancer("gfpgan_1.3", "gfpgan_1.3", 512, T::Ffhq, "", "GFPGAN 1.3 face restoration, 512 px"),
    enhancer("gfpgan_1024", "gfpgan-1024", 1024, T::Ffhq, "", "GFPGAN retrained at 1024 px (slow)"),
    enhancer("gpen_bfr_256", "GPEN-BFR-256", 256, T::Gpen, "gpen256", "GPEN blind face restoration, 256 px (live)"),
    enhancer("gpen_bfr_512", "GPEN-BFR-512", 512, T::Gpen, "gpen512", "GPEN blind face restoration, 512 px"),
    enhancer("gpen_bfr_1024", "gpen_bfr_1024", 1024, T::Ffhq, "", "GPEN blind face restoration, 1024 px (slow)"),
    enhancer("gpen_bfr_2048", "gpen_bfr_2048", 2048, T::Ffhq, "", "GPEN blind face restoration, 2048 px (very slow)"),
    enhancer("codeformer", "codeformer", 512, T::Ffhq, "", "CodeFormer, 512 px; --enhancer-weight sets its fidelity",
             false, kCodeformerWeight),
    enhancer("restoreformer_plus_plus", "restoreformer_plus_plus", 512, T::Ffhq, "", "RestoreFormer++, 512 px"),
    occluder("xseg_1", 256, "XSeg occlusion mask 1 (DeepFaceLab, FaceFusion export)", true),
    occluder("xseg_2", 256, "XSeg occlusion mask 2 (DeepFaceLab, FaceFusion export)"),
    occluder("xseg_3", 256, "XSeg occlusion mask 3 (DeepFaceLab, FaceFusion export)"),
    parser("bisenet_resnet_34", 512, "BiSeNet face parser, ResNet-34 (19 classes)", true),
    parser("bisenet_resnet_18", 512, "BiSeNet face parser, ResNet-18 (19 classes, faster)"),
    // The --nsfw-filter vote uses all three; process/content_filter.h has their scoring.
    classifier("nsfw_1", 640, kUnitRange, "content filter classifier 1 of 3 (EraX detector)", true),
    classifier("nsfw_2", 384, kSignedRange, "content filter classifier 2 of 3 (Marqo)"),
    classifier("nsfw_3", 448, kClip, "content filter classifier 3 of 3 (Freepik, CLIP normalisation)"),
};
// clang-format on

}  // namespace

std::string_view identity_feed_name(IdentityFeed f) {
  switch (f) {
    case IdentityFeed::None: return "none";
    case IdentityFeed::EmapLatent: return "emap latent";
    case IdentityFeed::NormedEmbedding: return "normed embedding";
    case IdentityFeed::ConvertedEmbedding: return "converted embedding";
    case IdentityFeed::ConvertedRawEmbedding: return "converted raw embedding";
    case IdentityFeed::SourceImage: return "source image";
  }
  return "?";
}

bool ModelDescriptor::answers_to(std::string_view word) const {
  if (word == name) return true;
  for (std::string_view rest = aliases; !rest.empty();) {
    const auto comma = rest.find(',');
    if (rest.substr(0, comma) == word) return true;
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  return false;
}

std::span<const ModelDescriptor> model_registry() { return kRegistry; }

const ModelDescriptor* find_descriptor(Role kind, std::string_view name) {
  for (const auto& d : kRegistry)
    if (d.kind == kind && d.answers_to(name)) return &d;
  return nullptr;
}

const ModelDescriptor& require_descriptor(Role kind, std::string_view name) {
  if (const ModelDescriptor* d = find_descriptor(kind, name)) return *d;
  fail(ErrorKind::Usage, "unknown {} '{}' (expected one of: {})", role_name(kind), name, model_names(kind));
}

const ModelDescriptor& default_descriptor(Role kind) {
  for (const auto& d : kRegistry)
    if (d.kind == kind && d.is_default) return d;
  fail(ErrorKind::Runtime, "the model registry has no default {}", role_name(kind));
}

std::vector<const ModelDescriptor*> descriptors_of(Role kind) {
  std::vector<const ModelDescriptor*> out;
  for (const auto& d : kRegistry)
    if (d.kind == kind) out.push_back(&d);
  return out;
}

std::string model_names(Role kind) {
  std::string s;
  for (const auto* d : descriptors_of(kind)) s += (s.empty() ? "" : ", ") + std::string(d->name);
  return s;
}

std::vector<std::string> accepted_names(Role kind) {
  std::vector<std::string> out;
  for (const auto* d : descriptors_of(kind)) {
    out.emplace_back(d->name);
    for (std::string_view rest = d->aliases; !rest.empty();) {
      const auto comma = rest.find(',');
      out.emplace_back(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
  }
  return out;
}

const ModelDescriptor* descriptor_for_file(std::string_view manifest_id) {
  for (const auto& d : kRegistry)
    if (d.manifest_id == manifest_id || (!d.fp16_manifest_id.empty() && d.fp16_manifest_id == manifest_id) ||
        (!d.converter.empty() && d.converter == manifest_id))
      return &d;
  return nullptr;
}

}  // namespace swapcam::models
