#include "models/manifest.h"

#include <cctype>

#include "core/error.h"

namespace swapcam::models {

// Facts below come from public pages: Hugging Face LFS pointers (they carry the sha256 and byte size
// of the stored file) and the release pages the download URLs point to. A hash is only recorded where
// such a pointer was found; otherwise the size alone is checked (sha256 = nullopt).
namespace {

constexpr const char* kBuffaloZip = "https://github.com/deepinsight/insightface/releases/download/v0.7/buffalo_l.zip";
constexpr const char* kInsightfaceLicence =
    "InsightFace pretrained models: non-commercial research use only (insightface model licence)";
constexpr const char* kGpenLicence = "GPEN (Alibaba DAMO): for academic and non-commercial use only";
constexpr const char* kUpscalers = "https://github.com/harisreedhar/Face-Upscalers-ONNX/releases/download/";
constexpr const char* kUpscalersHf = "https://huggingface.co/netrunner-exe/Face-Upscalers-onnx/resolve/main/";
constexpr const char* kFaceFusionAssets =
    "https://github.com/facefusion/facefusion-assets/releases/download/models-3.3.0/";
constexpr const char* kFaceFusionHf = "https://huggingface.co/facefusion/models-3.3.0/resolve/main/";
constexpr const char* kDeepLiveCamHf = "https://huggingface.co/hacksider/deep-live-cam/resolve/main/";

Manifest make_builtin() {
  Manifest m;
  m.push_back({
      .id = "det_10g",
      .role = Role::Detector,
      .file_name = "det_10g.onnx",
      .known = {{16923827, "5838f7fe053675b1c7a08b633df49e7af5495cee0493c7dcf6697200b85b5b91",
                 "LFS pointer on huggingface.co/AndorML/Public"}},
      .licence = kInsightfaceLicence,
      .sources = {{kBuffaloZip, "det_10g.onnx"},
                  {"https://huggingface.co/AndorML/Public/resolve/main/det_10g.onnx", ""}},
      .uses = {"swap", "live", "quality"},
      .note = "SCRFD-10G face detector (insightface buffalo_l)",
  });
  m.push_back({
      .id = "w600k_r50",
      .role = Role::Recognizer,
      .file_name = "w600k_r50.onnx",
      .known = {{174383860, "4c06341c33c2ca1f86781dab0e829f88ad5b64be9fba56e56bc9ebdefc619e43",
                 "LFS pointer on huggingface.co/maze/faceX"}},
      .licence = kInsightfaceLicence,
      .sources = {{kBuffaloZip, "w600k_r50.onnx"},
                  {"https://huggingface.co/maze/faceX/resolve/main/w600k_r50.onnx", ""}},
      .uses = {"swap", "live", "quality"},
      .note = "ArcFace IResNet-50 recogniser (insightface buffalo_l)",
  });
  m.push_back({
      .id = "2d106det",
      .role = Role::Landmarks,
      .file_name = "2d106det.onnx",
      .known = {{5030888, "f001b856447c413801ef5c42091ed0cd516fcd21f2d6b79635b1e733a7109dbf",
                 "LFS pointer on huggingface.co/DeepFakeApp/model"}},
      .licence = kInsightfaceLicence,
      .sources = {{kBuffaloZip, "2d106det.onnx"},
                  {"https://huggingface.co/DeepFakeApp/model/resolve/main/2d106det.onnx", ""}},
      .uses = {"swap", "live", "quality"},
      .note = "106-point landmarks, used by the mouth mask (insightface buffalo_l)",
  });
  m.push_back({
      .id = "inswapper_128",
      .role = Role::Swapper,
      .file_name = "inswapper_128.onnx",
      .known = {{554253681, "e4a3f08c753cb72d04e10aa0f7dbe3deebbf39567d4ead6dce08e98aa49e16af",
                 "LFS pointer on huggingface.co/hacksider/deep-live-cam (same on several mirrors)"}},
      .licence = kInsightfaceLicence,
      .sources = {{std::string(kDeepLiveCamHf) + "inswapper_128.onnx", ""},
                  {"https://huggingface.co/ezioruan/inswapper_128.onnx/resolve/main/inswapper_128.onnx", ""},
                  {"https://github.com/facefusion/facefusion-assets/releases/download/models/inswapper_128.onnx", ""}},
      .uses = {"swap", "live"},
      .note = "face swapper, fp32",
  });
  m.push_back({
      .id = "inswapper_128_fp16",
      .role = Role::Swapper,
      .file_name = "inswapper_128_fp16.onnx",
      // Two different fp16 conversions are published under this name; both are accepted.
      .known = {{277288649, "32031dbe50398c1beffa9daadaec8dd7ae9529d8314a0307b45a4987497f8494",
                 "LFS pointer on huggingface.co/hacksider/deep-live-cam"},
                {277680829, "c4eccca86ad177586c85c28bf1a64a9d9ed237e283a15818d831f7facfd3f420",
                 "LFS pointer on huggingface.co/Patil/inswapper"}},
      .licence = kInsightfaceLicence,
      .sources = {{std::string(kDeepLiveCamHf) + "inswapper_128_fp16.onnx", ""},
                  {"https://huggingface.co/Patil/inswapper/resolve/main/inswapper_128_fp16.onnx", ""},
                  {"https://github.com/facefusion/facefusion-assets/releases/download/models/inswapper_128_fp16.onnx",
                   ""}},
      .uses = {"live"},
      .note = "face swapper, fp16 conversion (faster on GPUs with tensor cores)",
  });
  m.push_back({
      .id = "GFPGANv1.4",
      .role = Role::Enhancer,
      .file_name = "GFPGANv1.4.onnx",
      .known = {{340256690, "6548e54cbcf248af385248f0c1193b359c37a0f98b836282b09cf48af4fd2b73",
                 "LFS pointer on huggingface.co/netrunner-exe/Face-Upscalers-onnx"},
                {340256688, "5060d6c8d84851bbb8da630bea59b56414b49923a2b9304fb08f72d4c98f0aeb",
                 "LFS pointer on huggingface.co/CountFloyd/deepfake"}},
      .licence = "GFPGAN (TencentARC): Apache-2.0 upstream; ONNX conversion by a third party",
      .sources = {{std::string(kUpscalers) + "Models/GFPGANv1.4.onnx", ""},
                  {std::string(kUpscalersHf) + "GFPGANv1.4.onnx", ""},
                  {std::string(kDeepLiveCamHf) + "GFPGANv1.4.onnx", ""}},
      .uses = {"enhance"},
      .note = "face enhancer, 512x512",
  });
  m.push_back({
      .id = "gfpgan-1024",
      .role = Role::Enhancer,
      .file_name = "gfpgan-1024.onnx",
      .known = {{365875079, std::nullopt, "byte size from swapcam's models.md; no public sha256 found"}},
      .licence = "GFPGAN-1024 (LeslieZhoa retraining, ONNX by Glat0s): licence not established, check upstream",
      .sources = {{"https://github.com/Glat0s/GFPGAN-1024-onnx/releases/download/v0.0.1/gfpgan-1024.onnx", ""},
                  {std::string(kDeepLiveCamHf) + "gfpgan-1024.onnx", ""}},
      .uses = {},
      .note = "face enhancer, 1024x1024",
  });
  m.push_back({
      .id = "GPEN-BFR-256",
      .role = Role::Enhancer,
      .file_name = "GPEN-BFR-256.onnx",
      .known = {{75715262, "aa5bd3ab238640a378c59e4a560f7a7150627944cf2129e6311ae4720e833271",
                 "LFS pointer on huggingface.co/netrunner-exe/Face-Upscalers-onnx"}},
      .licence = kGpenLicence,
      .sources = {{std::string(kUpscalers) + "Models/GPEN-BFR-256.onnx", ""},
                  {std::string(kUpscalers) + "GPEN-BFR/GPEN-BFR-256.onnx", ""},
                  {std::string(kUpscalersHf) + "GPEN-BFR-256.onnx", ""}},
      .uses = {"enhance"},
      .note = "face enhancer, 256x256 (fast enough for live)",
  });
  m.push_back({
      .id = "GPEN-BFR-512",
      .role = Role::Enhancer,
      .file_name = "GPEN-BFR-512.onnx",
      .known = {{284250449, "0960f836488735444d508b588e44fb5dfd19c68fde9163ad7878aa24d1d5115e",
                 "LFS pointer on huggingface.co/netrunner-exe/Face-Upscalers-onnx"},
                {284244491, "bf80acb8e91ba8852e3f012505be2c3b6cd6b3eed5ec605e3db87863c4e74d4e",
                 "LFS pointer on huggingface.co/datasets/Gourieff/ReActor"}},
      .licence = kGpenLicence,
      .sources = {{std::string(kUpscalers) + "Models/GPEN-BFR-512.onnx", ""},
                  {std::string(kUpscalers) + "GPEN-BFR/GPEN-BFR-512.onnx", ""},
                  {std::string(kUpscalersHf) + "GPEN-BFR-512.onnx", ""}},
      .uses = {"enhance"},
      .note = "face enhancer, 512x512",
  });
  // FaceFusion's 256/512-px swappers, their embedding converters and the further enhancers (docs/QUALITY.md).
  // No public page with their byte sizes or sha256 was found: they are accepted as found (and `models list`
  // says so); fetch still caps the download size.
  constexpr const char* kFaceFusion30 =
      "https://github.com/facefusion/facefusion-assets/releases/download/models-3.0.0/";
  const struct {
    const char* id;
    Role role;
    const char* base;
    const char* licence;
    const char* note;
    bool quality;  // in `models fetch --for quality`
    // clang-format off
  } quality[] = {
      {"hyperswap_1a_256", Role::Swapper, kFaceFusionAssets, "HyperSwap (FaceFusion): ResearchRAIL-M", "face swapper, 256 px", true},
      {"hyperswap_1b_256", Role::Swapper, kFaceFusionAssets, "HyperSwap (FaceFusion): ResearchRAIL-M", "face swapper, 256 px", false},
      {"hyperswap_1c_256", Role::Swapper, kFaceFusionAssets, "HyperSwap (FaceFusion): ResearchRAIL-M", "face swapper, 256 px", false},
      {"simswap_256", Role::Swapper, kFaceFusion30, "SimSwap: non-commercial research use", "face swapper, 256 px", false},
      {"simswap_unofficial_512", Role::Swapper, kFaceFusion30, "SimSwap: non-commercial research use",
       "face swapper, 512 px (unofficial training)", false},
      {"arcface_converter_simswap", Role::Swapper, kFaceFusion30, "SimSwap: non-commercial research use",
       "embedding converter of the simswap models", false},
      {"ghost_1_256", Role::Swapper, kFaceFusion30, "GHOST (ai-forever): Apache-2.0", "face swapper, 256 px", false},
      {"ghost_2_256", Role::Swapper, kFaceFusion30, "GHOST (ai-forever): Apache-2.0", "face swapper, 256 px", false},
      {"ghost_3_256", Role::Swapper, kFaceFusion30, "GHOST (ai-forever): Apache-2.0", "face swapper, 256 px", false},
      {"arcface_converter_ghost", Role::Swapper, kFaceFusion30, "GHOST (ai-forever): Apache-2.0",
       "embedding converter of the ghost models", false},
      {"gfpgan_1.2", Role::Enhancer, kFaceFusion30, "GFPGAN (TencentARC): Apache-2.0", "face enhancer, 512x512", false},
      {"gfpgan_1.3", Role::Enhancer, kFaceFusion30, "GFPGAN (TencentARC): Apache-2.0", "face enhancer, 512x512", false},
      {"gpen_bfr_1024", Role::Enhancer, kFaceFusion30, kGpenLicence, "face enhancer, 1024x1024", false},
      {"gpen_bfr_2048", Role::Enhancer, kFaceFusion30, kGpenLicence, "face enhancer, 2048x2048", false},
      {"codeformer", Role::Enhancer, kFaceFusion30, "CodeFormer (S-Lab): S-Lab License 1.0, non-commercial",
       "face enhancer, 512x512, with a fidelity weight", true},
      {"restoreformer_plus_plus", Role::Enhancer, kFaceFusion30, "RestoreFormer++: Apache-2.0", "face enhancer, 512x512",
       false},
  };
  // clang-format on
  for (const auto& q : quality) {
    ModelEntry e{.id = q.id,
                 .role = q.role,
                 .file_name = std::string(q.id) + ".onnx",
                 .known = {},
                 .licence = q.licence,
                 .sources = {{std::string(q.base) + q.id + ".onnx", ""}},
                 .uses = {},
                 .note = std::string(q.note) + " (size unverified)"};
    if (q.quality) e.uses.push_back("quality");
    m.push_back(std::move(e));
  }
  // The content filter's three classifiers (--nsfw-filter), as FaceFusion publishes them. No size or
  // checksum of these files was found on a public page, so they are accepted as found (and say so).
  const struct {
    const char* id;
    const char* licence;
    const char* note;
    // clang-format off
  } classifiers[] = {
      {"nsfw_1", "EraX anti-NSFW: Apache-2.0", "content filter classifier 1 of 3 (detector, 640x640; size unverified)"},
      {"nsfw_2", "Marqo NSFW image detection: Apache-2.0", "content filter classifier 2 of 3 (384x384; size unverified)"},
      {"nsfw_3", "Freepik NSFW image detector: MIT", "content filter classifier 3 of 3 (448x448; size unverified)"},
  };
  // clang-format on
  for (const auto& c : classifiers)
    m.push_back({
        .id = c.id,
        .role = Role::Classifier,
        .file_name = std::string(c.id) + ".onnx",
        .known = {},
        .licence = c.licence,
        .sources = {{std::string(kFaceFusionAssets) + c.id + ".onnx", ""},
                    {std::string(kFaceFusionHf) + c.id + ".onnx", ""}},
        .uses = {"filter"},
        .note = c.note,
    });
  // The face-mask models (--mask-types occlusion/region), FaceFusion's release assets. No byte size or
  // sha256 of them was found on a public page (FaceFusion publishes CRC32 .hash files only), so they
  // are accepted as found (and `models list` says so).
  const char* kXsegLicence =
      "XSeg (DeepFaceLab, GPL-3.0 code); licence of these weights not established, check upstream";
  const char* kBisenetLicence =
      "BiSeNet (face-parsing.PyTorch, MIT code); licence of these weights not established, check upstream";
  const struct {
    const char* id;
    Role role;
    const char* release;
    const char* licence;
    const char* note;
    // clang-format off
  } masks[] = {
      {"xseg_1", Role::Occluder, "models-3.1.0", kXsegLicence, "occlusion mask 1, 256x256 (size unverified)"},
      {"xseg_2", Role::Occluder, "models-3.1.0", kXsegLicence, "occlusion mask 2, 256x256 (size unverified)"},
      {"xseg_3", Role::Occluder, "models-3.2.0", kXsegLicence, "occlusion mask 3, 256x256 (size unverified)"},
      {"bisenet_resnet_18", Role::Parser, "models-3.1.0", kBisenetLicence,
       "face parser, ResNet-18, 512x512 (size unverified)"},
      {"bisenet_resnet_34", Role::Parser, "models-3.0.0", kBisenetLicence,
       "face parser, ResNet-34, 512x512 (size unverified)"},
  };
  // clang-format on
  for (const auto& k : masks)
    m.push_back({
        .id = k.id,
        .role = k.role,
        .file_name = std::string(k.id) + ".onnx",
        .known = {},
        .licence = k.licence,
        .sources = {{std::string("https://github.com/facefusion/facefusion-assets/releases/download/") + k.release +
                         "/" + k.id + ".onnx",
                     ""},
                    {std::string("https://huggingface.co/facefusion/") + k.release + "/resolve/main/" + k.id + ".onnx",
                     ""}},
        // The default occluder and parser join the quality set.
        .uses = (std::string_view(k.id) == "xseg_1" || std::string_view(k.id) == "bisenet_resnet_34")
                    ? std::vector<std::string>{"quality"}
                    : std::vector<std::string>{},
        .note = k.note,
    });
  return m;
}

}  // namespace

std::string_view role_name(Role role) {
  switch (role) {
    case Role::Detector: return "detector";
    case Role::Recognizer: return "recognizer";
    case Role::Landmarks: return "landmarks";
    case Role::Swapper: return "swapper";
    case Role::Enhancer: return "enhancer";
    case Role::Occluder: return "occluder";
    case Role::Parser: return "parser";
    case Role::Classifier: return "classifier";
  }
  return "?";
}

const Manifest& builtin_manifest() {
  static const Manifest manifest = make_builtin();
  return manifest;
}

const ModelEntry* find_entry(const Manifest& manifest, std::string_view id) {
  for (const auto& e : manifest)
    if (e.id == id) return &e;
  return nullptr;
}

std::vector<const ModelEntry*> entries_for(const Manifest& manifest, std::string_view use) {
  if (use != "swap" && use != "live" && use != "enhance" && use != "filter" && use != "quality")
    fail(ErrorKind::Usage, "unknown use '{}': expected swap, live, enhance, filter or quality", use);
  std::vector<const ModelEntry*> out;
  for (const auto& e : manifest)
    for (const auto& u : e.uses)
      if (u == use) {
        out.push_back(&e);
        break;
      }
  return out;
}

namespace {
// Quotes a path for a POSIX shell only when it needs it, so the printed command can be pasted.
std::string shell_quote(const std::string& s) {
  bool plain = !s.empty();
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '.' || c == '_' || c == '-' || c == '+' ||
          c == ':' || c == ','))
      plain = false;
  if (plain) return s;
  std::string q = "'";
  for (char c : s) q += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}
}  // namespace

std::string fetch_command(std::string_view id, const std::string& models_dir_if_not_default) {
  std::string cmd = "swapcam models fetch " + std::string(id);
  if (!models_dir_if_not_default.empty()) cmd += " --models-dir " + shell_quote(models_dir_if_not_default);
  return cmd;
}

}  // namespace swapcam::models
