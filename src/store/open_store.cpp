#include "store/open_store.hpp"

#include "store/sqlite/sqlite_store.hpp"
#include "util/strings.hpp"

namespace myoivig::store {
namespace {

// A location with a scheme names a backend this build may not have.
util::Expected<void> refuse_unsupported_scheme(const std::string& location) {
  if (util::starts_with(location, "postgres://") || util::starts_with(location, "postgresql://")) {
    return util::invalid_argument(location +
                                  ": PostgreSQL stores are not available in this build yet; "
                                  "use a SQLite file path");
  }
  return {};
}

}  // namespace

util::Expected<std::unique_ptr<Store>> create_store(const std::string& location,
                                                    const NewStudy& study,
                                                    const AuditContext& context) {
  MYOIVIG_TRY(refuse_unsupported_scheme(location));
  return SqliteStore::create(location, study, context);
}

util::Expected<std::unique_ptr<Store>> open_store(const std::string& location) {
  MYOIVIG_TRY(refuse_unsupported_scheme(location));
  return SqliteStore::open(location);
}

}  // namespace myoivig::store
