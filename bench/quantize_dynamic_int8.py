#!/usr/bin/env python3
"""Writes a dynamically quantised (int8 arithmetic) copy of an ONNX model, for `swapcam bench --compare-swapper`.

Usage: /usr/bin/python3 bench/quantize_dynamic_int8.py IN.onnx OUT.onnx

Every Conv whose weight is a constant becomes
    DynamicQuantizeLinear(x) -> ConvInteger(x_u8, W_u8, x_zp, W_zp) -> Cast(float) * (x_scale * W_scale) [+ bias]
with W quantised per tensor (asymmetric uint8, the type ONNX Runtime's CPU ConvInteger takes). Activations
are quantised per run from their own range, so no calibration data is needed. Lossy: measure the PSNR
against the fp32 model (docs/PERFORMANCE.md); never a default. The last initializer (the inswapper emap)
stays last. Needs python3-onnx and python3-numpy only.
"""
import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto


def quantize(model):
    g = model.graph
    inits = {t.name: t for t in g.initializer}
    emap = g.initializer[-1]
    new_nodes, new_inits, converted = [], [], 0
    for n in g.node:
        if n.op_type != "Conv" or len(n.input) < 2 or n.input[1] not in inits:
            new_nodes.append(n)
            continue
        w = numpy_helper.to_array(inits[n.input[1]]).astype(np.float32)
        lo, hi = min(float(w.min()), 0.0), max(float(w.max()), 0.0)
        scale = (hi - lo) / 255.0 if hi > lo else 1.0
        zp = int(np.clip(round(-lo / scale), 0, 255))
        wq = np.clip(np.round(w / scale) + zp, 0, 255).astype(np.uint8)
        p = f"{n.name or n.output[0]}_q"
        new_inits += [numpy_helper.from_array(wq, p + "_W"),
                      numpy_helper.from_array(np.array(zp, np.uint8), p + "_Wzp"),
                      numpy_helper.from_array(np.array(scale, np.float32), p + "_Ws")]
        attrs = {a.name: helper.get_attribute_value(a) for a in n.attribute}
        new_nodes += [
            helper.make_node("DynamicQuantizeLinear", [n.input[0]], [p + "_x", p + "_xs", p + "_xzp"], name=p + "_dql"),
            helper.make_node("ConvInteger", [p + "_x", p + "_W", p + "_xzp", p + "_Wzp"], [p + "_y32"], name=p + "_conv",
                             **attrs),
            helper.make_node("Cast", [p + "_y32"], [p + "_yf"], to=TensorProto.FLOAT, name=p + "_cast"),
            helper.make_node("Mul", [p + "_xs", p + "_Ws"], [p + "_s"], name=p + "_scale"),
        ]
        if len(n.input) > 2 and n.input[2]:
            new_nodes.append(helper.make_node("Mul", [p + "_yf", p + "_s"], [p + "_ys"], name=p + "_mul"))
            b = numpy_helper.to_array(inits[n.input[2]]).astype(np.float32).reshape(1, -1, 1, 1)
            new_inits.append(numpy_helper.from_array(b, p + "_B"))
            new_nodes.append(helper.make_node("Add", [p + "_ys", p + "_B"], [n.output[0]], name=p + "_bias"))
        else:
            new_nodes.append(helper.make_node("Mul", [p + "_yf", p + "_s"], [n.output[0]], name=p + "_mul"))
        converted += 1
    used = {i for n in new_nodes for i in n.input}
    kept = [t for t in g.initializer if t.name in used and t.name != emap.name]
    del g.node[:]
    g.node.extend(new_nodes)
    del g.initializer[:]
    g.initializer.extend(kept + new_inits + [emap])
    return converted


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    model = onnx.load(sys.argv[1])
    converted = quantize(model)
    onnx.checker.check_model(model)
    onnx.save(model, sys.argv[2])
    print(f"{converted} Conv nodes quantised to ConvInteger; wrote {sys.argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
