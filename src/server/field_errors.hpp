// FieldErrors: what was wrong with a submitted form, field by field, so that the page can
// show each message beside its input and keep what was typed. Serialised as
//   {"errors": [{"field": "mmt", "value": 140, "message": "mmt: 140 is above ..."}]}
// Messages start with the field name, like every rule message of the domain.
// Thread-safety: a plain value type.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/error.hpp"

namespace myoivig::server {

struct FieldError {
  std::string field;
  nlohmann::json value;  // as submitted (null when missing)
  std::string message;
};

class FieldErrors {
 public:
  // Adds "<field>: <rule>".
  void add(std::string field, nlohmann::json value, std::string_view rule);
  // Adds a rule error whose message starts with the field name ("mmt: 140 is above ...");
  // the field is the text before the first ": " (or `fallback_field` when there is none),
  // qualified by `prefix` ("assessment." gives "assessment.mmt").
  void add_error(const util::Error& error, const nlohmann::json& value,
                 std::string_view fallback_field = "", std::string_view prefix = "");
  void append(FieldError error) { m_errors.push_back(std::move(error)); }
  // Whether `field` has an error already (a second rule on a field is not reported).
  [[nodiscard]] bool has(std::string_view field) const;
  [[nodiscard]] bool empty() const { return m_errors.empty(); }
  [[nodiscard]] const std::vector<FieldError>& errors() const { return m_errors; }
  [[nodiscard]] nlohmann::json to_json() const;

 private:
  std::vector<FieldError> m_errors;
};

// The field an error message names: the text before its first ": ", when it is a plain
// field name (letters, digits, '_' and '.'); otherwise empty.
std::string field_of(std::string_view message);

}  // namespace myoivig::server
