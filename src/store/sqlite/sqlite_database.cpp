#include "store/sqlite/sqlite_database.hpp"

#include <filesystem>

#include <sqlite3.h>

namespace myoivig::store {
namespace {

constexpr int k_busy_timeout_ms = 5000;

util::Error sqlite_error(sqlite3* db, int code, std::string_view what) {
  const std::string message =
      std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
  const int primary = code & 0xff;
  if (primary == SQLITE_CONSTRAINT) return util::conflict(message);
  if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT) return util::corrupt(message);
  return util::io_error(message);
}

}  // namespace

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(other.m_db), m_statement(other.m_statement) {
  other.m_statement = nullptr;
}

SqliteStatement::~SqliteStatement() {
  sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, std::string_view text) {
  sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()),
                    SQLITE_TRANSIENT);
}
void SqliteStatement::bind_uncopied(int index, std::string_view text) {
  sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
}
void SqliteStatement::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(m_statement, index, value);
}
void SqliteStatement::bind(int index, double value) {
  sqlite3_bind_double(m_statement, index, value);
}
void SqliteStatement::bind(int index, const std::optional<std::string>& text) {
  if (text) {
    bind(index, std::string_view(*text));
  } else {
    bind_null(index);
  }
}
void SqliteStatement::bind(int index, std::optional<std::int64_t> value) {
  if (value) {
    bind(index, *value);
  } else {
    bind_null(index);
  }
}
void SqliteStatement::bind(int index, std::optional<double> value) {
  if (value) {
    bind(index, *value);
  } else {
    bind_null(index);
  }
}
void SqliteStatement::bind_null(int index) {
  sqlite3_bind_null(m_statement, index);
}

util::Expected<bool> SqliteStatement::step() {
  const int code = sqlite3_step(m_statement);
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  return sqlite_error(m_db, code, "database");
}

util::Expected<void> SqliteStatement::run() {
  while (true) {
    auto more = step();
    if (!more) {
      reset();
      return std::move(more).error();
    }
    if (!*more) break;
  }
  reset();
  return {};
}

void SqliteStatement::reset() {
  sqlite3_reset(m_statement);
  sqlite3_clear_bindings(m_statement);
}

bool SqliteStatement::is_null(int column) const {
  return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}
std::string SqliteStatement::text(int column) const {
  return std::string(text_view(column));
}
std::string_view SqliteStatement::text_view(int column) const {
  // sqlite3_column_bytes after sqlite3_column_text, as SQLite documents, so that the
  // pointer stays valid.
  const unsigned char* value = sqlite3_column_text(m_statement, column);
  return value
             ? std::string_view(reinterpret_cast<const char*>(value),
                                static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)))
             : std::string_view();
}
std::int64_t SqliteStatement::integer(int column) const {
  return sqlite3_column_int64(m_statement, column);
}
double SqliteStatement::real(int column) const {
  return sqlite3_column_double(m_statement, column);
}
std::optional<std::string> SqliteStatement::optional_text(int column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}
std::optional<std::int64_t> SqliteStatement::optional_integer(int column) const {
  if (is_null(column)) return std::nullopt;
  return integer(column);
}
std::optional<double> SqliteStatement::optional_real(int column) const {
  if (is_null(column)) return std::nullopt;
  return real(column);
}

util::Expected<SqliteDatabase> SqliteDatabase::open(const std::string& path, Mode mode) {
  const bool exists = std::filesystem::exists(path);
  if (mode == Mode::open_existing && !exists) {
    return util::not_found(path + ": no such database (create one with `myoivig init`)");
  }
  if (mode == Mode::create_new && exists) {
    return util::conflict(path + ": already exists (choose another file or remove it first)");
  }
  sqlite3* db = nullptr;
  // NOMUTEX: a connection is used by one thread at a time (the header's contract), so
  // SQLite need not lock it on every call (a sixth of the time of reading a study).
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
                    (mode == Mode::create_new ? SQLITE_OPEN_CREATE : 0);
  const int code = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (code != SQLITE_OK) {
    util::Error error = sqlite_error(db, code, path);
    sqlite3_close(db);
    return error;
  }
  SqliteDatabase database(db);
  sqlite3_busy_timeout(db, k_busy_timeout_ms);
  auto configured = database.execute(
      "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
  if (!configured) return configured.error().with_context(path);
  return database;
}

SqliteDatabase::SqliteDatabase(SqliteDatabase&& other) noexcept : m_db(other.m_db) {
  other.m_db = nullptr;
}

SqliteDatabase::~SqliteDatabase() {
  sqlite3_close(m_db);
}

util::Expected<void> SqliteDatabase::execute(std::string_view sql) {
  char* message = nullptr;
  const int code = sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message);
  if (code != SQLITE_OK) {
    const std::string text = message ? message : sqlite3_errstr(code);
    sqlite3_free(message);
    const int primary = code & 0xff;
    if (primary == SQLITE_CONSTRAINT) return util::conflict(text);
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT) return util::corrupt(text);
    return util::io_error(text);
  }
  return {};
}

util::Expected<SqliteStatement> SqliteDatabase::prepare(std::string_view sql) {
  sqlite3_stmt* statement = nullptr;
  const int code =
      sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &statement, nullptr);
  if (code != SQLITE_OK) return sqlite_error(m_db, code, "preparing SQL");
  return SqliteStatement(m_db, statement);
}

std::string SqliteDatabase::last_error() const {
  return sqlite3_errmsg(m_db);
}

}  // namespace myoivig::store
