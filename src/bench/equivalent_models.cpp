#include "bench/equivalent_models.h"

#include "core/error.h"

#if SWAPCAM_HAVE_ONNX_PROTO

#include <cmath>
#include <fstream>
#include <random>
#include <string>
#include <unistd.h>
#include <variant>
#include <vector>

#include <fmt/format.h>
#include <onnx/onnx_pb.h>

#include "bench/onnx_builder.h"

namespace swapcam::bench {

namespace fs = std::filesystem;

namespace {

using namespace graph;

onnx::ModelProto inswapper(uint64_t& parameters) {
  Graph g("inswapper_128_equivalent");
  Weights wts(g, 128);
  std::string x = g.input("target", {int64_t(1), int64_t(3), int64_t(128), int64_t(128)});
  const std::string latent = g.input("source", {int64_t(1), int64_t(512)});
  auto conv = [&](std::string v, int cin, int cout, int k, int stride = 1, int pad = 0, int reflect = 0) {
    if (reflect)
      v = g.op("Pad", {v, g.i64({0, 0, reflect, reflect, 0, 0, reflect, reflect})}, {attr("mode", "reflect")});
    auto [w, b] = wts.conv(cin, cout, k);
    return g.op("Conv", {v, w, b},
                {attr("kernel_shape", {k, k}), attr("strides", {stride, stride}), attr("pads", {pad, pad, pad, pad})});
  };
  auto lrelu = [&](const std::string& v) { return g.op("LeakyRelu", {v}, {attr("alpha", 0.2f)}); };
  x = lrelu(conv(x, 3, 128, 7, 1, 0, 3));
  x = lrelu(conv(x, 128, 256, 3, 1, 1));
  x = lrelu(conv(x, 256, 512, 3, 2, 1));
  x = lrelu(conv(x, 512, 1024, 3, 2, 1));
  const std::string eps = g.f32({1e-8f}, true);
  const std::string style_shape = g.i64({1, 1024, 1, 1});
  auto mean23 = [&](const std::string& v) {
    return g.op("ReduceMean", {v}, {attr("axes", {2, 3}), attr("keepdims", int64_t(1))});
  };
  auto styled_layer = [&](const std::string& v) {
    const std::string y = conv(v, 1024, 1024, 3, 1, 0, 1);
    const std::string centred = g.op("Sub", {y, mean23(y)});
    const std::string var = mean23(g.op("Mul", {centred, centred}));
    const std::string normed = g.op("Div", {centred, g.op("Sqrt", {g.op("Add", {var, eps})})});
    auto [w, b] = wts.linear(512, 2048);
    const std::string style = g.op("Gemm", {latent, w, b}, {attr("transB", int64_t(1))});
    auto halves = g.ops("Split", {style, g.i64({1024, 1024})}, {attr("axis", int64_t(1))}, 2);
    const std::string gamma = g.op("Reshape", {halves[0], style_shape});
    const std::string beta = g.op("Reshape", {halves[1], style_shape});
    return g.op("Add", {g.op("Mul", {normed, gamma}), beta});
  };
  for (int i = 0; i < 6; ++i) {
    const std::string y = g.op("Relu", {styled_layer(x)});
    x = g.op("Add", {x, styled_layer(y)});
  }
  const std::string up_scales = g.f32({1.f, 1.f, 2.f, 2.f});
  auto up = [&](const std::string& v) {
    return g.op("Resize", {v, "", up_scales},
                {attr("mode", "linear"), attr("coordinate_transformation_mode", "half_pixel")});
  };
  x = lrelu(conv(up(x), 1024, 512, 3, 1, 1));
  x = lrelu(conv(up(x), 512, 256, 3, 1, 1));
  x = lrelu(conv(x, 256, 128, 3, 1, 1));
  x = g.op("Tanh", {conv(x, 128, 3, 7, 1, 0, 3)});
  g.op("Mul", {g.op("Add", {x, g.f32({1.f}, true)}), g.f32({0.5f}, true)}, {}, "output");
  g.output("output", {int64_t(1), int64_t(3), int64_t(128), int64_t(128)});
  Weights emap_rng(g, 129);
  g.constant("emap", {512, 512}, emap_rng.normal(512 * 512, 1.f, 0.f));
  parameters = g.parameters();
  return g.model("inswapper_128 architecture with random weights (benchmark only)");
}

onnx::ModelProto arcface_r50(uint64_t& parameters) {
  Graph g("arcface_r50_equivalent");
  Weights wts(g, 50);
  std::string x = g.input("input.1", {std::string("batch"), int64_t(3), int64_t(112), int64_t(112)});
  int n = 0;
  auto conv = [&](const std::string& v, int cin, int cout, int k, int stride = 1) {
    auto [w, b] = wts.conv(cin, cout, k);
    const int p = k / 2;
    return g.op("Conv", {v, w, b},
                {attr("kernel_shape", {k, k}), attr("strides", {stride, stride}), attr("pads", {p, p, p, p})});
  };
  auto prelu = [&](const std::string& v, int c) {
    ++n;
    return g.op("PRelu", {v, g.filled(fmt::format("prelu{}", n), {c, 1, 1}, 0.25f)});
  };
  auto bn = [&](const std::string& v, int c) {
    ++n;
    const std::string p = fmt::format("bn{}", n);
    const std::string scale = g.filled(p + ".scale", {c}, 1.f), bias = g.filled(p + ".bias", {c}, 0.f);
    const std::string mean = g.filled(p + ".mean", {c}, 0.f), var = g.filled(p + ".var", {c}, 1.f);
    return g.op("BatchNormalization", {v, scale, bias, mean, var}, {attr("epsilon", 1e-5f)});
  };
  x = prelu(conv(x, 3, 64, 3), 64);
  int cin = 64;
  for (auto [planes, blocks] : {std::pair{64, 3}, std::pair{128, 4}, std::pair{256, 14}, std::pair{512, 3}}) {
    for (int k = 0; k < blocks; ++k) {
      const int stride = k == 0 ? 2 : 1;
      std::string y = conv(bn(x, cin), cin, planes, 3);
      y = conv(prelu(y, planes), planes, planes, 3, stride);
      const std::string shortcut = k == 0 ? conv(x, cin, planes, 1, stride) : x;
      x = g.op("Add", {y, shortcut});
      cin = planes;
    }
  }
  x = g.op("Flatten", {bn(x, 512)}, {attr("axis", int64_t(1))});
  auto [w, b] = wts.linear(512 * 7 * 7, 512);
  g.op("Gemm", {x, w, b}, {attr("transB", int64_t(1))}, "683");
  g.output("683", {std::string("batch"), int64_t(512)});
  parameters = g.parameters();
  return g.model("IResNet-50 architecture with random weights (benchmark only)");
}

onnx::ModelProto scrfd_10g(uint64_t& parameters) {
  Graph g("scrfd_10g_equivalent");
  Weights wts(g, 10);
  std::string x = g.input("input.1", {int64_t(1), int64_t(3), std::string("height"), std::string("width")});
  auto conv = [&](const std::string& v, int cin, int cout, int k, int stride = 1, bool relu = true) {
    auto [w, b] = wts.conv(cin, cout, k);
    const int p = k / 2;
    const std::string y =
        g.op("Conv", {v, w, b},
             {attr("kernel_shape", {k, k}), attr("strides", {stride, stride}), attr("pads", {p, p, p, p})});
    return relu ? g.op("Relu", {y}) : y;
  };
  x = conv(x, 3, 28, 3, 2);
  x = conv(x, 28, 28, 3);
  x = conv(x, 28, 56, 3);
  x = g.op("MaxPool", {x}, {attr("kernel_shape", {3, 3}), attr("strides", {2, 2}), attr("pads", {1, 1, 1, 1})});
  std::vector<std::string> feats;
  int cin = 56;
  const std::pair<int, int> stages[] = {{56, 3}, {88, 4}, {88, 2}, {224, 3}};
  for (int stage = 0; stage < 4; ++stage) {
    const auto [planes, blocks] = stages[stage];
    for (int k = 0; k < blocks; ++k) {
      const int stride = k == 0 && stage > 0 ? 2 : 1;
      const std::string y = conv(conv(x, cin, planes, 3, stride), planes, planes, 3, 1, false);
      std::string shortcut = x;
      if (k == 0 && (stride != 1 || cin != planes)) {
        if (stride != 1)  // avg_down: average pooling, then a 1x1 conv
          shortcut = g.op("AveragePool", {x},
                          {attr("kernel_shape", {2, 2}), attr("strides", {2, 2}), attr("ceil_mode", int64_t(1))});
        shortcut = conv(shortcut, cin, planes, 1, 1, false);
      }
      x = g.op("Relu", {g.op("Add", {y, shortcut})});
      cin = planes;
    }
    feats.push_back(x);
  }
  // PAFPN on stages 2..4 (strides 8, 16, 32).
  std::vector<std::string> lateral;
  const int lateral_in[] = {88, 88, 224};
  for (int i = 0; i < 3; ++i) lateral.push_back(conv(feats[size_t(i) + 1], lateral_in[i], 56, 1, 1, false));
  const std::string up_scales = g.f32({1.f, 1.f, 2.f, 2.f});
  for (int i : {2, 1})
    lateral[size_t(i) - 1] =
        g.op("Add",
             {lateral[size_t(i) - 1], g.op("Resize", {lateral[size_t(i)], "", up_scales}, {attr("mode", "nearest")})});
  std::vector<std::string> inter;
  for (const auto& v : lateral) inter.push_back(conv(v, 56, 56, 3, 1, false));
  for (int i : {0, 1})
    inter[size_t(i) + 1] = g.op("Add", {inter[size_t(i) + 1], conv(inter[size_t(i)], 56, 56, 3, 2, false)});
  std::vector<std::string> outs{inter[0]};
  for (int i : {1, 2}) outs.push_back(conv(inter[size_t(i)], 56, 56, 3, 1, false));
  // Head: weights shared across strides.
  std::vector<std::pair<std::string, std::string>> head;
  head.push_back(wts.conv(56, 80, 3));
  head.push_back(wts.conv(80, 80, 3));
  head.push_back(wts.conv(80, 80, 3));
  std::vector<std::pair<std::string, std::string>> gn;
  for (int k = 0; k < 3; ++k)
    gn.emplace_back(g.filled(fmt::format("gn{}.gamma", k), {80, 1, 1}, 1.f),
                    g.filled(fmt::format("gn{}.beta", k), {80, 1, 1}, 0.f));
  const std::string in_scale = g.filled("gn.in_scale", {16}, 1.f), in_bias = g.filled("gn.in_bias", {16}, 0.f);
  // Score prior of about 0.01 (bias -4.6), so random weights give few detections, as a real frame does.
  const auto cls_w = wts.conv(80, 2, 3, -4.6f);
  const auto reg_w = wts.conv(80, 8, 3);
  const auto kps_w = wts.conv(80, 20, 3);
  const std::string grouped = g.i64({1, 16, -1});
  const Attrs conv3 = {attr("kernel_shape", {3, 3}), attr("pads", {1, 1, 1, 1})};
  std::vector<std::string> cls, reg, kps;
  for (size_t level = 0; level < outs.size(); ++level) {
    std::string v = outs[level];
    for (size_t h = 0; h < 3; ++h) {
      const std::string y = g.op("Conv", {v, head[h].first, head[h].second}, conv3);
      const std::string shape = g.op("Shape", {y});
      const std::string normed =
          g.op("InstanceNormalization", {g.op("Reshape", {y, grouped}), in_scale, in_bias}, {attr("epsilon", 1e-5f)});
      v = g.op("Relu", {g.op("Add", {g.op("Mul", {g.op("Reshape", {normed, shape}), gn[h].first}), gn[h].second})});
    }
    struct Branch {
      std::vector<std::string>* into;
      const std::pair<std::string, std::string>* w;
      int width;
    };
    for (const Branch& br : {Branch{&cls, &cls_w, 1}, Branch{&reg, &reg_w, 4}, Branch{&kps, &kps_w, 10}}) {
      std::string y = g.op("Conv", {v, br.w->first, br.w->second}, conv3);
      if (br.into == &cls) y = g.op("Sigmoid", {y});
      else if (br.into == &reg) y = g.op("Mul", {y, g.constant(fmt::format("scale{}", level), {}, {1.f})});
      y = g.op("Reshape", {g.op("Transpose", {y}, {attr("perm", {0, 2, 3, 1})}), g.i64({-1, br.width})});
      br.into->push_back(y);
    }
  }
  // det_10g's nobatch output names and order: score_8..32, bbox_8..32, kps_8..32.
  static const char* kNames[] = {"448", "471", "494", "451", "474", "497", "454", "477", "500"};
  std::vector<std::string> values = cls;
  values.insert(values.end(), reg.begin(), reg.end());
  values.insert(values.end(), kps.begin(), kps.end());
  for (size_t k = 0; k < values.size(); ++k) {
    const int width = (k / 3 == 0) ? 1 : (k / 3 == 1) ? 4 : 10;
    g.op("Identity", {values[k]}, {}, kNames[k]);
    g.output(kNames[k], {fmt::format("n{}", 8 << (k % 3)), int64_t(width)});
  }
  parameters = g.parameters();
  return g.model("SCRFD-10G-KPS architecture with random weights (benchmark only)");
}

}  // namespace

bool can_write_equivalent_models() { return true; }

EquivalentInfo write_equivalent_model(EquivalentModel which, const fs::path& file) {
  EquivalentInfo info;
  const onnx::ModelProto model = which == EquivalentModel::Inswapper128 ? inswapper(info.parameters)
                                 : which == EquivalentModel::Scrfd10g   ? scrfd_10g(info.parameters)
                                 : which == EquivalentModel::ArcfaceR50 ? arcface_r50(info.parameters)
                                                                        : quality_equivalent(which, info.parameters);
  const fs::path tmp = fs::path(file) += fmt::format(".tmp-{}", ::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out || !model.SerializeToOstream(&out) || !out.flush()) {
      std::error_code ec;
      fs::remove(tmp, ec);
      fail(ErrorKind::Io, "cannot write the benchmark model '{}'", file.string());
    }
  }
  std::error_code ec;
  fs::rename(tmp, file, ec);
  if (ec) {
    fs::remove(tmp, ec);
    fail(ErrorKind::Io, "cannot write the benchmark model '{}': {}", file.string(), ec.message());
  }
  info.bytes = fs::file_size(file, ec);
  return info;
}

}  // namespace swapcam::bench

#else  // no libonnx in this build

namespace swapcam::bench {

bool can_write_equivalent_models() { return false; }

EquivalentInfo write_equivalent_model(EquivalentModel, const std::filesystem::path& file) {
  fail(ErrorKind::Runtime,
       "cannot write '{}': this swapcam was built without ONNX's protobuf library (libonnx-dev); "
       "install it and rebuild, or put the real models in --models-dir",
       file.string());
}

}  // namespace swapcam::bench

#endif
