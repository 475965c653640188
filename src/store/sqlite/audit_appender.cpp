#include "store/sqlite/audit_appender.hpp"

#include <charconv>

namespace myoivig::store {

util::Expected<AuditAppender> AuditAppender::prepare(SqliteDatabase& database,
                                                     const AuditContext& context) {
  MYOIVIG_TRY_ASSIGN(statement,
                     database.prepare("INSERT INTO audit (at, actor, entity, entity_id, field, "
                                      "old_value, new_value, reason) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
  return AuditAppender(std::move(statement), context);
}

util::Expected<void> AuditAppender::append(std::string_view entity, std::string_view entity_id,
                                           std::string_view field, std::string_view old_value,
                                           std::string_view new_value) {
  // Every text outlives run(), which steps and resets: no copies (one row per record
  // loaded, so this is on the bulk-load path).
  m_statement.bind_uncopied(1, m_context.timestamp_utc);
  m_statement.bind_uncopied(2, m_context.actor);
  m_statement.bind_uncopied(3, entity);
  m_statement.bind_uncopied(4, entity_id);
  m_statement.bind_uncopied(5, field);
  m_statement.bind_uncopied(6, old_value);
  m_statement.bind_uncopied(7, new_value);
  m_statement.bind_uncopied(8, m_context.reason);
  return m_statement.run();
}

RecordText& RecordText::add(std::string_view name, std::string_view value) {
  if (value.empty()) return *this;
  if (!m_text.empty()) m_text += "; ";
  m_text.append(name).append("=").append(value);
  return *this;
}

RecordText& RecordText::add_optional_text(std::string_view name,
                                          const std::optional<std::string>& value) {
  return value ? add(name, std::string_view(*value)) : *this;
}

RecordText& RecordText::add(std::string_view name, std::optional<double> value) {
  if (!value) return *this;
  // The text of printf's "%.10g" (to_chars with general format and a precision is
  // specified as printf's %.*g), without printf's cost.
  constexpr int k_significant_digits = 10;
  char buffer[32];
  const auto written = std::to_chars(buffer, buffer + sizeof buffer, *value,
                                     std::chars_format::general, k_significant_digits);
  return add(name, std::string_view(buffer, static_cast<std::size_t>(written.ptr - buffer)));
}

RecordText& RecordText::add(std::string_view name, std::optional<std::int64_t> value) {
  return value ? add(name, std::string_view(std::to_string(*value))) : *this;
}

}  // namespace myoivig::store
