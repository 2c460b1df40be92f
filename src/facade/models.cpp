#include "facade/models.h"

#include "core/error.h"
#include "core/file_kind.h"
#include "models/locate.h"
#include "process/content_filter.h"

namespace swapcam::facade {

namespace fs = std::filesystem;

fs::path ModelSource::directory() const { return models_dir.empty() ? models::default_models_dir() : models_dir; }

const fs::path* ModelSource::override_for(models::Role kind) const {
  const auto it = overrides.find(kind);
  return it == overrides.end() || it->second.empty() ? nullptr : &it->second;
}

fs::path model_file(const ModelSource& src, const models::ModelDescriptor& d, const fs::path& override_path) {
  if (!override_path.empty()) {
    if (file_kind(override_path) == FileKind::Missing)
      fail(ErrorKind::NotFound, "model file '{}' does not exist", override_path.string());
    require_regular_file(override_path, "model file");  // a FIFO or folder is named, never opened
    return override_path;
  }
  return models::require_model(src.directory(), d.manifest_id);
}

namespace {

fs::path kind_file(const ModelSource& src, models::Role kind, const models::ModelDescriptor& d) {
  const fs::path* o = src.override_for(kind);
  return model_file(src, d, o ? *o : fs::path());
}

// The occlusion and region masks' models; an override without its mask is refused (it would do nothing).
void resolve_mask_models(pipeline::SwapOptions& o, const ModelSource& src) {
  using models::Role;
  const bool occlusion = o.mask.types & process::kMaskOcclusion, region = o.mask.types & process::kMaskRegion;
  if (src.override_for(Role::Occluder) && !occlusion)
    fail(ErrorKind::Usage, "--occluder-model needs --mask-types with occlusion");
  if (src.override_for(Role::Parser) && !region)
    fail(ErrorKind::Usage, "--parser-model needs --mask-types with region");
  o.models.occluders.clear();
  if (occlusion && o.occluder == "many") {
    if (src.override_for(Role::Occluder))
      fail(ErrorKind::Usage,
           "--occluder-model names one file; --occluder many uses xseg_1, xseg_2 and xseg_3 "
           "from the models directory");
    for (const auto* d : models::descriptors_of(Role::Occluder)) o.models.occluders.push_back(model_file(src, *d));
  } else if (occlusion) {
    o.models.occluders.push_back(
        kind_file(src, Role::Occluder, models::require_descriptor(Role::Occluder, o.occluder)));
  }
  o.models.parser.clear();
  if (region) o.models.parser = kind_file(src, Role::Parser, models::require_descriptor(Role::Parser, o.parser));
}

}  // namespace

void resolve_models(pipeline::SwapOptions& o, const ModelSource& src) {
  using models::Role;
  const bool any_classifier = !src.classifiers[0].empty() || !src.classifiers[1].empty() || !src.classifiers[2].empty();
  const bool all_classifiers =
      !src.classifiers[0].empty() && !src.classifiers[1].empty() && !src.classifiers[2].empty();
  if (any_classifier && !all_classifiers)
    fail(ErrorKind::Usage, "--nsfw-model must be given three times (nsfw_1, nsfw_2, nsfw_3)");
  if (any_classifier && !o.nsfw_filter) fail(ErrorKind::Usage, "--nsfw-model needs --nsfw-filter");
  if (src.override_for(Role::Enhancer) && o.enhancer.empty())
    fail(ErrorKind::Usage, "--enhancer-model needs --enhancer NAME ({})", models::model_names(Role::Enhancer));

  o.models.detector = kind_file(src, Role::Detector, models::default_descriptor(Role::Detector));
  o.models.recognizer = kind_file(src, Role::Recognizer, models::default_descriptor(Role::Recognizer));
  // Enhancing without a source needs no swapper; --swapper-model is then a mistake worth saying.
  if (pipeline::enhance_only(o)) {
    if (src.override_for(Role::Swapper)) fail(ErrorKind::Usage, "--swapper-model needs a source face (-s)");
  } else {
    // --swapper-model replaces the file; its contract is still the one --swapper names.
    const models::ModelDescriptor& swapper = models::require_descriptor(Role::Swapper, o.swapper);
    o.models.swapper = kind_file(src, Role::Swapper, swapper);
    if (!src.override_for(Role::Swapper) && !swapper.fp16_manifest_id.empty()) {
      // The fp16 export is optional: used where the provider runs fp16 well.
      const fs::path fp16 = src.directory() / models::model_file_name(swapper.fp16_manifest_id);
      std::error_code ec;
      if (fs::is_regular_file(fp16, ec)) o.models.swapper_fp16 = fp16;
    }
    if (!swapper.converter.empty())
      o.models.swapper_converter = models::require_model(src.directory(), swapper.converter);
  }
  if (o.mouth_mask) o.models.landmarker = kind_file(src, Role::Landmarks, models::default_descriptor(Role::Landmarks));
  if (o.nsfw_filter)
    for (size_t i = 0; i < o.models.content_filter.size(); ++i)
      o.models.content_filter[i] = model_file(
          src, models::require_descriptor(Role::Classifier, process::kContentClassifiers[i].id), src.classifiers[i]);
  if (!o.enhancer.empty())
    o.models.enhancer = kind_file(src, Role::Enhancer, models::require_descriptor(Role::Enhancer, o.enhancer));
  resolve_mask_models(o, src);
}

}  // namespace swapcam::facade
