#include "util/strings.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>

namespace myoivig::util {
namespace {

std::string quoted(std::string_view text) {
  return "'" + std::string(text) + "'";
}

}  // namespace

std::string_view trim(std::string_view text) {
  const auto is_space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    parts.emplace_back(text.substr(start, end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string joined;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) joined += separator;
    joined += parts[i];
  }
  return joined;
}

std::string to_lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

std::string format_decimal(double value) {
  std::string text = std::to_string(value);
  text.erase(text.find_last_not_of('0') + 1);
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

Expected<std::int64_t> parse_integer(std::string_view text) {
  std::int64_t value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end) {
    return invalid_argument("must be a whole number, got " + quoted(text));
  }
  return value;
}

Expected<double> parse_number(std::string_view text) {
  double value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end || !std::isfinite(value)) {
    return invalid_argument("must be a number, got " + quoted(text));
  }
  return value;
}

Expected<std::int64_t> parse_scaled(std::string_view text, int decimals) {
  const auto rule = [&] {
    return invalid_argument("must be a number with at most " + std::to_string(decimals) +
                            (decimals == 1 ? " decimal" : " decimals") + ", got " + quoted(text));
  };
  std::string_view rest = text;
  const bool negative = !rest.empty() && rest.front() == '-';
  if (negative) rest.remove_prefix(1);
  const std::size_t point = rest.find('.');
  const std::string_view whole = rest.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view() : rest.substr(point + 1);
  if (whole.empty() || (point != std::string_view::npos && fraction.empty()) ||
      fraction.size() > static_cast<std::size_t>(decimals)) {
    return rule();
  }
  // Digits that do not fit are refused: wrapping round would turn a typo into a
  // plausible value once a caller narrows it (e.g. VAS mm to int).
  constexpr std::int64_t k_max = std::numeric_limits<std::int64_t>::max();
  std::int64_t value = 0;
  bool too_large = false;
  const auto append = [&](int digit) {
    if (value > (k_max - digit) / 10) {
      too_large = true;
    } else {
      value = value * 10 + digit;
    }
  };
  for (std::string_view part : {whole, fraction}) {
    for (char c : part) {
      if (c < '0' || c > '9') return rule();
      append(c - '0');
    }
  }
  for (std::size_t i = fraction.size(); i < static_cast<std::size_t>(decimals); ++i) append(0);
  if (too_large) return invalid_argument("is out of range, got " + quoted(text));
  return negative ? -value : value;
}

std::string format_scaled(std::int64_t value, int decimals) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  if (decimals > 0) {
    if (digits.size() <= static_cast<std::size_t>(decimals)) {
      digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
    }
    digits.insert(digits.size() - static_cast<std::size_t>(decimals), ".");
  }
  return (value < 0 ? "-" : "") + digits;
}

Expected<bool> parse_bool(std::string_view text) {
  const std::string lower = to_lower(text);
  if (lower == "true" || lower == "yes" || lower == "1") return true;
  if (lower == "false" || lower == "no" || lower == "0") return false;
  return invalid_argument("must be true or false (yes/no, 1/0), got " + quoted(text));
}

}  // namespace myoivig::util
