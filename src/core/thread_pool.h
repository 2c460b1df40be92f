#pragma once
// A fixed set of worker threads running submitted tasks, and the rule that splits the machine's
// cores between parallel workers and each worker's inference threads.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <type_traits>
#include <vector>

#include "core/cpu_cores.h"

namespace swapcam {

class ThreadPool {
 public:
  explicit ThreadPool(size_t threads);
  // Finishes the queued tasks, then joins.
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  // Queues f; the future carries its result or exception.
  template <typename F>
  auto submit(F f) -> std::future<std::invoke_result_t<F>> {
    using R = std::invoke_result_t<F>;
    auto task = std::make_shared<std::packaged_task<R()>>(std::move(f));
    std::future<R> result = task->get_future();
    enqueue([task] { (*task)(); });
    return result;
  }

  size_t size() const { return threads_.size(); }

 private:
  void enqueue(std::function<void()> task);
  void worker_loop();

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> tasks_;  // guarded by mutex_
  bool stopping_ = false;                    // guarded by mutex_
  std::vector<std::thread> threads_;
};

// How many frames are processed at once (workers) and with how many inference threads each.
//
// The rule (CPU inference): every worker shares one ONNX Runtime session per model, and a session's
// intra-op thread pool is shared by all concurrent runs, so extra intra-op threads do not add up
// per worker; they only contend (and spin). Independent frames, on the other hand, scale almost
// linearly. So:
//   - threads per worker (ORT intra-op threads) = --execution-threads when given, else 1 (the
//     calling thread runs the model itself: no pool, no spinning);
//   - workers = --workers when given, else cores / threads per worker, clamped to [1, max_workers]
//     (a memory cap: each worker holds a frame and its buffers).
// On 2 cores: 2 workers x 1 thread; on 32 cores: 32 workers x 1 thread. Decoding and encoding run
// on their own threads (and the encoder's), which the OS interleaves with the workers.
// With a GPU provider the GPU does the heavy work: 2 workers (one prepares a frame while the other
// waits on the GPU), 1 thread each, unless overridden.
struct WorkerPlan {
  int workers = 1;
  int threads_per_worker = 1;
};
WorkerPlan plan_workers(int cores, int requested_workers, int requested_threads_per_worker, bool gpu,
                        int max_workers = 32);

}  // namespace swapcam
