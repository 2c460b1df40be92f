#pragma once
// The architecture-equivalent models `swapcam bench --generate-models` writes: the graphs of
// inswapper_128, SCRFD-10G-KPS and ArcFace IResNet-50 (models.md), and with --quality-rows those of
// the 256/512-px swappers, XSeg and BiSeNet; seeded random weights, so they cost what the real ones
// cost (same operators, shapes and initializer sizes) without their files. Built in C++ with ONNX's
// own protobuf messages (Debian's libonnx-dev): no script is run. The first three graphs are those of
// tools/gen_test_models.py --full-size (build_*_equivalent there; the weights differ); the others
// exist only here (the tests run tools/'s small contract models instead).
#include <cstdint>
#include <filesystem>

namespace swapcam::bench {

// The swappers beyond inswapper (with their embedding converters) and the mask models
// (equivalent_quality_models.cpp; docs/QUALITY.md says what each graph is built from).
enum class EquivalentModel {
  Inswapper128,
  Scrfd10g,
  ArcfaceR50,
  Hyperswap256,
  Simswap256,
  Simswap512,
  SimswapConverter,
  Ghost256,
  GhostConverter,
  Xseg,
  BisenetResnet34,
};

struct EquivalentInfo {
  uint64_t parameters = 0;  // elements of the named weights (the emap included)
  uint64_t bytes = 0;       // size of the file written
};

// False when this build has no ONNX protobuf library (write_equivalent_model then throws saying so).
bool can_write_equivalent_models();

// Writes one model to `file` (a temporary name first, then renamed). Error(Io) when it cannot be
// written, Error(Runtime) in a build without libonnx.
EquivalentInfo write_equivalent_model(EquivalentModel which, const std::filesystem::path& file);

}  // namespace swapcam::bench
