#pragma once
// What the NVIDIA driver says about a GPU, asked at run time: libcuda is opened with dlopen, so
// swapcam needs no CUDA headers or libraries to build and runs unchanged where there is no driver.
#include <cstddef>
#include <optional>
#include <string>

namespace swapcam::runtime {

struct ComputeCapability {
  int major = 0, minor = 0;
};

// CUDA device `index`'s compute capability; nullopt (and `why`, when given) without a driver or
// such a device. Asked once per device and process.
std::optional<ComputeCapability> cuda_compute_capability(int index, std::string* why = nullptr);

enum class CopyDirection { HostToDevice, DeviceToHost };
// A synchronous copy between host memory and CUDA device memory of device `index` (an address ORT's
// CUDA allocator gave), on the device's primary context, the one ORT's CUDA provider runs on.
// Returns "" or why it failed.
std::string cuda_copy(void* dst, const void* src, size_t bytes, CopyDirection direction, int index);

}  // namespace swapcam::runtime
