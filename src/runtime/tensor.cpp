#include "runtime/tensor.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#include "core/error.h"

namespace swapcam::runtime {

std::string_view element_type_name(ElementType t) {
  switch (t) {
    case ElementType::Float32: return "float32";
    case ElementType::Float16: return "float16";
    case ElementType::Float64: return "float64";
    case ElementType::Int64: return "int64";
    case ElementType::Other: break;
  }
  return "other";
}

int64_t element_count(std::span<const int64_t> shape) {
  int64_t n = 1;
  for (int64_t d : shape) {
    if (d < 0) fail(ErrorKind::InvalidData, "tensor shape has a negative dimension");
    if (d != 0 && n > std::numeric_limits<int64_t>::max() / d) fail(ErrorKind::InvalidData, "tensor shape overflows");
    n *= d;
  }
  return n;
}

int64_t Tensor::elements() const { return element_count(shape); }

namespace {
float half_bits_to_float(uint16_t h) {
  const uint32_t sign = static_cast<uint32_t>(h & 0x8000u) << 16;
  uint32_t exp = (h >> 10) & 0x1fu;
  uint32_t mant = h & 0x3ffu;
  uint32_t bits;
  if (exp == 0x1f) {  // inf / nan
    bits = sign | 0x7f800000u | (mant << 13);
  } else if (exp != 0) {  // normal
    bits = sign | ((exp + 112u) << 23) | (mant << 13);
  } else if (mant == 0) {  // zero
    bits = sign;
  } else {  // subnormal: normalise
    exp = 113;
    while ((mant & 0x400u) == 0) {
      mant <<= 1;
      --exp;
    }
    mant &= 0x3ffu;
    bits = sign | (exp << 23) | (mant << 13);
  }
  return std::bit_cast<float>(bits);
}

uint16_t float_to_half_bits(float f) {
  const uint32_t x = std::bit_cast<uint32_t>(f);
  const uint16_t sign = static_cast<uint16_t>((x >> 16) & 0x8000u);
  const uint32_t abs = x & 0x7fffffffu;
  if (abs >= 0x7f800000u) {  // inf or nan (keep nan quiet)
    return sign | 0x7c00u | (abs > 0x7f800000u ? 0x200u : 0u);
  }
  if (abs >= 0x477ff000u) return sign | 0x7c00u;  // rounds to beyond max half: inf
  if (abs < 0x38800000u) {                        // subnormal half or zero
    if (abs < 0x33000000u) return sign;           // below half of the smallest subnormal
    const uint32_t exp = abs >> 23;
    const uint32_t mant = (abs & 0x7fffffu) | 0x800000u;
    const uint32_t shift = 126 - exp;  // 14..24
    uint32_t half = mant >> shift;
    const uint32_t rem = mant & ((1u << shift) - 1);
    const uint32_t halfway = 1u << (shift - 1);
    if (rem > halfway || (rem == halfway && (half & 1u))) ++half;
    return sign | static_cast<uint16_t>(half);
  }
  // Normal: rebias exponent, round mantissa to nearest even.
  uint32_t half = ((abs - 0x38000000u) >> 13);
  const uint32_t rem = abs & 0x1fffu;
  if (rem > 0x1000u || (rem == 0x1000u && (half & 1u))) ++half;
  return sign | static_cast<uint16_t>(half);
}
}  // namespace

void half_to_float(std::span<const uint16_t> in, std::span<float> out) {
  if (in.size() != out.size()) fail(ErrorKind::InvalidData, "half_to_float: size mismatch");
  for (size_t i = 0; i < in.size(); ++i) out[i] = half_bits_to_float(in[i]);
}

void float_to_half(std::span<const float> in, std::span<uint16_t> out) {
  if (in.size() != out.size()) fail(ErrorKind::InvalidData, "float_to_half: size mismatch");
  for (size_t i = 0; i < in.size(); ++i) out[i] = float_to_half_bits(in[i]);
}

bool all_finite(std::span<const float> v) {
  // Branch-free accumulation so the loop vectorises; x - x is NaN exactly for NaN and ±inf.
  float acc = 0.f;
  for (float x : v) acc += x - x;
  return acc == 0.f;
}

}  // namespace swapcam::runtime
