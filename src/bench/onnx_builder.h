#pragma once
// Internal to src/bench, and only in builds with ONNX's protobuf library (SWAPCAM_HAVE_ONNX_PROTO):
// the small graph builder the architecture-equivalent models (equivalent_models.h) are written with.
#include <cctype>
#include <cmath>
#include <random>
#include <string>
#include <variant>
#include <vector>

#include <fmt/format.h>
#include <onnx/onnx_pb.h>

#include "bench/equivalent_models.h"

namespace swapcam::bench::graph {

using Dim = std::variant<int64_t, std::string>;  // a fixed size or a named dynamic one

inline onnx::AttributeProto attr(const std::string& name, int64_t v) {
  onnx::AttributeProto a;
  a.set_name(name);
  a.set_type(onnx::AttributeProto::INT);
  a.set_i(v);
  return a;
}
inline onnx::AttributeProto attr(const std::string& name, float v) {
  onnx::AttributeProto a;
  a.set_name(name);
  a.set_type(onnx::AttributeProto::FLOAT);
  a.set_f(v);
  return a;
}
inline onnx::AttributeProto attr(const std::string& name, const char* v) {
  onnx::AttributeProto a;
  a.set_name(name);
  a.set_type(onnx::AttributeProto::STRING);
  a.set_s(v);
  return a;
}
inline onnx::AttributeProto attr(const std::string& name, std::vector<int64_t> v) {
  onnx::AttributeProto a;
  a.set_name(name);
  a.set_type(onnx::AttributeProto::INTS);
  for (auto x : v) a.add_ints(x);
  return a;
}

// Collects nodes and initializers and names intermediate values, like tools/onnx_graph.py's Graph.
class Graph {
 public:
  explicit Graph(const std::string& name) { g_.set_name(name); }

  std::string input(const std::string& name, const std::vector<Dim>& dims) {
    value_info(*g_.add_input(), name, dims);
    return name;
  }
  void output(const std::string& name, const std::vector<Dim>& dims) { value_info(*g_.add_output(), name, dims); }

  std::string constant(const std::string& name, const std::vector<int64_t>& dims, const std::vector<float>& values) {
    auto* t = g_.add_initializer();
    t->set_name(name);
    t->set_data_type(onnx::TensorProto::FLOAT);
    for (auto d : dims) t->add_dims(d);
    // raw_data is little-endian; x86-64 and arm64 are.
    t->set_raw_data(std::string(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(float)));
    if (!(name.size() > 1 && name[0] == 'c' && name.find_first_not_of("0123456789", 1) == std::string::npos))
      parameters_ += values.size();
    return name;
  }
  std::string filled(const std::string& name, const std::vector<int64_t>& dims, float value) {
    int64_t n = 1;
    for (auto d : dims) n *= d;
    return constant(name, dims, std::vector<float>(static_cast<size_t>(n), value));
  }
  // Small helper constants c<N>: a float scalar or vector, an int64 vector.
  std::string f32(std::vector<float> v, bool scalar = false) {
    return constant(next_const(), scalar ? std::vector<int64_t>{} : std::vector<int64_t>{int64_t(v.size())}, v);
  }
  std::string i64(const std::vector<int64_t>& v) {
    auto* t = g_.add_initializer();
    t->set_name(next_const());
    t->set_data_type(onnx::TensorProto::INT64);
    t->add_dims(int64_t(v.size()));
    t->set_raw_data(std::string(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(int64_t)));
    return t->name();
  }

  std::vector<std::string> ops(const std::string& type, const std::vector<std::string>& inputs,
                               std::vector<onnx::AttributeProto> attrs, int n_out, const std::string& out = {}) {
    ++count_;
    auto* n = g_.add_node();
    n->set_op_type(type);
    n->set_name(fmt::format("{}_{}", type, count_));
    for (const auto& i : inputs) n->add_input(i);
    std::vector<std::string> outs;
    for (int k = 0; k < n_out; ++k) outs.push_back(out.empty() ? fmt::format("{}_{}_{}", lower(type), count_, k) : out);
    for (const auto& o : outs) n->add_output(o);
    for (auto& a : attrs) *n->add_attribute() = std::move(a);
    return outs;
  }
  std::string op(const std::string& type, const std::vector<std::string>& inputs,
                 std::vector<onnx::AttributeProto> attrs = {}, const std::string& out = {}) {
    return ops(type, inputs, std::move(attrs), 1, out)[0];
  }

  onnx::ModelProto model(const std::string& doc) {
    onnx::ModelProto m;
    m.set_ir_version(8);
    m.set_producer_name("swapcam bench --generate-models");
    m.set_producer_version("1");
    m.set_doc_string(doc);
    auto* opset = m.add_opset_import();
    opset->set_domain("");
    opset->set_version(17);
    *m.mutable_graph() = std::move(g_);
    return m;
  }
  uint64_t parameters() const { return parameters_; }

 private:
  static void value_info(onnx::ValueInfoProto& vi, const std::string& name, const std::vector<Dim>& dims) {
    vi.set_name(name);
    auto* tt = vi.mutable_type()->mutable_tensor_type();
    tt->set_elem_type(onnx::TensorProto::FLOAT);
    auto* shape = tt->mutable_shape();
    for (const auto& d : dims) {
      auto* dim = shape->add_dim();
      if (std::holds_alternative<int64_t>(d)) dim->set_dim_value(std::get<int64_t>(d));
      else dim->set_dim_param(std::get<std::string>(d));
    }
  }
  static std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }
  std::string next_const() { return fmt::format("c{}", ++count_); }

  onnx::GraphProto g_;
  int count_ = 0;
  uint64_t parameters_ = 0;
};

// Seeded He-normal weights, scaled down so activations stay small and finite.
class Weights {
 public:
  Weights(Graph& g, uint64_t seed, float gain = 0.5f) : g_(g), rng_(seed), gain_(gain) {}
  std::pair<std::string, std::string> conv(int cin, int cout, int k, float bias_mean = 0.f) {
    ++n_;
    const float std_dev = gain_ * std::sqrt(2.f / static_cast<float>(cin * k * k));
    auto w = g_.constant(fmt::format("conv{}.weight", n_), {cout, cin, k, k},
                         normal(size_t(cout) * cin * k * k, std_dev, 0));
    auto b = g_.constant(fmt::format("conv{}.bias", n_), {cout}, normal(size_t(cout), 0.01f, bias_mean));
    return {w, b};
  }
  std::pair<std::string, std::string> linear(int cin, int cout) {
    ++n_;
    auto w = g_.constant(fmt::format("fc{}.weight", n_), {cout, cin},
                         normal(size_t(cout) * cin, gain_ / std::sqrt(float(cin)), 0));
    auto b = g_.constant(fmt::format("fc{}.bias", n_), {cout}, normal(size_t(cout), 0.01f, 0));
    return {w, b};
  }
  std::vector<float> normal(size_t n, float std_dev, float mean) {
    std::normal_distribution<float> dist(mean, std_dev);
    std::vector<float> v(n);
    for (auto& x : v) x = dist(rng_);
    return v;
  }

 private:
  Graph& g_;
  std::mt19937_64 rng_;
  float gain_;
  int n_ = 0;
};

using Attrs = std::vector<onnx::AttributeProto>;

// The graphs of the swappers beyond inswapper and of the mask models (equivalent_quality_models.cpp).
onnx::ModelProto quality_equivalent(EquivalentModel which, uint64_t& parameters);

}  // namespace swapcam::bench::graph
