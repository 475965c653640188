#include "server/field_errors.hpp"

namespace myoivig::server {

void FieldErrors::add(std::string field, nlohmann::json value, std::string_view rule) {
  std::string message = field.empty() ? std::string(rule) : field + ": " + std::string(rule);
  m_errors.push_back({std::move(field), std::move(value), std::move(message)});
}

void FieldErrors::add_error(const util::Error& error, const nlohmann::json& value,
                            std::string_view fallback_field, std::string_view prefix) {
  std::string field = field_of(error.message);
  if (field.empty()) field = fallback_field;
  if (!field.empty()) field = std::string(prefix) + field;
  m_errors.push_back({field, value, std::string(prefix) + error.message});
}

bool FieldErrors::has(std::string_view field) const {
  for (const FieldError& error : m_errors) {
    if (error.field == field) return true;
  }
  return false;
}

nlohmann::json FieldErrors::to_json() const {
  nlohmann::json list = nlohmann::json::array();
  for (const FieldError& error : m_errors) {
    list.push_back({{"field", error.field}, {"value", error.value}, {"message", error.message}});
  }
  return list;
}

std::string field_of(std::string_view message) {
  const std::size_t colon = message.find(": ");
  if (colon == std::string_view::npos || colon == 0) return "";
  const std::string_view field = message.substr(0, colon);
  for (const char c : field) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '_' || c == '.' || c == '[' || c == ']';
    if (!plain) return "";
  }
  return std::string(field);
}

}  // namespace myoivig::server
