// ServerContext: what every request handler shares: the options, the study's protocol
// (parsed once at start), the product table of the dose planner, the cache of costly
// reads, the read connections and the one writer. Call: one request as a handler sees it:
// the signed-in user, the path parameters of its route, the JSON body of a write.
// Thread-safety: the context is immutable after start apart from the cache, the pool and
// the writer, which are thread-safe; a Call belongs to one request.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "domain/protocol.hpp"
#include "io/product_table.hpp"
#include "server/group_writer.hpp"
#include "server/read_cache.hpp"
#include "server/router.hpp"
#include "server/server_options.hpp"
#include "server/store_pool.hpp"
#include "store/store.hpp"

namespace myoivig::server {

struct ServerContext {
  ServerOptions options;
  domain::Protocol protocol;
  store::StudyRecord study;
  std::optional<io::ProductTable> products;  // unset when the table could not be read
  std::string products_error;
  std::unique_ptr<ReadCache> cache;  // before `readers`, whose leases invalidate it
  std::unique_ptr<StorePool> readers;
  std::unique_ptr<GroupWriter> writer;

  [[nodiscard]] TimePoint now() const { return options.clock(); }
  [[nodiscard]] std::string now_utc() const { return iso_utc(now()); }
  [[nodiscard]] util::Date today() const { return utc_date(now()); }
};

struct Call {
  const httplib::Request& request;
  ServerContext& server;
  const store::SessionUser* user = nullptr;  // null on public routes
  PathParams params;
  nlohmann::json body;  // the JSON object of a write; null for reads

  // The path parameter `name` of the route ("" when the route has none).
  [[nodiscard]] std::string param(std::string_view name) const;
  // The path parameter as a record id; invalid_argument when it is not a positive integer.
  [[nodiscard]] util::Expected<std::int64_t> id_param(std::string_view name) const;
  // The URL query parameter, or nullopt.
  [[nodiscard]] std::optional<std::string> query(const std::string& name) const;

  // Who writes and why, for the audit trail: "web:<user>", the time now.
  [[nodiscard]] store::AuditContext audit(std::string reason) const;
  // A read connection for this request.
  [[nodiscard]] util::Expected<StorePool::Lease> store() const { return server.readers->acquire(); }
  // Commits one write through the server's writer.
  util::Expected<store::WriteOutcome> write(store::WriteCommand command, std::string reason) const;
};

}  // namespace myoivig::server
