// The built-in manifest: every model of product.md, plausible facts, and the missing-model message.
#include <gtest/gtest.h>

#include "core/error.h"
#include "models/locate.h"
#include "models/manifest.h"
#include "test_support.h"

using namespace swapcam::models;

TEST(Manifest, ListsEveryModelWithFileSizeLicenceAndSource) {
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"det_10g", "det_10g.onnx"},
      {"w600k_r50", "w600k_r50.onnx"},
      {"2d106det", "2d106det.onnx"},
      {"inswapper_128", "inswapper_128.onnx"},
      {"inswapper_128_fp16", "inswapper_128_fp16.onnx"},
      {"GFPGANv1.4", "GFPGANv1.4.onnx"},
      {"gfpgan-1024", "gfpgan-1024.onnx"},
      {"GPEN-BFR-256", "GPEN-BFR-256.onnx"},
      {"GPEN-BFR-512", "GPEN-BFR-512.onnx"},
      {"nsfw_1", "nsfw_1.onnx"},
      {"nsfw_2", "nsfw_2.onnx"},
      {"nsfw_3", "nsfw_3.onnx"},
      {"hyperswap_1a_256", "hyperswap_1a_256.onnx"},
      {"hyperswap_1b_256", "hyperswap_1b_256.onnx"},
      {"hyperswap_1c_256", "hyperswap_1c_256.onnx"},
      {"simswap_256", "simswap_256.onnx"},
      {"simswap_unofficial_512", "simswap_unofficial_512.onnx"},
      {"arcface_converter_simswap", "arcface_converter_simswap.onnx"},
      {"ghost_1_256", "ghost_1_256.onnx"},
      {"ghost_2_256", "ghost_2_256.onnx"},
      {"ghost_3_256", "ghost_3_256.onnx"},
      {"arcface_converter_ghost", "arcface_converter_ghost.onnx"},
      {"gfpgan_1.2", "gfpgan_1.2.onnx"},
      {"gfpgan_1.3", "gfpgan_1.3.onnx"},
      {"gpen_bfr_1024", "gpen_bfr_1024.onnx"},
      {"gpen_bfr_2048", "gpen_bfr_2048.onnx"},
      {"codeformer", "codeformer.onnx"},
      {"restoreformer_plus_plus", "restoreformer_plus_plus.onnx"},
      {"xseg_1", "xseg_1.onnx"},
      {"xseg_2", "xseg_2.onnx"},
      {"xseg_3", "xseg_3.onnx"},
      {"bisenet_resnet_18", "bisenet_resnet_18.onnx"},
      {"bisenet_resnet_34", "bisenet_resnet_34.onnx"},
  };
  const Manifest& m = builtin_manifest();
  ASSERT_EQ(m.size(), expected.size());
  for (const auto& [id, file] : expected) {
    const ModelEntry* e = find_entry(m, id);
    ASSERT_NE(e, nullptr) << id;
    EXPECT_EQ(e->file_name, file);
    EXPECT_EQ(model_file_name(id), file);
    // A model without a published size says so in its note.
    if (e->known.empty()) EXPECT_NE(e->note.find("unverified"), std::string::npos) << id;
    EXPECT_FALSE(e->licence.empty()) << id;
    ASSERT_FALSE(e->sources.empty()) << id;
    for (const auto& s : e->sources) EXPECT_EQ(s.url.rfind("https://", 0), 0u) << s.url;
    for (const auto& k : e->known) {
      EXPECT_GT(k.size, 1000000u) << id;
      if (k.sha256) {
        EXPECT_EQ(k.sha256->size(), 64u) << id;
        EXPECT_EQ(k.sha256->find_first_not_of("0123456789abcdef"), std::string::npos) << id;
      }
    }
  }
}

TEST(Manifest, SizesAgreeWithModelsMd) {
  auto has_size = [](const char* id, std::uint64_t size) {
    for (const auto& k : find_entry(builtin_manifest(), id)->known)
      if (k.size == size) return true;
    return false;
  };
  EXPECT_TRUE(has_size("inswapper_128", 554253681));
  EXPECT_TRUE(has_size("det_10g", 16923827));
  EXPECT_TRUE(has_size("w600k_r50", 174383860));
  EXPECT_TRUE(has_size("2d106det", 5030888));
  EXPECT_TRUE(has_size("gfpgan-1024", 365875079));
  EXPECT_TRUE(has_size("GPEN-BFR-256", 75715262));
  EXPECT_TRUE(has_size("GPEN-BFR-512", 284250449));
}

TEST(Manifest, BuffaloModelsComeFromTheInsightfaceZip) {
  for (const char* id : {"det_10g", "w600k_r50", "2d106det"}) {
    const ModelEntry* e = find_entry(builtin_manifest(), id);
    EXPECT_NE(e->sources[0].url.find("buffalo_l.zip"), std::string::npos) << id;
    EXPECT_EQ(e->sources[0].archive_member, e->file_name);
  }
}

TEST(Manifest, UsesSelectTheRightSets) {
  auto ids = [](std::string_view use) {
    std::vector<std::string> out;
    for (const auto* e : entries_for(builtin_manifest(), use)) out.push_back(e->id);
    return out;
  };
  EXPECT_EQ(ids("swap"), (std::vector<std::string>{"det_10g", "w600k_r50", "2d106det", "inswapper_128"}));
  EXPECT_EQ(ids("enhance"), (std::vector<std::string>{"GFPGANv1.4", "GPEN-BFR-256", "GPEN-BFR-512"}));
  EXPECT_EQ(ids("filter"), (std::vector<std::string>{"nsfw_1", "nsfw_2", "nsfw_3"}));
  EXPECT_THROW(entries_for(builtin_manifest(), "paint"), swapcam::Error);
}

TEST(Locate, MissingModelNamesTheFileAndTheFetchCommand) {
  swapcam::test::TempDir dir;
  try {
    require_model(dir.path(), "inswapper_128");
    FAIL() << "no error";
  } catch (const swapcam::Error& e) {
    EXPECT_EQ(e.kind(), swapcam::ErrorKind::NotFound);
    EXPECT_EQ(std::string(e.what()), "model file '" + (dir.path() / "inswapper_128.onnx").string() +
                                         "' is missing; get it with: swapcam models fetch inswapper_128 --models-dir " +
                                         dir.path().string());
  }
  EXPECT_THROW(model_file_name("nope"), swapcam::Error);
}

TEST(Locate, FetchCommandQuotesDirectoriesWithSpaces) {
  EXPECT_EQ(fetch_command("det_10g"), "swapcam models fetch det_10g");
  EXPECT_EQ(fetch_command("det_10g", "/tmp/my models"), "swapcam models fetch det_10g --models-dir '/tmp/my models'");
}
