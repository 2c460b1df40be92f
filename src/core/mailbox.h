#pragma once
// Mailbox<T>: a single-slot, "latest value wins" hand-over between pipeline stages.
//
// A live pipeline must never queue stale frames: when a producer is faster than its consumer, the
// frame still waiting is replaced by the newer one and counted as dropped, so the consumer always
// works on the freshest frame and latency stays bounded by one slot, not by a queue length.
// Any number of producers and consumers; close() ends the hand-over (consumers first drain the
// value still waiting, then get nullopt), which is how a pipeline shuts down without hanging.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <utility>

namespace swapcam {

struct MailboxStats {
  uint64_t put = 0;      // values offered (accepted ones, i.e. before close)
  uint64_t taken = 0;    // values handed to a consumer
  uint64_t dropped = 0;  // values replaced by a newer one before anyone took them
};

template <typename T>
class Mailbox {
 public:
  Mailbox() = default;
  Mailbox(const Mailbox&) = delete;
  Mailbox& operator=(const Mailbox&) = delete;

  // Leaves `value` for a consumer, replacing (and dropping) one that nobody took yet.
  // Returns false, and does nothing, once the mailbox is closed.
  bool put(T value) {
    std::optional<T> stale;  // destroyed outside the lock: freeing a frame is not free
    {
      std::lock_guard lock(mutex_);
      if (closed_) return false;
      ++stats_.put;
      if (slot_) {
        ++stats_.dropped;
        stale = std::move(slot_);
      }
      slot_ = std::move(value);
    }
    ready_.notify_one();
    return true;
  }

  // Waits for a value. After close() the value still waiting is handed out; then nullopt.
  std::optional<T> take() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return slot_.has_value() || closed_; });
    return take_locked();
  }

  // As take(), giving up after `timeout` (nullopt also when closed and empty).
  template <typename Rep, typename Period>
  std::optional<T> take_for(std::chrono::duration<Rep, Period> timeout) {
    std::unique_lock lock(mutex_);
    ready_.wait_for(lock, timeout, [&] { return slot_.has_value() || closed_; });
    return take_locked();
  }

  std::optional<T> try_take() {
    std::lock_guard lock(mutex_);
    return take_locked();
  }

  // No more puts; wakes every waiting consumer.
  void close() {
    {
      std::lock_guard lock(mutex_);
      closed_ = true;
    }
    ready_.notify_all();
  }

  // Closed and nothing left to take: a consumer may finish.
  bool finished() const {
    std::lock_guard lock(mutex_);
    return closed_ && !slot_;
  }
  bool closed() const {
    std::lock_guard lock(mutex_);
    return closed_;
  }
  MailboxStats stats() const {
    std::lock_guard lock(mutex_);
    return stats_;
  }

 private:
  std::optional<T> take_locked() {
    if (!slot_) return std::nullopt;
    ++stats_.taken;
    std::optional<T> out = std::move(slot_);
    slot_.reset();
    return out;
  }

  mutable std::mutex mutex_;
  std::condition_variable ready_;
  std::optional<T> slot_;
  bool closed_ = false;
  MailboxStats stats_;
};

}  // namespace swapcam
