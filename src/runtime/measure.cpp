#include "runtime/measure.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>
#include <onnxruntime_cxx_api.h>

#include "core/error.h"
#include "core/log.h"
#include "runtime/environment.h"

namespace swapcam::runtime {

namespace fs = std::filesystem;

double Timing::median_ms() const {
  if (runs_ms.empty()) return 0;
  auto v = runs_ms;
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

double Timing::min_ms() const { return runs_ms.empty() ? 0 : *std::min_element(runs_ms.begin(), runs_ms.end()); }

namespace {

int64_t product(const std::vector<int64_t>& v) {
  int64_t n = 1;
  for (auto d : v) n *= d;
  return n;
}

}  // namespace

std::string take_profile(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) fail(ErrorKind::Io, "cannot read the ONNX Runtime profile '{}'", file.string());
  std::stringstream text;
  text << in.rdbuf();
  in.close();
  std::error_code ec;
  fs::remove(file, ec);
  return text.str();
}

namespace {

nlohmann::json parse_profile(std::string_view profile_json) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(profile_json);
  } catch (const nlohmann::json::exception& e) {
    fail(ErrorKind::InvalidData, "ONNX Runtime profile is not JSON: {}", e.what());
  }
  if (!doc.is_array()) fail(ErrorKind::InvalidData, "ONNX Runtime profile is not an array of events");
  return doc;
}

template <typename Fn>
void for_each_kernel(const nlohmann::json& doc, Fn&& fn, double from_us = -1, double to_us = -1);

}  // namespace

ModelCost macs_from_profile(std::string_view profile_json) {
  const nlohmann::json doc = parse_profile(profile_json);
  ModelCost cost;
  cost.source = "ort-profile";
  for_each_kernel(doc, [&](const std::string& op, double macs, double, bool counted) {
    (void)op;
    if (!counted) return;
    cost.macs += macs;
    ++cost.counted_nodes;
  });
  return cost;
}

namespace {

// Calls fn(op, macs, ms, counted) for every *_kernel_time node event; counted: a MAC-bearing op.
template <typename Fn>
void for_each_kernel(const nlohmann::json& doc, Fn&& fn, double from_us, double to_us) {
  auto shape_of = [](const nlohmann::json& list, size_t i) -> std::vector<int64_t> {
    if (!list.is_array() || i >= list.size() || !list[i].is_object() || list[i].empty()) return {};
    const auto& dims = list[i].begin().value();  // {"float": [1, 3, 128, 128]}
    if (!dims.is_array()) return {};
    std::vector<int64_t> out;
    for (const auto& d : dims) out.push_back(d.get<int64_t>());
    return out;
  };
  for (const auto& e : doc) {
    if (!e.is_object() || e.value("cat", "") != "Node") continue;
    const std::string name = e.value("name", "");
    if (name.size() < 12 || name.compare(name.size() - 12, 12, "_kernel_time") != 0) continue;
    const double ts = e.value("ts", 0.0), dur_ms = e.value("dur", 0.0) / 1000.0;
    if (from_us >= 0 && (ts < from_us || ts > to_us)) continue;
    if (!e.contains("args") || !e["args"].is_object()) continue;
    const auto& args = e["args"];
    const std::string op = args.value("op_name", "");
    const auto& ins = args.contains("input_type_shape") ? args["input_type_shape"] : nlohmann::json();
    const auto& outs = args.contains("output_type_shape") ? args["output_type_shape"] : nlohmann::json();
    const auto x = shape_of(ins, 0), w = shape_of(ins, 1), y = shape_of(outs, 0);
    double macs = 0;
    if (op == "Conv" || op == "FusedConv" || op == "NchwcConv") {
      // Every output element is a dot product over (in channels / group) x kernel.
      if (w.size() >= 2 && !y.empty()) macs = static_cast<double>(product(y)) * static_cast<double>(product(w) / w[0]);
    } else if (op == "ConvTranspose") {
      if (w.size() >= 2 && !x.empty()) macs = static_cast<double>(product(x)) * static_cast<double>(product(w) / w[0]);
    } else if (op == "Gemm" || op == "FusedGemm") {
      // A is 2-D [M,K] (or [K,M] with transA); the output is [M,N].
      if (x.size() == 2 && y.size() == 2 && y[0] > 0)
        macs = static_cast<double>(product(y)) * static_cast<double>(product(x) / y[0]);
    } else if (op == "MatMul" || op == "FusedMatMul") {
      if (!x.empty() && !y.empty()) macs = static_cast<double>(product(y)) * static_cast<double>(x.back());
    } else {
      fn(op, 0.0, dur_ms, false);
      continue;
    }
    fn(op, macs, dur_ms, true);
  }
}

}  // namespace

std::vector<OpTime> op_times_from_profile(std::string_view profile_json) {
  const nlohmann::json doc = parse_profile(profile_json);
  // The last run's window: its "model_run" session event.
  double from = -1, to = -1;
  for (const auto& e : doc)
    if (e.is_object() && e.value("name", "") == "model_run") {
      from = e.value("ts", 0.0);
      to = from + e.value("dur", 0.0);
    }
  std::map<std::string, OpTime> by_op;
  for_each_kernel(
      doc,
      [&](const std::string& op, double macs, double ms, bool) {
        auto& t = by_op[op];
        t.op = op;
        ++t.nodes;
        t.ms += ms;
        t.macs += macs;
      },
      from, to);
  std::vector<OpTime> out;
  for (auto& [_, t] : by_op) out.push_back(t);
  std::sort(out.begin(), out.end(), [](const OpTime& a, const OpTime& b) { return a.ms > b.ms; });
  return out;
}

std::optional<double> known_macs(const fs::path& file, int det_size) {
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  if (ec) return std::nullopt;
  const std::string name = file.filename().string();
  // models.md, "Summary": file sizes identify the published exports.
  if ((name == "inswapper_128.onnx" && size == 554253681u) || (name == "inswapper_128_fp16.onnx" && size == 277680638u))
    return 174.58e9;
  if (name == "det_10g.onnx" && size == 16923827u && det_size == 640) return 13.34e9;
  if (name == "w600k_r50.onnx" && size == 174383860u) return 6.31e9;
  return std::nullopt;
}

namespace {

ModelCost profile_macs(const fs::path& model, const std::map<std::string, std::vector<int64_t>>& shapes) {
  const fs::path dir = fs::temp_directory_path() /
                       fmt::format("swapcam-profile-{}", std::hash<std::thread::id>{}(std::this_thread::get_id()));
  fs::create_directories(dir);
  Ort::SessionOptions so;
  so.SetGraphOptimizationLevel(GraphOptimizationLevel::ORT_ENABLE_BASIC);
  so.SetIntraOpNumThreads(1);
  so.EnableProfiling((dir / "profile").native().c_str());
  Ort::Session session(environment(), model.native().c_str(), so);
  Ort::AllocatorWithDefaultOptions alloc;
  Ort::MemoryInfo mem = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
  std::vector<std::string> in_names, out_names;
  std::vector<std::vector<float>> buffers;
  std::vector<std::vector<uint16_t>> halves;
  std::vector<Ort::Value> values;
  for (size_t i = 0; i < session.GetInputCount(); ++i) {
    in_names.push_back(session.GetInputNameAllocated(i, alloc).get());
    const Ort::TypeInfo type = session.GetInputTypeInfo(i);  // the shape info below points into it
    auto info = type.GetTensorTypeAndShapeInfo();
    auto shape = info.GetShape();
    if (auto it = shapes.find(in_names.back()); it != shapes.end()) shape = it->second;
    for (auto& d : shape)
      if (d < 0) d = 1;
    const auto n = static_cast<size_t>(product(shape));
    if (info.GetElementType() == ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT16) {
      auto& h = halves.emplace_back(n, uint16_t{0});
      values.push_back(Ort::Value::CreateTensor(mem, h.data(), n * 2, shape.data(), shape.size(),
                                                ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT16));
    } else {
      auto& b = buffers.emplace_back(n, 0.f);
      values.push_back(Ort::Value::CreateTensor<float>(mem, b.data(), n, shape.data(), shape.size()));
    }
  }
  for (size_t i = 0; i < session.GetOutputCount(); ++i)
    out_names.push_back(session.GetOutputNameAllocated(i, alloc).get());
  std::vector<const char*> in_c, out_c;
  for (auto& s : in_names) in_c.push_back(s.c_str());
  for (auto& s : out_names) out_c.push_back(s.c_str());
  session.Run(Ort::RunOptions{nullptr}, in_c.data(), values.data(), values.size(), out_c.data(), out_c.size());
  const std::string text = take_profile(session.EndProfilingAllocated(alloc).get());
  std::error_code ec;
  fs::remove(dir, ec);
  return macs_from_profile(text);
}

}  // namespace

ModelCost measure_macs(const fs::path& model, const std::map<std::string, std::vector<int64_t>>& shapes) {
  std::string why;
  try {
    return profile_macs(model, shapes);  // no Conv/Gemm/MatMul node at all is a valid 0
  } catch (const std::exception& e) {
    why = e.what();
  }
  ModelCost c;
  int det = 640;
  for (const auto& [name, s] : shapes)
    if (s.size() == 4) det = static_cast<int>(s[3]);
  if (auto t = known_macs(model, det)) {
    c.macs = *t;
    c.source = "table";
  }
  c.note = "not profiled: " + why;
  log::warn("MACs of '{}' {}: {}", model.filename().string(),
            c.source == "table" ? "taken from the published figure" : "unknown", why);
  return c;
}

}  // namespace swapcam::runtime
