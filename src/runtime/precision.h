#pragma once
// Pure precision decisions made at load (no ORT, no driver): unit-tested per provider and device.
#include <optional>
#include <string>

#include "runtime/gpu_info.h"
#include "runtime/model.h"

namespace swapcam::runtime {

// Tensor cores (and fast fp16) start with Volta, compute capability 7.0.
inline constexpr ComputeCapability kFp16MinCapability{7, 0};

struct PrecisionChoice {
  Precision precision = Precision::Fp32;
  std::string reason;  // why auto chose fp32 where the provider would take fp16; "" otherwise
};

// resolve_precision(), and for auto on CUDA/TensorRT the GPU too: fp32 on a GPU before Volta (fp16
// there is slower and without tensor cores). An unknown capability keeps fp16: the NaN guard still
// watches those runs. Explicit requests are kept.
PrecisionChoice resolve_precision_for_device(Precision requested, Provider p, std::optional<ComputeCapability> cc,
                                             int device_index = 0);

// How a model runs at the resolved precision.
struct PrecisionPlan {
  bool fp16_file = false;                 // load the fp16 variant
  bool provider_fp16 = false;             // the provider computes fp16 from the fp32 file (TensorRT's trt_fp16_enable)
  Precision precision = Precision::Fp32;  // Fp16 when either: what Model::precision() reports, the NaN guard's cue
};
// resolved: resolve_precision_for_device's; requested: the user's; fp16_variant: the role has an fp16
// file (hence a NaN guard); fp16_file_present: that file exists. TensorRT builds fp16 kernels from
// the fp32 file when there is no fp16 file, for roles with a guard or when fp16 was asked for; other
// providers need the fp16 file.
PrecisionPlan plan_precision(Precision resolved, Precision requested, Provider p, bool fp16_variant,
                             bool fp16_file_present);

// The configuration a NaN/Inf guard reloads with: fp32, so no fp16 file and no provider fp16 either.
RuntimeConfig fp32_config(const RuntimeConfig& cfg);

}  // namespace swapcam::runtime
