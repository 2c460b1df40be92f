#pragma once
// No output may overwrite an input, and no two outputs of one run may land on one file. Files are
// compared by identity (hard links, symlinks and other spellings of one file are one file), not by name.
#include <filesystem>
#include <vector>

#include "pipeline/swap_options.h"

namespace swapcam::pipeline {

// Every file a swap reads: the target, the sources, the reference face, the map file with the photos
// it names, and the model files. Reads the map file (its errors are read_face_map's).
std::vector<std::filesystem::path> swap_inputs(const SwapOptions& options);

// Error(Usage) naming both when an output is one of the inputs or two outputs are one file.
// Empty paths are skipped.
void ensure_outputs_spare_inputs(const std::vector<std::filesystem::path>& inputs,
                                 const std::vector<std::filesystem::path>& outputs);

}  // namespace swapcam::pipeline
