// The architecture-equivalent graphs of the swappers beyond inswapper and of the mask models
// (equivalent_models.h; their I/O contracts: docs/MODELS.md). Random weights: they cost what the
// published architectures cost (operators, shapes, weight sizes), they do not swap or segment.
// docs/QUALITY.md says what each is built from and which of them is an assumption.
#if SWAPCAM_HAVE_ONNX_PROTO

#include <utility>

#include "bench/onnx_builder.h"
#include "core/error.h"

namespace swapcam::bench::graph {

namespace {

// A few layers shared by the graphs below, on one Graph and one weight generator.
struct Layers {
  Graph& g;
  Weights w;
  std::string up_scales;

  Layers(Graph& graph, uint64_t seed) : g(graph), w(graph, seed), up_scales(graph.f32({1.f, 1.f, 2.f, 2.f})) {}

  std::string conv(std::string v, int cin, int cout, int k, int stride = 1, int reflect = 0) {
    int pad = k / 2;
    if (reflect) {
      v = g.op("Pad", {v, g.i64({0, 0, reflect, reflect, 0, 0, reflect, reflect})}, {attr("mode", "reflect")});
      pad = 0;
    }
    if (k == 4) pad = 1;  // 4x4, stride 2: an exact halving (AEI-Net's encoder)
    auto [wt, b] = w.conv(cin, cout, k);
    return g.op("Conv", {v, wt, b},
                {attr("kernel_shape", {k, k}), attr("strides", {stride, stride}), attr("pads", {pad, pad, pad, pad})});
  }
  std::string relu(const std::string& v) { return g.op("Relu", {v}); }
  std::string lrelu(const std::string& v) { return g.op("LeakyRelu", {v}, {attr("alpha", 0.2f)}); }
  std::string up(const std::string& v) {
    return g.op("Resize", {v, "", up_scales},
                {attr("mode", "linear"), attr("coordinate_transformation_mode", "half_pixel")});
  }
  std::string pool(const std::string& v) {
    return g.op("MaxPool", {v}, {attr("kernel_shape", {2, 2}), attr("strides", {2, 2})});
  }
  std::string instance_norm(const std::string& v, int c) {
    return g.op("InstanceNormalization",
                {v, g.f32(std::vector<float>(size_t(c), 1.f)), g.f32(std::vector<float>(size_t(c), 0.f))},
                {attr("epsilon", 1e-5f)});
  }
  // [1,cin] -> [1,cout] (a Gemm with its bias)
  std::string linear(const std::string& v, int cin, int cout) {
    auto [wt, b] = w.linear(cin, cout);
    return g.op("Gemm", {v, wt, b}, {attr("transB", int64_t(1))});
  }
  std::string as_channels(const std::string& v, int c) { return g.op("Reshape", {v, g.i64({1, c, 1, 1})}); }
  // tanh, then (x + 1) / 2 into [0,1]: the output of a [0,1] contract; signed contracts stop at tanh.
  std::string unit_output(const std::string& v) {
    return g.op("Mul", {g.op("Add", {g.op("Tanh", {v}), g.f32({1.f}, true)}), g.f32({0.5f}, true)});
  }
};

// The AdaIN generator family of SimSwap and inswapper: a reflect-padded 7x7 stem, stride-2 convs down
// to the bottleneck, residual blocks whose instance norms take their scale and shift from the identity
// (a Gemm per norm), then upsampling convs back and a 7x7 to RGB.
struct AdainShape {
  int size;
  int stem;
  std::vector<std::pair<int, int>> down;  // (channels, stride)
  int blocks;
  std::vector<std::pair<int, bool>> upward;  // (channels, upsample first)
  bool unit_output;                          // [0,1] output (tanh, then (x+1)/2); else tanh ([-1,1])
};

onnx::ModelProto adain_generator(const char* name, const AdainShape& s, uint64_t seed, uint64_t& parameters) {
  Graph g(name);
  Layers l(g, seed);
  std::string x = g.input("target", {int64_t(1), int64_t(3), int64_t(s.size), int64_t(s.size)});
  const std::string source = g.input("source", {int64_t(1), int64_t(512)});
  x = l.relu(l.conv(x, 3, s.stem, 7, 1, 3));
  int c = s.stem;
  for (auto [cout, stride] : s.down) {
    x = l.relu(l.conv(x, c, cout, 3, stride));
    c = cout;
  }
  auto adain = [&](const std::string& v) {
    const std::string style = l.linear(source, 512, 2 * c);
    auto halves = g.ops("Split", {style, g.i64({c, c})}, {attr("axis", int64_t(1))}, 2);
    return g.op("Add",
                {g.op("Mul", {l.instance_norm(v, c), l.as_channels(halves[0], c)}), l.as_channels(halves[1], c)});
  };
  for (int i = 0; i < s.blocks; ++i) {
    const std::string y = l.relu(adain(l.conv(x, c, c, 3, 1, 1)));
    x = g.op("Add", {x, adain(l.conv(y, c, c, 3, 1, 1))});
  }
  for (auto [cout, upsample] : s.upward) {
    x = l.relu(l.conv(upsample ? l.up(x) : x, c, cout, 3));
    c = cout;
  }
  x = l.conv(x, c, 3, 7, 1, 3);
  g.op("Identity", {s.unit_output ? l.unit_output(x) : g.op("Tanh", {x})}, {}, "output");
  g.output("output", {int64_t(1), int64_t(3), int64_t(s.size), int64_t(s.size)});
  parameters = g.parameters();
  return g.model(std::string(name) + ": an architecture equivalent with random weights (benchmark only)");
}

// The embedding converters of SimSwap and GHOST ('input' [1,512] -> [1,512]): a small MLP.
onnx::ModelProto converter(const char* name, uint64_t seed, uint64_t& parameters) {
  Graph g(name);
  Layers l(g, seed);
  std::string x = g.input("input", {int64_t(1), int64_t(512)});
  x = l.relu(l.linear(x, 512, 2048));
  x = l.relu(l.linear(x, 2048, 2048));
  g.op("Identity", {l.linear(x, 2048, 512)}, {}, "output");
  g.output("output", {int64_t(1), int64_t(512)});
  parameters = g.parameters();
  return g.model(std::string(name) + ": an embedding converter equivalent with random weights (benchmark only)");
}

// GHOST's AEI-Net at 256: a U-Net attribute encoder (4x4 stride-2 convs down to 2x2, upsampling convs
// back with skip concatenations) and an AAD generator from the identity up to 256, whose blocks blend
// an attribute-modulated and an identity-modulated instance norm through a learnt mask. `aad_blocks`:
// AAD layers per residual block (ghost_1/2/3).
onnx::ModelProto ghost(int aad_blocks, uint64_t& parameters) {
  Graph g("ghost_256_equivalent");
  Layers l(g, 256 + aad_blocks);
  std::string x = g.input("target", {int64_t(1), int64_t(3), int64_t(256), int64_t(256)});
  const std::string source = g.input("source", {int64_t(1), int64_t(512)});
  // Encoder: 128 (32), 64 (64), 32 (128), 16 (256), 8 (512), 4 (1024), 2 (1024).
  const int enc[] = {32, 64, 128, 256, 512, 1024, 1024};
  std::vector<std::string> feats;
  int c = 3;
  for (int cout : enc) {
    x = l.lrelu(l.conv(x, c, cout, 4, 2));
    feats.push_back(x);
    c = cout;
  }
  // Decoder: the attribute maps at 2, 4, ..., 128 px, then 256 (the last one upsampled).
  std::vector<std::pair<std::string, int>> attrs{{x, 1024}};
  const int dec[] = {1024, 512, 256, 128, 64, 32};
  for (int i = 0; i < 6; ++i) {
    x = l.lrelu(l.conv(l.up(x), c, dec[i], 3));
    const auto& skip = feats[size_t(5 - i)];
    x = g.op("Concat", {x, skip}, {attr("axis", int64_t(1))});
    c = dec[i] + enc[5 - i];
    attrs.emplace_back(x, c);
  }
  attrs.emplace_back(l.up(x), c);
  // AAD generator: the identity to 1024 x 2 x 2, then one residual block per level.
  auto aad = [&](const std::string& h, int ch, const std::string& a, int ca) {
    const std::string normed = l.instance_norm(h, ch);
    const std::string a_mod = g.op("Add", {g.op("Mul", {normed, l.conv(a, ca, ch, 1)}), l.conv(a, ca, ch, 1)});
    const std::string i_mod = g.op("Add", {g.op("Mul", {normed, l.as_channels(l.linear(source, 512, ch), ch)}),
                                           l.as_channels(l.linear(source, 512, ch), ch)});
    const std::string m = g.op("Sigmoid", {l.conv(normed, ch, 1, 1)});
    const std::string one_minus = g.op("Sub", {g.f32({1.f}, true), m});
    return g.op("Add", {g.op("Mul", {one_minus, a_mod}), g.op("Mul", {m, i_mod})});
  };
  auto res_block = [&](const std::string& h, int cin, int cout, const std::string& a, int ca) {
    std::string y = h;
    for (int k = 0; k < aad_blocks; ++k) {
      const int out = k + 1 == aad_blocks ? cout : cin;
      y = l.conv(l.relu(aad(y, cin, a, ca)), cin, out, 3);
    }
    const std::string skip = cin == cout ? h : l.conv(l.relu(aad(h, cin, a, ca)), cin, cout, 3);
    return g.op("Add", {y, skip});
  };
  std::string h = g.op("Reshape", {l.linear(source, 512, 1024 * 4), g.i64({1, 1024, 2, 2})});
  const int gen[] = {1024, 1024, 1024, 512, 256, 128, 64, 3};
  c = 1024;
  for (size_t level = 0; level < attrs.size(); ++level) {
    h = res_block(h, c, gen[level], attrs[level].first, attrs[level].second);
    c = gen[level];
    if (level + 1 < attrs.size()) h = l.up(h);
  }
  g.op("Tanh", {h}, {}, "output");
  g.output("output", {int64_t(1), int64_t(3), int64_t(256), int64_t(256)});
  parameters = g.parameters();
  return g.model("GHOST AEI-Net 256: an architecture equivalent with random weights (benchmark only)");
}

// DeepFaceLab's XSeg at 256: NHWC [1,256,256,3] in, a U-Net of 32..256 channels (two or three 3x3
// convs per level, max-pooled down to 8x8), upsampling with skip concatenations, a sigmoid mask
// [1,256,256,1] out.
onnx::ModelProto xseg(uint64_t& parameters) {
  Graph g("xseg_equivalent");
  Layers l(g, 1256);
  std::string x = g.op("Transpose", {g.input("input", {int64_t(1), int64_t(256), int64_t(256), int64_t(3)})},
                       {attr("perm", {0, 3, 1, 2})});
  const int chans[] = {32, 64, 128, 256, 256, 256};
  std::vector<std::string> skips;
  int c = 3;
  for (int level = 0; level < 6; ++level) {
    const int convs = level < 3 ? 2 : 3;
    for (int k = 0; k < convs; ++k) {
      x = l.lrelu(l.conv(x, c, chans[level], 3));
      c = chans[level];
    }
    skips.push_back(x);
    if (level < 5) x = l.pool(x);
  }
  for (int level = 4; level >= 0; --level) {
    x = l.lrelu(l.conv(l.up(x), c, chans[level], 3));
    x = g.op("Concat", {x, skips[size_t(level)]}, {attr("axis", int64_t(1))});
    x = l.lrelu(l.conv(x, 2 * chans[level], chans[level], 3));
    c = chans[level];
  }
  x = g.op("Sigmoid", {l.conv(x, c, 1, 3)});
  g.op("Transpose", {x}, {attr("perm", {0, 2, 3, 1})}, "output");
  g.output("output", {int64_t(1), int64_t(256), int64_t(256), int64_t(1)});
  parameters = g.parameters();
  return g.model("XSeg 256: an architecture equivalent with random weights (benchmark only)");
}

// BiSeNet (face-parsing, CelebAMask-HQ) at 512 on ResNet-34: the ResNet backbone (BatchNorm folded
// into the convs, as ORT does at load), attention refinement of its 1/16 and 1/32 features with a
// global context, the feature fusion with the 1/8 features and a 19-class head upsampled x8.
onnx::ModelProto bisenet(uint64_t& parameters) {
  Graph g("bisenet_resnet_34_equivalent");
  Layers l(g, 1512);
  std::string x = g.input("input", {int64_t(1), int64_t(3), int64_t(512), int64_t(512)});
  x = g.op("MaxPool", {l.relu(l.conv(x, 3, 64, 7, 2))},
           {attr("kernel_shape", {3, 3}), attr("strides", {2, 2}), attr("pads", {1, 1, 1, 1})});
  int c = 64;
  std::vector<std::string> feats;
  for (auto [planes, blocks] : {std::pair{64, 3}, std::pair{128, 4}, std::pair{256, 6}, std::pair{512, 3}}) {
    for (int k = 0; k < blocks; ++k) {
      const int stride = k == 0 && planes != 64 ? 2 : 1;
      const std::string y = l.conv(l.relu(l.conv(x, c, planes, 3, stride)), planes, planes, 3);
      const std::string shortcut = stride != 1 ? l.conv(x, c, planes, 1, stride) : x;
      x = l.relu(g.op("Add", {y, shortcut}));
      c = planes;
    }
    feats.push_back(x);
  }
  auto global_mean = [&](const std::string& v) {
    return g.op("ReduceMean", {v}, {attr("axes", {2, 3}), attr("keepdims", int64_t(1))});
  };
  auto arm = [&](const std::string& v, int cin) {  // attention refinement: conv, then a channel attention
    const std::string y = l.relu(l.conv(v, cin, 128, 3));
    return g.op("Mul", {y, g.op("Sigmoid", {l.conv(global_mean(y), 128, 128, 1)})});
  };
  const std::string context = l.relu(l.conv(global_mean(feats[3]), 512, 128, 1));
  std::string up32 = g.op("Add", {arm(feats[3], 512), context});
  up32 = l.relu(l.conv(l.up(up32), 128, 128, 3));  // 1/16
  std::string up16 = g.op("Add", {arm(feats[2], 256), up32});
  up16 = l.relu(l.conv(l.up(up16), 128, 128, 3));  // 1/8
  // Feature fusion: the 1/8 backbone features (the spatial path) with the context path.
  std::string fused = l.relu(l.conv(g.op("Concat", {feats[1], up16}, {attr("axis", int64_t(1))}), 256, 256, 1));
  const std::string attention = g.op("Sigmoid", {l.conv(l.relu(l.conv(global_mean(fused), 256, 64, 1)), 64, 256, 1)});
  fused = g.op("Add", {fused, g.op("Mul", {fused, attention})});
  std::string out = l.conv(l.relu(l.conv(fused, 256, 256, 3)), 256, 19, 1);
  const std::string x8 = g.f32({1.f, 1.f, 8.f, 8.f});
  g.op("Resize", {out, "", x8}, {attr("mode", "linear"), attr("coordinate_transformation_mode", "half_pixel")},
       "output");
  g.output("output", {int64_t(1), int64_t(19), int64_t(512), int64_t(512)});
  parameters = g.parameters();
  return g.model("BiSeNet ResNet-34 512: an architecture equivalent with random weights (benchmark only)");
}

}  // namespace

onnx::ModelProto quality_equivalent(EquivalentModel which, uint64_t& parameters) {
  switch (which) {
    case EquivalentModel::Hyperswap256:
      // HyperSwap's graph is not published: inswapper's generator behind one more stride-2 stage.
      return adain_generator("hyperswap_256_equivalent",
                             {256,
                              64,
                              {{128, 2}, {256, 1}, {512, 2}, {1024, 2}},
                              6,
                              {{512, true}, {256, true}, {128, false}, {64, true}},
                              false},
                             2561, parameters);
    case EquivalentModel::Simswap256:
      return adain_generator("simswap_256_equivalent",
                             {256, 64, {{128, 2}, {256, 2}, {512, 2}}, 9, {{256, true}, {128, true}, {64, true}}, true},
                             2562, parameters);
    case EquivalentModel::Simswap512:
      return adain_generator("simswap_512_equivalent",
                             {512,
                              64,
                              {{128, 2}, {256, 2}, {512, 2}, {512, 2}},
                              9,
                              {{512, true}, {256, true}, {128, true}, {64, true}},
                              true},
                             5120, parameters);
    case EquivalentModel::SimswapConverter: return converter("arcface_converter_simswap_equivalent", 5121, parameters);
    case EquivalentModel::Ghost256: return ghost(2, parameters);
    case EquivalentModel::GhostConverter: return converter("arcface_converter_ghost_equivalent", 5122, parameters);
    case EquivalentModel::Xseg: return xseg(parameters);
    case EquivalentModel::BisenetResnet34: return bisenet(parameters);
    default: fail(ErrorKind::Runtime, "no quality equivalent for this model");
  }
}

}  // namespace swapcam::bench::graph

#endif
