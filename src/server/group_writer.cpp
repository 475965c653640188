#include "server/group_writer.hpp"

#include <exception>
#include <string>
#include <vector>

namespace myoivig::server {

GroupWriter::GroupWriter(std::unique_ptr<store::Store> store, std::size_t max_batch)
    : m_store(std::move(store)), m_max_batch(max_batch == 0 ? 1 : max_batch) {
  m_thread = std::thread([this] { run(); });
}

GroupWriter::~GroupWriter() {
  stop();
}

util::Expected<store::WriteOutcome> GroupWriter::write(store::Write write) {
  auto pending = std::make_unique<Pending>();
  pending->write = std::move(write);
  std::future<util::Expected<store::WriteOutcome>> done = pending->done.get_future();
  {
    const std::lock_guard lock(m_mutex);
    if (m_stopping) return util::io_error("the server is shutting down; nothing was saved");
    m_queue.push_back(std::move(pending));
  }
  m_wake.notify_one();
  return done.get();
}

void GroupWriter::stop() {
  {
    const std::lock_guard lock(m_mutex);
    if (m_stopping && !m_thread.joinable()) return;
    m_stopping = true;
  }
  m_wake.notify_one();
  if (m_thread.joinable()) m_thread.join();
}

std::size_t GroupWriter::batches() const {
  const std::lock_guard lock(m_mutex);
  return m_batches;
}

void GroupWriter::run() {
  std::vector<std::unique_ptr<Pending>> batch;
  std::vector<store::Write> writes;
  while (true) {
    {
      std::unique_lock lock(m_mutex);
      m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
      if (m_queue.empty()) return;  // stopping, and everything queued is committed
      while (!m_queue.empty() && batch.size() < m_max_batch) {
        batch.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
      }
    }
    writes.clear();
    for (auto& pending : batch) writes.push_back(std::move(pending->write));
    try {
      std::vector<util::Expected<store::WriteOutcome>> outcomes = m_store->write_batch(writes);
      for (std::size_t i = 0; i < batch.size(); ++i) {
        batch[i]->done.set_value(std::move(outcomes[i]));
      }
    } catch (const std::exception& error) {
      // No waiter may hang: each learns that its write failed.
      for (auto& pending : batch) {
        pending->done.set_value(util::io_error(std::string("write failed: ") + error.what()));
      }
    }
    batch.clear();
    const std::lock_guard lock(m_mutex);
    ++m_batches;
  }
}

}  // namespace myoivig::server
