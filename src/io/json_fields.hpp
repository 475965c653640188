// json_fields: reading the calculators' JSON documents strictly, with every error naming
// the JSON path of the value ("followup.enzymes[0].uln: must be a number, got \"x\"").
//
// Numbers are taken exactly as written: an integer as it is; a decimal as the shortest
// decimal text that reads back as the same double (what was typed, for up to 15
// significant digits), then as an exact domain::Rational. So "4.49" is 449/100, never
// 4.4900000000000002131628.
// Thread-safety: pure functions.
#pragma once

#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "domain/rational.hpp"
#include "util/expected.hpp"

namespace myoivig::io {

constexpr int k_max_input_decimals = 6;

// "baseline" + "mmt" -> "baseline.mmt"; "" + "mmt" -> "mmt".
std::string json_path(const std::string& parent, std::string_view key);
// "enzymes" + 2 -> "enzymes[2]".
std::string json_path(const std::string& parent, std::size_t index);

// The file's JSON document; io_error naming the path when unreadable, invalid_argument
// with the parser's line and column when it is not JSON.
util::Expected<nlohmann::json> read_json_file(const std::filesystem::path& path);
util::Expected<nlohmann::json> parse_json_text(std::string_view text);

// invalid_argument unless `value` is an object whose keys are all in `allowed`
// ("baseline: unknown key 'physican_global' (known: ...)").
util::Expected<void> check_object(const nlohmann::json& value, const std::string& path,
                                  std::initializer_list<std::string_view> allowed);

// The member, or nullptr when absent or null (a missing value).
const nlohmann::json* member(const nlohmann::json& object, std::string_view key);

// An exact number with at most `max_decimals` decimals.
util::Expected<domain::Rational> exact_number(const nlohmann::json& value, const std::string& path,
                                              int max_decimals = k_max_input_decimals);
// A whole number (3 or 3.0), within int.
util::Expected<int> whole_number(const nlohmann::json& value, const std::string& path);
// A double (for values without category bounds on a decimal grid, e.g. an age).
util::Expected<double> number(const nlohmann::json& value, const std::string& path);
util::Expected<bool> boolean(const nlohmann::json& value, const std::string& path);
util::Expected<std::string> text(const nlohmann::json& value, const std::string& path);

// The optional boolean member `key` (false when absent or null).
util::Expected<bool> optional_flag(const nlohmann::json& object, const std::string& path,
                                   std::string_view key);

}  // namespace myoivig::io
