#include "server/query_json.hpp"

namespace myoivig::server {

nlohmann::json query_json(const store::DataQuery& query, bool free_text) {
  const auto text = [&](const std::string& value) {
    return free_text || value.empty() ? nlohmann::json(value) : nlohmann::json(nullptr);
  };
  const auto optional = [](const std::string& value) {
    return value.empty() ? nlohmann::json(nullptr) : nlohmann::json(value);
  };
  return {{"id", query.id},
          {"patient_id", query.patient_id},
          {"site", query.site},
          {"entity", query.entity},
          {"record_id", query.record_id},
          {"field", optional(query.field)},
          {"text", text(query.text)},
          {"status", store::code(query.status)},
          {"raised_by", query.raised_by},
          {"raised_utc", query.raised_utc},
          {"answer", query.answer.empty() ? nlohmann::json(nullptr) : text(query.answer)},
          {"answered_by", optional(query.answered_by)},
          {"answered_utc", optional(query.answered_utc)},
          {"closed_by", optional(query.closed_by)},
          {"closed_utc", optional(query.closed_utc)},
          {"version", query.version}};
}

}  // namespace myoivig::server
