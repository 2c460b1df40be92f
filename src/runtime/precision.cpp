#include "runtime/precision.h"

#include <fmt/format.h>

namespace swapcam::runtime {

PrecisionChoice resolve_precision_for_device(Precision requested, Provider p, std::optional<ComputeCapability> cc,
                                             int device_index) {
  const Precision resolved = resolve_precision(requested, p);
  if (requested != Precision::Auto || resolved != Precision::Fp16) return {resolved, {}};
  if ((p != Provider::Cuda && p != Provider::TensorRt) || !cc) return {resolved, {}};
  const bool before_volta = cc->major < kFp16MinCapability.major ||
                            (cc->major == kFp16MinCapability.major && cc->minor < kFp16MinCapability.minor);
  if (!before_volta) return {resolved, {}};
  return {Precision::Fp32,
          fmt::format("GPU {} has compute capability {}.{}, before Volta (7.0): fp16 there has no tensor cores and "
                      "is slower, so auto precision is fp32 (--precision fp16 forces it)",
                      device_index, cc->major, cc->minor)};
}

PrecisionPlan plan_precision(Precision resolved, Precision requested, Provider p, bool fp16_variant,
                             bool fp16_file_present) {
  if (resolved != Precision::Fp16) return {};
  if (fp16_variant && fp16_file_present) return {true, p == Provider::TensorRt, Precision::Fp16};
  if (p == Provider::TensorRt && (fp16_variant || requested == Precision::Fp16)) return {false, true, Precision::Fp16};
  return {};
}

RuntimeConfig fp32_config(const RuntimeConfig& cfg) {
  RuntimeConfig out = cfg;
  out.precision = Precision::Fp32;
  return out;
}

}  // namespace swapcam::runtime
