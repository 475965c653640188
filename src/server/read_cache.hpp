// ReadCache: the reply bodies of the API's costly reads (the patient list, a patient's
// page, the dashboard, the analysis) kept while the database is unchanged. The cache has
// an epoch; a body is stored under the epoch that was current before its data were read
// and is found only while that epoch lasts. The read connections bump the epoch when
// SQLite says another connection has committed (StorePool checks PRAGMA data_version at
// every lease), so every write, the server's own or another process's (a `myoivig load`
// beside the server), makes every cached body stale before the next read that could see
// it. Keys name everything else a body depends on (route, audience, parameters, date).
// Thread-safety: every member is safe from any thread.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace myoivig::server {

class ReadCache {
 public:
  struct Body {
    std::string content_type;
    std::string text;
  };

  explicit ReadCache(std::size_t max_entries) : m_max_entries(max_entries) {}

  // The epoch now; a reader takes it after leasing its connection, before reading.
  [[nodiscard]] std::uint64_t epoch() const { return m_epoch.load(std::memory_order_acquire); }
  // The database changed: everything cached so far is stale.
  void invalidate();

  // The body stored under `key` in `epoch`, or null.
  [[nodiscard]] std::shared_ptr<const Body> find(const std::string& key, std::uint64_t epoch);
  // Stores `body` under `key` for `epoch`; ignored when the epoch has already ended. When
  // the cache is full it starts again empty (bodies are cheap to make again, once).
  void put(const std::string& key, std::uint64_t epoch, Body body);

  // Bodies held, and finds answered from the cache, for tests and the benchmark.
  [[nodiscard]] std::size_t size() const;
  [[nodiscard]] std::uint64_t hits() const { return m_hits.load(std::memory_order_relaxed); }

 private:
  std::size_t m_max_entries;
  std::atomic<std::uint64_t> m_epoch{1};
  std::atomic<std::uint64_t> m_hits{0};
  mutable std::mutex m_mutex;
  std::uint64_t m_held_epoch = 0;  // the epoch of the bodies in m_bodies
  std::unordered_map<std::string, std::shared_ptr<const Body>> m_bodies;
};

}  // namespace myoivig::server
