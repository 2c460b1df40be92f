#include "core/cpu_cores.h"

#include <algorithm>
#include <exception>
#include <fstream>
#include <sstream>
#include <thread>

namespace swapcam {

int cores_from_cfs_quota(long long quota_us, long long period_us) {
  if (quota_us <= 0 || period_us <= 0) return 0;
  return static_cast<int>((quota_us + period_us - 1) / period_us);
}

int cores_from_cgroup_cpu_max(const std::string& cpu_max) {
  std::istringstream in(cpu_max);
  std::string quota;
  long long period = 0;
  if (!(in >> quota >> period) || quota == "max") return 0;
  try {
    size_t used = 0;
    long long q = std::stoll(quota, &used);
    return used == quota.size() ? cores_from_cfs_quota(q, period) : 0;
  } catch (const std::exception&) {
    return 0;
  }
}

int cpu_quota_cores() {
  static const int cores = [] {
    // Linux only: elsewhere the files do not exist and there is no quota to honour.
    auto read_quota = [] {
      if (std::ifstream v2("/sys/fs/cgroup/cpu.max"); v2) {
        std::string line;
        std::getline(v2, line);
        return cores_from_cgroup_cpu_max(line);
      }
      std::ifstream q("/sys/fs/cgroup/cpu/cpu.cfs_quota_us"), p("/sys/fs/cgroup/cpu/cpu.cfs_period_us");
      long long quota = 0, period = 0;
      return q >> quota && p >> period ? cores_from_cfs_quota(quota, period) : 0;
    };
    const int n = read_quota();
    return n < static_cast<int>(std::thread::hardware_concurrency()) ? n : 0;
  }();
  return cores;
}

int hardware_cores() {
  static const int cores = [] {
    int n = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    if (int quota = cpu_quota_cores(); quota > 0) n = std::min(n, quota);
    return n;
  }();
  return cores;
}

}  // namespace swapcam
