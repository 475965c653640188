// A data query as JSON for the web API, with what a person needs to find what it asks
// about: the patient, a label of the record ("Visit week 4 (2026-10-01)"), the address of
// the record in the web UI (a page the reader's role may open) and a label of the field.
// Also the record kinds as the API names them: the store's "administrations" are
// "infusions" in every URL, timeline, audit row, finding and query the client sees.
// Pseudonymised readers (RecordView::free_text false) get no query or answer text and no
// free text (withdrawal reason, condition note) in a label.
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "domain/protocol.hpp"
#include "server/record_json.hpp"
#include "store/data_query.hpp"
#include "store/stored_record.hpp"
#include "util/expected.hpp"

namespace myoivig::server {

// The API's name of a record kind: "infusions" for the administrations, else the store's.
std::string_view api_entity(store::Entity entity);
// The API's name for an entity as stored in text (audit rows, queries, findings): a stored
// "administrations" becomes "infusions"; any other text is returned as it is.
std::string api_entity_name(std::string_view stored);
// The record kind of an API name ("infusions", "visits", ...); invalid_argument naming the
// value and the names accepted otherwise.
util::Expected<store::Entity> parse_api_entity(std::string_view text);

// Who reads a record's label and address: what they may see, and whether they may edit
// the patient's records (then a visit or adverse event links to its edit form).
struct RecordReader {
  const domain::Protocol& protocol;
  RecordView view;
  bool can_edit = false;
};

struct RecordContext {
  std::string label;  // "Course 1 day 3 infusion (2026-11-30)"
  std::string link;   // "/patients/SEED-01/courses/1"
};

// The label and UI address of record `id` of kind `entity` of the patient; a record that
// is not among `records` gets a generic label ("visits record 12") and the patient page.
RecordContext record_context(const store::PatientRecords& records, store::Entity entity,
                             std::int64_t id, const RecordReader& reader);

// A query with a generic record label and the patient page as its link (for callers
// without the patient's records at hand).
nlohmann::json query_json(const store::DataQuery& query, bool free_text);
// A query with its record's label and address from the patient's records.
nlohmann::json query_json(const store::DataQuery& query, const store::PatientRecords& records,
                          const RecordReader& reader);

}  // namespace myoivig::server
