// Schema migrations of the SQLite store: an ordered list of SQL scripts; the database's
// PRAGMA user_version says how many have been applied. A migration is never edited once
// released: changes come as a new one. Thread-safety: call with one connection.
#pragma once

#include "store/sqlite/sqlite_database.hpp"
#include "util/expected.hpp"

namespace myoivig::store {

// The schema version this build writes.
int current_schema_version();

// Applies every migration above the database's version, each in its own transaction.
// Fails with corrupt when the database is newer than this build.
util::Expected<void> migrate(SqliteDatabase& database);

}  // namespace myoivig::store
