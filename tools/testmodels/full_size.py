"""Benchmark-sized, architecture-equivalent models (inswapper_128, IResNet-50, SCRFD-10G) with seeded random
weights, and their parameter and MAC counts. `swapcam bench --generate-models` builds the same graphs in C++
(src/bench/equivalent_models.cpp)."""

import math

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from onnx_graph import Graph
from testmodels.common import DET_STRIDES, DET10G_NAMES


def count_macs(model, input_shapes=None):
    """MACs of Conv/Gemm/MatMul for batch 1, from shapes inferred on a weight-less copy of the graph.
    input_shapes: {input name: concrete shape} for graphs with dynamic dimensions."""
    skeleton = onnx.ModelProto()
    skeleton.ir_version = model.ir_version
    skeleton.opset_import.extend(model.opset_import)
    graph = skeleton.graph
    graph.name = model.graph.name
    graph.node.extend(model.graph.node)
    for vi in model.graph.input:
        shape = (input_shapes or {}).get(vi.name)
        graph.input.append(helper.make_tensor_value_info(vi.name, vi.type.tensor_type.elem_type, shape) if shape
                           else vi)
    graph.output.extend(model.graph.output)
    for t in model.graph.initializer:
        if int(np.prod(t.dims)) <= 16:
            graph.initializer.append(t)  # small constants (pads, shapes, scales) are needed for the shapes
        else:
            graph.input.append(helper.make_tensor_value_info(t.name, t.data_type, list(t.dims)))
    inferred = onnx.shape_inference.infer_shapes(skeleton, strict_mode=True, data_prop=True)
    shapes = {}
    for vi in list(inferred.graph.value_info) + list(inferred.graph.input) + list(inferred.graph.output):
        dims = [d.dim_value if d.HasField("dim_value") else 0 for d in vi.type.tensor_type.shape.dim]
        if dims and all(dims):
            shapes[vi.name] = dims
    macs = 0
    for node in inferred.graph.node:
        if node.op_type == "Conv":
            w = shapes[node.input[1]]
            out = shapes[node.output[0]]
            macs += int(np.prod(out)) * int(np.prod(w[1:]))
        elif node.op_type in ("Gemm", "MatMul"):
            a = shapes[node.input[0]]
            out = shapes[node.output[0]]
            macs += int(np.prod(out)) * a[-1]
    return macs


def count_params(model):
    """Elements of the named weights (incl. emap); the unnamed helper constants c<N> are not parameters."""
    return sum(int(np.prod(t.dims)) for t in model.graph.initializer
               if not (t.name.startswith("c") and t.name[1:].isdigit()))


class Weights:
    """Seeded He-normal weights, scaled down so activations stay small and finite."""

    def __init__(self, g, seed, gain=0.5):
        self.g, self.rng, self.gain, self.n = g, np.random.default_rng(seed), gain, 0

    def conv(self, cin, cout, k, bias_mean=0.0):
        self.n += 1
        std = self.gain * math.sqrt(2.0 / (cin * k * k))
        w = self.rng.standard_normal((cout, cin, k, k), dtype=np.float32) * np.float32(std)
        b = self.rng.standard_normal(cout, dtype=np.float32) * np.float32(0.01) + np.float32(bias_mean)
        return self.g.const(f"conv{self.n}.weight", w), self.g.const(f"conv{self.n}.bias", b)

    def linear(self, cin, cout):
        self.n += 1
        w = self.rng.standard_normal((cout, cin), dtype=np.float32) * np.float32(self.gain / math.sqrt(cin))
        b = self.rng.standard_normal(cout, dtype=np.float32) * np.float32(0.01)
        return self.g.const(f"fc{self.n}.weight", w), self.g.const(f"fc{self.n}.bias", b)


def build_inswapper_equivalent():
    """The inswapper_128 architecture of models.md with seeded random weights (for timing only)."""
    g = Graph("inswapper_128_equivalent")
    wts = Weights(g, seed=128)
    x = g.input("target", TensorProto.FLOAT, [1, 3, 128, 128])
    latent = g.input("source", TensorProto.FLOAT, [1, 512])

    def conv(v, cin, cout, k, stride=1, pad=0, reflect=0):
        if reflect:
            v = g.op("Pad", [v, g.i64([0, 0, reflect, reflect, 0, 0, reflect, reflect])], mode="reflect")
        w, b = wts.conv(cin, cout, k)
        return g.op("Conv", [v, w, b], kernel_shape=[k, k], strides=[stride, stride], pads=[pad] * 4)

    lrelu = lambda v: g.op("LeakyRelu", [v], alpha=0.2)
    x = lrelu(conv(x, 3, 128, 7, reflect=3))
    x = lrelu(conv(x, 128, 256, 3, pad=1))
    x = lrelu(conv(x, 256, 512, 3, stride=2, pad=1))
    x = lrelu(conv(x, 512, 1024, 3, stride=2, pad=1))
    eps = g.f32(1e-8)
    style_shape = g.i64([1, 1024, 1, 1])

    def styled_layer(v):
        y = conv(v, 1024, 1024, 3, reflect=1)
        centred = g.op("Sub", [y, g.op("ReduceMean", [y], axes=[2, 3], keepdims=1)])
        var = g.op("ReduceMean", [g.op("Mul", [centred, centred])], axes=[2, 3], keepdims=1)
        normed = g.op("Div", [centred, g.op("Sqrt", [g.op("Add", [var, eps])])])
        w, b = wts.linear(512, 2048)
        style = g.op("Gemm", [latent, w, b], transB=1)
        gamma, beta = g.op("Split", [style, g.i64([1024, 1024])], n_out=2, axis=1)
        gamma = g.op("Reshape", [gamma, style_shape])
        beta = g.op("Reshape", [beta, style_shape])
        return g.op("Add", [g.op("Mul", [normed, gamma]), beta])

    for _ in range(6):
        y = g.op("Relu", [styled_layer(x)])
        x = g.op("Add", [x, styled_layer(y)])
    up_scales = g.f32([1.0, 1.0, 2.0, 2.0])
    up = lambda v: g.op("Resize", [v, "", up_scales], mode="linear", coordinate_transformation_mode="half_pixel")
    x = lrelu(conv(up(x), 1024, 512, 3, pad=1))
    x = lrelu(conv(up(x), 512, 256, 3, pad=1))
    x = lrelu(conv(x, 256, 128, 3, pad=1))
    x = g.op("Tanh", [conv(x, 128, 3, 7, reflect=3)])
    g.op("Mul", [g.op("Add", [x, g.f32(1.0)]), g.f32(0.5)], out="output")
    g.output("output", TensorProto.FLOAT, [1, 3, 128, 128])
    emap = np.random.default_rng(129).standard_normal((512, 512), dtype=np.float32)
    g.initializers.append(numpy_helper.from_array(emap, "emap"))
    return g.model("inswapper_128 architecture with random weights (benchmark only)")


def build_arcface_r50_equivalent():
    """IResNet-50 (insightface arcface_torch) with random weights, batch norms folded into the convs except
    the pre-activation ones (kept as BatchNormalization); for timing only."""
    g = Graph("arcface_r50_equivalent")
    wts = Weights(g, seed=50)
    x = g.input("input.1", TensorProto.FLOAT, ["batch", 3, 112, 112])
    n = [0]

    def conv(v, cin, cout, k, stride=1):
        w, b = wts.conv(cin, cout, k)
        return g.op("Conv", [v, w, b], kernel_shape=[k, k], strides=[stride, stride], pads=[k // 2] * 4)

    def prelu(v, c):
        n[0] += 1
        return g.op("PRelu", [v, g.const(f"prelu{n[0]}", np.full((c, 1, 1), 0.25, np.float32))])

    def bn(v, c):
        n[0] += 1
        p = f"bn{n[0]}"
        return g.op("BatchNormalization", [v, g.const(p + ".scale", np.ones(c, np.float32)),
                                          g.const(p + ".bias", np.zeros(c, np.float32)),
                                          g.const(p + ".mean", np.zeros(c, np.float32)),
                                          g.const(p + ".var", np.ones(c, np.float32))], epsilon=1e-5)

    x = prelu(conv(x, 3, 64, 3), 64)
    cin = 64
    for planes, blocks in ((64, 3), (128, 4), (256, 14), (512, 3)):
        for k in range(blocks):
            stride = 2 if k == 0 else 1
            y = conv(bn(x, cin), cin, planes, 3)
            y = conv(prelu(y, planes), planes, planes, 3, stride)
            shortcut = conv(x, cin, planes, 1, stride) if k == 0 else x
            x = g.op("Add", [y, shortcut])
            cin = planes
    x = g.op("Flatten", [bn(x, 512)], axis=1)
    w, b = wts.linear(512 * 7 * 7, 512)
    g.op("Gemm", [x, w, b], out="683", transB=1)
    g.output("683", TensorProto.FLOAT, ["batch", 512])
    return g.model("IResNet-50 architecture with random weights (benchmark only)")


def build_scrfd_10g_equivalent():
    """SCRFD-10G-KPS architecture (ResNetV1e BasicBlock backbone, stage blocks 3,4,2,3, planes 56,88,88,224,
    deep stem; PAFPN to 56 channels at strides 8/16/32; shared head of 3 convs x 80 channels with GroupNorm 16,
    per-stride scale on the boxes) with random weights, batch norms folded into the convs; det_10g's
    nobatch output layout and names. For timing only."""
    g = Graph("scrfd_10g_equivalent")
    wts = Weights(g, seed=10)
    x = g.input("input.1", TensorProto.FLOAT, [1, 3, "height", "width"])

    def conv(v, cin, cout, k, stride=1, relu=True):
        w, b = wts.conv(cin, cout, k)
        y = g.op("Conv", [v, w, b], kernel_shape=[k, k], strides=[stride, stride], pads=[k // 2] * 4)
        return g.op("Relu", [y]) if relu else y

    x = conv(x, 3, 28, 3, 2)
    x = conv(x, 28, 28, 3)
    x = conv(x, 28, 56, 3)
    x = g.op("MaxPool", [x], kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1])
    feats, cin = [], 56
    for stage, (planes, blocks) in enumerate(((56, 3), (88, 4), (88, 2), (224, 3))):
        for k in range(blocks):
            stride = 2 if (k == 0 and stage > 0) else 1
            y = conv(conv(x, cin, planes, 3, stride), planes, planes, 3, relu=False)
            if k == 0 and (stride != 1 or cin != planes):
                shortcut = x
                if stride != 1:  # avg_down: average pooling, then a 1x1 conv
                    shortcut = g.op("AveragePool", [x], kernel_shape=[2, 2], strides=[2, 2], ceil_mode=1)
                shortcut = conv(shortcut, cin, planes, 1, relu=False)
            else:
                shortcut = x
            x = g.op("Relu", [g.op("Add", [y, shortcut])])
            cin = planes
        feats.append(x)
    # PAFPN on stages 2..4 (strides 8, 16, 32).
    lateral = [conv(f, c, 56, 1, relu=False) for f, c in zip(feats[1:], (88, 88, 224))]
    up_scales = g.f32([1.0, 1.0, 2.0, 2.0])
    for i in (2, 1):
        lateral[i - 1] = g.op("Add", [lateral[i - 1], g.op("Resize", [lateral[i], "", up_scales], mode="nearest")])
    inter = [conv(v, 56, 56, 3, relu=False) for v in lateral]
    for i in (0, 1):
        inter[i + 1] = g.op("Add", [inter[i + 1], conv(inter[i], 56, 56, 3, 2, relu=False)])
    outs = [inter[0]] + [conv(inter[i], 56, 56, 3, relu=False) for i in (1, 2)]
    # Head: weights shared across strides.
    head = [wts.conv(56, 80, 3), wts.conv(80, 80, 3), wts.conv(80, 80, 3)]
    gn = [(g.const(f"gn{k}.gamma", np.ones((80, 1, 1), np.float32)),
           g.const(f"gn{k}.beta", np.zeros((80, 1, 1), np.float32))) for k in range(3)]
    in_scale, in_bias = g.const("gn.in_scale", np.ones(16, np.float32)), g.const("gn.in_bias", np.zeros(16, np.float32))
    # Score prior of about 0.01 (bias -4.6), so random weights give few detections, as a real frame does.
    cls_w, reg_w, kps_w = wts.conv(80, 2, 3, bias_mean=-4.6), wts.conv(80, 8, 3), wts.conv(80, 20, 3)
    grouped, nchw = g.i64([1, 16, -1]), None
    results = {"cls": [], "reg": [], "kps": []}
    for level, v in enumerate(outs):
        for (w, b), (gamma, beta) in zip(head, gn):
            y = g.op("Conv", [v, w, b], kernel_shape=[3, 3], pads=[1, 1, 1, 1])
            shape = g.op("Shape", [y])
            normed = g.op("InstanceNormalization", [g.op("Reshape", [y, grouped]), in_scale, in_bias], epsilon=1e-5)
            y = g.op("Add", [g.op("Mul", [g.op("Reshape", [normed, shape]), gamma]), beta])
            v = g.op("Relu", [y])
        for key, (w, b), width in (("cls", cls_w, 1), ("reg", reg_w, 4), ("kps", kps_w, 10)):
            y = g.op("Conv", [v, w, b], kernel_shape=[3, 3], pads=[1, 1, 1, 1])
            if key == "cls":
                y = g.op("Sigmoid", [y])
            elif key == "reg":
                y = g.op("Mul", [y, g.const(f"scale{level}", np.asarray(1.0, np.float32))])
            y = g.op("Reshape", [g.op("Transpose", [y], perm=[0, 2, 3, 1]), g.i64([-1, width])])
            results[key].append(y)
    values = results["cls"] + results["reg"] + results["kps"]
    for k, value in enumerate(values):
        width = (1, 4, 10)[k // 3]
        g.op("Identity", [value], out=DET10G_NAMES[k])
        g.output(DET10G_NAMES[k], TensorProto.FLOAT, [f"n{DET_STRIDES[k % 3]}", width])
    return g.model("SCRFD-10G-KPS architecture with random weights (benchmark only)")
