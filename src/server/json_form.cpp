#include "server/json_form.hpp"

#include "io/json_fields.hpp"

namespace myoivig::server {
namespace {

constexpr int k_tenths_decimals = 1;
constexpr int k_tenths_per_unit = 10;

// "mmt: must be a whole number, got ..." -> "must be a whole number, got ...".
std::string rule_of(const util::Error& error) {
  const std::size_t colon = error.message.find(": ");
  return colon == std::string::npos ? error.message : error.message.substr(colon + 2);
}

}  // namespace

Form::Form(const nlohmann::json& body, FieldErrors& errors, std::string prefix)
    : m_body(body), m_errors(errors), m_prefix(std::move(prefix)) {}

const nlohmann::json* Form::value(std::string_view key) const {
  if (!m_body.is_object()) return nullptr;
  const auto found = m_body.find(key);
  return found == m_body.end() ? nullptr : &*found;
}

void Form::fail(std::string_view key, std::string_view rule) {
  if (m_errors.has(field(key))) return;
  const nlohmann::json* submitted = value(key);
  m_errors.add(field(key), submitted ? *submitted : nlohmann::json(nullptr), rule);
}

const nlohmann::json* Form::take(std::string_view key, Need need) {
  m_read.emplace(key);
  const nlohmann::json* member = value(key);
  const bool missing = member == nullptr || member->is_null() ||
                       (member->is_string() && member->get_ref<const std::string&>().empty());
  if (!missing) return member;
  if (need == Need::required) fail(key, "is required");
  return nullptr;
}

std::optional<std::string> Form::text(std::string_view key, Need need) {
  const nlohmann::json* member = take(key, need);
  if (!member) return std::nullopt;
  if (!member->is_string()) {
    fail(key, "must be text");
    return std::nullopt;
  }
  return member->get<std::string>();
}

std::optional<int> Form::whole(std::string_view key, Need need) {
  const nlohmann::json* member = take(key, need);
  if (!member) return std::nullopt;
  auto parsed = io::whole_number(*member, field(key));
  if (!parsed) {
    fail(key, rule_of(parsed.error()));
    return std::nullopt;
  }
  return *parsed;
}

std::optional<double> Form::number(std::string_view key, Need need) {
  const nlohmann::json* member = take(key, need);
  if (!member) return std::nullopt;
  auto parsed = io::number(*member, field(key));
  if (!parsed) {
    fail(key, rule_of(parsed.error()));
    return std::nullopt;
  }
  return *parsed;
}

std::optional<int> Form::tenths(std::string_view key, Need need) {
  const nlohmann::json* member = take(key, need);
  if (!member) return std::nullopt;
  auto parsed = io::exact_number(*member, field(key), k_tenths_decimals);
  if (!parsed) {
    fail(key, rule_of(parsed.error()));
    return std::nullopt;
  }
  constexpr std::int64_t k_max_tenths = 1'000'000'000;
  const domain::Rational scaled = *parsed * domain::Rational(k_tenths_per_unit);
  if (scaled.numerator() > k_max_tenths || scaled.numerator() < -k_max_tenths) {
    fail(key, "is out of range");
    return std::nullopt;
  }
  return static_cast<int>(scaled.numerator());
}

std::optional<domain::Rational> Form::exact(std::string_view key, Need need) {
  const nlohmann::json* member = take(key, need);
  if (!member) return std::nullopt;
  auto parsed = member->is_string() ? domain::Rational::parse(member->get<std::string>())
                                    : io::exact_number(*member, field(key));
  if (!parsed) {
    fail(key, rule_of(parsed.error()));
    return std::nullopt;
  }
  return *parsed;
}

std::optional<bool> Form::flag(std::string_view key, Need need) {
  const nlohmann::json* member = take(key, need);
  if (!member) return std::nullopt;
  if (!member->is_boolean()) {
    fail(key, "must be true or false");
    return std::nullopt;
  }
  return member->get<bool>();
}

std::optional<util::Date> Form::date(std::string_view key, Need need) {
  const std::optional<std::string> iso = text(key, need);
  if (!iso) return std::nullopt;
  auto parsed = util::parse_iso_date(*iso);
  if (!parsed) {
    fail(key, parsed.error().message);
    return std::nullopt;
  }
  return *parsed;
}

std::optional<util::TimeOfDay> Form::time(std::string_view key, Need need) {
  const std::optional<std::string> hh_mm = text(key, need);
  if (!hh_mm) return std::nullopt;
  auto parsed = util::parse_time_of_day(*hh_mm);
  if (!parsed) {
    fail(key, parsed.error().message);
    return std::nullopt;
  }
  return *parsed;
}

void Form::finish(std::initializer_list<std::string_view> ignored) {
  if (!m_body.is_object()) return;
  for (const auto& [key, member] : m_body.items()) {
    if (m_read.contains(key)) continue;
    bool skip = false;
    for (const std::string_view name : ignored) skip = skip || name == key;
    if (!skip) fail(key, "is not a field of this form");
  }
}

}  // namespace myoivig::server
