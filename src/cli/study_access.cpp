#include "cli/study_access.hpp"

#include <chrono>
#include <cstdlib>
#include <ctime>

#include "io/protocol_file.hpp"
#include "store/open_store.hpp"

namespace myoivig::cli {

util::Expected<OpenStudy> open_study(const std::string& location) {
  MYOIVIG_TRY_ASSIGN(store, store::open_store(location));
  MYOIVIG_TRY_ASSIGN(record, store->study());
  auto protocol = io::parse_protocol(record.protocol_text);
  if (!protocol) {
    return util::corrupt(location +
                         ": the stored protocol no longer reads: " + protocol.error().message);
  }
  return OpenStudy{std::move(store), std::move(record), std::move(*protocol)};
}

store::AuditContext cli_audit_context(std::string reason) {
  const char* user = std::getenv("USER");
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return {std::string("cli:") + (user && *user ? user : "unknown"), std::move(reason), stamp};
}

util::Date today_utc() {
  const auto now = std::chrono::system_clock::now();
  const auto days = std::chrono::floor<std::chrono::days>(now);
  return util::Date::from_days_since_epoch(
      static_cast<std::int32_t>(days.time_since_epoch().count()));
}

std::filesystem::path resource_path(const std::string& relative) {
  const char* home = std::getenv("MYOIVIG_HOME");
  const std::filesystem::path root = home && *home ? home : MYOIVIG_SOURCE_DIR;
  return root / relative;
}

}  // namespace myoivig::cli
