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

The other models are described in tools/README.md and in tools/testmodels/ (one module per kind).
"""

import argparse
import os
import sys

from onnx_graph import Writer
import test_classifiers
from testmodels.detector import build_scrfd, self_test_detector
from testmodels.faces import build_enhancer_identity, build_landmarks, build_recognizer
from testmodels.masks import write_masks
from testmodels.full_size import (build_arcface_r50_equivalent, build_inswapper_equivalent,
                                  build_scrfd_10g_equivalent, count_macs, count_params)
from testmodels.swappers import SWAPPERS, build_swapper, emap_values
from testmodels.quality import write_quality


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
    w.model("enhancer_identity_256.onnx", build_enhancer_identity(256))
    w.model("enhancer_identity_512.onnx", build_enhancer_identity(512))
    test_classifiers.write_classifiers(w)
    write_quality(w)
    write_masks(w)
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

