#include "io/json_fields.hpp"

#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>

#include "util/file.hpp"

namespace myoivig::io {
namespace {

using nlohmann::json;

std::string shown(const json& value) {
  std::string dumped = value.dump();
  constexpr std::size_t k_longest = 40;
  if (dumped.size() > k_longest) dumped = dumped.substr(0, k_longest) + "...";
  return dumped;
}

util::Error wrong_type(const std::string& path, std::string_view wanted, const json& value) {
  return util::invalid_argument(path + ": must be " + std::string(wanted) + ", got " +
                                shown(value));
}

// The shortest decimal text that reads back as `value`, in plain (not exponent) form.
std::string shortest_decimal(double value) {
  char buffer[400];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  if (result.ec != std::errc()) return "";
  return std::string(buffer, result.ptr);
}

}  // namespace

std::string json_path(const std::string& parent, std::string_view key) {
  return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

std::string json_path(const std::string& parent, std::size_t index) {
  return parent + "[" + std::to_string(index) + "]";
}

util::Expected<json> parse_json_text(std::string_view text) {
  try {
    return json::parse(text);
  } catch (const json::parse_error& error) {
    // "[json.exception.parse_error.101] parse error at line 3, column 5: ..." -> from "parse".
    std::string message = error.what();
    const std::size_t start = message.find("parse error");
    if (start != std::string::npos) message = message.substr(start);
    return util::invalid_argument("not valid JSON: " + message);
  }
}

util::Expected<json> read_json_file(const std::filesystem::path& path) {
  MYOIVIG_TRY_ASSIGN(contents, util::read_file(path));
  auto document = parse_json_text(contents);
  if (!document) return document.error().with_context(path.string());
  return document;
}

util::Expected<void> check_object(const json& value, const std::string& path,
                                  std::initializer_list<std::string_view> allowed) {
  const std::string where = path.empty() ? "the document" : path;
  if (!value.is_object()) return wrong_type(where, "an object", value);
  for (const auto& [key, unused] : value.items()) {
    bool known = false;
    for (std::string_view candidate : allowed) known = known || candidate == key;
    if (known) continue;
    std::string names;
    for (std::string_view candidate : allowed) {
      names += (names.empty() ? "" : ", ") + std::string(candidate);
    }
    return util::invalid_argument(where + ": unknown key '" + key + "' (known: " + names + ")");
  }
  return {};
}

const json* member(const json& object, std::string_view key) {
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) return nullptr;
  return &*found;
}

util::Expected<domain::Rational> exact_number(const json& value, const std::string& path,
                                              int max_decimals) {
  if (value.is_number_integer()) {
    if (value.is_number_unsigned() &&
        value.get<std::uint64_t>() >
            static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      return util::invalid_argument(path + ": " + shown(value) + " is out of range");
    }
    return domain::Rational(value.get<std::int64_t>());
  }
  if (!value.is_number_float()) return wrong_type(path, "a number", value);
  const double number_value = value.get<double>();
  if (!std::isfinite(number_value) || std::fabs(number_value) > 1e12) {
    return util::invalid_argument(path + ": " + shown(value) + " is out of range");
  }
  const std::string decimal = shortest_decimal(number_value);  // 3.0 gives "3"
  auto exact = domain::Rational::parse_decimal(decimal, max_decimals);
  if (!exact) {
    return util::invalid_argument(path + ": " + decimal + " has more than " +
                                  std::to_string(max_decimals) + " decimals");
  }
  return exact;
}

util::Expected<int> whole_number(const json& value, const std::string& path) {
  MYOIVIG_TRY_ASSIGN(exact, exact_number(value, path));
  if (!exact.is_integer() || exact.numerator() > std::numeric_limits<int>::max() ||
      exact.numerator() < std::numeric_limits<int>::min()) {
    return util::invalid_argument(path + ": " + exact.to_string() + " must be a whole number");
  }
  return static_cast<int>(exact.numerator());
}

util::Expected<double> number(const json& value, const std::string& path) {
  if (!value.is_number()) return wrong_type(path, "a number", value);
  return value.get<double>();
}

util::Expected<bool> boolean(const json& value, const std::string& path) {
  if (!value.is_boolean()) return wrong_type(path, "true or false", value);
  return value.get<bool>();
}

util::Expected<std::string> text(const json& value, const std::string& path) {
  if (!value.is_string()) return wrong_type(path, "a string", value);
  return value.get<std::string>();
}

util::Expected<bool> optional_flag(const json& object, const std::string& path,
                                   std::string_view key) {
  const json* value = member(object, key);
  if (value == nullptr) return false;
  return boolean(*value, json_path(path, key));
}

}  // namespace myoivig::io
