#pragma once
// How many cores this process may use, container CPU quotas included.
#include <string>

namespace swapcam {

// Cores this process may use (at least 1): the logical cores, lowered to a container's CPU quota
// (Linux cgroup v2 cpu.max or v1 cpu.cfs_quota_us) when one applies. A quota does not show in
// std::thread::hardware_concurrency(), and sizing thread pools by the host's cores under a
// 2-core quota oversubscribes it many times over.
int hardware_cores();
// The container's CPU quota in whole cores when it is below the logical cores, else 0. Libraries
// that size their own thread pools by the host's cores (ONNX Runtime, libavcodec) are told
// hardware_cores() when this is set.
int cpu_quota_cores();

// The quota, in whole cores rounded up, from a cgroup v2 cpu.max line ("max 100000",
// "200000 100000"); 0 when there is none or the text is not one.
int cores_from_cgroup_cpu_max(const std::string& cpu_max);
// The same from cgroup v1's cpu.cfs_quota_us and cpu.cfs_period_us (quota -1: none).
int cores_from_cfs_quota(long long quota_us, long long period_us);

}  // namespace swapcam
