// AuditAppender: appends rows to the audit trail through one prepared statement, for
// writes that touch many records in one transaction. RecordText builds the "what was
// written" text of a created record: "site=JP-01; sex=M; ..." (empty fields left out).
// Thread-safety: one per connection and thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "store/sqlite/sqlite_database.hpp"
#include "store/store.hpp"

namespace myoivig::store {

class AuditAppender {
 public:
  static util::Expected<AuditAppender> prepare(SqliteDatabase& database,
                                               const AuditContext& context);

  util::Expected<void> append(std::string_view entity, std::string_view entity_id,
                              std::string_view field, std::string_view old_value,
                              std::string_view new_value);

  // A created record: field "*", no old value.
  util::Expected<void> created(std::string_view entity, std::string_view entity_id,
                               std::string_view description) {
    return append(entity, entity_id, "*", "", description);
  }

 private:
  AuditAppender(SqliteStatement statement, const AuditContext& context)
      : m_statement(std::move(statement)), m_context(context) {}
  SqliteStatement m_statement;
  const AuditContext& m_context;
};

class RecordText {
 public:
  RecordText& add(std::string_view name, std::string_view value);
  RecordText& add_optional_text(std::string_view name, const std::optional<std::string>& value);
  RecordText& add(std::string_view name, std::optional<double> value);
  RecordText& add(std::string_view name, std::optional<std::int64_t> value);
  [[nodiscard]] const std::string& text() const { return m_text; }

 private:
  std::string m_text;
};

}  // namespace myoivig::store
