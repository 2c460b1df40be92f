// --map-faces files (image_pipeline.h, read_face_map): on their own so that the map-file fuzzer
// (fuzz/fuzz_map_file.cpp) needs nothing of the models.
#include <algorithm>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/file_kind.h"
#include "pipeline/image_pipeline.h"

namespace swapcam::pipeline {

namespace fs = std::filesystem;

std::vector<FaceMapFileEntry> read_face_map(const fs::path& file) {
  if (file_kind(file) == FileKind::Missing) fail(ErrorKind::NotFound, "map file '{}' does not exist", file.string());
  require_regular_file(file, "map file");
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    fail(ErrorKind::Io, "cannot read map file '{}'", file.string());
  }
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    fail(ErrorKind::InvalidData, "map file '{}' is not valid JSON: {}", file.string(), e.what());
  }
  if (!doc.is_array() || doc.empty())
    fail(ErrorKind::InvalidData,
         "map file '{}' must be a non-empty JSON array of {{\"source\": ..., \"reference\": ...}}", file.string());
  const fs::path base = file.parent_path();
  std::vector<FaceMapFileEntry> entries;
  for (size_t i = 0; i < doc.size(); ++i) {
    const auto& e = doc[i];
    if (!e.is_object() || !e.contains("source") || !e.contains("reference") || !e["source"].is_string() ||
        !e["reference"].is_string())
      fail(ErrorKind::InvalidData, "map file '{}': entry {} needs string fields \"source\" and \"reference\"",
           file.string(), i);
    // `analyze --clusters` writes entries with an empty source for the user to fill in: that person
    // is left unswapped. A reference is always needed: it is how the person is recognised.
    if (e["reference"].get<std::string>().empty())
      fail(ErrorKind::InvalidData, "map file '{}': entry {} has an empty \"reference\" (fill in a photo path)",
           file.string(), i);
    auto resolve = [&](const std::string& s) {
      if (s.empty()) return fs::path();
      fs::path p(std::u8string(s.begin(), s.end()));  // JSON text is UTF-8
      return p.is_absolute() ? p : base / p;
    };
    entries.push_back({resolve(e["source"].get<std::string>()), resolve(e["reference"].get<std::string>())});
  }
  if (std::none_of(entries.begin(), entries.end(), [](const FaceMapFileEntry& e) { return !e.source.empty(); }))
    fail(ErrorKind::InvalidData, "map file '{}': no entry has a \"source\" photo (fill in at least one person's)",
         file.string());
  return entries;
}

}  // namespace swapcam::pipeline
