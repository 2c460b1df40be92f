#include "core/thread_pool.h"

#include <algorithm>

namespace swapcam {

ThreadPool::ThreadPool(size_t threads) {
  if (threads == 0) threads = 1;
  threads_.reserve(threads);
  for (size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { worker_loop(); });
}

ThreadPool::~ThreadPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& t : threads_) t.join();
}

void ThreadPool::enqueue(std::function<void()> task) {
  {
    std::lock_guard lock(mutex_);
    tasks_.push_back(std::move(task));
  }
  wake_.notify_one();
}

void ThreadPool::worker_loop() {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return stopping_ || !tasks_.empty(); });
      if (tasks_.empty()) return;  // stopping and drained
      task = std::move(tasks_.front());
      tasks_.pop_front();
    }
    task();  // packaged_task stores exceptions in its future
  }
}

WorkerPlan plan_workers(int cores, int requested_workers, int requested_threads, bool gpu, int max_workers) {
  cores = std::max(1, cores);
  max_workers = std::max(1, max_workers);
  WorkerPlan plan;
  if (gpu) {
    plan.threads_per_worker = requested_threads > 0 ? requested_threads : 1;
    plan.workers = requested_workers > 0 ? requested_workers : std::min(2, max_workers);
    return plan;
  }
  plan.threads_per_worker = requested_threads > 0 ? requested_threads : 1;
  if (requested_workers > 0) plan.workers = requested_workers;
  else plan.workers = std::clamp(cores / plan.threads_per_worker, 1, max_workers);
  return plan;
}

}  // namespace swapcam
