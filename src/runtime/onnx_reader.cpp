#include "runtime/onnx_reader.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <fstream>

#include "core/error.h"
#include "core/file_kind.h"
#include "runtime/tensor.h"

namespace swapcam::runtime {

namespace {

// Field numbers from onnx.proto.
constexpr uint32_t kModelGraph = 7;
constexpr uint32_t kGraphInitializer = 5;
constexpr uint32_t kTensorDims = 1, kTensorDataType = 2, kTensorFloatData = 4, kTensorInt32Data = 5, kTensorName = 8,
                   kTensorRawData = 9, kTensorDataLocation = 14;
constexpr int kFloat = 1, kFloat16 = 10;

enum WireType : uint32_t { kVarint = 0, kFixed64 = 1, kLen = 2, kFixed32 = 5 };

// The file seen through one read-ahead window: the walk reads keys and lengths a byte at a time,
// which straight from the stream (a seek and a get per byte) cost about 2 us a byte.
class FileWindow {
 public:
  explicit FileWindow(std::ifstream& in) : in_(in) {}

  // The byte at `pos`, or -1 past the end of the file.
  int at(uint64_t pos) {
    if (pos < start_ || pos >= start_ + len_) fill(pos);
    return pos < start_ + len_ ? static_cast<unsigned char>(buf_[pos - start_]) : -1;
  }

  // Copies n bytes at pos; false when the file ends first.
  bool read(uint64_t pos, char* dst, uint64_t n) {
    in_.clear();
    in_.seekg(static_cast<std::streamoff>(pos));
    in_.read(dst, static_cast<std::streamsize>(n));
    return static_cast<bool>(in_);
  }

 private:
  void fill(uint64_t pos) {
    in_.clear();
    in_.seekg(static_cast<std::streamoff>(pos));
    in_.read(buf_, sizeof buf_);
    start_ = pos;
    len_ = static_cast<uint64_t>(std::max<std::streamsize>(in_.gcount(), 0));
  }

  std::ifstream& in_;
  char buf_[1 << 16];
  uint64_t start_ = 0, len_ = 0;
};

// Sequential protobuf reader over a file region; every read is checked against the region end.
class Cursor {
 public:
  Cursor(FileWindow& in, const std::filesystem::path& path, uint64_t pos, uint64_t end)
      : in_(in), path_(path), pos_(pos), end_(end) {}

  bool done() const { return pos_ >= end_; }
  uint64_t pos() const { return pos_; }

  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const uint8_t b = byte();
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) return v;
    }
    corrupt("varint too long");
  }

  // Reads a key; returns false at the end of the region. Field number 0 does not exist in protobuf:
  // a zero-filled file fails on its first byte.
  bool key(uint32_t& field, uint32_t& wire) {
    if (done()) return false;
    const uint64_t at = pos_;
    const uint64_t k = varint();
    if ((k >> 3) == 0 || (k >> 3) > (uint64_t{1} << 29)) {
      pos_ = at;  // the error names where the key starts
      corrupt("not a protobuf message (invalid field number)");
    }
    field = static_cast<uint32_t>(k >> 3);
    wire = static_cast<uint32_t>(k & 7);
    return true;
  }

  // Length of a LEN field, checked against the region.
  uint64_t length() {
    const uint64_t n = varint();
    if (n > end_ - pos_) corrupt("field length runs past its enclosing message");
    return n;
  }

  void skip(uint32_t wire) {
    switch (wire) {
      case kVarint: varint(); return;
      case kFixed64: advance(8); return;
      case kFixed32: advance(4); return;
      case kLen: advance(length()); return;
      default: corrupt("unsupported protobuf wire type");
    }
  }

  void advance(uint64_t n) {
    if (n > end_ - pos_) corrupt("field runs past its enclosing message");
    pos_ += n;
  }

  std::string string(uint64_t n) {
    if (n > end_ - pos_) corrupt("string runs past its enclosing message");
    if (n > (1u << 20)) corrupt("name longer than 1 MiB");
    std::string s(n, '\0');
    if (!in_.read(pos_, s.data(), n)) corrupt("unexpected end of file");
    pos_ += n;
    return s;
  }

  [[noreturn]] void corrupt(const char* why) const {
    fail(ErrorKind::InvalidData, "'{}' is not an ONNX model: {} (at byte {})", path_.string(), why, pos_);
  }

 private:
  uint8_t byte() {
    if (pos_ >= end_) corrupt("unexpected end of message");
    const int c = in_.at(pos_);
    if (c < 0) corrupt("unexpected end of file");
    ++pos_;
    return static_cast<uint8_t>(c);
  }

  FileWindow& in_;
  const std::filesystem::path& path_;
  uint64_t pos_, end_;
};

// ModelProto holds a handful of top-level fields (versions, names, the graph, opset imports,
// metadata); more than this is not a model, and walking it would only take time.
constexpr int kMaxModelFields = 1 << 16;

InitializerInfo parse_tensor(Cursor c) {
  InitializerInfo t;
  bool have_data = false;
  uint32_t field, wire;
  while (c.key(field, wire)) {
    if (field == kTensorDims && wire == kVarint) {
      t.dims.push_back(static_cast<int64_t>(c.varint()));
    } else if (field == kTensorDims && wire == kLen) {
      const uint64_t n = c.length();
      const uint64_t end = c.pos() + n;
      while (c.pos() < end) t.dims.push_back(static_cast<int64_t>(c.varint()));
      if (c.pos() != end) c.corrupt("packed dims overrun");
    } else if (field == kTensorDataType && wire == kVarint) {
      t.data_type = static_cast<int32_t>(c.varint());
    } else if (field == kTensorName && wire == kLen) {
      t.name = c.string(c.length());
    } else if ((field == kTensorRawData || field == kTensorFloatData || field == kTensorInt32Data) && wire == kLen) {
      t.data_bytes = c.length();
      t.data_offset = c.pos();
      t.raw = field == kTensorRawData;
      t.packed_varints = field == kTensorInt32Data;
      have_data = true;
      c.advance(t.data_bytes);
    } else if (field == kTensorDataLocation && wire == kVarint) {
      if (c.varint() == 1) t.external = true;
    } else {
      c.skip(wire);
    }
  }
  if (!have_data && !t.external) t.data_bytes = 0;
  return t;
}

}  // namespace

OnnxFileReader::OnnxFileReader(std::filesystem::path path) : path_(std::move(path)) {
  std::error_code ec;
  if (file_kind(path_) == FileKind::Missing)
    fail(ErrorKind::NotFound, "model file '{}' does not exist", path_.string());
  require_regular_file(path_, "model file");
  file_size_ = std::filesystem::file_size(path_, ec);
  if (ec) fail(ErrorKind::Io, "cannot read '{}': {}", path_.string(), ec.message());
  if (file_size_ == 0) fail(ErrorKind::InvalidData, "'{}' is not an ONNX model: the file is empty", path_.string());
  std::ifstream stream(path_, std::ios::binary);
  if (!stream) fail(ErrorKind::Io, "cannot open '{}'", path_.string());
  auto window = std::make_unique<FileWindow>(stream);
  FileWindow& in = *window;

  Cursor model(in, path_, 0, file_size_);
  uint32_t field, wire;
  bool graph_seen = false;
  for (int fields = 0; model.key(field, wire); ++fields) {
    if (fields >= kMaxModelFields) model.corrupt("too many top-level fields");
    if (field == kModelGraph && wire == kLen) {
      const uint64_t n = model.length();
      Cursor graph(in, path_, model.pos(), model.pos() + n);
      graph_seen = true;
      while (graph.key(field, wire)) {
        if (field == kGraphInitializer && wire == kLen) {
          const uint64_t tn = graph.length();
          initializers_.push_back(parse_tensor(Cursor(in, path_, graph.pos(), graph.pos() + tn)));
          graph.advance(tn);
        } else {
          graph.skip(wire);
        }
      }
      model.advance(n);
    } else {
      model.skip(wire);
    }
  }
  if (!graph_seen) model.corrupt("no graph");
}

const InitializerInfo* OnnxFileReader::find(std::string_view name) const {
  for (const auto& t : initializers_)
    if (t.name == name) return &t;
  return nullptr;
}

std::vector<float> OnnxFileReader::read_floats(const InitializerInfo& info) const {
  const auto bad = [&](std::string_view why) -> std::vector<float> {
    fail(ErrorKind::InvalidData, "'{}': initializer '{}' {}", path_.string(), info.name, why);
  };
  if (info.external) return bad("keeps its data in an external file (not supported)");
  if (info.data_type != kFloat && info.data_type != kFloat16)
    return bad(fmt::format("has data type {}, not float32 or float16", info.data_type));
  int64_t count = 1;
  for (int64_t d : info.dims) {
    if (d < 0 || d > (int64_t{1} << 32)) return bad("has an invalid dimension");
    count *= d;
    if (count > (int64_t{1} << 32)) return bad("is too large");
  }
  if (info.data_offset + info.data_bytes > file_size_) return bad("runs past the end of the file");

  std::ifstream in(path_, std::ios::binary);
  if (!in) fail(ErrorKind::Io, "cannot open '{}'", path_.string());
  in.seekg(static_cast<std::streamoff>(info.data_offset));
  std::vector<char> bytes(info.data_bytes);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!in) return bad("could not be read (file truncated?)");

  std::vector<float> out(static_cast<size_t>(count));
  if (info.data_type == kFloat) {
    if (info.packed_varints || info.data_bytes != static_cast<uint64_t>(count) * 4)
      return bad(fmt::format("holds {} bytes, expected {} for its shape", info.data_bytes, count * 4));
    // Little-endian on every supported platform. An empty tensor (a zero dimension) has no buffers,
    // and memcpy from or to a null pointer is undefined even for zero bytes.
    if (!bytes.empty()) std::memcpy(out.data(), bytes.data(), bytes.size());
    return out;
  }
  std::vector<uint16_t> half(static_cast<size_t>(count));
  if (info.packed_varints) {  // float16 stored as int32_data: one varint per value
    size_t pos = 0, i = 0;
    while (pos < bytes.size()) {
      uint64_t v = 0;
      int shift = 0;
      for (;;) {
        if (pos >= bytes.size() || shift > 63) return bad("has a corrupt int32_data field");
        const auto b = static_cast<uint8_t>(bytes[pos++]);
        v |= static_cast<uint64_t>(b & 0x7f) << shift;
        shift += 7;
        if ((b & 0x80) == 0) break;
      }
      if (i >= half.size()) return bad("holds more values than its shape");
      half[i++] = static_cast<uint16_t>(v);
    }
    if (i != half.size()) return bad("holds fewer values than its shape");
  } else {
    if (info.data_bytes != static_cast<uint64_t>(count) * 2)
      return bad(fmt::format("holds {} bytes, expected {} for its shape", info.data_bytes, count * 2));
    if (!bytes.empty()) std::memcpy(half.data(), bytes.data(), bytes.size());
  }
  half_to_float(half, out);
  return out;
}

std::vector<float> read_emap(const std::filesystem::path& model_file) {
  OnnxFileReader reader(model_file);
  if (reader.initializers().empty())
    fail(ErrorKind::InvalidData, "'{}' has no initializers, so no emap: is it an inswapper model?",
         model_file.string());
  const auto& last = reader.initializers().back();
  if (last.dims.size() != 2 || last.dims[0] != 512 || last.dims[1] != 512)
    fail(ErrorKind::InvalidData, "'{}': the last initializer '{}' is not a 512x512 emap: is it an inswapper model?",
         model_file.string(), last.name);
  return reader.read_floats(last);
}

}  // namespace swapcam::runtime
