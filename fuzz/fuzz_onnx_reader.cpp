// Arbitrary bytes as an .onnx file: the initializer reader must return or throw swapcam::Error,
// never crash, hang or allocate without bound.
#include <cstdint>
#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "fuzz/fuzz_file.h"
#include "runtime/onnx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto path = swapcam::fuzz::write_input("model.onnx", data, size);
  try {
    swapcam::runtime::OnnxFileReader reader(path);
    for (const auto& t : reader.initializers()) {
      try {
        auto v = reader.read_floats(t);
        (void)v;
      } catch (const swapcam::Error&) {}
    }
  } catch (const swapcam::Error&) {}
  return 0;
}
