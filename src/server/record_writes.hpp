// Creating and editing a patient's records through the API, the same way for every kind:
// read the form (record_forms), check it with the protocol's rules and the patient's other
// records (record_validation), and only then write, in one transaction with its audit
// rows. Nothing is saved when anything is invalid (422 with every field's error). An edit
// is a JSON merge patch of the stored record plus the "version" it was based on and a
// "reason"; a stale version is refused (409) naming who changed the record.
// Thread-safety: one Call per request.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "server/reply.hpp"
#include "server/server_context.hpp"
#include "store/stored_record.hpp"

namespace myoivig::server {

// A stored record of the patient, with its version; nullopt when the patient has none of
// `entity` with `id`.
struct FoundRecord {
  store::AnyRecord record;
  std::int64_t version = 0;
};
std::optional<FoundRecord> find_record(const store::PatientRecords& records, store::Entity entity,
                                       std::int64_t id);

// The stored form of `record` among the patient's records: by id when `id` is set,
// otherwise the one with the same key fields.
nlohmann::json stored_record_json(const store::PatientRecords& records,
                                  const store::AnyRecord& record, std::int64_t id,
                                  const Call& call);

// POST: creates `records` (already read from the body; `errors` holds what reading found;
// `prefixes` name each record's fields in it) for the URL's patient; 201 {"records": [...]}
// with ids and versions.
Reply create_records(Call& call, const store::PatientRecords& patient,
                     std::vector<store::AnyRecord> records, FieldErrors& errors,
                     const std::vector<std::string>& prefixes = {});

// PATCH .../{id}: the edit of one record of `entity` of the URL's patient; 200
// {"record": {...}} with its new version.
Reply edit_record(Call& call, store::Entity entity);

}  // namespace myoivig::server
