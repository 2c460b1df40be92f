"""Building blocks of the generated test models: a small graph builder and an atomic file writer.

Opset 17, IR version 8; every model is checked with onnx.checker (full check) before it is written, each
file goes to a temporary name first and is renamed, and DIR/.stamp is removed first so that a half-run
never looks complete.
"""

import os

import numpy as np
import onnx
from onnx import helper, numpy_helper

OPSET = 17
IR_VERSION = 8


class Graph:
    """Small helper that collects nodes and initializers and names intermediate values."""

    def __init__(self, name):
        self.name = name
        self.nodes = []
        self.initializers = []
        self.inputs = []
        self.outputs = []
        self._count = 0

    def input(self, name, elem_type, shape):
        self.inputs.append(helper.make_tensor_value_info(name, elem_type, shape))
        return name

    def output(self, name, elem_type, shape):
        self.outputs.append(helper.make_tensor_value_info(name, elem_type, shape))

    def const(self, name, array):
        """Initializer from a numpy array (raw_data encoding)."""
        self.initializers.append(numpy_helper.from_array(np.asarray(array), name))
        return name

    def f32(self, value):
        self._count += 1
        return self.const(f"c{self._count}", np.asarray(value, dtype=np.float32))

    def i64(self, value):
        self._count += 1
        return self.const(f"c{self._count}", np.asarray(value, dtype=np.int64))

    def op(self, op_type, inputs, out=None, n_out=1, **attrs):
        self._count += 1
        if out is None:
            outs = [f"{op_type.lower()}_{self._count}_{k}" for k in range(n_out)]
        else:
            outs = [out] if isinstance(out, str) else list(out)
        self.nodes.append(helper.make_node(op_type, list(inputs), outs, name=f"{op_type}_{self._count}", **attrs))
        return outs[0] if len(outs) == 1 else outs

    def model(self, doc=""):
        graph = helper.make_graph(self.nodes, self.name, self.inputs, self.outputs, initializer=self.initializers)
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                                  producer_name="swapcam tools/gen_test_models.py", producer_version="1",
                                  doc_string=doc)
        model.ir_version = IR_VERSION
        return model


class Writer:
    def __init__(self, out_dir):
        self.out_dir = out_dir
        self.written = []
        os.makedirs(out_dir, exist_ok=True)
        stamp = os.path.join(out_dir, ".stamp")
        if os.path.exists(stamp):
            os.remove(stamp)  # an interrupted run must not look complete

    def bytes(self, name, data):
        path = os.path.join(self.out_dir, name)
        tmp = f"{path}.tmp-{os.getpid()}"
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        self.written.append((name, len(data)))
        return path

    def model(self, name, model):
        onnx.checker.check_model(model, full_check=True)
        return self.bytes(name, model.SerializeToString())
