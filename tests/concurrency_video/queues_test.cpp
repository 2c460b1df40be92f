#include <algorithm>
#include <atomic>
#include <chrono>
#include <numeric>
#include <random>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "core/reorder_buffer.h"

namespace swapcam {
namespace {

TEST(ReorderBuffer, ParallelProducersOutOfOrderComeOutInOrderWithinTheWindow) {
  constexpr int kItems = 3000, kProducers = 6;
  constexpr size_t kWindow = 8;
  ReorderBuffer<int> rb(kWindow);
  // Producers take sequence numbers in order (like workers popping an in-order hop), then finish
  // them after random delays, so they arrive out of order.
  std::atomic<int> next_ticket{0};
  std::atomic<size_t> max_pending{0};
  std::vector<std::thread> producers;
  std::atomic<int> producers_left{kProducers};
  for (int p = 0; p < kProducers; ++p) {
    producers.emplace_back([&, p] {
      std::mt19937 rng(p);
      for (;;) {
        int seq = next_ticket.fetch_add(1);
        if (seq >= kItems) break;
        if (rng() % 4 == 0) std::this_thread::yield();
        ASSERT_TRUE(rb.push(seq, seq * 10));
        size_t pending = rb.pending(), seen = max_pending.load();
        while (pending > seen && !max_pending.compare_exchange_weak(seen, pending)) {}
      }
      if (producers_left.fetch_sub(1) == 1) rb.close();
    });
  }
  int expected = 0;
  while (auto item = rb.pop()) {
    EXPECT_EQ(item->first, expected);
    EXPECT_EQ(item->second, expected * 10);
    ++expected;
  }
  for (auto& t : producers) t.join();
  EXPECT_EQ(expected, kItems);
  EXPECT_LE(max_pending.load(), kWindow);
}

TEST(ReorderBuffer, SeveralConsumersEachGetTheNextItemInOrder) {
  ReorderBuffer<int> rb(4);
  constexpr int kItems = 2000;
  std::thread producer([&] {
    for (int i = 0; i < kItems; ++i) rb.push(i, i);
    rb.close();
  });
  std::vector<std::vector<int64_t>> got(3);
  std::vector<std::thread> consumers;
  for (int c = 0; c < 3; ++c)
    consumers.emplace_back([&, c] {
      while (auto item = rb.pop()) got[c].push_back(item->first);
    });
  producer.join();
  for (auto& t : consumers) t.join();
  std::vector<int64_t> all;
  for (auto& g : got) {
    EXPECT_TRUE(std::is_sorted(g.begin(), g.end()));  // each consumer sees increasing numbers
    all.insert(all.end(), g.begin(), g.end());
  }
  std::sort(all.begin(), all.end());
  ASSERT_EQ(all.size(), static_cast<size_t>(kItems));
  for (int i = 0; i < kItems; ++i) EXPECT_EQ(all[i], i);
}

TEST(ReorderBuffer, PushBeyondTheWindowWaitsForTheConsumer) {
  ReorderBuffer<int> rb(2);
  std::atomic<bool> pushed{false};
  std::thread producer([&] {
    rb.push(2, 2);  // window [0,2): must wait until 0 is popped
    pushed = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  EXPECT_FALSE(pushed.load());
  rb.push(1, 1);
  rb.push(0, 0);
  EXPECT_EQ(rb.pop()->first, 0);
  producer.join();
  EXPECT_TRUE(pushed.load());
  EXPECT_EQ(rb.pop()->first, 1);
  EXPECT_EQ(rb.pop()->first, 2);
}

TEST(ReorderBuffer, CloseWithAMissingNumberEndsInsteadOfHanging) {
  ReorderBuffer<int> rb(4);
  rb.push(0, 0);
  rb.push(2, 2);  // 1 never comes
  rb.close();
  EXPECT_EQ(rb.pop()->first, 0);
  EXPECT_EQ(rb.pop(), std::nullopt);
}

TEST(ReorderBuffer, RejectsDuplicatesAndStaleNumbers) {
  ReorderBuffer<int> rb(4);
  EXPECT_TRUE(rb.push(0, 0));
  EXPECT_FALSE(rb.push(0, 1));
  EXPECT_EQ(rb.pop()->first, 0);
  EXPECT_FALSE(rb.push(0, 2));
}

TEST(ReorderBuffer, AbortWakesEveryone) {
  ReorderBuffer<int> rb(1);
  std::optional<std::pair<int64_t, int>> popped{{7, 7}};
  bool push_result = true;
  std::thread consumer([&] { popped = rb.pop(); });
  std::thread producer([&] { push_result = rb.push(5, 5); });  // outside the window: waits
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  rb.abort();
  consumer.join();
  producer.join();
  EXPECT_EQ(popped, std::nullopt);
  EXPECT_FALSE(push_result);
}

}  // namespace
}  // namespace swapcam
