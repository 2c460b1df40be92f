#pragma once
// Model resolution for every front end: which files a run needs (from its options and the model
// registry) and where they are (a per-kind override file, else the registry's file in the models
// directory). The CLI and the GUI fill a ModelSource from their own fields and call this; neither
// spells out a model id.
#include <array>
#include <filesystem>
#include <map>

#include "models/registry.h"
#include "pipeline/swap_options.h"

namespace swapcam::facade {

struct ModelSource {
  std::filesystem::path models_dir;  // empty: $SWAPCAM_MODELS_DIR or the per-user default
  // --detector-model, --recognizer-model, --swapper-model, --landmark-model, --enhancer-model,
  // --occluder-model, --parser-model.
  std::map<models::Role, std::filesystem::path> overrides;
  // --nsfw-model x3: all three classifiers or none.
  std::array<std::filesystem::path, 3> classifiers;

  std::filesystem::path directory() const;
  const std::filesystem::path* override_for(models::Role kind) const;
};

// The file of descriptor `d`: `override_path` when given (it must be a regular file: Error(NotFound)
// naming it otherwise), else its manifest file in the models directory (Error(NotFound) with the
// fetch command when missing).
std::filesystem::path model_file(const ModelSource& src, const models::ModelDescriptor& d,
                                 const std::filesystem::path& override_path = {});

// Fills o.models with the files the options need: detector and recogniser always, the --swapper
// (and its embedding converter) unless only enhancing, the landmarker for the mouth and area masks, the
// enhancer named by o.enhancer, the classifiers for the content filter, the occluder(s) and face parser of
// the occlusion and region masks; the swapper's fp16 export when it sits beside the fp32 file and no
// override was given.
void resolve_models(pipeline::SwapOptions& o, const ModelSource& src);

// Every model kind that has a per-kind override option, with the option's name ("--swapper-model").
struct OverrideOption {
  models::Role kind;
  const char* flag;
};
inline constexpr OverrideOption kOverrideOptions[] = {
    {models::Role::Detector, "--detector-model"}, {models::Role::Recognizer, "--recognizer-model"},
    {models::Role::Swapper, "--swapper-model"},   {models::Role::Landmarks, "--landmark-model"},
    {models::Role::Enhancer, "--enhancer-model"}, {models::Role::Occluder, "--occluder-model"},
    {models::Role::Parser, "--parser-model"},
};

}  // namespace swapcam::facade
