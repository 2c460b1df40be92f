"""Face-mask models with the real contracts (docs/MODELS.md, "Face masks") and known outputs.

Occluders (XSeg contract: `input` [1,256,256,3] NHWC, BGR / 255; output [1,256,256,1], 1 = face visible):
  occluder_lower_half  the top half (rows 0..127) visible, the lower half (rows 128..255) covered, whatever the
                       input (0 * sum(input) keeps the input a real input: NaN in it shows in the output)
  occluder_blue_probe  the output is the input's channel 0 (blue in BGR order), so a pure blue crop is all
                       visible and a pure red one all covered; feeding RGB, or 0..255, or NCHW shows at once
Parsers (BiSeNet contract: `input` [1,3,512,512] RGB, (x / 255 - ImageNet mean) / std; output [1,19,512,512]
logits, argmax = class):
  parser_halves        class 1 (skin) in rows 0..255, class 13 (lower lip) in rows 256..511, whatever the input
  parser_red_probe     logit of class 1 (skin) = the normalised red plane (input channel 0), class 0
                       (background) = the normalised blue plane (channel 2), every other class -10: a red crop
                       is skin, a blue one background; a BGR feed flips both
"""

import numpy as np
from onnx import TensorProto

from onnx_graph import Graph

XSEG_SIZE = 256
BISENET_SIZE = 512
BISENET_CLASSES = 19


def _zero_term(g, x):
    return g.op("Mul", [g.op("ReduceSum", [x], keepdims=1), g.f32(0.0)])


def build_occluder(kind):
    g = Graph(f"occluder_{kind}")
    x = g.input("input", TensorProto.FLOAT, [1, XSEG_SIZE, XSEG_SIZE, 3])
    if kind == "lower_half":
        rows = np.zeros((1, XSEG_SIZE, 1, 1), np.float32)  # one value per row, expanded over the columns
        rows[:, : XSEG_SIZE // 2] = 1.0
        layout = g.op("Expand", [g.const("rows", rows), g.i64([1, XSEG_SIZE, XSEG_SIZE, 1])])
        g.op("Add", [layout, _zero_term(g, x)], out="output")
    elif kind == "blue_probe":
        g.op("Slice", [x, g.i64([0]), g.i64([1]), g.i64([3])], out="output")
    else:
        raise ValueError(kind)
    g.output("output", TensorProto.FLOAT, [1, XSEG_SIZE, XSEG_SIZE, 1])
    return g.model(f"Synthetic XSeg-contract occluder ({kind})")


def build_parser(kind):
    g = Graph(f"parser_{kind}")
    x = g.input("input", TensorProto.FLOAT, [1, 3, BISENET_SIZE, BISENET_SIZE])
    shape = [1, BISENET_CLASSES, BISENET_SIZE, BISENET_SIZE]
    if kind == "halves":
        rows = np.full([1, BISENET_CLASSES, BISENET_SIZE, 1], -10.0, np.float32)
        rows[0, 1, : BISENET_SIZE // 2] = 10.0
        rows[0, 13, BISENET_SIZE // 2:] = 10.0
        layout = g.op("Expand", [g.const("rows", rows), g.i64(shape)])
        g.op("Add", [layout, _zero_term(g, x)], out="output")
    elif kind == "red_probe":
        red = g.op("Slice", [x, g.i64([0]), g.i64([1]), g.i64([1])])
        blue = g.op("Slice", [x, g.i64([2]), g.i64([3]), g.i64([1])])
        rest = g.op("Expand", [g.const("rest", np.full([1, BISENET_CLASSES - 2, 1, 1], -10.0, np.float32)),
                               g.i64([1, BISENET_CLASSES - 2, BISENET_SIZE, BISENET_SIZE])])
        rest = g.op("Add", [rest, _zero_term(g, x)])
        g.op("Concat", [blue, red, rest], out="output", axis=1)
    else:
        raise ValueError(kind)
    g.output("output", TensorProto.FLOAT, shape)
    return g.model(f"Synthetic BiSeNet-contract face parser ({kind})")


def write_masks(w):
    for kind in ("lower_half", "blue_probe"):
        w.model(f"occluder_{kind}.onnx", build_occluder(kind))
    for kind in ("halves", "red_probe"):
        w.model(f"parser_{kind}.onnx", build_parser(kind))
