// The model registry: every descriptor names a manifest file of its kind, every manifest file has a
// descriptor, each kind has one default, names are unambiguous, and normalisations invert.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "core/error.h"
#include "models/manifest.h"
#include "models/registry.h"

using namespace swapcam;
using namespace swapcam::models;

TEST(Registry, EveryDescriptorNamesAManifestFileOfItsKind) {
  for (const auto& d : model_registry()) {
    for (std::string_view id : {d.manifest_id, d.fp16_manifest_id}) {
      if (id.empty()) continue;
      const ModelEntry* e = find_entry(builtin_manifest(), id);
      ASSERT_NE(e, nullptr) << d.name << ": " << id;
      EXPECT_EQ(e->role, d.kind) << d.name;
    }
    EXPECT_FALSE(d.summary.empty()) << d.name;
  }
}

TEST(Registry, EveryManifestFileBelongsToADescriptor) {
  for (const auto& e : builtin_manifest()) {
    const ModelDescriptor* d = descriptor_for_file(e.id);
    ASSERT_NE(d, nullptr) << e.id << " is in the manifest but no descriptor uses it";
    EXPECT_EQ(d->kind, e.role) << e.id;
  }
}

TEST(Registry, EachKindHasExactlyOneDefaultAndUnambiguousNames) {
  std::map<Role, int> defaults;
  std::map<Role, std::set<std::string>> names;
  for (const auto& d : model_registry()) {
    defaults[d.kind] += d.is_default ? 1 : 0;
    for (const auto& n : accepted_names(d.kind)) names[d.kind].insert(n);
  }
  for (const auto& [kind, n] : defaults) EXPECT_EQ(n, 1) << role_name(kind);
  for (const auto& [kind, set] : names) {
    // accepted_names lists each name once per descriptor of the kind; a clash would shrink the set.
    EXPECT_EQ(set.size(), accepted_names(kind).size()) << role_name(kind);
    for (const auto& n : set) {
      int answering = 0;
      for (const auto* d : descriptors_of(kind)) answering += d->answers_to(n);
      EXPECT_EQ(answering, 1) << n;
    }
  }
  EXPECT_EQ(&default_descriptor(Role::Swapper), find_descriptor(Role::Swapper, "inswapper_128"));
}

TEST(Registry, OlderCommandLineNamesStillWork) {
  // product.md's --enhancer gfpgan|gpen256|gpen512 are aliases of the registry names.
  EXPECT_EQ(find_descriptor(Role::Enhancer, "gfpgan"), find_descriptor(Role::Enhancer, "gfpgan_1.4"));
  EXPECT_EQ(find_descriptor(Role::Enhancer, "gpen256")->manifest_id, "GPEN-BFR-256");
  EXPECT_EQ(find_descriptor(Role::Enhancer, "gpen512")->size, 512);
  EXPECT_EQ(find_descriptor(Role::Enhancer, "gpen"), nullptr);   // a prefix of an alias is not an alias
  EXPECT_EQ(find_descriptor(Role::Swapper, "gfpgan"), nullptr);  // names belong to one kind
  try {
    require_descriptor(Role::Enhancer, "codeformer_9");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    EXPECT_NE(std::string(e.what()).find("unknown enhancer 'codeformer_9'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(model_names(Role::Enhancer)), std::string::npos) << e.what();
  }
}

TEST(Registry, NormalisationsInvert) {
  for (const auto& d : model_registry()) {
    for (const Normalisation& n : {d.input, d.output}) {
      const auto ps = n.pixel_scale(), po = n.pixel_offset(), ts = n.tensor_scale(), to = n.tensor_offset();
      for (int c = 0; c < 3; ++c)
        for (float pixel : {0.f, 37.f, 255.f}) {
          const float tensor = pixel * ps[c] + po[c];
          EXPECT_NEAR(tensor * ts[c] + to[c], pixel, 1e-3) << d.name;
          // The definition itself: (pixel / 255 - mean) / std.
          EXPECT_NEAR(tensor, (pixel / 255.f - n.mean[c]) / n.std[c], 1e-5) << d.name;
        }
    }
  }
  // The enhancers' [-1, 1]: black is -1, white is 1.
  const auto& g = *find_descriptor(Role::Enhancer, "gfpgan_1.4");
  EXPECT_FLOAT_EQ(0.f * g.input.pixel_scale()[0] + g.input.pixel_offset()[0], -1.f);
  EXPECT_FLOAT_EQ(255.f * g.input.pixel_scale()[2] + g.input.pixel_offset()[2], 1.f);
}

TEST(Registry, CropModelsHaveASizeAndATemplate) {
  for (const auto& d : model_registry()) {
    if (d.kind == Role::Detector) continue;  // any multiple of 32
    EXPECT_GT(d.size, 0) << d.name;
    // Crops aligned by five points: the template must be defined at the model's size (it throws where not).
    if (d.kind == Role::Recognizer || d.kind == Role::Swapper || d.kind == Role::Enhancer)
      EXPECT_NO_THROW(face_template_points(d.face_template, d.size)) << d.name;
  }
  EXPECT_EQ(find_descriptor(Role::Enhancer, "gpen_bfr_256")->face_template, FaceTemplate::Gpen);
  EXPECT_EQ(default_descriptor(Role::Swapper).identity, IdentityFeed::EmapLatent);
}
