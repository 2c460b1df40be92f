#include "runtime/onnx_reader.h"

#include <cstring>
#include <fstream>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/error.h"
#include "test_support.h"

namespace swapcam::runtime {
namespace {

std::vector<float> read_f32(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), {});
  std::vector<float> v(bytes.size() / 4);
  std::memcpy(v.data(), bytes.data(), v.size() * 4);
  return v;
}

void expect_bit_exact(const std::vector<float>& got, const std::vector<float>& want) {
  ASSERT_EQ(got.size(), want.size());
  EXPECT_EQ(std::memcmp(got.data(), want.data(), got.size() * 4), 0);
}

TEST(OnnxReader, ReadsFp32EmapExactly) {
  auto emap = read_emap(test::model("swapper_identity.onnx"));
  ASSERT_EQ(emap.size(), 512u * 512u);
  expect_bit_exact(emap, read_f32(test::model("swapper_identity.emap.f32")));
}

TEST(OnnxReader, ReadsFp16EmapAsFloat) {
  auto emap = read_emap(test::model("swapper_identity_fp16.onnx"));
  expect_bit_exact(emap, read_f32(test::model("swapper_identity_fp16.emap.f32")));
}

TEST(OnnxReader, ReadsFloatDataEncoding) {
  auto emap = read_emap(test::model("swapper_tint.onnx"));
  expect_bit_exact(emap, read_f32(test::model("swapper_tint.emap.f32")));
}

TEST(OnnxReader, ListsInitializersWithShapes) {
  OnnxFileReader r(test::model("swapper_identity.onnx"));
  ASSERT_FALSE(r.initializers().empty());
  const auto& last = r.initializers().back();
  EXPECT_EQ(last.dims, (std::vector<int64_t>{512, 512}));
  EXPECT_EQ(last.data_type, 1);
  EXPECT_EQ(r.find(last.name), &last);
  EXPECT_EQ(r.find("no such tensor"), nullptr);
}

TEST(OnnxReader, RejectsModelsWithoutEmap) {
  try {
    read_emap(test::model("recognizer_arcface.onnx"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidData);
    EXPECT_NE(std::string(e.what()).find("recognizer_arcface.onnx"), std::string::npos);
  }
}

TEST(OnnxReader, CorruptFilesAreErrorsNotCrashes) {
  EXPECT_THROW(read_emap(test::model("corrupt_truncated.onnx")), Error);
  EXPECT_THROW(read_emap(test::model("not_a_model.onnx")), Error);
  try {
    OnnxFileReader r("/nonexistent/model.onnx");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
}

TEST(OnnxReader, LengthsPastTheEndAreRejected) {
  test::TempDir dir;
  // ModelProto{graph: LEN 100} but only 3 bytes follow.
  const unsigned char bytes[] = {0x3a, 0x64, 0x2a, 0x01, 0x00};
  auto path = dir / "short.onnx";
  std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes), sizeof bytes);
  EXPECT_THROW(OnnxFileReader r(path), Error);
  // Initializer claiming a float tensor of 2^40 elements.
  const unsigned char huge[] = {0x3a, 0x0e, 0x2a, 0x0c, 0x08, 0x80, 0x80, 0x80,
                                0x80, 0x80, 0x20, 0x10, 0x01, 0x4a, 0x01, 0x00};
  auto path2 = dir / "huge.onnx";
  std::ofstream(path2, std::ios::binary).write(reinterpret_cast<const char*>(huge), sizeof huge);
  OnnxFileReader r(path2);
  ASSERT_EQ(r.initializers().size(), 1u);
  EXPECT_THROW(r.read_floats(r.initializers()[0]), Error);
}

// Found by fuzz_onnx_reader in CI: a tensor with a zero dimension has no values, and reading it
// used to memcpy zero bytes from a null pointer (undefined; UBSan stops on it). float32 and float16.
TEST(OnnxReader, EmptyTensorsReadAsNoValues) {
  test::TempDir dir;
  for (const unsigned char type : {0x01, 0x0a}) {
    // ModelProto{graph{initializer{dims: 0, data_type, name: "e", raw_data: ""}}}
    const unsigned char bytes[] = {0x3a, 0x0b, 0x2a, 0x09, 0x08, 0x00, 0x10, type, 0x42, 0x01, 0x65, 0x4a, 0x00};
    auto path = dir / fmt::format("empty_{}.onnx", type);
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes), sizeof bytes);
    OnnxFileReader r(path);
    ASSERT_EQ(r.initializers().size(), 1u);
    EXPECT_EQ(r.initializers()[0].dims, (std::vector<int64_t>{0}));
    EXPECT_TRUE(r.read_floats(r.initializers()[0]).empty());
  }
}

// Issue 16: a zero-filled file was walked as 32 million empty fields at ~2 us a byte (minutes for
// 64 MB). Field number 0 does not exist, so it fails on its first byte; a file of valid but endless
// top-level fields (ir_version again and again) fails at the field bound, not at its end.
TEST(OnnxReader, ZeroFilledAndEndlessFilesAreNotModels) {
  test::TempDir dir;
  const auto zeros = dir / "zeros.onnx";
  { std::ofstream(zeros, std::ios::binary); }
  std::filesystem::resize_file(zeros, std::uintmax_t{64} << 20);
  try {
    OnnxFileReader r(zeros);
    FAIL() << "a zero-filled file was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidData);
    EXPECT_NE(std::string(e.what()).find("'" + zeros.string() + "' is not an ONNX model"), std::string::npos)
        << e.what();
    EXPECT_NE(std::string(e.what()).find("at byte 0"), std::string::npos) << e.what();
  }

  const auto endless = dir / "endless.onnx";
  {
    std::string fields;
    for (int i = 0; i < (8 << 20); ++i) fields += std::string("\x08\x00", 2);  // ir_version = 0, 8 Mi times
    std::ofstream(endless, std::ios::binary) << fields;
  }
  try {
    OnnxFileReader r(endless);
    FAIL() << "16 MB of top-level fields were accepted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("too many top-level fields"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace swapcam::runtime
