#pragma once
// Reads graph initializers straight from an .onnx file, without ONNX Runtime and without loading
// the file into memory: protobuf fields are walked with seeks, and only the requested tensor's
// bytes are read. Used for the inswapper `emap`, which no node consumes, so ORT never exposes it.
// Every length and offset is bounds-checked against the file size: a corrupt file is an Error,
// never a crash or a huge allocation.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace swapcam::runtime {

struct InitializerInfo {
  std::string name;
  std::vector<int64_t> dims;
  int32_t data_type = 0;     // TensorProto.DataType: 1 float32, 10 float16
  uint64_t data_offset = 0;  // file offset of raw_data (or packed float_data)
  uint64_t data_bytes = 0;
  bool raw = true;              // raw_data (little-endian) vs float_data / int32_data
  bool packed_varints = false;  // int32_data: float16 bit patterns as varints
  bool external = false;        // data lives in an external file (unsupported)
};

class OnnxFileReader {
 public:
  // Throws Error(NotFound) / Error(InvalidData) with the file name.
  explicit OnnxFileReader(std::filesystem::path path);

  // Graph initializers in file order (metadata only).
  const std::vector<InitializerInfo>& initializers() const { return initializers_; }
  const InitializerInfo* find(std::string_view name) const;

  // Reads one initializer as float32 (float16 converted). Throws Error(InvalidData).
  std::vector<float> read_floats(const InitializerInfo& info) const;

 private:
  std::filesystem::path path_;
  uint64_t file_size_ = 0;
  std::vector<InitializerInfo> initializers_;
};

// The inswapper emap: the last initializer, 512x512, as float32 row-major. Throws Error(InvalidData).
std::vector<float> read_emap(const std::filesystem::path& model_file);

}  // namespace swapcam::runtime
