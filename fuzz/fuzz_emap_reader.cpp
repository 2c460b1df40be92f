// Arbitrary bytes as an inswapper model: read_emap (the path every swap takes to its source latent)
// must return a 512x512 matrix or throw swapcam::Error; never crash, hang or allocate without bound.
#include <cstdint>

#include "core/error.h"
#include "fuzz/fuzz_file.h"
#include "runtime/onnx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto path = swapcam::fuzz::write_input("swapper.onnx", data, size);
  try {
    const auto emap = swapcam::runtime::read_emap(path);
    if (emap.size() != 512u * 512u) __builtin_trap();  // the contract: 512x512 or an error
  } catch (const swapcam::Error&) {}
  return 0;
}
