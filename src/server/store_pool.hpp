// StorePool: the read connections of the server, one per worker thread at a time. A
// request borrows a store for its reads (WAL: readers never wait for the writer) and gives
// it back when the lease ends; connections are opened on demand and kept.
// Thread-safety: acquire() and the leases are safe from any thread; a leased store is used
// by one thread.
#pragma once

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
    Lease(StorePool& pool, std::unique_ptr<store::Store> store)
        : m_pool(&pool), m_store(std::move(store)) {}
    Lease(Lease&& other) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    ~Lease();
    store::Store* operator->() const { return m_store.get(); }
    store::Store& operator*() const { return *m_store; }

   private:
    StorePool* m_pool;
    std::unique_ptr<store::Store> m_store;
  };

  explicit StorePool(std::string location) : m_location(std::move(location)) {}

  // A store of the pool, or a new connection; the error of opening it otherwise.
  util::Expected<Lease> acquire();

 private:
  void give_back(std::unique_ptr<store::Store> store);

  std::string m_location;
  std::mutex m_mutex;
  std::vector<std::unique_ptr<store::Store>> m_idle;
};

}  // namespace myoivig::server
