#include "io/listing/listing.hpp"

#include <fmt/format.h>

#include "util/enum_names.hpp"
#include "util/strings.hpp"

namespace myoivig::io::listing {
namespace {

constexpr util::EnumNames<ColumnType, 7> k_types{{
    {ColumnType::text, "text"},
    {ColumnType::integer, "integer"},
    {ColumnType::number, "number"},
    {ColumnType::date, "date"},
    {ColumnType::time, "time"},
    {ColumnType::timestamp, "timestamp"},
    {ColumnType::boolean, "boolean"},
}};

constexpr int k_milliseconds_per_day = 86400 * 1000;

// The two digits at text[at], or -1.
int two_digits(std::string_view text, std::size_t at) {
  if (at + 2 > text.size()) return -1;
  const char high = text[at];
  const char low = text[at + 1];
  if (high < '0' || high > '9' || low < '0' || low > '9') return -1;
  return (high - '0') * 10 + (low - '0');
}

}  // namespace

std::string_view code(ColumnType type) {
  return util::name_of(k_types, type);
}

std::optional<Timestamp> parse_utc_timestamp(std::string_view text) {
  // YYYY-MM-DDTHH:MM[:SS[.fff]]Z
  constexpr std::size_t k_date_length = 10;
  constexpr std::size_t k_minutes_end = 16;
  if (text.size() < k_minutes_end + 1 || text[k_date_length] != 'T' || text[13] != ':' ||
      text.back() != 'Z') {
    return std::nullopt;
  }
  auto date = util::parse_iso_date(text.substr(0, k_date_length));
  if (!date) return std::nullopt;
  const int hours = two_digits(text, 11);
  const int minutes = two_digits(text, 14);
  int seconds = 0;
  int milliseconds = 0;
  std::string_view rest = text.substr(k_minutes_end, text.size() - k_minutes_end - 1);
  if (!rest.empty()) {
    if (rest.size() < 3 || rest[0] != ':') return std::nullopt;
    seconds = two_digits(rest, 1);
    rest.remove_prefix(3);
    if (!rest.empty()) {
      if (rest.size() < 2 || rest[0] != '.') return std::nullopt;
      int scale = 100;
      for (std::size_t i = 1; i < rest.size(); ++i) {
        if (rest[i] < '0' || rest[i] > '9') return std::nullopt;
        milliseconds += (rest[i] - '0') * scale;
        scale /= 10;
      }
    }
  }
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) {
    return std::nullopt;
  }
  return Timestamp{*date, ((hours * 60 + minutes) * 60 + seconds) * 1000 + milliseconds};
}

std::string iso(const Timestamp& timestamp) {
  const int milliseconds = timestamp.milliseconds_of_day % k_milliseconds_per_day;
  const int seconds = milliseconds / 1000;
  std::string text = fmt::format("{}T{:02}:{:02}:{:02}", timestamp.date.iso(), seconds / 3600,
                                 seconds / 60 % 60, seconds % 60);
  if (milliseconds % 1000 != 0) text += fmt::format(".{:03}", milliseconds % 1000);
  return text + "Z";
}

Cell text_cell(std::string_view text) {
  if (text.empty()) return {};
  return std::string(text);
}

Cell integer_cell(std::optional<std::int64_t> value) {
  if (!value) return {};
  return *value;
}

Cell number_cell(std::optional<double> value) {
  if (!value) return {};
  return *value;
}

Cell date_cell(std::optional<util::Date> value) {
  if (!value) return {};
  return *value;
}

Cell time_cell(std::optional<util::TimeOfDay> value) {
  if (!value) return {};
  return *value;
}

Cell timestamp_cell(std::string_view iso_text) {
  if (iso_text.empty()) return {};
  if (auto timestamp = parse_utc_timestamp(iso_text)) return *timestamp;
  return std::string(iso_text);
}

Cell boolean_cell(bool value) {
  return value;
}

Cell mm_as_cm_cell(std::optional<int> millimetres) {
  if (!millimetres) return {};
  return *millimetres / 10.0;
}

}  // namespace myoivig::io::listing
