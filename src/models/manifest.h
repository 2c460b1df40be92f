#pragma once
// The model manifest: every model swapcam can use, what it is, how big it is, which checksum it must
// have and where it can be downloaded. The built-in manifest is compiled into the program; library
// functions take a Manifest so tests (and other front ends) can supply their own entries.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace swapcam::models {

// What a model does; the registry's kinds (models/registry.h).
enum class Role { Detector, Recognizer, Landmarks, Swapper, Enhancer, Occluder, Parser, Classifier };
std::string_view role_name(Role role);

// One published export of a model file. Several exports of the same model circulate (e.g. two
// different inswapper_128_fp16.onnx files); a file on disk is accepted when it matches any of them.
struct KnownFile {
  std::uint64_t size = 0;
  std::optional<std::string> sha256;  // lowercase hex; nullopt where no public hash is known (size only)
  std::string origin;                 // where the size/hash were established
};

// Where a model can be downloaded: the file itself, or a zip archive holding it.
struct Source {
  std::string url;
  std::string archive_member;  // empty: url is the model file; else the file name inside the zip
};

struct ModelEntry {
  std::string id;
  Role role = Role::Detector;
  std::string file_name;
  std::vector<KnownFile> known;   // accepted exports; empty: anything non-empty is accepted
  std::string licence;            // licence note for the weights
  std::vector<Source> sources;    // tried in order
  std::vector<std::string> uses;  // "swap", "live", "enhance", "filter", "quality": what `models fetch --for` selects
  std::string note;               // shown by `models list` (optional)
};

using Manifest = std::vector<ModelEntry>;

// The manifest compiled into the program.
const Manifest& builtin_manifest();

// nullptr when the id is unknown.
const ModelEntry* find_entry(const Manifest& manifest, std::string_view id);

// Entries whose `uses` contain `use` ("swap", "live", "enhance", "filter" or "quality"); Error(Usage) for another word.
std::vector<const ModelEntry*> entries_for(const Manifest& manifest, std::string_view use);

// Exact fetch command for an id, with --models-dir when the directory is not the default one.
std::string fetch_command(std::string_view id, const std::string& models_dir_if_not_default = {});

}  // namespace swapcam::models
