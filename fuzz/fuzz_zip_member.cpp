// Arbitrary bytes as a downloaded zip archive (`models fetch` unpacks models from zips): the member
// is written out or swapcam::Error, never a crash; names with paths never escape the output file.
#include <cstdint>
#include <filesystem>

#include "core/error.h"
#include "fuzz/fuzz_file.h"
#include "models/download.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto zip = swapcam::fuzz::write_input("archive.zip", data, size);
  const auto out = zip.parent_path() / "member.out";
  try {
    swapcam::models::extract_zip_member(zip, "model.onnx", out);
  } catch (const swapcam::Error&) {}
  std::error_code ec;
  std::filesystem::remove(out, ec);
  return 0;
}
