#pragma once
// ReorderBuffer<T>: items tagged with a sequence number 0,1,2,... arrive in any order (from parallel
// workers) and leave in sequence order. It is also the channel between any two pipeline stages:
// an in-order producer is just the easy case.
//
// Memory is bounded by a window: push(i) waits while i >= next_out + window. This cannot deadlock
// when items are handed to producers in sequence order (as every stage here does): the item
// next_out is always below the limit, so its producer never waits, and it is the one that unblocks
// the rest.
//
// Several consumers may pop concurrently; each gets the next item in order.
// close(): producers are done; consumers drain in order, then pop() returns nullopt (also if the
// next number never arrived, so a producer that skipped one cannot hang the consumer).
// abort(): stop now; pending items are dropped and every blocked call returns.
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <utility>

namespace swapcam {

template <typename T>
class ReorderBuffer {
 public:
  explicit ReorderBuffer(size_t window, int64_t first = 0) : window_(window == 0 ? 1 : window), next_out_(first) {}
  ReorderBuffer(const ReorderBuffer&) = delete;
  ReorderBuffer& operator=(const ReorderBuffer&) = delete;

  // Waits until `sequence` is inside the window; false (dropped) once aborted or closed, or when
  // the sequence number is already taken or behind the consumer.
  bool push(int64_t sequence, T item) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return sequence < next_out_ + static_cast<int64_t>(window_) || aborted_ || closed_; });
    if (aborted_ || closed_ || sequence < next_out_ || pending_.count(sequence)) return false;
    pending_.emplace(sequence, std::move(item));
    if (sequence == next_out_) ready_.notify_all();
    return true;
  }

  // Waits for the next item in sequence; nullopt once aborted, or closed without it.
  // The sequence number comes with the item.
  std::optional<std::pair<int64_t, T>> pop() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock,
                [&] { return aborted_ || closed_ || (!pending_.empty() && pending_.begin()->first == next_out_); });
    if (aborted_) return std::nullopt;
    auto it = pending_.begin();
    if (it == pending_.end() || it->first != next_out_) return std::nullopt;
    std::optional<std::pair<int64_t, T>> out(std::in_place, it->first, std::move(it->second));
    pending_.erase(it);
    ++next_out_;
    room_.notify_all();
    // Another consumer may be waiting for the item after this one, which may already be here.
    if (!pending_.empty() && pending_.begin()->first == next_out_) ready_.notify_all();
    return out;
  }

  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    ready_.notify_all();
    room_.notify_all();
  }

  void abort() {
    std::lock_guard lock(mutex_);
    aborted_ = true;
    pending_.clear();
    ready_.notify_all();
    room_.notify_all();
  }

  size_t pending() const {
    std::lock_guard lock(mutex_);
    return pending_.size();
  }
  int64_t next_out() const {
    std::lock_guard lock(mutex_);
    return next_out_;
  }
  size_t window() const { return window_; }

 private:
  const size_t window_;
  mutable std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::map<int64_t, T> pending_;  // guarded by mutex_
  int64_t next_out_;              // guarded by mutex_
  bool closed_ = false;           // guarded by mutex_
  bool aborted_ = false;          // guarded by mutex_
};

}  // namespace swapcam
