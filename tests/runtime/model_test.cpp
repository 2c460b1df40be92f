#include "runtime/model.h"

#include <barrier>
#include <cmath>
#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "core/error.h"
#include "log_capture.h"
#include "model_fixtures.h"
#include "runtime/model_slot.h"
#include "test_support.h"

namespace swapcam::runtime {
namespace {

using test::cpu_config;
using test::swapper_spec;

std::vector<float> ramp(size_t n) {
  std::vector<float> v(n);
  for (size_t i = 0; i < n; ++i) v[i] = static_cast<float>(i % 251) / 250.f;
  return v;
}

std::vector<Tensor> run_swapper(const Model& m, const std::vector<float>& target) {
  std::vector<float> source(512, 0.01f);
  std::vector<TensorView> in(2);
  const int ti = m.input_index("target"), si = m.input_index("source");
  EXPECT_GE(ti, 0);
  EXPECT_GE(si, 0);
  in[ti] = {target.data(), {1, 3, 128, 128}};
  in[si] = {source.data(), {1, 512}};
  return m.run(in);
}

TEST(Model, LoadsOnCpuReportsIoAndRuns) {
  auto m = Model::load(swapper_spec("swapper_identity.onnx"), cpu_config());
  EXPECT_EQ(m->provider(), Provider::Cpu);
  EXPECT_EQ(m->precision(), Precision::Fp32);
  ASSERT_EQ(m->inputs().size(), 2u);
  ASSERT_EQ(m->outputs().size(), 1u);
  EXPECT_EQ(m->warmup_runs(), 1) << "one warm-up run per load";
  EXPECT_FALSE(m->warmup_error().has_value());
  auto target = ramp(3 * 128 * 128);
  auto out = run_swapper(*m, target);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].shape, (std::vector<int64_t>{1, 3, 128, 128}));
  EXPECT_EQ(out[0].data, target);
}

TEST(Model, ConvertsFloat16InputsAndOutputs) {
  auto m = Model::load(swapper_spec("swapper_identity_fp16io.onnx"), cpu_config());
  EXPECT_EQ(m->inputs()[0].type, ElementType::Float16);
  EXPECT_EQ(m->precision(), Precision::Fp16);
  auto target = ramp(3 * 128 * 128);
  auto out = run_swapper(*m, target);
  ASSERT_EQ(out[0].data.size(), target.size());
  for (size_t i = 0; i < target.size(); ++i) ASSERT_NEAR(out[0].data[i], target[i], 1e-3);
}

TEST(Model, WarmupCanBeTurnedOff) {
  auto cfg = cpu_config();
  cfg.warmup = false;
  auto m = Model::load(swapper_spec("swapper_identity.onnx"), cfg);
  EXPECT_EQ(m->warmup_runs(), 0);
}

// A Loop whose condition stays true never ends: its warm-up is stopped at the bound (ORT's terminate
// flag) and the model refused with one line naming the file, instead of a load that never returns.
TEST(Model, AWarmupThatNeverEndsIsStoppedAndTheModelRefused) {
  auto cfg = cpu_config();
  cfg.warmup_timeout_s = 1;
  try {
    Model::load(swapper_spec("swapper_endless_loop.onnx"), cfg);
    FAIL() << "the endless model loaded";
  } catch (const Error& e) {
    const std::string msg = e.what();
    EXPECT_EQ(e.kind(), ErrorKind::InvalidData);
    EXPECT_NE(msg.find("swapper_endless_loop.onnx"), std::string::npos) << msg;
    EXPECT_NE(msg.find("did not finish its warm-up run within 1 s"), std::string::npos) << msg;
    EXPECT_EQ(msg.find('\n'), std::string::npos) << "one line: " << msg;
  }
  // The same bound leaves an ordinary model alone.
  auto m = Model::load(swapper_spec("swapper_identity.onnx"), cfg);
  EXPECT_EQ(m->warmup_runs(), 1);
  EXPECT_FALSE(m->warmup_error().has_value());
}

TEST(Model, RequestingCudaHereWarnsAndUsesCpu) {
  test::LogCapture log;
  RuntimeConfig cfg;
  cfg.providers = {Provider::Cuda};
  auto m = Model::load(swapper_spec("swapper_identity.onnx"), cfg);
  EXPECT_EQ(m->provider(), Provider::Cpu);
  const std::string text = log.text();
  EXPECT_NE(text.find("cuda"), std::string::npos) << text;
  EXPECT_NE(text.find("not available"), std::string::npos) << text;
  EXPECT_NE(text.find("falling back to cpu"), std::string::npos) << text;
}

TEST(Model, MissingFileIsNotFoundWithItsName) {
  try {
    Model::load(swapper_spec("does_not_exist.onnx"), cpu_config());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
    EXPECT_NE(std::string(e.what()).find("does_not_exist.onnx"), std::string::npos);
  }
}

TEST(Model, CorruptFileNamesFileProviderAndReason) {
  try {
    Model::load(swapper_spec("corrupt_truncated.onnx"), cpu_config());
    FAIL();
  } catch (const Error& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("corrupt_truncated.onnx"), std::string::npos) << msg;
    EXPECT_NE(msg.find("cpu:"), std::string::npos) << msg;
    EXPECT_EQ(msg.find('\n'), std::string::npos) << "one line: " << msg;
  }
}

TEST(Model, WrongInputCountIsAnError) {
  auto m = Model::load(swapper_spec("swapper_identity.onnx"), cpu_config());
  std::vector<float> target(3 * 128 * 128);
  std::vector<TensorView> in = {{target.data(), {1, 3, 128, 128}}};
  EXPECT_THROW(m->run(in), Error);
}

TEST(ModelSlot, FailedLoadIsReportedOnceAndNotRetriedUntilReset) {
  ModelSlot slot(swapper_spec("not_a_model.onnx"), cpu_config());
  for (int i = 0; i < 3; ++i) {
    try {
      slot.get();
      FAIL();
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find("not_a_model.onnx"), std::string::npos);
    }
  }
  EXPECT_EQ(slot.load_attempts(), 1);
  ASSERT_TRUE(slot.failure().has_value());
  slot.reset();
  EXPECT_THROW(slot.get(), Error);
  EXPECT_EQ(slot.load_attempts(), 2);
}

TEST(ModelSlot, ThreadsRacingForARealModelShareOneLoad) {
  ModelSlot slot(swapper_spec("swapper_identity.onnx"), cpu_config());
  constexpr int kThreads = 32;
  std::barrier start(kThreads);
  std::vector<const Model*> seen(kThreads);
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i)
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      seen[i] = &slot.get();
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(std::set<const Model*>(seen.begin(), seen.end()).size(), 1u);
  EXPECT_EQ(slot.load_attempts(), 1);
  EXPECT_EQ(seen[0]->warmup_runs(), 1) << "warm-up happens once per load, not per caller";
}

TEST(ModelSlot, NanFromFp16SwitchesToFp32) {
  test::LogCapture log;
  auto cfg = cpu_config();
  cfg.precision = Precision::Fp16;  // forced, as a user would on a GPU
  ModelSlot slot(swapper_spec("swapper_identity.onnx", "swapper_nan_fp16.onnx"), cfg);
  const Model& fp16 = slot.get();
  EXPECT_EQ(fp16.precision(), Precision::Fp16);
  EXPECT_EQ(fp16.path().filename(), "swapper_nan_fp16.onnx");
  auto target = ramp(3 * 128 * 128);
  auto out = run_swapper(fp16, target);
  ASSERT_FALSE(all_finite(out[0].data)) << "the generated model must produce NaN";

  EXPECT_TRUE(slot.demote_to_fp32("NaN/Inf values"));
  EXPECT_FALSE(slot.demote_to_fp32("again")) << "demotes once";
  const Model& fp32 = slot.get();
  EXPECT_EQ(fp32.precision(), Precision::Fp32);
  EXPECT_EQ(fp32.path().filename(), "swapper_identity.onnx");
  EXPECT_TRUE(all_finite(run_swapper(fp32, target)[0].data));
  EXPECT_NE(log.text().find("switching to fp32"), std::string::npos);
  // The old reference is still usable (retired, not freed).
  EXPECT_EQ(fp16.path().filename(), "swapper_nan_fp16.onnx");
}

TEST(ModelSlot, AutoPrecisionOnCpuUsesTheFp32File) {
  ModelSlot slot(swapper_spec("swapper_identity.onnx", "swapper_identity_fp16.onnx"), cpu_config());
  EXPECT_EQ(slot.get().path().filename(), "swapper_identity.onnx");
  EXPECT_EQ(slot.get().precision(), Precision::Fp32);
}

}  // namespace
}  // namespace swapcam::runtime
