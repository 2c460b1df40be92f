// swapcam: the command line front end.
#include <algorithm>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <new>
#include <system_error>

#include "apps/cli/cli.h"
#include "core/error.h"
#include "core/file_kind.h"
#include "core/log.h"
#include "facade/models.h"
#include "facade/runtime.h"
#include "models/locate.h"
#include "runtime/providers.h"

namespace swapcam::cli {

namespace fs = std::filesystem;

std::vector<std::pair<int, Setup>>& registry() {
  static std::vector<std::pair<int, Setup>> r;
  return r;
}

Registrar::Registrar(int order, Setup setup) { registry().emplace_back(order, std::move(setup)); }

CLI::Validator whole_number_in(long long lo, long long hi, std::string zero) {
  const std::string range = fmt::format("{}{} to {}", lo, lo == 0 && !zero.empty() ? " (" + zero + ")" : "", hi);
  return CLI::Validator(
      [lo, hi, range](std::string& text) -> std::string {
        long long v = 0;
        const char* end = text.data() + text.size();
        const auto [p, ec] = std::from_chars(text.data(), end, v);
        if (ec == std::errc() && p == end && v >= lo && v <= hi) return {};
        return fmt::format("must be a whole number from {} (got '{}')", range, text);
      },
      fmt::format("INT in [{} - {}]", lo, hi));
}

void add_global_options(CLI::App& app, GlobalOptions& g) {
  auto* grp = app.add_option_group("Global");
  grp->add_option("--execution-provider", g.execution_providers,
                  "Execution providers in order of preference: cpu,cuda,tensorrt,coreml,directml,openvino");
  grp->add_option("--execution-threads", g.execution_threads,
                  fmt::format("Intra-op threads for inference, 0 to {} (0: automatic)", facade::kMaxExecutionThreads))
      ->check(whole_number_in(0, facade::kMaxExecutionThreads, "automatic"));
  grp->add_option("--warmup-timeout", g.warmup_timeout,
                  fmt::format("Seconds a model's warm-up run may take before the model is refused, 0 to 86400 "
                              "(0: automatic, {} s; {} s on tensorrt, coreml and directml)",
                              runtime::kWarmupTimeoutSeconds, runtime::kCompilingWarmupTimeoutSeconds))
      ->check(whole_number_in(0, 86400, "automatic"));
  grp->add_option("--device-id", g.device_id, "GPU index for CUDA, TensorRT, DirectML and hardware video decode/encode")
      ->check(whole_number_in(0, 64, ""));
  grp->add_option("--precision", g.precision, "Model precision: auto, fp32 or fp16")
      ->check(CLI::IsMember({"auto", "fp32", "fp16"}));
  grp->add_option("--models-dir", g.models_dir,
                  "Models directory (default $SWAPCAM_MODELS_DIR or ~/.cache/swapcam/models)");
  grp->add_option("--detector-model", g.detector_model, "Face detector .onnx (SCRFD)");
  grp->add_option("--recognizer-model", g.recognizer_model, "Face recogniser .onnx (ArcFace)");
  grp->add_option("--swapper-model", g.swapper_model, "Face swapper .onnx (inswapper_128)");
  grp->add_option("--landmark-model", g.landmark_model, "106-point landmark .onnx (2d106det)");
  grp->add_option("--enhancer-model", g.enhancer_model, "Face enhancer .onnx (GFPGAN / GPEN)");
  grp->add_option("--occluder-model", g.occluder_model, "Occlusion mask .onnx (XSeg; --mask-types occlusion)");
  grp->add_option("--parser-model", g.parser_model, "Face parser .onnx (BiSeNet; --mask-types region)");
  grp->add_option(
         "--nsfw-model", g.nsfw_models,
         "Content filter classifier .onnx, given three times in the order nsfw_1, nsfw_2, nsfw_3 (--nsfw-filter)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  grp->add_option("--log-level", g.log_level, "trace, debug, info, warn, error or off")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}));
  grp->add_flag("-q,--quiet", g.quiet, "Only errors");
}

runtime::RuntimeConfig GlobalOptions::runtime_config() const {
  runtime::RuntimeConfig cfg = facade::make_runtime_config(
      {.providers = execution_providers, .threads = execution_threads, .precision = precision, .device_id = device_id});
  cfg.warmup_timeout_s = warmup_timeout;
  return cfg;
}

std::filesystem::path GlobalOptions::models_directory() const { return model_source().directory(); }

facade::ModelSource GlobalOptions::model_source() const {
  facade::ModelSource src;
  src.models_dir = models_dir;
  using models::Role;
  for (const auto& [kind, file] : {std::pair{Role::Detector, &detector_model},
                                   {Role::Recognizer, &recognizer_model},
                                   {Role::Swapper, &swapper_model},
                                   {Role::Landmarks, &landmark_model},
                                   {Role::Enhancer, &enhancer_model},
                                   {Role::Occluder, &occluder_model},
                                   {Role::Parser, &parser_model}})
    if (!file->empty()) src.overrides[kind] = *file;
  if (nsfw_models.size() > 3)
    fail(ErrorKind::Usage, "--nsfw-model must be given three times (nsfw_1, nsfw_2, nsfw_3), got {}",
         nsfw_models.size());
  for (size_t i = 0; i < nsfw_models.size(); ++i) src.classifiers[i] = nsfw_models[i];
  return src;
}

std::filesystem::path GlobalOptions::model_path(models::Role kind, std::string_view name) const {
  const facade::ModelSource src = model_source();
  const fs::path* o = src.override_for(kind);
  const models::ModelDescriptor& d =
      name.empty() ? models::default_descriptor(kind) : models::require_descriptor(kind, name);
  return facade::model_file(src, d, o ? *o : fs::path());
}

}  // namespace swapcam::cli

int main(int argc, char** argv) {
  using namespace swapcam;
#ifdef SIGXFSZ
  // A file-size limit (RLIMIT_FSIZE, a full quota) must surface as a write error we report and
  // clean up after, not kill the process half-way through an output file.
  std::signal(SIGXFSZ, SIG_IGN);
#endif
#ifdef SIGPIPE
  // A reader that goes away (stderr or stdout piped into `head`) must not kill the process with its
  // temporary files left behind: writes then fail with EPIPE, which the writers report.
  std::signal(SIGPIPE, SIG_IGN);
#endif
  CLI::App app{"swapcam: real-time face swapping (images, videos, live camera)", "swapcam"};
  app.set_version_flag("--version", "swapcam 0.1.0");
  app.require_subcommand(1);
  cli::GlobalOptions globals;
  globals.command_line.assign(argv + (argc > 0 ? 1 : 0), argv + argc);
  cli::add_global_options(app, globals);
  auto& reg = cli::registry();
  std::sort(reg.begin(), reg.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [order, setup] : reg) setup(app, globals);
  app.parse_complete_callback([&] {
    if (globals.quiet) log::set_level("error");
    else log::set_level(globals.log_level);
  });
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // One error line like every other failure, then the pointer to the usage.
    std::fprintf(stderr, "swapcam: error: %s\n", e.what());
    std::fprintf(stderr, "Run with --help for usage.\n");
    return 2;
  } catch (const Error& e) {
    std::fprintf(stderr, "swapcam: error: %s\n", e.what());
    return exit_code_for(e.kind());
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr,
                 "swapcam: error: out of memory (try a smaller --det-size, fewer --workers or a smaller input)\n");
    return 1;
  } catch (const std::system_error& e) {
    // Typically a thread that cannot be started: a container's or user's process limit.
    std::fprintf(stderr,
                 "swapcam: error: the system refused a resource: %s (a process or thread limit? try --workers 1)\n",
                 e.what());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "swapcam: error: %s\n", e.what());
    return 1;
  }
  return 0;
}
