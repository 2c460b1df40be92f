// Arbitrary bytes under each image extension through swapcam's own reader (size checks, EXIF
// orientation, format conversion): an image or swapcam::Error, never a crash.
#include <cstdint>

#include "core/error.h"
#include "fuzz/fuzz_file.h"
#include "media/image_io.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* kNames[] = {"in.png", "in.jpg", "in.webp", "in.bmp", "in.tif"};
  const char* name = kNames[size % 5];
  const auto path = swapcam::fuzz::write_input(name, data, size);
  try {
    // A low pixel limit keeps the fuzzer fast and exercises the pre-decode size check.
    auto img = swapcam::media::read_image(path, 4'000'000);
    (void)img;
  } catch (const swapcam::Error&) {}
  return 0;
}
