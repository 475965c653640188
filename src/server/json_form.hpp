// Form: reads the fields of a submitted JSON object, strictly and without stopping at the
// first problem: every field is read, every bad one becomes a FieldError (named as the
// bundle names its column), and keys the form does not know are errors too, so a misspelt
// field never goes silently unsaved. A missing value is an absent key, null or "".
// Numbers are exact (io/json_fields): a VAS of 5.5 cm is 55 mm, never 54.999.
// Thread-safety: one Form per request.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "domain/rational.hpp"
#include "server/field_errors.hpp"
#include "util/date.hpp"

namespace myoivig::server {

enum class Need { optional, required };

class Form {
 public:
  // `body` must outlive the form; `prefix` qualifies field names ("assessment.").
  Form(const nlohmann::json& body, FieldErrors& errors, std::string prefix = "");

  std::optional<std::string> text(std::string_view key, Need need = Need::optional);
  std::optional<int> whole(std::string_view key, Need need = Need::optional);
  std::optional<double> number(std::string_view key, Need need = Need::optional);
  // A decimal with at most one decimal, in tenths (a VAS in cm to whole mm).
  std::optional<int> tenths(std::string_view key, Need need = Need::optional);
  // An exact value: a number, or text such as "1.125" or "10/7".
  std::optional<domain::Rational> exact(std::string_view key, Need need = Need::optional);
  std::optional<bool> flag(std::string_view key, Need need = Need::optional);
  std::optional<util::Date> date(std::string_view key, Need need = Need::optional);
  std::optional<util::TimeOfDay> time(std::string_view key, Need need = Need::optional);

  // A coded value read with `parse` (e.g. domain::parse_sex).
  template <typename Parse>
  auto coded(std::string_view key, Parse parse, Need need = Need::optional)
      -> std::optional<typename decltype(parse(std::string_view()))::value_type> {
    const std::optional<std::string> code = text(key, need);
    if (!code) return std::nullopt;
    auto value = parse(*code);
    if (!value) {
      fail(key, value.error().message);
      return std::nullopt;
    }
    return *value;
  }

  // Marks `key` as read by the caller (a list the caller reads itself).
  void mark_read(std::string_view key) { m_read.emplace(key); }

  // Reports every key of the body that no read asked for, except `ignored` ones.
  void finish(std::initializer_list<std::string_view> ignored = {"id", "version", "reason"});

  // Adds an error on `key` with the submitted value ("<key>: <rule>").
  void fail(std::string_view key, std::string_view rule);
  [[nodiscard]] const nlohmann::json* value(std::string_view key) const;
  [[nodiscard]] std::string field(std::string_view key) const {
    return m_prefix + std::string(key);
  }

 private:
  // The member to read, or nullptr when missing (then `need` may add an error).
  const nlohmann::json* take(std::string_view key, Need need);

  const nlohmann::json& m_body;
  FieldErrors& m_errors;
  std::string m_prefix;
  std::set<std::string, std::less<>> m_read;
};

}  // namespace myoivig::server
