// SqliteDatabase and SqliteStatement: RAII over the SQLite C API, with errors as values.
// The only place besides the rest of store/sqlite/ that touches sqlite3.h.
// Thread-safety: one connection per thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/expected.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace myoivig::store {

class SqliteStatement {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* statement) : m_db(db), m_statement(statement) {}
  SqliteStatement(SqliteStatement&& other) noexcept;
  SqliteStatement& operator=(SqliteStatement&&) = delete;
  SqliteStatement(const SqliteStatement&) = delete;
  ~SqliteStatement();

  // Binding, 1-based like SQLite; an empty optional binds NULL.
  void bind(int index, std::string_view text);
  // Binds text without copying it: `text` must stay alive and unchanged until the
  // statement is reset (run() steps and resets at once), so only for bind-then-run.
  void bind_uncopied(int index, std::string_view text);
  void bind(int index, std::int64_t value);
  void bind(int index, double value);
  void bind(int index, const std::optional<std::string>& text);
  void bind(int index, std::optional<std::int64_t> value);
  void bind(int index, std::optional<double> value);
  void bind_null(int index);

  // Steps once: true when a row is available, false when done; an error names the SQL
  // constraint that failed.
  util::Expected<bool> step();
  // Steps to completion, then resets for reuse with new bindings.
  util::Expected<void> run();
  void reset();

  [[nodiscard]] bool is_null(int column) const;
  [[nodiscard]] std::string text(int column) const;
  // The column's text without a copy, valid until the statement is next stepped or reset.
  [[nodiscard]] std::string_view text_view(int column) const;
  [[nodiscard]] std::int64_t integer(int column) const;
  [[nodiscard]] double real(int column) const;
  [[nodiscard]] std::optional<std::string> optional_text(int column) const;
  [[nodiscard]] std::optional<std::int64_t> optional_integer(int column) const;
  [[nodiscard]] std::optional<double> optional_real(int column) const;

 private:
  sqlite3* m_db;
  sqlite3_stmt* m_statement;
};

class SqliteDatabase {
 public:
  enum class Mode { open_existing, create_new };

  // Opens (or creates) the file with foreign keys on, WAL journaling and a busy timeout.
  static util::Expected<SqliteDatabase> open(const std::string& path, Mode mode);

  SqliteDatabase(SqliteDatabase&& other) noexcept;
  SqliteDatabase& operator=(SqliteDatabase&&) = delete;
  SqliteDatabase(const SqliteDatabase&) = delete;
  ~SqliteDatabase();

  util::Expected<void> execute(std::string_view sql);
  util::Expected<SqliteStatement> prepare(std::string_view sql);

  // Runs `work` inside BEGIN IMMEDIATE ... COMMIT; rolls back when it fails.
  template <typename Work>
  util::Expected<void> transaction(Work work) {
    MYOIVIG_TRY(execute("BEGIN IMMEDIATE"));
    util::Expected<void> result = work();
    if (!result) {
      (void)execute("ROLLBACK");
      return result;
    }
    auto committed = execute("COMMIT");
    if (!committed) (void)execute("ROLLBACK");
    return committed;
  }

  [[nodiscard]] std::string last_error() const;

 private:
  explicit SqliteDatabase(sqlite3* db) : m_db(db) {}
  sqlite3* m_db;
};

}  // namespace myoivig::store
