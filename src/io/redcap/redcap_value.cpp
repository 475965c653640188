#include "io/redcap/redcap_value.hpp"

#include <cstdint>

#include "util/date.hpp"
#include "util/strings.hpp"

namespace myoivig::io::redcap {
namespace {

constexpr int k_slider_min = 0;
constexpr int k_slider_max = 100;
constexpr std::string_view k_not_completed = "[not completed]";
constexpr std::size_t k_date_length = 10;  // YYYY-MM-DD

util::Error rule(std::string message) {
  return util::invalid_argument(std::move(message));
}

util::Expected<void> check_date(std::string_view text) {
  auto date = util::parse_iso_date(text);
  if (!date) {
    return rule(
        "must be a real date written YYYY-MM-DD (REDCap exports every date so, "
        "whatever its display format): " +
        date.error().message);
  }
  return {};
}

bool two_digits(std::string_view text, int max) {
  if (text.size() != 2 || text[0] < '0' || text[0] > '9' || text[1] < '0' || text[1] > '9') {
    return false;
  }
  return (text[0] - '0') * 10 + (text[1] - '0') <= max;
}

constexpr int k_max_hour = 23;
constexpr int k_max_minute = 59;

// "HH:MM" or "HH:MM:SS".
bool is_time(std::string_view text, bool seconds) {
  if (text.size() != (seconds ? 8U : 5U) || text[2] != ':') return false;
  if (!two_digits(text.substr(0, 2), k_max_hour) || !two_digits(text.substr(3, 2), k_max_minute)) {
    return false;
  }
  return !seconds || (text[5] == ':' && two_digits(text.substr(6, 2), k_max_minute));
}

util::Expected<std::string> read_datetime(std::string_view raw, bool seconds) {
  const std::string_view form = seconds ? "YYYY-MM-DD HH:MM:SS" : "YYYY-MM-DD HH:MM";
  if (raw.size() <= k_date_length || (raw[k_date_length] != ' ' && raw[k_date_length] != 'T')) {
    return rule("must be a date and time written " + std::string(form));
  }
  MYOIVIG_TRY(check_date(raw.substr(0, k_date_length)));
  std::string_view time = raw.substr(k_date_length + 1);
  // ODM writes seconds where REDCap's display has none ("2011-01-01T10:00:00").
  if (!seconds && time.size() == 8 && is_time(time, true)) time = time.substr(0, 5);
  if (!is_time(time, seconds)) return rule("must be a date and time written " + std::string(form));
  return std::string(raw.substr(0, k_date_length)) + " " + std::string(time);
}

util::Expected<std::string> read_number(const Field& field, std::string_view raw) {
  std::string text(raw);
  if (field.kind == ValueKind::number_comma) {
    if (text.find('.') != std::string::npos) {
      return rule("must use ',' as the decimal mark (validation " + field.validation + ")");
    }
    const std::size_t comma = text.find(',');
    if (comma != std::string::npos) text[comma] = '.';
  }
  auto number = util::parse_number(text);
  if (!number) return rule("must be a number: " + number.error().message);
  const std::size_t point = text.find('.');
  if (field.max_decimals >= 0 && point != std::string::npos &&
      text.size() - point - 1 > static_cast<std::size_t>(field.max_decimals)) {
    return rule("has more than " + std::to_string(field.max_decimals) + " decimals (validation " +
                field.validation + ")");
  }
  return text;
}

// REDCap's Text Validation Min/Max are soft: a value outside is kept, with a warning.
std::optional<std::string> soft_range(const Field& field, const std::string& text) {
  if (field.kind == ValueKind::date) {
    if (!field.min.empty() && text < field.min) return "before the field's minimum " + field.min;
    if (!field.max.empty() && text > field.max) return "after the field's maximum " + field.max;
    return std::nullopt;
  }
  auto value = util::parse_number(text);
  if (!value) return std::nullopt;
  auto min = util::parse_number(field.min);
  auto max = util::parse_number(field.max);
  if (min && *value < *min) return "below the field's validation minimum " + field.min;
  if (max && *value > *max) return "above the field's validation maximum " + field.max;
  return std::nullopt;
}

}  // namespace

util::Expected<ReadValue> read_value(const Field& field, std::string_view raw) {
  ReadValue value{std::string(raw), std::nullopt};
  switch (field.kind) {
    case ValueKind::text:
      return value;
    case ValueKind::integer: {
      auto number = util::parse_integer(raw);
      if (!number) return rule("must be an integer: " + number.error().message);
      break;
    }
    case ValueKind::number:
    case ValueKind::number_comma: {
      MYOIVIG_TRY_ASSIGN(text, read_number(field, raw));
      value.text = std::move(text);
      break;
    }
    case ValueKind::date:
      MYOIVIG_TRY(check_date(raw));
      break;
    case ValueKind::datetime:
    case ValueKind::datetime_seconds: {
      MYOIVIG_TRY_ASSIGN(text, read_datetime(raw, field.kind == ValueKind::datetime_seconds));
      value.text = std::move(text);
      return value;
    }
    case ValueKind::time:
    case ValueKind::time_seconds:
      if (!is_time(raw, field.kind == ValueKind::time_seconds)) {
        return rule(field.kind == ValueKind::time ? "must be a time written HH:MM"
                                                  : "must be a time written HH:MM:SS");
      }
      return value;
    case ValueKind::minutes_seconds:
      if (raw.size() != 5 || raw[2] != ':' || !two_digits(raw.substr(0, 2), k_max_minute) ||
          !two_digits(raw.substr(3, 2), k_max_minute)) {
        return rule("must be minutes and seconds written MM:SS");
      }
      return value;
    case ValueKind::coded:
      if (!field.choice(raw)) {
        std::string codes;
        for (const Choice& c : field.choices) codes += (codes.empty() ? "" : ", ") + c.code;
        return rule("is not a code of the field's choices (" + codes + ")");
      }
      return value;
    case ValueKind::boolean:
      if (raw != "0" && raw != "1") {
        return rule(field.type == FieldType::checkbox
                        ? "a checkbox column holds 1 or 0"
                        : "must be 1 or 0 (" + std::string(code(field.type)) + ")");
      }
      return value;
    case ValueKind::slider: {
      auto number = util::parse_integer(raw);
      const auto min = util::parse_integer(field.min);
      const auto max = util::parse_integer(field.max);
      const std::int64_t low = min ? *min : k_slider_min;
      const std::int64_t high = max ? *max : k_slider_max;
      if (!number || *number < low || *number > high) {
        return rule("a slider holds an integer from " + std::to_string(low) + " to " +
                    std::to_string(high));
      }
      return value;
    }
  }
  value.warning = soft_range(field, value.text);
  return value;
}

util::Expected<std::string> read_survey_timestamp(std::string_view raw) {
  if (raw == k_not_completed) return std::string();
  auto text = read_datetime(raw, true);
  if (!text) return rule("a survey timestamp is 'YYYY-MM-DD HH:MM:SS' or '[not completed]'");
  return text;
}

util::Expected<void> check_form_status(std::string_view raw) {
  if (raw == "0" || raw == "1" || raw == "2") return {};
  return rule("a form status is 0 (incomplete), 1 (unverified) or 2 (complete)");
}

}  // namespace myoivig::io::redcap
