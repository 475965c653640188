// The concealed allocation list of a randomised study (part of SqliteStore): written once
// when the study is created, read one slot at a time by randomise(), and compared with the
// allocations a bundle loads. Its arms never go into the audit trail.
#include <string>

#include "store/sqlite/audit_appender.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace myoivig::store {
namespace {

constexpr std::string_view k_unstratified = "all";

// The stratum the list uses for the patient: the site when the list has that stratum,
// otherwise "all" when the list is not stratified.
util::Expected<std::string> stratum_of(SqliteDatabase& database, const std::string& patient_id) {
  MYOIVIG_TRY_ASSIGN(site_query,
                     database.prepare("SELECT site FROM patients WHERE patient_id = ?1"));
  site_query.bind(1, std::string_view(patient_id));
  MYOIVIG_TRY_ASSIGN(known, site_query.step());
  if (!known) return util::not_found("patient '" + patient_id + "' is not in the study");
  const std::string site = site_query.text(0);
  MYOIVIG_TRY_ASSIGN(strata, database.prepare("SELECT count(*) FROM allocation_list "
                                              "WHERE stratum = ?1"));
  for (const std::string_view stratum : {std::string_view(site), k_unstratified}) {
    strata.bind(1, stratum);
    MYOIVIG_TRY_ASSIGN(counted, strata.step());
    const bool has = counted && strata.integer(0) > 0;
    strata.reset();
    if (has) return std::string(stratum);
  }
  return util::not_found("the allocation list has no stratum for site '" + site + "' of " +
                         patient_id + " (was the study created from a randomised protocol?)");
}

}  // namespace

util::Expected<void> store_allocation_list(SqliteDatabase& database,
                                           const std::vector<domain::AllocationSlot>& slots,
                                           const AuditContext& context) {
  MYOIVIG_TRY_ASSIGN(insert,
                     database.prepare("INSERT INTO allocation_list (stratum, sequence, "
                                      "block, block_size, arm) VALUES (?1, ?2, ?3, ?4, ?5)"));
  for (const domain::AllocationSlot& slot : slots) {
    insert.bind(1, std::string_view(slot.stratum));
    insert.bind(2, std::int64_t{slot.sequence});
    insert.bind(3, std::int64_t{slot.block});
    insert.bind(4, std::int64_t{slot.block_size});
    insert.bind(5, std::string_view(slot.arm));
    MYOIVIG_TRY(insert.run());
  }
  MYOIVIG_TRY_ASSIGN(audit, AuditAppender::prepare(database, context));
  return audit.append("study", "allocation_list", "*", "",
                      std::to_string(slots.size()) + " slots (concealed)");
}

util::Expected<domain::Allocation> take_allocation_slot(SqliteDatabase& database,
                                                        const std::string& patient_id,
                                                        util::Date on,
                                                        const AuditContext& context) {
  MYOIVIG_TRY_ASSIGN(existing, database.prepare("SELECT stratum, sequence FROM allocations "
                                                "WHERE patient_id = ?1"));
  existing.bind(1, std::string_view(patient_id));
  MYOIVIG_TRY_ASSIGN(already, existing.step());
  if (already) {
    return util::conflict("patient '" + patient_id + "' is randomised already (slot " +
                          existing.text(0) + "/" + std::to_string(existing.integer(1)) + ")");
  }
  MYOIVIG_TRY_ASSIGN(stratum, stratum_of(database, patient_id));
  MYOIVIG_TRY_ASSIGN(
      next, database.prepare("SELECT sequence, arm FROM allocation_list l WHERE stratum = ?1 "
                             "AND NOT EXISTS (SELECT 1 FROM allocations a WHERE a.stratum = "
                             "l.stratum AND a.sequence = l.sequence) ORDER BY sequence LIMIT 1"));
  next.bind(1, std::string_view(stratum));
  MYOIVIG_TRY_ASSIGN(free, next.step());
  if (!free) {
    return util::conflict("stratum '" + stratum +
                          "' has no allocation slot left; the list was made for the protocol's "
                          "slots_per_stratum");
  }
  domain::Allocation allocation{patient_id, next.text(1), stratum,
                                static_cast<int>(next.integer(0)), on};
  domain::StudyData records;
  records.allocations.push_back(allocation);
  MYOIVIG_TRY(insert_records(database, records, context));
  return allocation;
}

util::Expected<void> check_allocations_against_list(SqliteDatabase& database) {
  MYOIVIG_TRY_ASSIGN(listed, database.prepare("SELECT count(*) FROM allocation_list"));
  MYOIVIG_TRY(listed.step());
  if (listed.integer(0) == 0) return {};  // a study without a list (e.g. imported data)
  MYOIVIG_TRY_ASSIGN(
      mismatch,
      database.prepare("SELECT a.patient_id, a.stratum, a.sequence, a.arm, l.arm FROM "
                       "allocations a LEFT JOIN allocation_list l ON l.stratum = a.stratum AND "
                       "l.sequence = a.sequence WHERE l.arm IS NULL OR l.arm != a.arm LIMIT 1"));
  MYOIVIG_TRY_ASSIGN(found, mismatch.step());
  if (!found) return {};
  const std::string slot = mismatch.text(1) + "/" + std::to_string(mismatch.integer(2));
  if (mismatch.is_null(4)) {
    return util::conflict("allocations: " + mismatch.text(0) + " takes slot " + slot +
                          ", which the study's allocation list does not have");
  }
  return util::conflict("allocations: " + mismatch.text(0) + " is recorded in arm '" +
                        mismatch.text(3) + "' but slot " + slot +
                        " of the study's allocation list is another arm");
}

}  // namespace myoivig::store
