#include "store/sqlite/sqlite_store.hpp"

#include "store/sqlite/audit_appender.hpp"
#include "store/sqlite/migrations.hpp"

namespace myoivig::store {
namespace {

constexpr std::string_view k_kind_study = "study";
constexpr std::string_view k_kind_demo = "demo";

util::Expected<void> set_study_value(SqliteDatabase& database, const AuditContext& context,
                                     std::string_view key, std::string_view value) {
  MYOIVIG_TRY_ASSIGN(read, database.prepare("SELECT value FROM study WHERE key = ?1"));
  read.bind(1, key);
  MYOIVIG_TRY_ASSIGN(exists, read.step());
  const std::string old_value = exists ? read.text(0) : "";
  if (exists && old_value == value) return {};
  MYOIVIG_TRY_ASSIGN(write,
                     database.prepare("INSERT INTO study (key, value) VALUES (?1, ?2) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
  write.bind(1, key);
  write.bind(2, value);
  MYOIVIG_TRY(write.run());
  // The protocol text is long and stored verbatim; its audit row records that it was set.
  const bool is_protocol = key == "protocol_text";
  MYOIVIG_TRY_ASSIGN(audit, AuditAppender::prepare(database, context));
  return audit.append("study", key, "value", is_protocol ? "" : old_value,
                      is_protocol ? "(protocol file, " + std::to_string(value.size()) + " bytes)"
                                  : std::string(value));
}

}  // namespace

util::Expected<std::unique_ptr<Store>> SqliteStore::create(const std::string& path,
                                                           const NewStudy& study,
                                                           const AuditContext& context) {
  MYOIVIG_TRY_ASSIGN(database, SqliteDatabase::open(path, SqliteDatabase::Mode::create_new));
  MYOIVIG_TRY(migrate(database));
  MYOIVIG_TRY(database.transaction([&]() -> util::Expected<void> {
    MYOIVIG_TRY(set_study_value(database, context, "kind",
                                study.kind == StudyKind::demo ? k_kind_demo : k_kind_study));
    MYOIVIG_TRY(set_study_value(database, context, "protocol_id", study.protocol_id));
    MYOIVIG_TRY(set_study_value(database, context, "protocol_text", study.protocol_text));
    if (!study.allocation_list.empty()) {
      MYOIVIG_TRY(store_allocation_list(database, study.allocation_list, context));
    }
    return set_study_value(database, context, "created_utc", context.timestamp_utc);
  }));
  return std::unique_ptr<Store>(new SqliteStore(std::move(database)));
}

util::Expected<std::unique_ptr<Store>> SqliteStore::open(const std::string& path) {
  MYOIVIG_TRY_ASSIGN(database, SqliteDatabase::open(path, SqliteDatabase::Mode::open_existing));
  MYOIVIG_TRY_ASSIGN(probe, database.prepare("SELECT count(*) FROM sqlite_master WHERE type = "
                                             "'table' AND name = 'study'"));
  MYOIVIG_TRY_ASSIGN(has_row, probe.step());
  if (!has_row || probe.integer(0) == 0) {
    return util::corrupt(path + ": not a myoivig study database (no study table)");
  }
  MYOIVIG_TRY(migrate(database));
  return std::unique_ptr<Store>(new SqliteStore(std::move(database)));
}

util::Expected<StudyRecord> SqliteStore::study() {
  MYOIVIG_TRY_ASSIGN(statement, m_database.prepare("SELECT key, value FROM study"));
  StudyRecord record;
  while (true) {
    MYOIVIG_TRY_ASSIGN(has_row, statement.step());
    if (!has_row) break;
    const std::string key = statement.text(0);
    std::string value = statement.text(1);
    if (key == "kind") record.kind = value == k_kind_demo ? StudyKind::demo : StudyKind::study;
    if (key == "protocol_id")
      record.protocol_id = std::move(value);
    else if (key == "protocol_text")
      record.protocol_text = std::move(value);
    else if (key == "created_utc")
      record.created_utc = std::move(value);
    else if (key == "study_id")
      record.info.study_id = std::move(value);
    else if (key == "description")
      record.info.description = std::move(value);
    else if (key == "synthetic")
      record.info.synthetic = value == "true";
  }
  record.info.protocol_id = record.protocol_id;
  if (record.protocol_id.empty()) return util::corrupt("the study table has no protocol_id");
  return record;
}

util::Expected<domain::StudyData> SqliteStore::read_all() {
  MYOIVIG_TRY_ASSIGN(record, study());
  domain::StudyData data;
  data.info = record.info;
  MYOIVIG_TRY(m_database.transaction([&] { return read_records(m_database, data); }));
  return data;
}

util::Expected<std::int64_t> SqliteStore::data_version() {
  MYOIVIG_TRY_ASSIGN(statement, m_database.prepare("PRAGMA data_version"));
  MYOIVIG_TRY_ASSIGN(has_row, statement.step());
  if (!has_row) return util::corrupt("PRAGMA data_version returned no row");
  return statement.integer(0);
}

util::Expected<void> SqliteStore::add(const domain::StudyData& records,
                                      const AuditContext& context) {
  return m_database.transaction([&]() -> util::Expected<void> {
    const domain::StudyInfo& info = records.info;
    if (!info.study_id.empty()) {
      MYOIVIG_TRY(set_study_value(m_database, context, "study_id", info.study_id));
      MYOIVIG_TRY(set_study_value(m_database, context, "description", info.description));
      MYOIVIG_TRY(
          set_study_value(m_database, context, "synthetic", info.synthetic ? "true" : "false"));
    }
    MYOIVIG_TRY(insert_records(m_database, records, context));
    if (records.allocations.empty()) return {};
    return check_allocations_against_list(m_database);
  });
}

util::Expected<domain::Allocation> SqliteStore::randomise(const std::string& patient_id,
                                                          util::Date on,
                                                          const AuditContext& context) {
  domain::Allocation allocation;
  MYOIVIG_TRY(m_database.transaction([&]() -> util::Expected<void> {
    MYOIVIG_TRY_ASSIGN(taken, take_allocation_slot(m_database, patient_id, on, context));
    allocation = std::move(taken);
    return {};
  }));
  return allocation;
}

util::Expected<std::vector<AuditEntry>> SqliteStore::audit_trail(std::size_t limit) {
  const std::string sql =
      "SELECT id, at, actor, entity, entity_id, field, old_value, new_value, reason FROM audit "
      "ORDER BY id" +
      (limit > 0 ? " LIMIT " + std::to_string(limit) : std::string());
  MYOIVIG_TRY_ASSIGN(statement, m_database.prepare(sql));
  std::vector<AuditEntry> entries;
  while (true) {
    MYOIVIG_TRY_ASSIGN(has_row, statement.step());
    if (!has_row) break;
    entries.push_back({statement.integer(0), statement.text(1), statement.text(2),
                       statement.text(3), statement.text(4), statement.text(5), statement.text(6),
                       statement.text(7), statement.text(8)});
  }
  return entries;
}

}  // namespace myoivig::store
