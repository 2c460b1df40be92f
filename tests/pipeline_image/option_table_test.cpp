// The option table: rows are complete and unique, text round-trips, ranges and choices are enforced
// by the table with the option's name, and the command line has a flag for every row.
#include <gtest/gtest.h>

#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "core/error.h"
#include "pipeline/option_table.h"
#include "test_support.h"

namespace swapcam::test {
namespace {

using pipeline::OptionRow;
using pipeline::OptionType;
using pipeline::SwapOptions;

std::string usage_error(const SwapOptions& o) {
  try {
    pipeline::check_option_ranges(o);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    return e.what();
  }
  return {};
}

TEST(OptionTable, RowsAreCompleteAndUnique) {
  std::set<std::string_view> keys;
  const std::set<std::string_view> groups{"faces", "swapper", "detector", "blend", "enhance", "video", "marks"};
  for (const auto& r : pipeline::option_table()) {
    EXPECT_TRUE(keys.insert(r.key).second) << r.key;
    EXPECT_TRUE(groups.count(r.group)) << r.key << " in " << r.group;
    EXPECT_FALSE(r.help.empty()) << r.key;
    EXPECT_FALSE(r.label.empty()) << r.key;
    ASSERT_NE(r.get, nullptr) << r.key;
    ASSERT_NE(r.set, nullptr) << r.key;
    if (r.type == OptionType::Choice) EXPECT_NE(r.choices, nullptr) << r.key;
    if (r.type == OptionType::Int || r.type == OptionType::Number) EXPECT_LT(r.min, r.max) << r.key;
    EXPECT_EQ(pipeline::find_option(r.key), &r);
  }
  EXPECT_EQ(pipeline::find_option("no-such-option"), nullptr);
  EXPECT_EQ(usage_error(SwapOptions{}), "") << "the defaults must pass their own table";
}

TEST(OptionTable, TextRoundTripsThroughEveryRow) {
  // A value other than the default for each row, set as text and read back.
  const std::map<std::string, std::string> values = {
      {"many-faces", "true"},
      {"face-selector", "center"},
      {"similarity-threshold", "0.55"},
      {"require-face", "true"},
      {"det-size", "320x256"},
      {"det-thresh", "0.3"},
      {"mouth-mask", "0.6"},
      {"color-match", "true"},
      {"poisson-blend", "true"},
      {"opacity", "0.35"},
      {"sharpness", "1.5"},
      {"enhancer", "gpen_bfr_512"},
      {"enhancer-blend", "0.25"},
      {"video-encoder", "libx265"},
      {"hw-decode", "off"},
      {"video-quality", "30"},
      {"keep-fps", "false"},
      {"no-audio", "true"},
      {"keep-frames", "true"},
      {"watermark", "Synthetic"},
      {"watermark-position", "top-left"},
      {"watermark-opacity", "0.4"},
      {"no-label", "true"},
      {"nsfw-filter", "true"},
      {"swapper", "hyperswap_1b_256"},
      {"pixel-boost", "512"},
      {"swapper-weight", "0.7"},
      {"enhancer-weight", "0.9"},
      {"mask-types", "box,occlusion"},
      {"mask-blur", "0.5"},
      {"mask-padding", "10,0,5,2.5"},
      {"occluder", "many"},
      {"parser", "bisenet_resnet_18"},
      {"mask-regions", "skin,nose"},
      {"mask-areas", "mouth"},
  };
  SwapOptions o;
  for (const auto& r : pipeline::option_table()) {
    ASSERT_TRUE(values.count(std::string(r.key))) << "no test value for row " << r.key;
    const std::string& v = values.at(std::string(r.key));
    EXPECT_NE(r.default_text(), v) << r.key << ": the test value must differ from the default";
    r.set(o, v, r);
    EXPECT_EQ(r.get(o), v) << r.key;
  }
  // The fields themselves changed, not only their text.
  EXPECT_TRUE(o.many_faces);
  EXPECT_EQ(o.pixel_boost, 512);
  EXPECT_EQ(o.swapper, "hyperswap_1b_256");
  EXPECT_EQ(o.det_width, 320);
  EXPECT_EQ(o.det_height, 256);
  EXPECT_FLOAT_EQ(o.opacity, 0.35f);
  ASSERT_TRUE(o.mouth_mask);
  EXPECT_FLOAT_EQ(*o.mouth_mask, 0.6f);
  EXPECT_TRUE(o.watermark);
  EXPECT_EQ(o.watermark_style.corner, process::WatermarkCorner::TopLeft);
  EXPECT_FALSE(o.provenance);
  EXPECT_FALSE(o.keep_fps);
  EXPECT_EQ(usage_error(o), "");
}

TEST(OptionTable, RangesAndChoicesAreTheTables) {
  SwapOptions o;
  o.opacity = 1.5f;
  EXPECT_EQ(usage_error(o), "--opacity must be between 0 and 1 (got 1.5)");
  o.opacity = 1.f;  // a closed bound is allowed
  EXPECT_EQ(usage_error(o), "");
  o.det_thresh = 1.f;  // an open one is not
  EXPECT_EQ(usage_error(o), "--det-thresh must be between 0 and 1, exclusive (got 1)");
  o.det_thresh = 0.5f;
  o.watermark_style.opacity = 0;
  EXPECT_EQ(usage_error(o), "--watermark-opacity must be above 0 and at most 1 (got 0)");
  o.watermark_style.opacity = 0.7;
  o.sharpness = std::nanf("");
  EXPECT_EQ(usage_error(o), "--sharpness must be a number");
  o.sharpness = 0;
  o.video_encoder = "libx266";
  EXPECT_NE(usage_error(o).find("unknown --video-encoder 'libx266' (expected one of: auto, libx264"), std::string::npos)
      << usage_error(o);
  o.video_encoder = "auto";
  o.mouth_mask = 2.5f;
  EXPECT_EQ(usage_error(o), "--mouth-mask must be between 0 and 2 (got 2.5)");
}

TEST(OptionTable, SetRefusesTextOfTheWrongTypeNamingTheOption) {
  SwapOptions o;
  for (const auto& [key, bad] : std::vector<std::pair<const char*, const char*>>{{"opacity", "half"},
                                                                                 {"video-quality", "3.5"},
                                                                                 {"video-quality", "99"},
                                                                                 {"det-size", "640y"},
                                                                                 {"det-size", "16"},
                                                                                 {"many-faces", "perhaps"},
                                                                                 {"sharpness", "1e999"}}) {
    const OptionRow& r = *pipeline::find_option(key);
    try {
      r.set(o, bad, r);
      ADD_FAILURE() << key << " accepted '" << bad << "'";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Usage);
      EXPECT_EQ(std::string(e.what()).rfind("--" + std::string(key), 0), 0u) << e.what();
    }
  }
}

TEST(OptionTable, OlderEnhancerNamesAreStoredAsRegistryNames) {
  SwapOptions o;
  const OptionRow& r = *pipeline::find_option("enhancer");
  r.set(o, "gpen256", r);
  EXPECT_EQ(o.enhancer, "gpen_bfr_256");
  r.set(o, "codeformer_9", r);
  EXPECT_NE(usage_error(o).find("unknown --enhancer 'codeformer_9'"), std::string::npos) << usage_error(o);
}

// Whether the help text lists `flag` itself (not only a longer flag it is the start of).
bool lists_flag(const std::string& help, const std::string& flag) {
  for (auto at = help.find(flag); at != std::string::npos; at = help.find(flag, at + 1)) {
    const char next = at + flag.size() < help.size() ? help[at + flag.size()] : ' ';
    if (!(std::isalnum(static_cast<unsigned char>(next)) || next == '-')) return true;
  }
  return false;
}

TEST(OptionTable, TheCommandLineHasAFlagForEveryRow) {
  const auto swap = run_command(cli_path().string() + " swap --help");
  const auto live = run_command(cli_path().string() + " live --help");
  for (const auto& r : pipeline::option_table()) {
    EXPECT_TRUE(lists_flag(swap.output, r.flag())) << r.key;
    EXPECT_EQ(lists_flag(live.output, r.flag()), !r.swap_only) << r.key;
  }
  // A flag that is on by default can be turned off.
  EXPECT_NE(swap.output.find("--no-keep-fps"), std::string::npos);
}

}  // namespace
}  // namespace swapcam::test
