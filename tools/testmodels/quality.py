"""Test models for the swappers and enhancers beyond inswapper (docs/MODELS.md, "Swappers"): each is a
pointwise map whose round trip is exact only when swapcam normalises as the contract says."""

import numpy as np
from onnx import TensorProto

from onnx_graph import Graph

IMAGENET_MEAN = np.array([0.485, 0.456, 0.406], np.float32).reshape(1, 3, 1, 1)
IMAGENET_STD = np.array([0.229, 0.224, 0.225], np.float32).reshape(1, 3, 1, 1)


def build_contract_swapper(size, contract, batch="batch"):
    """An identity under a swapper contract: the output is the target face in the output space.
    contract: signed (hyperswap/ghost: [-1,1] in, [-1,1] out) | imagenet (simswap_256: ImageNet in, [0,1] out)
    | unit (simswap 512: [0,1] in and out). `source` is a real input that adds 0 * sum(source)."""
    g = Graph(f"swapper_{contract}_{size}")
    target = g.input("target", TensorProto.FLOAT, [batch, 3, size, size])
    source = g.input("source", TensorProto.FLOAT, [batch, 512])
    src_term = g.op("Mul", [g.op("ReduceSum", [source], keepdims=1), g.f32(0.0)])
    face = target
    if contract == "imagenet":  # back from ImageNet normalisation to [0, 1]
        face = g.op("Add", [g.op("Mul", [target, g.f32(IMAGENET_STD)]), g.f32(IMAGENET_MEAN)])
    elif contract not in ("signed", "unit"):
        raise ValueError(contract)
    g.op("Add", [face, src_term], out="output")
    g.output("output", TensorProto.FLOAT, [batch, 3, size, size])
    return g.model(f"identity swapper, {contract} contract, {size} px")


def build_converter(scale):
    """An embedding converter ('input' [1,512] -> [1,512]) that scales: a normed result shows whether
    swapcam normalised after it (simswap) or kept it raw (ghost)."""
    g = Graph("embedding_converter")
    x = g.input("input", TensorProto.FLOAT, [1, 512])
    g.op("Mul", [x, g.f32(float(scale))], out="output")
    g.output("output", TensorProto.FLOAT, [1, 512])
    return g.model(f"embedding converter x{scale}")


def build_weighted_enhancer(size=512):
    """CodeFormer's contract (image 'input' in [-1,1] plus a float64 'weight' [1]): output = input * weight,
    so weight 1 returns the face and weight 0 paints it mid-grey."""
    g = Graph("enhancer_weighted")
    x = g.input("input", TensorProto.FLOAT, [1, 3, size, size])
    w = g.input("weight", TensorProto.DOUBLE, [1])
    w32 = g.op("Cast", [w], to=TensorProto.FLOAT)
    g.op("Mul", [x, w32], out="output")
    g.output("output", TensorProto.FLOAT, [1, 3, size, size])
    return g.model("CodeFormer-contract enhancer: input * weight")


def write_quality(w):
    w.model("swapper_signed_256.onnx", build_contract_swapper(256, "signed"))
    w.model("swapper_imagenet_256.onnx", build_contract_swapper(256, "imagenet"))
    w.model("swapper_unit_512.onnx", build_contract_swapper(512, "unit", batch=1))
    w.model("converter_x3.onnx", build_converter(3.0))
    w.model("enhancer_weighted_512.onnx", build_weighted_enhancer(512))
