#pragma once
// Plain float tensors exchanged with models. Conversion to and from the model's own element type
// (float16) happens inside Model::run, so callers always see float32.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace swapcam::runtime {

enum class ElementType { Float32, Float16, Float64, Int64, Other };  // Float64: inputs only (CodeFormer's weight)
std::string_view element_type_name(ElementType t);

struct Tensor {
  std::vector<int64_t> shape;
  std::vector<float> data;
  int64_t elements() const;
};

// A borrowed float32 input: data must hold product(shape) values and outlive the run.
struct TensorView {
  const float* data = nullptr;
  std::vector<int64_t> shape;
};

int64_t element_count(std::span<const int64_t> shape);  // throws InvalidData on negative dims

// IEEE half <-> float, round-to-nearest-even; vectorisable loops over spans.
void half_to_float(std::span<const uint16_t> in, std::span<float> out);
void float_to_half(std::span<const float> in, std::span<uint16_t> out);

// True when every value is finite (the fp16 NaN/Inf guard).
bool all_finite(std::span<const float> v);

}  // namespace swapcam::runtime
