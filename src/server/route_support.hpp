// What the route handlers share: the patient of the URL as the user may see or edit it
// (another site's patient is not found, never shown), the view of records the user gets
// (blinding, pseudonymisation), and reading an edit's version and reason.
// Thread-safety: one Call per request.
#pragma once

#include <cstdint>
#include <string>

#include "server/record_json.hpp"
#include "server/reply.hpp"
#include "server/server_context.hpp"
#include "store/stored_record.hpp"
#include "util/expected.hpp"

namespace myoivig::server {

// The records of the URL's {patient} if the user may see that patient; not_found
// otherwise (so that other sites' pseudonyms are not confirmed either).
util::Expected<store::PatientRecords> visible_patient(const Call& call);
// The same, read through `store` (a connection the caller has leased).
util::Expected<store::PatientRecords> visible_patient(const Call& call, store::Store& store);
// The same, for a write: the user must be the patient's site's investigator.
util::Expected<store::PatientRecords> editable_patient(const Call& call);

RecordView view_for(const Call& call);

// The edit's "version" (a positive integer) and "reason" (non-empty text), each missing or
// bad one a field error.
struct EditMeta {
  std::int64_t version = 0;
  std::string reason;
};
EditMeta edit_meta(const Call& call, FieldErrors& errors);

// The body's optional "reason" for a new record, or `fallback`.
std::string creation_reason(const Call& call, const std::string& fallback);

// Reply for an Expected JSON body.
Reply reply_of(const util::Expected<nlohmann::json>& body, int status = k_ok);

}  // namespace myoivig::server
