"""Constants shared by the generated models (shared/spec/models.md)."""

import numpy as np


ARCFACE_TEMPLATE = np.array(
    [[38.2946, 51.6963], [73.5318, 51.5014], [56.0252, 71.7366], [41.5493, 92.3655], [70.7299, 92.2041]],
    dtype=np.float64)

# Detector rule constants (see gen_test_models.py's docstring).
BLACK = -127.5 / 128.0
DET_STRIDES = (8, 16, 32)
DET_GAIN = 10.0
DET_T_INNER = 0.3
DET_T_RING = -0.4
DET_BOX = 2.5
DET_KPS = ((ARCFACE_TEMPLATE / 112.0 - 0.5) * 5.0).astype(np.float32)  # [5,2], stride units
# Output names of the official det_10g (no batch dim); deliberately not in index order when sorted.
DET10G_NAMES = ["448", "471", "494", "451", "474", "497", "454", "477", "500"]
