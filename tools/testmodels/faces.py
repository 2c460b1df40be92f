"""The recogniser, the 106-point landmarker and the identity enhancers."""

import math

import numpy as np
from onnx import TensorProto

from onnx_graph import Graph
from testmodels.common import ARCFACE_TEMPLATE


def build_recognizer():
    """[N,3,112,112] -> [N,512]: 14x14 average pooling to 8x8, flatten (192), subtract the per-image mean of
    those 192 values, times a seeded 192x512 matrix (N(0, 64/192)), plus a small seeded bias (N(0, 0.01); a
    uniform image gives just the bias, never a zero vector). Batch items are independent."""
    rng = np.random.default_rng(112)
    # Scaled so raw norms are far from 1 (about 8x the RMS of the centred pooled values x sqrt(512)/sqrt(192)).
    weight = (rng.standard_normal((192, 512)) * (8.0 / math.sqrt(192.0))).astype(np.float32)
    bias = (rng.standard_normal(512) * 0.1).astype(np.float32)
    g = Graph("recognizer_synthetic")
    x = g.input("input.1", TensorProto.FLOAT, ["batch", 3, 112, 112])
    pooled = g.op("Flatten", [g.op("AveragePool", [x], kernel_shape=[14, 14], strides=[14, 14])], axis=1)
    centred = g.op("Sub", [pooled, g.op("ReduceMean", [pooled], axes=[1], keepdims=1)])
    w = g.const("fc.weight", weight)
    b = g.const("fc.bias", bias)
    g.op("Add", [g.op("MatMul", [centred, w]), b], out="683")
    g.output("683", TensorProto.FLOAT, ["batch", 512])
    return g.model("Synthetic ArcFace-like recognizer")


def landmark_points():
    """The 106 (x, y) points in 192-crop pixels, layout documented in the module docstring."""
    tpl = lambda t: 32.0 + np.asarray(t, np.float64) * 128.0 / 112.0
    left_eye, right_eye, nose, mouth_l, mouth_r = (tpl(p) for p in ARCFACE_TEMPLATE)
    pts = np.zeros((106, 2))
    k = np.arange(33)
    a = np.pi - np.pi * k / 32
    pts[0:33] = np.stack([96 + 60 * np.cos(a), 91 + 66 * np.sin(a)], 1)

    def eye(first, centre_index, centre):
        ring = [i for i in range(first, first + 10) if i != centre_index]
        for n, i in enumerate(ring):
            t = 2 * np.pi * n / len(ring)
            pts[i] = centre + [10 * np.cos(t), 4 * np.sin(t)]
        pts[centre_index] = centre

    def brow(first, eye_centre):
        for n in range(9):
            u = n / 8.0
            pts[first + n] = [eye_centre[0] - 14 + 28 * u, eye_centre[1] - 12 - 4 * np.sin(np.pi * u)]

    eye(33, 38, left_eye)
    brow(43, left_eye)
    pts[52], pts[61] = mouth_l, mouth_r
    for n in range(1, 9):  # 53..60: upper lip, left to right
        u = n / 9.0
        pts[52 + n] = mouth_l + u * (mouth_r - mouth_l) + [0, -6 * np.sin(np.pi * u)]
    for n in range(1, 3):  # 62, 63: lower lip, right to left
        u = n / 3.0
        pts[61 + n] = mouth_r + u * (mouth_l - mouth_r) + [0, 8 * np.sin(np.pi * u)]
    mouth_c = (mouth_l + mouth_r) / 2
    for n in range(8):
        t = 2 * np.pi * n / 8
        pts[64 + n] = mouth_c + [10 * np.cos(t), 2.5 * np.sin(t)]
    for n in range(9):
        pts[72 + n] = [96.0, 93.0 + 17.0 * n / 8]
    for n in range(5):
        u = n / 4.0
        pts[81 + n] = [86 + 20 * u, 116 + 2 * np.sin(np.pi * u)]
    pts[86] = nose
    eye(87, 88, right_eye)
    brow(97, right_eye)
    return pts


def polygon_area(p):
    x, y = p[:, 0], p[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))


def build_landmarks():
    pts = landmark_points()
    values = (pts / 96.0 - 1.0).reshape(1, 212).astype(np.float32)
    assert np.all(np.abs(values) < 1)
    lip = pts[52:64]
    assert abs(polygon_area(lip)) > 100 and lip[:, 1].min() > pts[86, 1]  # a real polygon below the nose
    g = Graph("landmarks_synthetic")
    x = g.input("data", TensorProto.FLOAT, [1, 3, 192, 192])
    src_term = g.op("Mul", [g.op("ReduceSum", [x], keepdims=0), g.f32(0.0)])
    g.op("Add", [g.const("layout", values), src_term], out="fc1")
    g.output("fc1", TensorProto.FLOAT, [1, 212])
    return g.model("Synthetic 2d106det-like landmarker: a fixed face layout")


def build_enhancer_identity(size):
    g = Graph("enhancer_identity")
    g.input("input", TensorProto.FLOAT, [1, 3, size, size])
    g.op("Identity", ["input"], out="output")
    g.output("output", TensorProto.FLOAT, [1, 3, size, size])
    return g.model(f"Identity enhancer, {size}x{size}")
