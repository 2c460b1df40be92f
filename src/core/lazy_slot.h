#pragma once
// LazySlot<T>: a value built on first use, exactly once, and shared by every thread.
//
// Fast path: one acquire load of an atomic pointer; no lock, no reference counting. The release
// store that publishes the pointer happens after the value is fully built, so a reader that sees
// the pointer sees the whole object (C++ memory model: release/acquire synchronises-with).
// Slow path: a mutex serialises loaders, so concurrent first callers wait for the single load.
// A failed load is remembered and rethrown to every caller until reset(), so a broken model file
// is not reloaded by every frame of every thread (no retry storm).
//
// Lifetime: references returned by get() stay valid until the slot is destroyed, even across
// reset(): a replaced value is retired, not freed, because readers on the fast path may still use it.
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"

namespace swapcam {

template <typename T>
class LazySlot {
 public:
  using Loader = std::function<std::unique_ptr<T>()>;

  explicit LazySlot(Loader loader) : loader_(std::move(loader)) {}
  LazySlot(const LazySlot&) = delete;
  LazySlot& operator=(const LazySlot&) = delete;

  // The loaded value; loads it on first use. Throws swapcam::Error if the load failed (now or earlier).
  const T& get() {
    if (const T* p = ready_.load(std::memory_order_acquire)) return *p;
    return load_slow();
  }

  // The value if already loaded, else nullptr; never loads and never blocks.
  const T* peek() const { return ready_.load(std::memory_order_acquire); }

  // Forgets a remembered failure (and a loaded value), so the next get() loads again.
  void reset() {
    std::lock_guard lock(mutex_);
    failure_.reset();
    if (value_) retired_.push_back(std::move(value_));
    ready_.store(nullptr, std::memory_order_release);
  }

  // Replaces the loader (e.g. to force another precision) and resets.
  void reset(Loader loader) {
    std::lock_guard lock(mutex_);
    loader_ = std::move(loader);
    failure_.reset();
    if (value_) retired_.push_back(std::move(value_));
    ready_.store(nullptr, std::memory_order_release);
  }

  // The remembered failure message, if the last load failed.
  std::optional<std::string> failure() const {
    std::lock_guard lock(mutex_);
    if (failure_) return std::string(failure_->what());
    return std::nullopt;
  }

  // How many times the loader ran (successfully or not): exactly one per reset cycle.
  int load_attempts() const {
    std::lock_guard lock(mutex_);
    return attempts_;
  }

 private:
  const T& load_slow() {
    std::lock_guard lock(mutex_);
    // Another thread may have finished the load while we waited for the mutex.
    if (const T* p = ready_.load(std::memory_order_relaxed)) return *p;
    if (failure_) throw *failure_;
    ++attempts_;
    try {
      value_ = loader_();
      if (!value_) fail(ErrorKind::Runtime, "loader returned nothing");
    } catch (const Error& e) {
      failure_ = e;
      throw;
    } catch (const std::exception& e) {
      failure_ = Error(ErrorKind::Runtime, e.what());
      throw *failure_;
    }
    ready_.store(value_.get(), std::memory_order_release);
    return *value_;
  }

  std::atomic<const T*> ready_{nullptr};
  mutable std::mutex mutex_;
  Loader loader_;                            // guarded by mutex_
  std::unique_ptr<T> value_;                 // guarded by mutex_
  std::vector<std::unique_ptr<T>> retired_;  // guarded by mutex_
  std::optional<Error> failure_;             // guarded by mutex_
  int attempts_ = 0;                         // guarded by mutex_
};

}  // namespace swapcam
