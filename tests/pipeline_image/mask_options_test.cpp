// The face-mask options as option-table rows: lists, padding shorthand, ranges and choices, each
// refusal a usage error naming the option.
#include <gtest/gtest.h>

#include "core/error.h"
#include "pipeline/option_table.h"
#include "process/face_mask.h"

namespace swapcam::pipeline {
namespace {

std::string set_error(const char* key, const char* value) {
  SwapOptions o;
  const OptionRow& r = *find_option(key);
  try {
    r.set(o, value, r);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage) << e.what();
    return e.what();
  }
  return {};
}

SwapOptions with(const char* key, const char* value) {
  SwapOptions o;
  const OptionRow& r = *find_option(key);
  r.set(o, value, r);
  return o;
}

TEST(MaskOptions, DefaultsAreTheBoxWithFaceFusionsBlur) {
  const SwapOptions o;
  EXPECT_EQ(o.mask.types, unsigned(process::kMaskBox));
  EXPECT_FLOAT_EQ(o.mask.blur, 0.3f);
  EXPECT_EQ(find_option("mask-types")->default_text(), "box");
  EXPECT_EQ(find_option("mask-padding")->default_text(), "0,0,0,0");
  EXPECT_EQ(find_option("mask-regions")->default_text(),
            "skin,left-eyebrow,right-eyebrow,left-eye,right-eye,glasses,nose,mouth,upper-lip,lower-lip");
  EXPECT_EQ(find_option("mask-areas")->default_text(), "upper-face,lower-face,mouth");
  EXPECT_EQ(find_option("occluder")->default_text(), "xseg_1");
  EXPECT_EQ(find_option("parser")->default_text(), "bisenet_resnet_34");
  EXPECT_FALSE(o.mask.needs_landmarks());
}

TEST(MaskOptions, ListsBecomeBits) {
  EXPECT_EQ(with("mask-types", "occlusion, area").mask.types, unsigned(process::kMaskOcclusion | process::kMaskArea));
  EXPECT_EQ(with("mask-regions", "skin,nose,lower-lip").mask.regions, (1u << 1) | (1u << 10) | (1u << 13));
  EXPECT_EQ(with("mask-areas", "lower-face").mask.areas, unsigned(process::kAreaLowerFace));
  EXPECT_TRUE(with("mask-types", "box,area").mask.needs_landmarks());
}

TEST(MaskOptions, PaddingTakesOneToFourValues) {
  using P = std::array<float, 4>;
  EXPECT_EQ(with("mask-padding", "10").mask.padding, (P{10, 10, 10, 10}));
  EXPECT_EQ(with("mask-padding", "10,20").mask.padding, (P{10, 20, 10, 20}));
  EXPECT_EQ(with("mask-padding", "10,20,30").mask.padding, (P{10, 20, 30, 20}));
  EXPECT_EQ(with("mask-padding", "1,2,3,4.5").mask.padding, (P{1, 2, 3, 4.5f}));
  for (const char* bad : {"", "101", "-1", "1,2,3,4,5", "a", "1,,2", "nan"})
    EXPECT_NE(set_error("mask-padding", bad).find("--mask-padding takes 1 to 4 percentages from 0 to 100"),
              std::string::npos)
        << "'" << bad << "': " << set_error("mask-padding", bad);
}

TEST(MaskOptions, UnknownWordsNameTheOptionAndTheChoices) {
  EXPECT_EQ(set_error("mask-types", "box,hand"),
            "unknown --mask-types 'hand' (expected one of: box, occlusion, region, area)");
  EXPECT_NE(set_error("mask-types", "").find("--mask-types needs a comma-separated list"), std::string::npos);
  EXPECT_NE(set_error("mask-regions", "skin,hair").find("unknown --mask-regions 'hair'"), std::string::npos);
  EXPECT_NE(set_error("mask-areas", "forehead").find("unknown --mask-areas 'forehead'"), std::string::npos);
  EXPECT_NE(set_error("mask-blur", "soft").find("--mask-blur must be a number"), std::string::npos);
}

TEST(MaskOptions, RangesAndModelChoicesAreTheTables) {
  SwapOptions o;
  o.mask.blur = 1.5f;
  try {
    check_option_ranges(o);
    ADD_FAILURE() << "blur 1.5 accepted";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "--mask-blur must be between 0 and 1 (got 1.5)");
  }
  o = SwapOptions{};
  o.occluder = "xseg_4";
  EXPECT_THROW(check_option_ranges(o), Error);
  o.occluder = "many";
  EXPECT_NO_THROW(check_option_ranges(o));
  o.parser = "bisenet_resnet_50";
  EXPECT_THROW(check_option_ranges(o), Error);
}

}  // namespace
}  // namespace swapcam::pipeline
