// Platform file: the CUDA driver API through dlopen (Linux); elsewhere the capability is unknown.
#include "runtime/gpu_info.h"

#include <map>
#include <mutex>

#if defined(__linux__)
#include <dlfcn.h>
#endif

#include <fmt/format.h>

namespace swapcam::runtime {
namespace {

struct Answer {
  std::optional<ComputeCapability> cc;
  std::string why;
};

#if defined(__linux__)
// From cuda.h (driver API, stable since CUDA 2): CUresult is 0 on success, CUdevice an int.
constexpr int kAttrComputeCapabilityMajor = 75;  // CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR
constexpr int kAttrComputeCapabilityMinor = 76;  // CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR
using CuInit = int (*)(unsigned);
using CuDeviceGetCount = int (*)(int*);
using CuDeviceGet = int (*)(int*, int);
using CuDeviceGetAttribute = int (*)(int*, int, int);
using CuPrimaryCtxRetain = int (*)(void**, int);
using CuPrimaryCtxRelease = int (*)(int);
using CuCtxPush = int (*)(void*);
using CuCtxPop = int (*)(void**);
using CuMemcpyHtoD = int (*)(unsigned long long, const void*, size_t);
using CuMemcpyDtoH = int (*)(void*, unsigned long long, size_t);

void* driver() {
  // Never closed: ORT's CUDA provider loads the same library and keeps it.
  static void* lib = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
  return lib;
}
template <typename F>
F sym(const char* name) {
  return driver() ? reinterpret_cast<F>(dlsym(driver(), name)) : nullptr;
}

Answer ask_driver(int index) {
  if (!driver()) return {std::nullopt, "no NVIDIA driver (libcuda.so.1 cannot be loaded)"};
  auto init = sym<CuInit>("cuInit");
  auto count = sym<CuDeviceGetCount>("cuDeviceGetCount");
  auto get = sym<CuDeviceGet>("cuDeviceGet");
  auto attr = sym<CuDeviceGetAttribute>("cuDeviceGetAttribute");
  if (!init || !count || !get || !attr) return {std::nullopt, "libcuda.so.1 lacks the driver API"};
  if (int r = init(0); r != 0) return {std::nullopt, fmt::format("the CUDA driver does not start (error {})", r)};
  int n = 0;
  if (count(&n) != 0 || index >= n) return {std::nullopt, fmt::format("no CUDA device {} ({} found)", index, n)};
  int dev = 0;
  ComputeCapability cc;
  if (get(&dev, index) != 0 || attr(&cc.major, kAttrComputeCapabilityMajor, dev) != 0 ||
      attr(&cc.minor, kAttrComputeCapabilityMinor, dev) != 0)
    return {std::nullopt, fmt::format("CUDA device {} does not report its compute capability", index)};
  return {cc, {}};
}

std::string copy_through_driver(void* dst, const void* src, size_t bytes, CopyDirection direction, int index) {
  // The _v2 entry points are what cuda.h maps these names to since CUDA 4 (64-bit device pointers).
  auto init = sym<CuInit>("cuInit");
  auto get = sym<CuDeviceGet>("cuDeviceGet");
  auto retain = sym<CuPrimaryCtxRetain>("cuDevicePrimaryCtxRetain");
  auto release = sym<CuPrimaryCtxRelease>("cuDevicePrimaryCtxRelease_v2");
  auto push = sym<CuCtxPush>("cuCtxPushCurrent_v2");
  auto pop = sym<CuCtxPop>("cuCtxPopCurrent_v2");
  auto htod = sym<CuMemcpyHtoD>("cuMemcpyHtoD_v2");
  auto dtoh = sym<CuMemcpyDtoH>("cuMemcpyDtoH_v2");
  if (!init || !get || !retain || !release || !push || !pop || !htod || !dtoh)
    return "no NVIDIA driver (libcuda.so.1 cannot be loaded or lacks the driver API)";
  int dev = 0;
  void* ctx = nullptr;
  if (int r = init(0); r != 0) return fmt::format("the CUDA driver does not start (error {})", r);
  if (int r = get(&dev, index); r != 0) return fmt::format("no CUDA device {} (error {})", index, r);
  if (int r = retain(&ctx, dev); r != 0) return fmt::format("CUDA device {} has no context (error {})", index, r);
  int r = push(ctx);
  if (r == 0) {
    r = direction == CopyDirection::HostToDevice ? htod(reinterpret_cast<unsigned long long>(dst), src, bytes)
                                                 : dtoh(dst, reinterpret_cast<unsigned long long>(src), bytes);
    void* popped = nullptr;
    pop(&popped);
  }
  release(dev);
  return r == 0 ? std::string() : fmt::format("CUDA copy of {} bytes failed (error {})", bytes, r);
}
#else
Answer ask_driver(int) { return {std::nullopt, "the compute capability is read on Linux only"}; }
std::string copy_through_driver(void*, const void*, size_t, CopyDirection, int) {
  return "device copies go through the CUDA driver on Linux only";
}
#endif

}  // namespace

std::optional<ComputeCapability> cuda_compute_capability(int index, std::string* why) {
  static std::mutex mutex;
  static std::map<int, Answer> answers;
  std::lock_guard lock(mutex);
  auto it = answers.find(index);
  if (it == answers.end()) it = answers.emplace(index, ask_driver(index)).first;
  if (why) *why = it->second.why;
  return it->second.cc;
}

std::string cuda_copy(void* dst, const void* src, size_t bytes, CopyDirection direction, int index) {
  if (bytes == 0) return {};
  return copy_through_driver(dst, src, bytes, direction, index);
}

}  // namespace swapcam::runtime
