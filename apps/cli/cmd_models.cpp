// swapcam models list|fetch|verify|path: the model manifest, downloads and checksums.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <mutex>

#ifdef _WIN32
#include <io.h>
#define SWAPCAM_ISATTY(fd) _isatty(fd)
#else
#include <unistd.h>
#define SWAPCAM_ISATTY(fd) isatty(fd)
#endif

#include <nlohmann/json.hpp>

#include "apps/cli/cli.h"
#include "core/error.h"
#include "models/download.h"
#include "models/locate.h"
#include "models/manifest.h"
#include "models/status.h"

namespace swapcam::cli {
namespace {

namespace fs = std::filesystem;
using models::FileState;
using models::ModelEntry;

// The --models-dir argument a printed fetch command needs (empty for the default directory).
std::string models_dir_argument(const GlobalOptions& g) {
  if (g.models_dir.empty()) return {};
  std::error_code ec;
  if (fs::weakly_canonical(g.models_dir, ec) == fs::weakly_canonical(models::default_models_dir(), ec)) return {};
  return g.models_dir;
}

// The sizes of the accepted exports, e.g. "277288649 or 277680829 bytes".
std::string expected_sizes(const ModelEntry& e) {
  std::string s;
  for (const auto& k : e.known) s += (s.empty() ? "" : " or ") + std::to_string(k.size);
  return s + " bytes";
}

std::string primary_size(const ModelEntry& e) {
  return e.known.empty() ? "unknown" : models::human_size(e.known[0].size);
}

bool has_known_hash(const ModelEntry& e) {
  for (const auto& k : e.known)
    if (k.sha256) return true;
  return false;
}

std::vector<const ModelEntry*> select_entries(const std::vector<std::string>& ids, bool all, const std::string& use) {
  const auto& manifest = models::builtin_manifest();
  std::vector<const ModelEntry*> out;
  auto add = [&](const ModelEntry* e) {
    if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  };
  if (all)
    for (const auto& e : manifest) add(&e);
  if (!use.empty())
    for (const auto* e : models::entries_for(manifest, use)) add(e);
  for (const auto& id : ids) {
    const ModelEntry* e = models::find_entry(manifest, id);
    if (!e) {
      models::model_file_name(id);  // throws Error(Usage) listing the known ids
    }
    add(e);
  }
  return out;
}

// A models directory that is a file would list every model as missing, with fetch commands that
// cannot work: an error naming it instead.
fs::path usable_models_dir(const GlobalOptions& g) {
  fs::path dir = g.models_directory();
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
    fail(ErrorKind::NotFound, "models directory '{}' is not a directory", dir.string());
  return dir;
}

// --- list -------------------------------------------------------------------------------------

void run_list(const GlobalOptions& g, bool hash, bool json_out) {
  const fs::path dir = usable_models_dir(g);
  const std::string dir_arg = models_dir_argument(g);
  nlohmann::json j;
  j["models_dir"] = dir.string();
  j["models"] = nlohmann::json::array();
  for (const auto& e : models::builtin_manifest()) {
    auto st = models::check_model(e, dir, hash);
    nlohmann::json m;
    m["id"] = e.id;
    m["role"] = std::string(models::role_name(e.role));
    m["file"] = st.path.string();
    m["status"] = std::string(models::state_name(st.state));
    if (st.state != FileState::Missing) m["bytes"] = st.size;
    if (st.hash_checked) m["sha256"] = st.sha256;
    m["sha256_verified"] = st.hash_checked && st.state == FileState::Present;
    for (const auto& k : e.known)
      m["expected"].push_back(
          {{"bytes", k.size}, {"sha256", k.sha256 ? nlohmann::json(*k.sha256) : nlohmann::json(nullptr)}});
    m["licence"] = e.licence;
    if (st.state != FileState::Present) m["fetch"] = models::fetch_command(e.id, dir_arg);
    j["models"].push_back(m);
  }
  if (json_out) {
    fmt::print("{}\n", j.dump(2));
    return;
  }
  fmt::print("models directory: {}\n", dir.string());
  fmt::print("{:<19} {:<11} {:<9} {}\n", "ID", "ROLE", "SIZE", "STATUS");
  for (size_t i = 0; i < models::builtin_manifest().size(); ++i) {
    const auto& e = models::builtin_manifest()[i];
    const auto& m = j["models"][i];
    std::string status = m["status"].get<std::string>();
    if (m.contains("fetch")) status += " -> " + m["fetch"].get<std::string>();
    else if (m["sha256_verified"].get<bool>()) status += " (sha256 ok)";
    else if (e.known.empty()) status += " (unverified: no public size or sha256 known)";
    else if (!hash && has_known_hash(e)) status += " (size ok; `swapcam models verify` checks sha256)";
    else status += " (size ok; no public sha256 known)";
    fmt::print("{:<19} {:<11} {:<9} {}\n", e.id, models::role_name(e.role), primary_size(e), status);
  }
}

// --- fetch ------------------------------------------------------------------------------------

// Progress on stderr: a redrawn bar on a terminal, a few plain lines otherwise.
class ProgressPrinter {
 public:
  explicit ProgressPrinter(bool tty) : tty_(tty) {}

  void progress(const models::DownloadProgress& p) {
    std::lock_guard lock(mu_);
    const auto now = std::chrono::steady_clock::now();
    if (p.label != label_ || p.done < last_done_) {  // a new transfer
      label_ = p.label;
      start_ = now;
      start_done_ = p.done;
      last_draw_ = {};
      next_line_percent_ = 0;
    }
    last_done_ = p.done;
    const double secs = std::chrono::duration<double>(now - start_).count();
    const double rate = secs > 0.2 ? double(p.done - start_done_) / secs : 0.0;
    const int percent = p.total ? int(100.0 * double(p.done) / double(p.total)) : -1;
    if (tty_) {
      if (!p.finished && now - last_draw_ < std::chrono::milliseconds(100)) return;
      last_draw_ = now;
      constexpr int kWidth = 24;
      std::string bar;
      if (percent >= 0) {
        int filled = std::min(kWidth, percent * kWidth / 100);
        bar = "[" + std::string(size_t(filled), '#') + std::string(size_t(kWidth - filled), '.') + "]";
      }
      std::fprintf(stderr, "\r\033[K%s %s %s%s / %s  %s/s", p.label.c_str(), bar.c_str(),
                   percent >= 0 ? fmt::format("{:3d}% ", percent).c_str() : "", models::human_size(p.done).c_str(),
                   p.total ? models::human_size(p.total).c_str() : "?",
                   models::human_size(std::uint64_t(rate)).c_str());
      if (p.finished) std::fputc('\n', stderr);
      std::fflush(stderr);
      return;
    }
    // Plain lines: at the start, every 25 %, and at the end.
    if (p.finished) {
      std::fprintf(stderr, "%s: %s done\n", p.label.c_str(), models::human_size(p.done).c_str());
    } else if (percent >= next_line_percent_) {
      std::fprintf(stderr, "%s: %d%% (%s of %s)\n", p.label.c_str(), percent, models::human_size(p.done).c_str(),
                   models::human_size(p.total).c_str());
      next_line_percent_ = (percent / 25 + 1) * 25;
    } else {
      return;
    }
    std::fflush(stderr);
  }

  void message(const std::string& m) {
    std::lock_guard lock(mu_);
    std::fprintf(stderr, "%s%s\n", tty_ ? "\r\033[K" : "", m.c_str());
    std::fflush(stderr);
  }

 private:
  bool tty_;
  std::mutex mu_;
  std::string label_;
  std::uint64_t last_done_ = 0, start_done_ = 0;
  std::chrono::steady_clock::time_point start_{}, last_draw_{};
  int next_line_percent_ = 0;
};

void run_fetch(const GlobalOptions& g, const std::vector<std::string>& ids, bool all, const std::string& use,
               const std::vector<std::string>& mirrors, bool only_mirror, bool force) {
  if (ids.empty() && !all && use.empty())
    fail(ErrorKind::Usage,
         "say which models to fetch: model ids, --all, or --for swap|live|enhance|filter (see `swapcam models list`)");
  const auto entries = select_entries(ids, all, use);
  const fs::path dir = usable_models_dir(g);

  models::FetchOptions opts;
  opts.mirrors = mirrors;
  for (auto& m : models::mirrors_from_environment()) opts.mirrors.push_back(m);
  opts.force = force;
  opts.mirrors_only = only_mirror;
  if (only_mirror && opts.mirrors.empty())
    fail(ErrorKind::Usage, "--only-mirror needs --mirror BASE_URL or $SWAPCAM_MODEL_MIRROR");
  ProgressPrinter printer(SWAPCAM_ISATTY(2) != 0);
  if (!g.quiet) {
    opts.on_progress = [&printer](const models::DownloadProgress& p) { printer.progress(p); };
    opts.on_message = [&printer](const std::string& m) { printer.message(m); };
  }

  const auto outcomes = models::fetch_models(entries, dir, opts);
  std::vector<std::string> errors;
  for (size_t i = 0; i < outcomes.size(); ++i) {
    const auto& o = outcomes[i];
    if (!o.error.empty()) {
      errors.push_back(o.error);
      continue;
    }
    if (g.quiet) continue;
    const bool hashed = has_known_hash(*entries[i]);
    if (o.already_present)
      fmt::print("{}: already present{} ({})\n", o.id, hashed ? " and sha256 ok" : ", size ok", o.path.string());
    else
      fmt::print("{}: {} ({}, from {})\n", o.id, o.path.string(), hashed ? "sha256 ok" : "size ok, no public sha256",
                 o.url);
  }
  if (errors.empty()) return;
  // One line per model that failed; the last one goes through main's error path (exit 1).
  for (size_t i = 0; i + 1 < errors.size(); ++i) std::fprintf(stderr, "swapcam: error: %s\n", errors[i].c_str());
  throw Error(ErrorKind::Io, errors.back());
}

// --- verify -----------------------------------------------------------------------------------

void run_verify(const GlobalOptions& g, const std::vector<std::string>& ids) {
  const auto entries = ids.empty() ? select_entries({}, true, "") : select_entries(ids, false, "");
  const fs::path dir = usable_models_dir(g);
  const std::string dir_arg = models_dir_argument(g);
  int bad = 0, missing = 0;
  for (const ModelEntry* e : entries) {
    auto st = models::check_model(*e, dir, /*hash=*/true);
    std::string detail;
    switch (st.state) {
      case FileState::Present:
        detail = st.hash_checked ? "ok (sha256 " + st.sha256 + ")" : "ok (size only: no public sha256 known)";
        break;
      case FileState::Missing:
        ++missing;
        detail = "missing -> " + models::fetch_command(e->id, dir_arg);
        break;
      case FileState::SizeMismatch:
        ++bad;
        detail = fmt::format("SIZE MISMATCH: {} bytes, expected {} -> {}", st.size, expected_sizes(*e),
                             models::fetch_command(e->id, dir_arg));
        break;
      case FileState::HashMismatch:
        ++bad;
        detail = fmt::format("HASH MISMATCH: sha256 {} -> {}", st.sha256, models::fetch_command(e->id, dir_arg));
        break;
    }
    fmt::print("{:<19} {}\n", e->id, detail);
  }
  if (bad > 0) fail(ErrorKind::InvalidData, "{} model file(s) in '{}' do not match the manifest", bad, dir.string());
  if (!g.quiet && missing > 0) fmt::print("{} model(s) missing (not an error)\n", missing);
}

Registrar reg(80, [](CLI::App& root, GlobalOptions& g) {
  auto* models_cmd = root.add_subcommand("models", "The model manifest: list, fetch, verify, path");
  add_global_options(*models_cmd, g);
  models_cmd->require_subcommand(1);

  auto* list = models_cmd->add_subcommand("list", "Every known model and its state in the models directory");
  add_global_options(*list, g);
  static bool list_hash = false, list_json = false;
  list->add_flag("--hash", list_hash, "Also compute sha256 of present files (slower)");
  list->add_flag("--json", list_json, "Machine-readable output");
  list->callback([&g] { run_list(g, list_hash, list_json); });

  auto* fetch = models_cmd->add_subcommand("fetch", "Download models (resumable, checksum-verified)");
  add_global_options(*fetch, g);
  static std::vector<std::string> fetch_ids, fetch_mirrors;
  static bool fetch_all = false, fetch_force = false, fetch_only_mirror = false;
  static std::string fetch_for;
  fetch->add_option("ids", fetch_ids, "Model ids (see `swapcam models list`)");
  fetch->add_flag("--all", fetch_all, "Every model of the manifest");
  fetch
      ->add_option("--for", fetch_for,
                   "The models a command needs: swap, live, enhance, filter (--nsfw-filter) or quality "
                   "(256-px swapper, CodeFormer, face masks)")
      ->check(CLI::IsMember({"swap", "live", "enhance", "filter", "quality"}));
  fetch
      ->add_option("--mirror", fetch_mirrors,
                   "Base URL tried first as BASE_URL/<file name> (repeatable; also $SWAPCAM_MODEL_MIRROR)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  fetch->add_flag("--only-mirror", fetch_only_mirror, "Use only the mirrors, never the public sources");
  fetch->add_flag("--force", fetch_force, "Download even when a verified file is present");
  fetch->callback(
      [&g] { run_fetch(g, fetch_ids, fetch_all, fetch_for, fetch_mirrors, fetch_only_mirror, fetch_force); });

  auto* verify =
      models_cmd->add_subcommand("verify", "Check sizes and sha256 of the model files (exit 1 on a mismatch)");
  add_global_options(*verify, g);
  static std::vector<std::string> verify_ids;
  verify->add_option("ids", verify_ids, "Model ids (default: all)");
  verify->callback([&g] { run_verify(g, verify_ids); });

  auto* path = models_cmd->add_subcommand("path", "Print the path of a model file (whether or not it exists)");
  add_global_options(*path, g);
  static std::string path_id;
  path->add_option("id", path_id, "Model id")->required();
  path->callback([&g] { fmt::print("{}\n", (g.models_directory() / models::model_file_name(path_id)).string()); });
});

}  // namespace
}  // namespace swapcam::cli
