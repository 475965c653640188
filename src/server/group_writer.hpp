// GroupWriter: the server's one writer. Request threads hand it writes and wait; its
// thread takes every write queued meanwhile (up to a batch size) and commits them together
// with Store::write_batch: one durable commit (WAL, synchronous FULL: one fsync) for many
// saves, each write still refused or accepted on its own. Stopping finishes every write
// already queued, so a shutdown loses none that a client was told about.
// Thread-safety: write() is safe from any thread.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

#include "store/store.hpp"
#include "util/expected.hpp"

namespace myoivig::server {

class GroupWriter {
 public:
  GroupWriter(std::unique_ptr<store::Store> store, std::size_t max_batch);
  GroupWriter(const GroupWriter&) = delete;
  GroupWriter& operator=(const GroupWriter&) = delete;
  ~GroupWriter();  // stop()

  // Queues `write` and waits until it is committed or refused. io_error after stop().
  util::Expected<store::WriteOutcome> write(store::Write write);

  // Commits what is queued, then ends the writer thread. Idempotent.
  void stop();

  // Commits so far, for tests and the benchmark's report.
  [[nodiscard]] std::size_t batches() const;

 private:
  struct Pending {
    store::Write write;
    std::promise<util::Expected<store::WriteOutcome>> done;
  };
  void run();

  std::unique_ptr<store::Store> m_store;
  std::size_t m_max_batch;
  mutable std::mutex m_mutex;
  std::condition_variable m_wake;
  std::deque<std::unique_ptr<Pending>> m_queue;
  bool m_stopping = false;
  std::size_t m_batches = 0;
  std::thread m_thread;
};

}  // namespace myoivig::server
