// Small string helpers and strict number parsing for input files and flags.
//
// The parse functions accept the whole text or nothing: "12abc", "", " 12" are errors.
// Their messages describe the rule and quote the text; callers add the field name
// with Error::with_context. Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/expected.hpp"

namespace myoivig::util {

std::string_view trim(std::string_view text);
std::vector<std::string> split(std::string_view text, char separator);
std::string join(const std::vector<std::string>& parts, std::string_view separator);
std::string to_lower(std::string_view text);
bool starts_with(std::string_view text, std::string_view prefix);

// A decimal integer with an optional leading '-'.
Expected<std::int64_t> parse_integer(std::string_view text);

// A finite decimal number ("12", "-0.5", "1e3"); no hex, inf or nan.
Expected<double> parse_number(std::string_view text);

// A decimal with at most `decimals` digits after the point, returned exactly as an
// integer count of 10^-decimals units: parse_scaled("5.5", 1) == 55, so that category
// boundaries stay exact (shared/DESIGN.md, Numbers). More digits than allowed is an error,
// never a silent rounding.
Expected<std::int64_t> parse_scaled(std::string_view text, int decimals);

// A number with six decimals and the trailing zeros (and point) removed, as settings are
// quoted in messages: format_decimal(0.4) == "0.4", format_decimal(2) == "2".
std::string format_decimal(double value);

// Formats a scaled integer back: format_scaled(55, 1) == "5.5", format_scaled(50, 1) == "5.0".
std::string format_scaled(std::int64_t value, int decimals);

// "true/false/yes/no/1/0" (case-insensitive).
Expected<bool> parse_bool(std::string_view text);

}  // namespace myoivig::util
