// Arbitrary bytes as a --map-faces file: entries or swapcam::Error, never a crash.
#include <cstdint>

#include "core/error.h"
#include "fuzz/fuzz_file.h"
#include "pipeline/image_pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto path = swapcam::fuzz::write_input("map.json", data, size);
  try {
    auto entries = swapcam::pipeline::read_face_map(path);
    (void)entries;
  } catch (const swapcam::Error&) {}
  return 0;
}
