#include "server/read_cache.hpp"

namespace myoivig::server {

void ReadCache::invalidate() {
  m_epoch.fetch_add(1, std::memory_order_acq_rel);
  const std::lock_guard lock(m_mutex);
  m_bodies.clear();
}

std::shared_ptr<const ReadCache::Body> ReadCache::find(const std::string& key,
                                                       std::uint64_t epoch) {
  const std::lock_guard lock(m_mutex);
  if (epoch != m_held_epoch || epoch != this->epoch()) return nullptr;
  const auto found = m_bodies.find(key);
  if (found == m_bodies.end()) return nullptr;
  m_hits.fetch_add(1, std::memory_order_relaxed);
  return found->second;
}

void ReadCache::put(const std::string& key, std::uint64_t epoch, Body body) {
  const std::lock_guard lock(m_mutex);
  if (epoch != this->epoch()) return;  // the data changed while the body was made
  if (epoch != m_held_epoch || m_bodies.size() >= m_max_entries) {
    m_bodies.clear();
    m_held_epoch = epoch;
  }
  m_bodies.insert_or_assign(key, std::make_shared<const Body>(std::move(body)));
}

std::size_t ReadCache::size() const {
  const std::lock_guard lock(m_mutex);
  return m_bodies.size();
}

}  // namespace myoivig::server
