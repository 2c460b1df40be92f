#include "pipeline/output_guard.h"

#include "core/error.h"
#include "core/file_kind.h"
#include "media/image_io.h"
#include "pipeline/image_pipeline.h"

namespace swapcam::pipeline {

namespace fs = std::filesystem;

std::vector<fs::path> swap_inputs(const SwapOptions& o) {
  std::vector<fs::path> in{o.target, o.map_faces, o.reference_face};
  in.insert(in.end(), o.sources.begin(), o.sources.end());
  const ModelFiles& m = o.models;
  for (const auto& p :
       {m.detector, m.recognizer, m.swapper, m.swapper_fp16, m.swapper_converter, m.landmarker, m.enhancer})
    in.push_back(p);
  in.insert(in.end(), m.content_filter.begin(), m.content_filter.end());
  // The photos a map file names are inputs too. A map file that cannot be read fails here with
  // the error its reading would give later, before anything is written.
  if (!o.map_faces.empty() && file_kind(o.map_faces) != FileKind::Missing)
    for (const auto& e : read_face_map(o.map_faces)) {
      in.push_back(e.source);
      in.push_back(e.reference);
    }
  return in;
}

namespace {

// One file? Existing files by identity; a file still to be written by its normalised absolute path.
bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  if (fs::exists(a, ec) && fs::exists(b, ec)) return fs::equivalent(a, b, ec) && !ec;
  const fs::path na = fs::weakly_canonical(fs::absolute(a, ec), ec), nb = fs::weakly_canonical(fs::absolute(b, ec), ec);
  return na == nb;
}

}  // namespace

void ensure_outputs_spare_inputs(const std::vector<fs::path>& inputs, const std::vector<fs::path>& outputs) {
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    if (outputs[i].empty()) continue;
    for (const auto& in : inputs)
      if (!in.empty()) media::ensure_distinct(in, outputs[i]);
    for (std::size_t j = i + 1; j < outputs.size(); ++j)
      if (!outputs[j].empty() && same_file(outputs[i], outputs[j]))
        fail(ErrorKind::Usage, "'{}' and '{}' are one file: two outputs of one run cannot share a path",
             outputs[i].string(), outputs[j].string());
  }
}

}  // namespace swapcam::pipeline
