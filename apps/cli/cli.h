#pragma once
// The command line front end: parses, calls the library, presents. Each command lives in its own
// cmd_<name>.cpp and registers itself with a static Registrar, so adding a command touches no
// other file.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "facade/models.h"
#include "facade/runtime.h"

namespace swapcam::cli {

// Options shared by every command (product.md, "Global options").
struct GlobalOptions {
  std::string execution_providers;  // "cuda,cpu"; empty = best available
  int execution_threads = 0;
  int warmup_timeout = 0;  // --warmup-timeout: seconds a model's warm-up run may take (0: automatic)
  int device_id = 0;       // --device-id: the GPU for CUDA/TensorRT/DirectML and NVDEC/NVENC
  std::string precision = "auto";
  std::string models_dir;  // empty: $SWAPCAM_MODELS_DIR or ~/.cache/swapcam/models
  std::string detector_model, recognizer_model, swapper_model, landmark_model, enhancer_model;
  std::string occluder_model, parser_model;  // face-mask models (--mask-types occlusion, region)
  std::vector<std::string> nsfw_models;      // --nsfw-model x3: the content filter's classifiers, in order
  std::string log_level = "info";
  bool quiet = false;
  std::vector<std::string> command_line;  // argv[1..]: what a segment's options fingerprint is made of

  // Derived after parsing.
  runtime::RuntimeConfig runtime_config() const;
  std::filesystem::path models_directory() const;
  // The models directory and the per-kind override files, for facade::resolve_models.
  facade::ModelSource model_source() const;
  // The file of a kind's model `name` (empty: the kind's default): the kind's override if given, else
  // the registry's file in the models dir. Error(NotFound) naming the file and the fetch command.
  std::filesystem::path model_path(models::Role kind, std::string_view name = {}) const;
};

using Setup = std::function<void(CLI::App& root, GlobalOptions& globals)>;

struct Registrar {
  Registrar(int order, Setup setup);
};
std::vector<std::pair<int, Setup>>& registry();

// A whole number from lo to hi, checked on the text as given (so that 1e12 or 99999999999 get this
// message too, not a conversion error or CLI11's range of the whole type). `zero` explains 0 when it
// means something ("automatic"); may be empty.
CLI::Validator whole_number_in(long long lo, long long hi, std::string zero = {});

// Adds the global options to a subcommand too, so they may follow the command name.
void add_global_options(CLI::App& app, GlobalOptions& g);

}  // namespace swapcam::cli
