#include "server/store_pool.hpp"

#include "store/open_store.hpp"

namespace myoivig::server {

StorePool::Lease::~Lease() {
  if (m_store) m_pool->give_back(std::move(m_store));
}

util::Expected<StorePool::Lease> StorePool::acquire() {
  {
    const std::lock_guard lock(m_mutex);
    if (!m_idle.empty()) {
      std::unique_ptr<store::Store> store = std::move(m_idle.back());
      m_idle.pop_back();
      return Lease(*this, std::move(store));
    }
  }
  MYOIVIG_TRY_ASSIGN(store, store::open_store(m_location));
  return Lease(*this, std::move(store));
}

void StorePool::give_back(std::unique_ptr<store::Store> store) {
  const std::lock_guard lock(m_mutex);
  m_idle.push_back(std::move(store));
}

}  // namespace myoivig::server
