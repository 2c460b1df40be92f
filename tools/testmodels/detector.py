"""The SCRFD-like detectors and the reference implementation of their rule (the rule is documented in
gen_test_models.py's docstring; --self-test checks it)."""

import numpy as np
from onnx import TensorProto

from onnx_graph import Graph
from testmodels.common import BLACK, DET_STRIDES, DET_GAIN, DET_T_INNER, DET_T_RING, DET_BOX, DET_KPS, DET10G_NAMES


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
