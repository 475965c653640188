#include "server/store_pool.hpp"

#include <optional>

#include "store/open_store.hpp"

namespace myoivig::server {

StorePool::Lease::~Lease() {
  if (m_store) m_pool->give_back(std::move(m_store), m_data_version);
}

util::Expected<StorePool::Lease> StorePool::acquire() {
  std::unique_ptr<store::Store> store;
  std::optional<std::int64_t> seen;  // unknown for a new connection
  {
    const std::lock_guard lock(m_mutex);
    if (!m_idle.empty()) {
      store = std::move(m_idle.back().store);
      seen = m_idle.back().data_version;
      m_idle.pop_back();
    }
  }
  if (!store) {
    MYOIVIG_TRY_ASSIGN(opened, store::open_store(m_location));
    store = std::move(opened);
  }
  MYOIVIG_TRY_ASSIGN(version, store->data_version());
  if (version != seen && m_changed) m_changed();
  return Lease(*this, std::move(store), version);
}

void StorePool::give_back(std::unique_ptr<store::Store> store, std::int64_t data_version) {
  const std::lock_guard lock(m_mutex);
  m_idle.push_back({std::move(store), data_version});
}

}  // namespace myoivig::server
