#pragma once
// StagedPipeline<T>: source -> stage -> stage -> ... -> sink, each stage either ordered (one thread,
// items in sequence order: tracking, which needs frames in order) or parallel (N threads, any
// order: detection, swapping). Every hop is a ReorderBuffer, so a parallel stage's output is put
// back in order before the next stage, and the sink sees items in the order the source made them.
//
// Memory is bounded by the item budget: at most (window per hop) + (one item per thread) are alive,
// whatever the length of the stream.
//
// The source runs on its own thread, the sink on the caller's. The first exception thrown by the
// source, a stage or the sink stops everything (all hops aborted, threads joined) and is rethrown
// by run(). A cancel flag, polled by the source between items and by the sink, stops it with
// Error(Cancelled). A thread that cannot be started (std::system_error: a container's process
// limit) stops the threads already started, joins them and fails with Error(Runtime) naming the
// stage: never std::terminate from a joinable std::thread.
#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "core/error.h"
#include "core/reorder_buffer.h"

namespace swapcam {

template <typename T>
class StagedPipeline {
 public:
  using Source = std::function<std::optional<T>()>;  // nullopt: end of stream
  using Work = std::function<void(T&)>;
  using Sink = std::function<void(T&&)>;
  // Starts one thread running `body`; std::thread's constructor unless replaced (a test's seam).
  using ThreadStarter = std::function<std::thread(std::function<void()> body)>;

  // window: how many items each hop may hold (at least the widest stage's thread count is sensible).
  explicit StagedPipeline(size_t window, const std::atomic<bool>* cancel = nullptr)
      : window_(window == 0 ? 1 : window), cancel_(cancel) {}

  StagedPipeline& ordered(std::string name, Work work) {
    stages_.push_back({std::move(name), 1, true, std::move(work)});
    return *this;
  }
  StagedPipeline& parallel(std::string name, int threads, Work work) {
    stages_.push_back({std::move(name), threads < 1 ? 1 : threads, false, std::move(work)});
    return *this;
  }

  StagedPipeline& thread_starter(ThreadStarter starter) {
    starter_ = std::move(starter);
    return *this;
  }

  size_t thread_count() const {
    size_t n = 0;
    for (const auto& s : stages_) n += static_cast<size_t>(s.threads);
    return n;
  }

  // The most items alive at once: the budget the window and thread counts imply.
  size_t item_budget() const {
    size_t n = window_ + 2;  // the source's hop, plus the item being made and the one being sunk
    for (const auto& s : stages_) n += window_ + static_cast<size_t>(s.threads);
    return n;
  }

  // Runs until the source ends; returns how many items reached the sink.
  int64_t run(Source source, Sink sink) {
    const size_t hops = stages_.size() + 1;
    std::vector<std::unique_ptr<ReorderBuffer<T>>> hop;
    for (size_t i = 0; i < hops; ++i) hop.push_back(std::make_unique<ReorderBuffer<T>>(window_));
    failure_ = nullptr;
    stopping_.store(false);

    auto abort_all = [&] {
      stopping_.store(true);
      for (auto& h : hop) h->abort();
    };
    auto record = [&](std::exception_ptr e) {
      {
        std::lock_guard lock(failure_mutex_);
        if (!failure_) failure_ = e;
      }
      abort_all();
    };
    auto cancelled = [&] { return cancel_ && cancel_->load(std::memory_order_relaxed); };

    std::vector<std::thread> threads;
    threads.reserve(1 + thread_count());  // push_back must not throw past a started thread
    std::string starting = "source";
    auto start = [&](std::function<void()> body) {
      threads.push_back(starter_ ? starter_(std::move(body)) : std::thread(std::move(body)));
    };
    std::vector<std::unique_ptr<std::atomic<int>>> running;
    try {
      // Source: numbers items and feeds hop 0.
      start([&] {
        try {
          int64_t seq = 0;
          while (!stopping_.load()) {
            if (cancelled()) fail(ErrorKind::Cancelled, "cancelled");
            std::optional<T> item = source();
            if (!item) break;
            if (!hop[0]->push(seq++, std::move(*item))) break;
          }
          hop[0]->close();
        } catch (...) {
          record(std::current_exception());
        }
      });
      // Stages: stage i pops hop i, pushes hop i+1; the last of its threads to finish closes hop i+1.
      for (size_t i = 0; i < stages_.size(); ++i) {
        running.push_back(std::make_unique<std::atomic<int>>(stages_[i].threads));
        for (int t = 0; t < stages_[i].threads; ++t) {
          starting = stages_[i].name;
          start([&, i] {
            try {
              while (auto next = hop[i]->pop()) {
                stages_[i].work(next->second);
                if (!hop[i + 1]->push(next->first, std::move(next->second))) break;
              }
            } catch (...) {
              record(std::current_exception());
            }
            if (running[i]->fetch_sub(1) == 1) hop[i + 1]->close();
          });
        }
      }
    } catch (const std::system_error& e) {
      abort_all();
      for (auto& t : threads) t.join();
      fail(ErrorKind::Runtime, "cannot start a thread for the {} stage ({} started): {}", starting, threads.size(),
           e.what());
    }
    // Sink on this thread.
    int64_t delivered = 0;
    try {
      while (auto next = hop.back()->pop()) {
        if (cancelled()) fail(ErrorKind::Cancelled, "cancelled");
        sink(std::move(next->second));
        ++delivered;
      }
      if (cancelled() && !failure_snapshot()) fail(ErrorKind::Cancelled, "cancelled");
    } catch (...) {
      record(std::current_exception());
    }
    for (auto& t : threads) t.join();
    if (auto e = failure_snapshot()) std::rethrow_exception(e);
    return delivered;
  }

 private:
  struct Stage {
    std::string name;
    int threads;
    bool ordered;
    Work work;
  };
  std::exception_ptr failure_snapshot() {
    std::lock_guard lock(failure_mutex_);
    return failure_;
  }

  size_t window_;
  const std::atomic<bool>* cancel_;
  std::vector<Stage> stages_;
  ThreadStarter starter_;
  std::atomic<bool> stopping_{false};
  std::mutex failure_mutex_;
  std::exception_ptr failure_;  // guarded by failure_mutex_
};

}  // namespace swapcam
