"""Generated stand-ins for the three content-filter classifiers (nsfw_1, nsfw_2, nsfw_3; docs/MODELS.md,
"Content filter"). Each reads the channel means of its normalised RGB input, m = (mR, mG, mB), and computes
out = m @ W + b, so one file can vote yes on one picture and no on another:

  nsfw_1 (input [1,3,640,640], mean 0, std 1): output [1,5,1]; the class score (row 4) is mR.
          Score = max class score; yes above 0.2.
  nsfw_2 (input [1,3,384,384], mean/std 0.5): output [1,2] = (mR, mB). Score = out0 - out1; yes above 0.25.
  nsfw_3 (input [1,3,448,448], CLIP mean/std): output [1,4] = 4 * (mB, mB, mR, mR).
          Score = (out2 + out3) - (out0 + out1); yes above 10.5.

With correct preprocessing a pure red picture votes yes on all three and a pure blue one no on all three; a
swapped channel order flips every vote. The _yes and _no variants ignore the picture (W = 0) and always vote
that way, for testing the two-of-three rule.
"""

import numpy as np
from onnx import TensorProto

from onnx_graph import Graph

SIZES = {"nsfw_1": 640, "nsfw_2": 384, "nsfw_3": 448}
OUT_SHAPES = {"nsfw_1": [1, 5, 1], "nsfw_2": [1, 2], "nsfw_3": [1, 4]}


def probe_weights(name):
    """W [3, outputs] reading the channel means (R = 0, G = 1, B = 2)."""
    if name == "nsfw_1":
        w = np.zeros((3, 5), np.float32)
        w[0, 4] = 1.0
    elif name == "nsfw_2":
        w = np.zeros((3, 2), np.float32)
        w[0, 0], w[2, 1] = 1.0, 1.0
    else:
        w = np.zeros((3, 4), np.float32)
        w[2, 0], w[2, 1], w[0, 2], w[0, 3] = 4.0, 4.0, 4.0, 4.0
    return w


def constant_bias(name, yes):
    if name == "nsfw_1":
        b = np.zeros(5, np.float32)
        b[4] = 0.9 if yes else 0.05
    elif name == "nsfw_2":
        b = np.array([0.9, 0.1] if yes else [0.1, 0.9], np.float32)
    else:
        b = np.array([0.0, 0.0, 8.0, 8.0] if yes else [5.0, 5.0, 0.0, 0.0], np.float32)
    return b


def build_classifier(name, variant):
    """variant: "probe" (reads the picture), "yes" or "no" (constant votes)."""
    size, out_shape = SIZES[name], OUT_SHAPES[name]
    g = Graph(f"{name}_{variant}")
    g.input("input", TensorProto.FLOAT, [1, 3, size, size])
    means = g.op("ReduceMean", ["input"], axes=[2, 3], keepdims=0)  # [1, 3]
    w = probe_weights(name) if variant == "probe" else np.zeros_like(probe_weights(name))
    b = np.zeros(w.shape[1], np.float32) if variant == "probe" else constant_bias(name, variant == "yes")
    flat = g.op("Add", [g.op("MatMul", [means, g.const("w", w)]), g.const("b", b)])
    g.op("Reshape", [flat, g.i64(out_shape)], out="output")
    g.output("output", TensorProto.FLOAT, out_shape)
    return g.model(f"Content-filter stand-in {name} ({variant})")


def write_classifiers(w):
    for name in SIZES:
        for variant in ("probe", "yes", "no"):
            w.model(f"{name}_{variant}.onnx", build_classifier(name, variant))
