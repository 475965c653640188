// DataQuery: a monitor's question about one field of one stored record ("week 12: CK 12000
// IU/l, please confirm"), answered by the site's investigator and closed by the monitor:
// open -> answered -> closed. Each step is a versioned write with its audit row.
// Thread-safety: plain value types; the functions are pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/expected.hpp"

namespace myoivig::store {

enum class QueryStatus { open, answered, closed };
std::string_view code(QueryStatus status);  // "open" | "answered" | "closed"
util::Expected<QueryStatus> parse_query_status(std::string_view text);

struct DataQuery {
  std::int64_t id = 0;
  std::string patient_id;
  std::string site;            // the patient's site (read with the query, for scoping)
  std::string entity;          // "assessments", "visits", ... as the audit trail names it
  std::int64_t record_id = 0;  // the record's id (as the API returns it)
  std::string field;           // the field asked about; empty for the whole record
  std::string text;
  QueryStatus status = QueryStatus::open;
  std::string raised_by;
  std::string raised_utc;
  std::string answer;
  std::string answered_by;
  std::string answered_utc;
  std::string closed_by;
  std::string closed_utc;
  std::int64_t version = 1;
};

struct NewQuery {
  std::string patient_id;
  std::string entity;
  std::int64_t record_id = 0;
  std::string field;
  std::string text;
};

// Which queries to list; unset means any.
struct QueryFilter {
  std::optional<std::string> patient_id;
  std::optional<std::string> site;
  std::optional<QueryStatus> status;
  std::optional<std::int64_t> id;
};

}  // namespace myoivig::store
