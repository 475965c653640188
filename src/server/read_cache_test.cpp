// ReadCache: bodies are found only in the epoch they were made in; an invalidation makes
// every body stale, and a body made from data read before it is never stored.
#include "server/read_cache.hpp"

#include <gtest/gtest.h>

namespace myoivig::server {
namespace {

ReadCache::Body json(const std::string& text) {
  return {"application/json", text};
}

TEST(ReadCache, FindsABodyWhileItsEpochLasts) {
  ReadCache cache(10);
  const std::uint64_t epoch = cache.epoch();
  EXPECT_EQ(cache.find("list", epoch), nullptr);
  cache.put("list", epoch, json("[1]"));
  const auto found = cache.find("list", epoch);
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->text, "[1]");
  EXPECT_EQ(found->content_type, "application/json");
  EXPECT_EQ(cache.find("page", epoch), nullptr);
  EXPECT_EQ(cache.hits(), 1u);
}

TEST(ReadCache, AnInvalidationMakesEveryBodyStale) {
  ReadCache cache(10);
  const std::uint64_t before = cache.epoch();
  cache.put("list", before, json("[1]"));
  cache.invalidate();
  EXPECT_EQ(cache.epoch(), before + 1);
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_EQ(cache.find("list", before), nullptr);
  EXPECT_EQ(cache.find("list", cache.epoch()), nullptr);
}

TEST(ReadCache, ABodyMadeBeforeAnInvalidationIsNotStored) {
  ReadCache cache(10);
  const std::uint64_t read_at = cache.epoch();  // a request reads the data ...
  cache.invalidate();                           // ... another connection commits ...
  cache.put("list", read_at, json("[old]"));    // ... and the old body comes back
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_EQ(cache.find("list", read_at), nullptr);
  EXPECT_EQ(cache.find("list", cache.epoch()), nullptr);
}

TEST(ReadCache, AFullCacheStartsAgainEmpty) {
  ReadCache cache(2);
  const std::uint64_t epoch = cache.epoch();
  cache.put("a", epoch, json("a"));
  cache.put("b", epoch, json("b"));
  EXPECT_EQ(cache.size(), 2u);
  cache.put("c", epoch, json("c"));
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.find("a", epoch), nullptr);
  ASSERT_NE(cache.find("c", epoch), nullptr);
  EXPECT_EQ(cache.find("c", epoch)->text, "c");
}

}  // namespace
}  // namespace myoivig::server
