// Mailbox: latest value wins, drops are counted, close never leaves a consumer hanging.
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "core/mailbox.h"

namespace swapcam {
namespace {

using namespace std::chrono_literals;

TEST(Mailbox, NewerValueReplacesTheWaitingOneAndCountsTheDrop) {
  Mailbox<int> box;
  EXPECT_TRUE(box.put(1));
  EXPECT_TRUE(box.put(2));
  EXPECT_TRUE(box.put(3));
  auto v = box.try_take();
  ASSERT_TRUE(v);
  EXPECT_EQ(*v, 3);
  EXPECT_FALSE(box.try_take());
  auto s = box.stats();
  EXPECT_EQ(s.put, 3u);
  EXPECT_EQ(s.dropped, 2u);
  EXPECT_EQ(s.taken, 1u);
}

TEST(Mailbox, CloseHandsOutTheLastValueThenEnds) {
  Mailbox<int> box;
  box.put(7);
  box.close();
  EXPECT_FALSE(box.put(8));
  auto v = box.take();
  ASSERT_TRUE(v);
  EXPECT_EQ(*v, 7);
  EXPECT_FALSE(box.take());
  EXPECT_TRUE(box.finished());
  EXPECT_EQ(box.stats().put, 1u);
}

TEST(Mailbox, TakeForGivesUpWithoutAValue) {
  Mailbox<int> box;
  EXPECT_FALSE(box.take_for(5ms));
  EXPECT_FALSE(box.finished());
}

TEST(Mailbox, CloseWakesEveryWaitingConsumer) {
  Mailbox<int> box;
  std::atomic<int> ended{0};
  std::vector<std::thread> consumers;
  for (int i = 0; i < 4; ++i)
    consumers.emplace_back([&] {
      while (box.take()) {}
      ended.fetch_add(1);
    });
  std::this_thread::sleep_for(10ms);
  box.close();
  for (auto& t : consumers) t.join();
  EXPECT_EQ(ended.load(), 4);
}

// One fast producer, one slow consumer: the consumer sees increasing values only (never an older
// frame after a newer one) and every value is accounted for as taken, dropped or left waiting.
TEST(Mailbox, SlowConsumerSeesOnlyFresherValuesAndEveryValueIsAccounted) {
  Mailbox<int> box;
  constexpr int kValues = 20000;
  std::vector<int> seen;
  std::thread consumer([&] {
    while (auto v = box.take()) {
      seen.push_back(*v);
      if (seen.size() % 64 == 0) std::this_thread::sleep_for(50us);
    }
  });
  for (int i = 0; i < kValues; ++i) box.put(i);
  box.close();
  consumer.join();
  ASSERT_FALSE(seen.empty());
  for (size_t i = 1; i < seen.size(); ++i) ASSERT_LT(seen[i - 1], seen[i]);
  EXPECT_EQ(seen.back(), kValues - 1);  // the last value is never lost at close
  auto s = box.stats();
  EXPECT_EQ(s.put, uint64_t(kValues));
  EXPECT_EQ(s.taken + s.dropped, uint64_t(kValues));
  EXPECT_EQ(s.taken, seen.size());
}

// Several producers and consumers (the swap stage's workers): no value is handed out twice.
TEST(Mailbox, ManyProducersAndConsumersHandOutEachValueAtMostOnce) {
  Mailbox<int> box;
  constexpr int kProducers = 3, kPerProducer = 5000, kConsumers = 3;
  std::vector<std::vector<int>> taken(kConsumers);
  std::vector<std::thread> threads;
  for (int c = 0; c < kConsumers; ++c)
    threads.emplace_back([&, c] {
      while (auto v = box.take()) taken[c].push_back(*v);
    });
  std::vector<std::thread> producers;
  for (int p = 0; p < kProducers; ++p)
    producers.emplace_back([&, p] {
      for (int i = 0; i < kPerProducer; ++i) box.put(p * kPerProducer + i);
    });
  for (auto& t : producers) t.join();
  box.close();
  for (auto& t : threads) t.join();
  std::vector<char> hit(kProducers * kPerProducer, 0);
  uint64_t total = 0;
  for (auto& list : taken)
    for (int v : list) {
      ASSERT_EQ(hit[v], 0) << "value " << v << " handed out twice";
      hit[v] = 1;
      ++total;
    }
  auto s = box.stats();
  EXPECT_EQ(s.taken, total);
  EXPECT_EQ(s.taken + s.dropped, uint64_t(kProducers * kPerProducer));
}

TEST(Mailbox, MoveOnlyValuesAreHandedOver) {
  Mailbox<std::unique_ptr<int>> box;
  box.put(std::make_unique<int>(1));
  box.put(std::make_unique<int>(2));
  auto v = box.take();
  ASSERT_TRUE(v && *v);
  EXPECT_EQ(**v, 2);
}

}  // namespace
}  // namespace swapcam
