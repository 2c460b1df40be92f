#pragma once
// BoundedQueue<T>: a blocking multi-producer/multi-consumer FIFO with a fixed capacity, so a fast
// producer (a decoder) waits for slow consumers instead of filling memory.
//
// close(): no more pushes; consumers drain what is queued, then pop() returns nullopt.
// abort(): stop now; queued items are dropped, every blocked push()/pop() returns at once.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace swapcam {

template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}
  BoundedQueue(const BoundedQueue&) = delete;
  BoundedQueue& operator=(const BoundedQueue&) = delete;

  // Waits for room; false (item not queued) once the queue is closed or aborted.
  bool push(T item) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [&] { return items_.size() < capacity_ || closed_ || aborted_; });
    if (closed_ || aborted_) return false;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }

  // Queues without waiting; false when full, closed or aborted.
  bool try_push(T item) {
    std::lock_guard lock(mutex_);
    if (items_.size() >= capacity_ || closed_ || aborted_) return false;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }

  // Waits for an item; nullopt once closed and drained, or aborted.
  std::optional<T> pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_ || aborted_; });
    return take_locked();
  }

  // An item if one is queued now, else nullopt.
  std::optional<T> try_pop() {
    std::lock_guard lock(mutex_);
    return take_locked();
  }

  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    not_empty_.notify_all();
    not_full_.notify_all();
  }

  void abort() {
    std::lock_guard lock(mutex_);
    aborted_ = true;
    items_.clear();
    not_empty_.notify_all();
    not_full_.notify_all();
  }

  size_t size() const {
    std::lock_guard lock(mutex_);
    return items_.size();
  }
  size_t capacity() const { return capacity_; }
  bool aborted() const {
    std::lock_guard lock(mutex_);
    return aborted_;
  }

 private:
  std::optional<T> take_locked() {
    if (aborted_ || items_.empty()) return std::nullopt;
    std::optional<T> item(std::move(items_.front()));
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }

  const size_t capacity_;
  mutable std::mutex mutex_;
  std::condition_variable not_full_, not_empty_;
  std::deque<T> items_;  // guarded by mutex_
  bool closed_ = false;  // guarded by mutex_
  bool aborted_ = false; // guarded by mutex_
};

}  // namespace swapcam
