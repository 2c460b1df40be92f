// facade::system_report: doctor's data, without the CLI. A model given by file is reported as
// present and, loaded, with the provider it got; a broken one with its error and no provider; a
// missing one with the command that fetches it.
#include "facade/doctor.h"

#include <algorithm>
#include <fstream>

#include <gtest/gtest.h>

#include "models/registry.h"
#include "runtime/providers.h"
#include "test_support.h"

namespace swapcam::facade {
namespace {

const RoleReport& role(const SystemReport& r, const std::string& name) {
  const auto it = std::find_if(r.roles.begin(), r.roles.end(), [&](const RoleReport& x) { return x.role == name; });
  if (it == r.roles.end()) throw std::runtime_error("no role " + name);
  return *it;
}

runtime::RuntimeConfig cpu() {
  runtime::RuntimeConfig cfg;
  cfg.providers = {runtime::Provider::Cpu};
  cfg.warmup = false;
  return cfg;
}

TEST(SystemReport, ReportsPlannedLoadedBrokenAndMissingModels) {
  test::TempDir dir;
  const auto broken = dir / "broken.onnx";
  std::ofstream(broken) << "not a model";
  ModelSource src;
  src.models_dir = dir / "models";  // empty: every published file is missing
  src.overrides[models::Role::Detector] = test::testdata_dir() / "models" / "scrfd_500m_bnkps.onnx";
  src.overrides[models::Role::Recognizer] = broken;

  const SystemReport planned = system_report(src, cpu(), false);
  EXPECT_FALSE(planned.ort_version.empty());
  EXPECT_EQ(planned.requested_providers, std::vector<std::string>{"cpu"});
  EXPECT_EQ(planned.models_dir, src.models_dir);
  EXPECT_GE(planned.cpu_cores, 1);
  const RoleReport& det = role(planned, "detector");
  EXPECT_TRUE(det.present);
  EXPECT_GT(det.bytes, 0u);
  EXPECT_TRUE(det.planned);
  EXPECT_EQ(det.provider, "cpu");
  const RoleReport& swapper = role(planned, "swapper");
  EXPECT_FALSE(swapper.present);
  EXPECT_NE(swapper.fetch.find("models fetch"), std::string::npos) << swapper.fetch;
  EXPECT_NE(swapper.fetch.find(src.models_dir.string()), std::string::npos) << swapper.fetch;

  const SystemReport loaded = system_report(src, cpu(), true);
  const RoleReport& det_loaded = role(loaded, "detector");
  EXPECT_FALSE(det_loaded.planned);
  EXPECT_EQ(det_loaded.provider, "cpu");
  EXPECT_EQ(det_loaded.precision, "fp32");
  EXPECT_EQ(det_loaded.loaded_file, det.file);
  const RoleReport& rec = role(loaded, "recognizer");
  EXPECT_TRUE(rec.present);
  EXPECT_FALSE(rec.error.empty());
  EXPECT_NE(rec.error.find("broken.onnx"), std::string::npos) << rec.error;
}

}  // namespace
}  // namespace swapcam::facade
