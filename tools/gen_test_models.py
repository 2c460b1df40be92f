#!/usr/bin/env python3
"""Generates the small ONNX models the tests run (and, with --full-size, benchmark-sized ones).

Usage: /usr/bin/python3 tools/gen_test_models.py --out DIR [--full-size] [--self-test]

Needs only python3-onnx and python3-numpy (Debian). Deterministic: fixed seeds, no timestamps, so two runs
write byte-identical files. Opset 17, IR version 8. Every model is checked with onnx.checker (full check,
which includes strict shape inference) before it is written. Each file is written to a temporary name and
renamed; DIR/.stamp (touched by the build after success) is removed first, so a half-run never looks
complete. The I/O contracts are those of shared/spec/models.md.

Detector rule (det_scrfd_nobatch / det_scrfd_batch / det_scrfd_6out)
--------------------------------------------------------------------
Input `input.1` is the normalised blob g = (x - 127.5) / 128 (RGB; black 0 -> -0.99609375, white 255 ->
+0.99609375). Let G = mean of the blob over the three channels. For stride s in (8, 16, 32), anchor location
(i, j) (row i, column j, anchor centre (cx, cy) = (j*s, i*s), two identical anchors per location):

    m_in   = mean of G over the 5s x 5s window  [cx - 2.5s, cx + 2.5s) x [cy - 2.5s, cy + 2.5s)
    m_out  = mean of G over the 10s x 10s window [cx - 5s,   cx + 5s)   x [cy - 5s,   cy + 5s)
    m_ring = (4 * m_out - m_in) / 3            (mean over the outer window minus the inner one)
    pixels outside the blob count as black (-0.99609375), like the letterbox canvas.
    score  = sigmoid(10 * (m_in - 0.3)) * sigmoid(10 * (-0.4 - m_ring))
    bbox   = (l, t, r, b) = (2.5, 2.5, 2.5, 2.5) in stride units  -> box = the 5s x 5s inner window
    kps    = (dx_k, dy_k) = (T_k / 112 - 0.5) * 5 in stride units, T = the ArcFace 112 template
             [[38.2946,51.6963],[73.5318,51.5014],[56.0252,71.7366],[41.5493,92.3655],[70.7299,92.2041]],
             i.e. the five points sit in the box exactly as the template sits in the 112 crop, so aligning
             the detection to 112 maps the box onto the crop (scale 112/(5s), no rotation).
In words: a location fires when its inner window is mostly white (white fraction > ~0.65) and the ring
around it is mostly black (white fraction < ~0.30). Consequences (checked by --self-test, decoding as in
models.md: keep score >= 0.5, greedy NMS at IoU 0.4 with +1 areas):
  * A white square of side 5s (40, 80 or 160 px in blob space) on black, centred on a multiple of s, gives
    exactly ONE detection after NMS, from stride s only: box = the square exactly,
    (cx - 2.5s, cy - 2.5s, cx + 2.5s, cy + 2.5s); score = sigmoid(6.9609375) * sigmoid(5.9609375) ~= 0.99648;
    keypoints = cx + dx_k*s, cy + dy_k*s.
  * Centred anywhere else, it still gives exactly one detection, centred on the anchor point nearest to the
    square's centre (error <= s/2 per axis), with score >= 0.9.
  * The other strides do not fire for that square (their scores stay < 0.2); several squares give one
    detection each when their 10s x 10s surroundings do not overlap.
  * An all-black or all-white image gives no detection.
det_scrfd_nobatch: input [1,3,H,W], outputs 2-D [N,C], named like the official det_10g ("448", "471", ...:
sorting them by name does NOT give the index order, which is score_8, score_16, score_32, bbox_8, ...,
kps_32). det_scrfd_batch: input [B,3,H,W] with dynamic B, outputs [B,N,C] named score_8 ... kps_32.
det_scrfd_6out: nobatch layout without the keypoint outputs. N = (H/s)*(W/s)*2; H and W multiples of 32.

Landmark layout (landmarks_106)
-------------------------------
Input `data` [1,3,192,192] (consumed as 0*sum, so the output is constant for finite input); output `fc1`
[1,212] = 106 (x, y) pairs p in [-1,1]; crop pixels are (p + 1) * 96. The face is centred in the crop and
occupies the middle 128 px ([32,160] in both axes, i.e. 1/1.5 of the crop, matching the crop rule
scale = 192 / (1.5 * max(w, h))). With X(t) = 32 + t * 128/112 mapping ArcFace-template coordinates into it:
  0..32   jaw contour, left temple -> chin -> right temple: (96 + 60 cos a, 91 + 66 sin a), a = pi - pi*k/32
  33..42  left eye (as seen in the image); 38 = eye centre X(38.2946, 51.6963) = (75.77, 91.08); the other
          nine on an ellipse around it (rx 10, ry 4)
  43..51  left eyebrow, nine points on an arc above the left eye
  52..63  outer lip contour, a closed polygon in index order: 52 = left mouth corner X(41.5493, 92.3655),
          53..60 the upper lip from left to right (up to 6 px above the corners), 61 = right mouth corner
          X(70.7299, 92.2041), 62, 63 the lower lip from right to left (up to 8 px below)
  64..71  inner lip, an ellipse around the mouth centre (rx 10, ry 2.5)
  72..86  nose: 72..80 the bridge (x = 96, y 93 -> 110), 81..85 the nostril arc, 86 = nose tip
          X(56.0252, 71.7366) = (96.03, 113.98)
  87..96  right eye; 88 = eye centre X(73.5318, 51.5014) = (116.04, 90.86); others on an ellipse
  97..105 right eyebrow
So 38, 88, 86, 52, 61 are exactly the ArcFace five points mapped into the face box.

The other models are described in tools/README.md and in the functions below.
"""

import argparse
import math
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from onnx_graph import Graph, Writer
import test_classifiers

ARCFACE_TEMPLATE = np.array(
    [[38.2946, 51.6963], [73.5318, 51.5014], [56.0252, 71.7366], [41.5493, 92.3655], [70.7299, 92.2041]],
    dtype=np.float64)

# Detector rule constants (see the module docstring).
BLACK = -127.5 / 128.0
DET_STRIDES = (8, 16, 32)
DET_GAIN = 10.0
DET_T_INNER = 0.3
DET_T_RING = -0.4
DET_BOX = 2.5
DET_KPS = ((ARCFACE_TEMPLATE / 112.0 - 0.5) * 5.0).astype(np.float32)  # [5,2], stride units
# Output names of the official det_10g (no batch dim); deliberately not in index order when sorted.
DET10G_NAMES = ["448", "471", "494", "451", "474", "497", "454", "477", "500"]


# --------------------------------------------------------------------------------------------- detector

def build_scrfd(batch_layout, keypoints, fixed_size=None):
    """SCRFD-like detector following the rule in the module docstring. fixed_size: a fixed square input
    side instead of dynamic height and width."""
    g = Graph("scrfd_synthetic")
    batch = "batch" if batch_layout else 1
    x = g.input("input.1", TensorProto.FLOAT,
                [batch, 3, fixed_size or "height", fixed_size or "width"])
    black = g.f32(BLACK)
    gray = g.op("ReduceMean", [x], axes=[1], keepdims=1)  # [B,1,H,W]
    scores, boxes, kps = [], [], []
    for s in DET_STRIDES:
        # Average over (s/2)-cells first: both windows are whole numbers of half-cells around the anchor
        # (the inner one is cells [2i-5, 2i+5)), so the pooling below is exact and cheap.
        half = s // 2
        cells = g.op("AveragePool", [gray], kernel_shape=[half, half], strides=[half, half])
        inner = g.op("AveragePool", [g.op("Pad", [cells, g.i64([0, 0, 5, 5, 0, 0, 3, 3]), black])],
                     kernel_shape=[10, 10], strides=[2, 2])
        outer = g.op("AveragePool", [g.op("Pad", [cells, g.i64([0, 0, 10, 10, 0, 0, 8, 8]), black])],
                     kernel_shape=[20, 20], strides=[2, 2])
        ring = g.op("Sub", [g.op("Mul", [outer, g.f32(4.0 / 3.0)]), g.op("Mul", [inner, g.f32(1.0 / 3.0)])])
        a = g.op("Sigmoid", [g.op("Mul", [g.op("Sub", [inner, g.f32(DET_T_INNER)]), g.f32(DET_GAIN)])])
        b = g.op("Sigmoid", [g.op("Mul", [g.op("Sub", [g.f32(DET_T_RING), ring]), g.f32(DET_GAIN)])])
        score = g.op("Mul", [a, b])  # [B,1,H/s,W/s]
        # Anchor order: row-major over locations, each location twice in a row.
        per_loc = g.op("Reshape", [g.op("Transpose", [score], perm=[0, 2, 3, 1]), g.i64([0, -1, 1])])
        pairs = g.op("Concat", [per_loc, per_loc], axis=2)
        scores.append(g.op("Reshape", [pairs, g.i64([0, -1, 1] if batch_layout else [-1, 1])]))
    zero = g.f32(0.0)
    for sc in scores:
        boxes.append(g.op("Add", [g.op("Mul", [sc, zero]), g.f32(np.full(4, DET_BOX, np.float32))]))
    for sc in scores:
        kps.append(g.op("Add", [g.op("Mul", [sc, zero]), g.f32(DET_KPS.reshape(10))]))
    values = scores + boxes + (kps if keypoints else [])
    names = ([f"score_{s}" for s in DET_STRIDES] + [f"bbox_{s}" for s in DET_STRIDES]
             + [f"kps_{s}" for s in DET_STRIDES]) if batch_layout else DET10G_NAMES
    widths = [1, 1, 1, 4, 4, 4, 10, 10, 10]
    for k, value in enumerate(values):
        n = f"n{DET_STRIDES[k % 3]}"
        g.op("Identity", [value], out=names[k])
        g.output(names[k], TensorProto.FLOAT, [batch, n, widths[k]] if batch_layout else [n, widths[k]])
    return g.model("Synthetic SCRFD: see tools/gen_test_models.py for the detection rule")


def reference_scores(blob_gray, s):
    """Pixel-level numpy evaluation of the documented score rule (independent of the pooling trick)."""
    h, w = blob_gray.shape
    pad = 5 * s
    padded = np.full((h + 2 * pad, w + 2 * pad), BLACK, np.float64)
    padded[pad:pad + h, pad:pad + w] = blob_gray
    integ = np.zeros((padded.shape[0] + 1, padded.shape[1] + 1))
    integ[1:, 1:] = padded.cumsum(0).cumsum(1)

    def window_mean(half):
        ys = np.arange(h // s) * s + pad
        xs = np.arange(w // s) * s + pad
        y0, y1 = (ys - half)[:, None], (ys + half)[:, None]
        x0, x1 = (xs - half)[None, :], (xs + half)[None, :]
        return (integ[y1, x1] - integ[y0, x1] - integ[y1, x0] + integ[y0, x0]) / (2 * half) ** 2

    m_in = window_mean(int(2.5 * s))
    m_out = window_mean(5 * s)
    ring = (4 * m_out - m_in) / 3
    sig = lambda v: 1.0 / (1.0 + np.exp(-v))
    return sig(DET_GAIN * (m_in - DET_T_INNER)) * sig(DET_GAIN * (DET_T_RING - ring))


def reference_detect(image_u8):
    """Decodes the documented rule as models.md prescribes; returns [(score, box[4], kps[5,2], stride)]."""
    gray = ((image_u8.astype(np.float64) - 127.5) / 128.0)
    if gray.ndim == 3:
        gray = gray.mean(axis=2)
    found = []
    for s in DET_STRIDES:
        sc = reference_scores(gray, s)
        for i, j in zip(*np.nonzero(sc >= 0.5)):
            cx, cy = j * s, i * s
            box = np.array([cx - DET_BOX * s, cy - DET_BOX * s, cx + DET_BOX * s, cy + DET_BOX * s])
            kp = np.array([cx, cy]) + DET_KPS.astype(np.float64) * s
            for _ in range(2):
                found.append((sc[i, j], box, kp, s))
    found.sort(key=lambda d: -d[0])
    keep = []
    for d in found:
        ok = True
        for k in keep:
            a, b = d[1], k[1]
            iw = max(0.0, min(a[2], b[2]) - max(a[0], b[0]) + 1)
            ih = max(0.0, min(a[3], b[3]) - max(a[1], b[1]) + 1)
            inter = iw * ih
            area = lambda r: (r[2] - r[0] + 1) * (r[3] - r[1] + 1)
            if inter / (area(a) + area(b) - inter) > 0.4:
                ok = False
                break
        if ok:
            keep.append(d)
    return keep


def self_test_detector():
    """Checks the promises of the docstring on the reference rule, over many placements."""
    size = 640
    checked = 0
    for s in DET_STRIDES:
        side = 5 * s
        for dy in range(0, s, max(1, s // 8)):
            for dx in range(0, s, max(1, s // 8)):
                cx, cy = 320 + dx, 288 + dy
                img = np.zeros((size, size), np.uint8)
                img[cy - side // 2:cy - side // 2 + side, cx - side // 2:cx - side // 2 + side] = 255
                dets = reference_detect(img)
                assert len(dets) == 1, (s, dx, dy, len(dets))
                score, box, _, stride = dets[0]
                assert stride == s and score >= 0.9, (s, dx, dy, stride, score)
                centre = (box[:2] + box[2:]) / 2
                true_centre = np.array([cx - side // 2 + side / 2, cy - side // 2 + side / 2])
                assert np.all(np.abs(centre - true_centre) <= s / 2 + 1e-9), (s, dx, dy, centre)
                if dx == 0 and dy == 0:
                    assert np.allclose(box, [cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2])
                    assert abs(score - 0.99648) < 1e-4, score
                    for other in DET_STRIDES:
                        if other != s:
                            g = (img.astype(np.float64) - 127.5) / 128.0
                            assert reference_scores(g, other).max() < 0.2, (s, other)
                checked += 1
    # Three faces of the three sizes at once.
    img = np.zeros((640, 640), np.uint8)
    img[100:140, 100:140] = 255      # 40 px, centre (120,120) on the 8-grid
    img[88:168, 408:488] = 255       # 80 px, centre (448,128) on the 16-grid
    img[368:528, 208:368] = 255      # 160 px, centre (288,448) on the 32-grid
    dets = reference_detect(img)
    assert sorted(d[3] for d in dets) == [8, 16, 32], [d[3] for d in dets]
    for blank in (0, 255):
        assert reference_detect(np.full((320, 320), blank, np.uint8)) == []
    print(f"self-test: detector rule holds for {checked} placements, mixed sizes and blank images")


# ------------------------------------------------------------------------------------------- recognizer

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


# --------------------------------------------------------------------------------------------- swappers

def emap_values(seed, dtype):
    return np.random.default_rng(seed).standard_normal((512, 512)).astype(dtype)


def emap_tensor(values, encoding):
    """The emap TensorProto in one of the encodings a reader must handle."""
    if encoding == "raw":
        return numpy_helper.from_array(values, "emap")
    if encoding == "float_data":
        assert values.dtype == np.float32
        return helper.make_tensor("emap", TensorProto.FLOAT, values.shape, values.reshape(-1).tolist(), raw=False)
    if encoding == "int32_data":  # float16 bit patterns as (non-raw) int32 values
        assert values.dtype == np.float16
        t = TensorProto()
        t.name = "emap"
        t.data_type = TensorProto.FLOAT16
        t.dims.extend(values.shape)
        t.int32_data.extend(values.reshape(-1).view(np.uint16).astype(np.int32).tolist())
        return t
    raise ValueError(encoding)


def build_swapper(kind, emap, encoding, batch=1):
    """kind: identity | identity_fp16 | identity_fp16io | tint | nan_fp16 | latent_probe | nhwc. `emap` goes
    last, unused. nhwc: the identity with its output transposed to [n,128,128,3] (a wrong layout). batch: 1, or "batch" for a dynamic batch dimension (one run for many faces).
    latent_probe: sigmoid(2*target + sum(source[b])) per face, so each output shows which latent it got."""
    g = Graph("swapper_synthetic")
    io_type = TensorProto.FLOAT16 if kind == "identity_fp16io" else TensorProto.FLOAT
    target = g.input("target", io_type, [batch, 3, 128, 128])
    source = g.input("source", io_type, [batch, 512])
    if kind == "latent_probe":
        per_face = g.op("Unsqueeze", [g.op("ReduceSum", [source, g.i64([1])], keepdims=1), g.i64([2, 3])])
        g.op("Sigmoid", [g.op("Add", [g.op("Mul", [target, g.f32(2.0)]), per_face])], out="output")
        g.output("output", TensorProto.FLOAT, [batch, 3, 128, 128])
    elif kind == "nhwc":
        src_term = g.op("Mul", [g.op("ReduceSum", [source], keepdims=1), g.f32(0.0)])
        g.op("Transpose", [g.op("Add", [target, src_term])], out="output", perm=[0, 2, 3, 1])
        g.output("output", TensorProto.FLOAT, [batch, 128, 128, 3])
    elif kind in ("identity", "tint"):
        # 0 * sum(source) keeps `source` a real input (NaN in the source shows up in the output).
        src_term = g.op("Mul", [g.op("ReduceSum", [source], keepdims=1), g.f32(0.0)])
        if kind == "identity":
            g.op("Add", [target, src_term], out="output")
        else:
            tinted = g.op("Add", [g.op("Mul", [target, g.f32(0.5)]),
                                  g.f32(np.array([0.5, 0.0, 0.5], np.float32).reshape(1, 3, 1, 1))])
            clipped = g.op("Clip", [tinted, g.f32(0.0), g.f32(1.0)])
            g.op("Add", [clipped, src_term], out="output")
        g.output("output", TensorProto.FLOAT, [batch, 3, 128, 128])
    else:
        zero16 = g.const("zero_fp16", np.asarray(0.0, np.float16))
        if kind == "identity_fp16io":
            t16, s16 = target, source
        else:
            t16 = g.op("Cast", [target], to=TensorProto.FLOAT16)
            s16 = g.op("Cast", [source], to=TensorProto.FLOAT16)
        src_term = g.op("Mul", [g.op("ReduceSum", [s16], keepdims=1), zero16])
        if kind == "nan_fp16":
            t16 = g.op("Div", [g.op("Mul", [t16, zero16]), zero16])  # 0/0: NaN everywhere
        y16 = g.op("Add", [t16, src_term], out="output" if kind == "identity_fp16io" else None)
        if kind == "identity_fp16io":
            g.output("output", TensorProto.FLOAT16, [1, 3, 128, 128])
        else:
            g.op("Cast", [y16], out="output", to=TensorProto.FLOAT)
            g.output("output", TensorProto.FLOAT, [1, 3, 128, 128])
    g.initializers.append(emap_tensor(emap, encoding))  # last initializer, no node uses it
    return g.model(f"Synthetic inswapper-like swapper ({kind})")


SWAPPERS = [  # file stem, kind, emap seed, emap dtype, TensorProto encoding of the emap, batch
    ("swapper_identity", "identity", 501, np.float32, "raw", 1),
    ("swapper_identity_fp16", "identity_fp16", 502, np.float16, "raw", 1),
    ("swapper_identity_fp16io", "identity_fp16io", 503, np.float16, "int32_data", 1),
    ("swapper_tint", "tint", 504, np.float32, "float_data", 1),
    ("swapper_nan_fp16", "nan_fp16", 505, np.float16, "raw", 1),
    ("swapper_identity_batch", "identity", 506, np.float32, "raw", "batch"),
    ("swapper_latent_probe", "latent_probe", 507, np.float32, "raw", 1),
    ("swapper_latent_probe_batch", "latent_probe", 507, np.float32, "raw", "batch"),
    ("swapper_nhwc", "nhwc", 508, np.float32, "raw", 1),
]


# ------------------------------------------------------------------------------------- landmarks, misc

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


def build_genderage():
    """[1,3,96,96] raw RGB -> [1,3]: with m = mean of all input values / 255,
    out = [1 - m, m, 0.2 + 0.5 m]: gender = argmax(out[0:2]) (1 = male) is 1 iff m > 0.5,
    age = round(100 * out[2]) = round(20 + 50 m)."""
    g = Graph("genderage_synthetic")
    x = g.input("data", TensorProto.FLOAT, [1, 3, 96, 96])
    means = g.op("Flatten", [g.op("GlobalAveragePool", [x])], axis=1)  # [1,3] channel means
    w = np.zeros((3, 3), np.float32)
    w[:, 0], w[:, 1], w[:, 2] = -1.0 / 765, 1.0 / 765, 0.5 / 765
    g.op("Add", [g.op("MatMul", [means, g.const("fc.weight", w)]),
                 g.const("fc.bias", np.array([1.0, 0.0, 0.2], np.float32))], out="fc1")
    g.output("fc1", TensorProto.FLOAT, [1, 3])
    return g.model("Synthetic genderage")


def build_enhancer_identity(size):
    g = Graph("enhancer_identity")
    g.input("input", TensorProto.FLOAT, [1, 3, size, size])
    g.op("Identity", ["input"], out="output")
    g.output("output", TensorProto.FLOAT, [1, 3, size, size])
    return g.model(f"Identity enhancer, {size}x{size}")


# ---------------------------------------------------------------------------------- full-size models

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


# ------------------------------------------------------------------------------------------------ main

def write_default(w):
    w.model("det_scrfd_nobatch.onnx", build_scrfd(batch_layout=False, keypoints=True))
    w.model("det_scrfd_batch.onnx", build_scrfd(batch_layout=True, keypoints=True))
    w.model("det_scrfd_6out.onnx", build_scrfd(batch_layout=False, keypoints=False))
    # A fixed 16384x16384 input: one warm-up would take 3 GiB and minutes; refused at load.
    w.model("det_scrfd_fixed_16384.onnx", build_scrfd(batch_layout=False, keypoints=True, fixed_size=16384))
    w.model("recognizer_arcface.onnx", build_recognizer())
    for stem, kind, seed, dtype, encoding, batch in SWAPPERS:
        emap = emap_values(seed, dtype)
        w.model(f"{stem}.onnx", build_swapper(kind, emap, encoding, batch))
        w.bytes(f"{stem}.emap.f32", emap.astype("<f4").tobytes())
    w.model("landmarks_106.onnx", build_landmarks())
    w.model("genderage.onnx", build_genderage())
    w.model("enhancer_identity_256.onnx", build_enhancer_identity(256))
    w.model("enhancer_identity_512.onnx", build_enhancer_identity(512))
    test_classifiers.write_classifiers(w)
    with open(os.path.join(w.out_dir, "swapper_identity.onnx"), "rb") as f:
        w.bytes("corrupt_truncated.onnx", f.read(1000))
    w.bytes("not_a_model.onnx", b"This is a text file, not an ONNX model.\n")


def write_full_size(w):
    w.model("enhancer_identity_1024.onnx", build_enhancer_identity(1024))
    for name, build, shapes in (
            ("inswapper_128_equivalent.onnx", build_inswapper_equivalent, None),
            ("scrfd_10g_equivalent.onnx", build_scrfd_10g_equivalent, {"input.1": [1, 3, 640, 640]}),
            ("arcface_r50_equivalent.onnx", build_arcface_r50_equivalent, {"input.1": [1, 3, 112, 112]})):
        model = build()
        params, macs = count_params(model), count_macs(model, shapes)
        w.model(name, model)
        print(f"{name}: {params:,} parameters ({params / 1e6:.2f} M), {macs:,} MACs ({macs / 1e9:.2f} G)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True, help="output directory")
    parser.add_argument("--full-size", action="store_true",
                        help="also write the benchmark-sized models (hundreds of MB)")
    parser.add_argument("--self-test", action="store_true", help="check the documented detector rule first")
    args = parser.parse_args()
    if args.self_test:
        self_test_detector()
    w = Writer(args.out)
    write_default(w)
    if args.full_size:
        write_full_size(w)
    total = sum(n for _, n in w.written)
    print(f"gen_test_models: wrote {len(w.written)} files ({total / 1e6:.1f} MB) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
