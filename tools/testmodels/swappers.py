"""The inswapper-contract swappers: identity, tint, latent probe, fp16 and batch variants, with their emaps."""

import numpy as np
from onnx import TensorProto, helper, numpy_helper

from onnx_graph import Graph


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
    """kind: identity | identity_fp16 | identity_fp16io | tint | nan_fp16 | latent_probe | nhwc | endless_loop.
    endless_loop: the identity behind a Loop that never ends (a warm-up must be bounded). `emap` goes
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
    elif kind == "endless_loop":
        # The identity behind a Loop with no trip count whose condition stays true: it never ends, so a
        # warm-up run on it hangs unless something terminates it.
        body = helper.make_graph(
            [helper.make_node("Identity", ["cond_in"], ["cond_out"]),
             helper.make_node("Identity", ["x_in"], ["x_out"])],
            "forever",
            [helper.make_tensor_value_info("i", TensorProto.INT64, []),
             helper.make_tensor_value_info("cond_in", TensorProto.BOOL, []),
             helper.make_tensor_value_info("x_in", TensorProto.FLOAT, [])],
            [helper.make_tensor_value_info("cond_out", TensorProto.BOOL, []),
             helper.make_tensor_value_info("x_out", TensorProto.FLOAT, [])])
        keep_going = g.const("keep_going", np.asarray(True))
        looped = g.op("Loop", ["", keep_going, g.f32(0.0)], body=body)
        src_term = g.op("Mul", [g.op("ReduceSum", [source], keepdims=1), g.f32(0.0)])
        g.op("Add", [g.op("Add", [target, src_term]), g.op("Mul", [looped, g.f32(0.0)])], out="output")
        g.output("output", TensorProto.FLOAT, [batch, 3, 128, 128])
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
    ("swapper_endless_loop", "endless_loop", 509, np.float32, "raw", 1),
]
