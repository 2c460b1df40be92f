// Arbitrary tensor shapes and values fed to the SCRFD decoder and NMS: results or swapcam::Error,
// never an out-of-bounds read.
#include <cstdint>
#include <cstring>
#include <vector>

#include "core/error.h"
#include "face/detector.h"

namespace {

struct Reader {
  const uint8_t* p;
  size_t n;
  template <typename T>
  T take() {
    T v{};
    if (n >= sizeof(T)) {
      std::memcpy(&v, p, sizeof(T));
      p += sizeof(T);
      n -= sizeof(T);
    }
    return v;
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using swapcam::runtime::Tensor;
  Reader in{data, size};
  swapcam::face::ScrfdDecodeParams params;
  params.input_width = 32 * (1 + in.take<uint8_t>() % 4);
  params.input_height = 32 * (1 + in.take<uint8_t>() % 4);
  params.score_threshold = static_cast<float>(in.take<uint8_t>()) / 255.f;
  params.det_scale = 0.25f + static_cast<float>(in.take<uint8_t>()) / 64.f;
  const int outputs = in.take<uint8_t>() % 11;  // 6 and 9 are valid; others must be rejected
  std::vector<Tensor> tensors(outputs);
  for (auto& t : tensors) {
    const int rank = 1 + in.take<uint8_t>() % 3;
    int64_t count = 1;
    for (int d = 0; d < rank; ++d) {
      int64_t dim = in.take<uint8_t>() % 64;
      if (in.take<uint8_t>() % 2) dim *= 8;
      t.shape.push_back(dim);
      count *= dim;
    }
    if (count > 1 << 16) count = 1 << 16;  // keep the allocation small; shapes may then disagree with data
    t.data.resize(static_cast<size_t>(count));
    for (auto& v : t.data) v = static_cast<float>(static_cast<int8_t>(in.take<uint8_t>())) / 16.f;
  }
  try {
    auto faces = swapcam::face::decode_scrfd(tensors, params);
    auto kept = swapcam::face::non_max_suppression(std::move(faces), 0.4f);
    (void)kept;
  } catch (const swapcam::Error&) {}
  return 0;
}
