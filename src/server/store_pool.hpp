// StorePool: the read connections of the server, one per worker thread at a time. A
// request borrows a store for its reads (WAL: readers never wait for the writer) and gives
// it back when the lease ends; connections are opened on demand and kept. Each lease first
// asks its connection whether another connection has committed since it last looked
// (Store::data_version) and, if so or if the connection is new, calls `changed` (the
// server's ReadCache::invalidate) before the request reads anything.
// Thread-safety: acquire() and the leases are safe from any thread; a leased store is used
// by one thread; `changed` is called from request threads.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/store.hpp"
#include "util/expected.hpp"

namespace myoivig::server {

class StorePool {
 public:
  class Lease {
   public:
    Lease(StorePool& pool, std::unique_ptr<store::Store> store, std::int64_t data_version)
        : m_pool(&pool), m_store(std::move(store)), m_data_version(data_version) {}
    Lease(Lease&& other) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    ~Lease();
    store::Store* operator->() const { return m_store.get(); }
    store::Store& operator*() const { return *m_store; }

   private:
    StorePool* m_pool;
    std::unique_ptr<store::Store> m_store;
    std::int64_t m_data_version;
  };

  StorePool(std::string location, std::function<void()> changed)
      : m_location(std::move(location)), m_changed(std::move(changed)) {}

  // A store of the pool, or a new connection; the error of opening it otherwise.
  util::Expected<Lease> acquire();

 private:
  struct Idle {
    std::unique_ptr<store::Store> store;
    std::int64_t data_version;  // what the connection said when it was last leased
  };
  void give_back(std::unique_ptr<store::Store> store, std::int64_t data_version);

  std::string m_location;
  std::function<void()> m_changed;
  std::mutex m_mutex;
  std::vector<Idle> m_idle;
};

}  // namespace myoivig::server
