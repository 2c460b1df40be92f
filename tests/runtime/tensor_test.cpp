#include "runtime/tensor.h"

#include <bit>
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

namespace swapcam::runtime {
namespace {

TEST(Half, KnownValues) {
  const std::vector<uint16_t> bits = {0x0000, 0x3c00, 0xc000, 0x7bff, 0x0001, 0x0400, 0x7c00, 0xfc00, 0x3555};
  std::vector<float> f(bits.size());
  half_to_float(bits, f);
  EXPECT_EQ(f[0], 0.f);
  EXPECT_EQ(f[1], 1.f);
  EXPECT_EQ(f[2], -2.f);
  EXPECT_EQ(f[3], 65504.f);
  EXPECT_EQ(f[4], std::ldexp(1.f, -24));  // smallest subnormal
  EXPECT_EQ(f[5], std::ldexp(1.f, -14));  // smallest normal
  EXPECT_TRUE(std::isinf(f[6]) && f[6] > 0);
  EXPECT_TRUE(std::isinf(f[7]) && f[7] < 0);
  EXPECT_NEAR(f[8], 1.f / 3.f, 1e-3);
}

TEST(Half, EveryHalfRoundTripsThroughFloat) {
  std::vector<uint16_t> all(65536), back(65536);
  for (int i = 0; i < 65536; ++i) all[i] = static_cast<uint16_t>(i);
  std::vector<float> f(65536);
  half_to_float(all, f);
  float_to_half(f, back);
  for (int i = 0; i < 65536; ++i) {
    const bool nan = (i & 0x7c00) == 0x7c00 && (i & 0x3ff) != 0;
    if (nan) {
      EXPECT_TRUE(std::isnan(f[i]));
      EXPECT_EQ(back[i] & 0x7c00, 0x7c00);
      EXPECT_NE(back[i] & 0x3ff, 0);
    } else {
      ASSERT_EQ(back[i], all[i]) << "half bits " << i;
    }
  }
}

TEST(Half, RoundsToNearestEvenAndSaturatesToInfinity) {
  std::vector<float> in = {1.f + std::ldexp(1.f, -11), 1.f + 3 * std::ldexp(1.f, -11), 70000.f, 1e-9f, -0.f};
  std::vector<uint16_t> out(in.size());
  float_to_half(in, out);
  EXPECT_EQ(out[0], 0x3c00);  // halfway, rounds to even (down)
  EXPECT_EQ(out[1], 0x3c02);  // halfway, rounds to even (up)
  EXPECT_EQ(out[2], 0x7c00);
  EXPECT_EQ(out[3], 0x0000);
  EXPECT_EQ(out[4], 0x8000);
}

TEST(Tensor, AllFiniteDetectsNanAndInf) {
  std::vector<float> v(1000, 0.5f);
  EXPECT_TRUE(all_finite(v));
  v[999] = std::numeric_limits<float>::quiet_NaN();
  EXPECT_FALSE(all_finite(v));
  v[999] = -std::numeric_limits<float>::infinity();
  EXPECT_FALSE(all_finite(v));
  v[999] = std::numeric_limits<float>::max();
  EXPECT_TRUE(all_finite(v));
}

TEST(Tensor, ElementCountRejectsNegativeDims) {
  std::vector<int64_t> ok = {1, 3, 128, 128};
  EXPECT_EQ(element_count(ok), 3 * 128 * 128);
  std::vector<int64_t> bad = {1, -1};
  EXPECT_ANY_THROW(element_count(bad));
}

}  // namespace
}  // namespace swapcam::runtime
