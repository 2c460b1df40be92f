#include "runtime/measure.h"

#include <cmath>
#include <fstream>
#include <random>
#include <span>

#include <fmt/format.h>

#include "core/error.h"

namespace swapcam::runtime {

namespace fs = std::filesystem;

namespace {

int64_t product(const std::vector<int64_t>& v) {
  int64_t n = 1;
  for (auto d : v) n *= d;
  return n;
}

// A minimal protobuf writer for the ONNX messages the reference models need -----------------

class Proto {
 public:
  Proto& varint(int field, uint64_t v) {
    key(field, 0);
    raw_varint(v);
    return *this;
  }
  Proto& bytes(int field, std::string_view s) {
    key(field, 2);
    raw_varint(s.size());
    buf_.append(s);
    return *this;
  }
  Proto& message(int field, const Proto& m) { return bytes(field, m.buf_); }
  const std::string& str() const { return buf_; }

 private:
  void key(int field, int wire) { raw_varint(static_cast<uint64_t>(field) << 3 | static_cast<uint64_t>(wire)); }
  void raw_varint(uint64_t v) {
    while (v >= 0x80) {
      buf_.push_back(static_cast<char>(v | 0x80));
      v >>= 7;
    }
    buf_.push_back(static_cast<char>(v));
  }
  std::string buf_;
};

constexpr int kFloat = 1;  // TensorProto.DataType FLOAT

// ValueInfoProto{name, type{tensor_type{elem_type, shape{dim{dim_value}}}}}
Proto value_info(const std::string& name, const std::vector<int64_t>& dims) {
  Proto shape;
  for (auto d : dims) shape.message(1, Proto().varint(1, static_cast<uint64_t>(d)));
  Proto tensor_type;
  tensor_type.varint(1, kFloat).message(2, shape);
  Proto type;
  type.message(1, tensor_type);
  Proto vi;
  vi.bytes(1, name).message(2, type);
  return vi;
}

// TensorProto{dims, data_type, name, raw_data}: seeded uniform values in [-scale, scale].
Proto random_initializer(const std::string& name, const std::vector<int64_t>& dims, float scale, uint32_t seed) {
  std::vector<float> values(static_cast<size_t>(product(dims)));
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> dist(-scale, scale);
  for (auto& v : values) v = dist(rng);
  Proto t;
  for (auto d : dims) t.varint(1, static_cast<uint64_t>(d));
  t.varint(2, kFloat).bytes(8, name);
  // raw_data is little-endian; this writer runs on little-endian hosts only (x86-64, arm64).
  t.bytes(9, std::string_view(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(float)));
  return t;
}

std::string model_proto(const Proto& graph) {
  Proto opset;
  opset.bytes(1, "").varint(2, 17);
  Proto model;
  model.varint(1, 8).bytes(2, "swapcam-bench").message(7, graph).message(8, opset);  // ir_version 8, opset 17
  return model.str();
}

}  // namespace

std::string make_matmul_model(int m, int k, int n) {
  Proto node;
  node.bytes(1, "A").bytes(1, "B").bytes(2, "Y").bytes(3, "matmul").bytes(4, "MatMul");
  Proto graph;
  graph.message(1, node).bytes(2, "gemm");
  graph.message(5, random_initializer("B", {k, n}, 1.f / std::sqrt(static_cast<float>(k)), 1));
  graph.message(11, value_info("A", {m, k})).message(12, value_info("Y", {m, n}));
  return model_proto(graph);
}

std::string make_conv3x3_model(int channels, int size) {
  Proto pads;  // AttributeProto{name, ints (field 8), type INTS (7)}
  pads.bytes(1, "pads");
  for (int i = 0; i < 4; ++i) pads.varint(8, 1);
  pads.varint(20, 7);
  Proto node;
  node.bytes(1, "X").bytes(1, "W").bytes(2, "Y").bytes(3, "conv").bytes(4, "Conv").message(5, pads);
  Proto graph;
  graph.message(1, node).bytes(2, "conv3x3");
  graph.message(5, random_initializer("W", {channels, channels, 3, 3}, 1.f / std::sqrt(9.f * channels), 2));
  graph.message(11, value_info("X", {1, channels, size, size})).message(12, value_info("Y", {1, channels, size, size}));
  return model_proto(graph);
}

std::vector<PeakRun> measure_peak(const RuntimeConfig& cfg, const fs::path& work_dir, int iterations) {
  struct Reference {
    std::string name, file, model;
    double macs;
    std::vector<int64_t> in_shape, out_shape;
  };
  constexpr int kGemm = 2048, kChannels = 1024, kSize = 32;
  const std::vector<Reference> refs = {
      {fmt::format("gemm {0}x{0}x{0}", kGemm),
       "peak_gemm.onnx",
       make_matmul_model(kGemm, kGemm, kGemm),
       static_cast<double>(kGemm) * kGemm * kGemm,
       {kGemm, kGemm},
       {kGemm, kGemm}},
      {fmt::format("conv3x3 {}x{}x{}", kChannels, kSize, kSize),
       "peak_conv3x3.onnx",
       make_conv3x3_model(kChannels, kSize),
       static_cast<double>(kChannels) * kSize * kSize * kChannels * 9,
       {1, kChannels, kSize, kSize},
       {1, kChannels, kSize, kSize}},
  };
  fs::create_directories(work_dir);
  std::vector<PeakRun> out;
  for (const auto& r : refs) {
    const fs::path file = work_dir / r.file;
    {
      std::ofstream f(file, std::ios::binary | std::ios::trunc);
      f.write(r.model.data(), static_cast<std::streamsize>(r.model.size()));
      if (!f) fail(ErrorKind::Io, "cannot write the reference model '{}'", file.string());
    }
    ModelSpec spec;
    spec.role = "peak reference";
    spec.path = file;
    auto model = Model::load(spec, cfg);
    std::vector<float> in(static_cast<size_t>(product(r.in_shape)), 0.5f), y(static_cast<size_t>(product(r.out_shape)));
    const TensorView iv{in.data(), r.in_shape};
    const OutputView ov{y.data(), r.out_shape};
    const Timing t = time_runs(iterations, [&] { model->run_into(std::span(&iv, 1), std::span(&ov, 1)); });
    out.push_back({r.name, r.macs, t.min_ms(), t.median_ms()});
    std::error_code ec;
    fs::remove(file, ec);
  }
  return out;
}

}  // namespace swapcam::runtime
