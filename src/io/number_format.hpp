// Number formatting for reports: fixed decimals, p-values, intervals and percentages,
// written the way a results table prints them. Deterministic (no locale): the decimal
// separator is '.', there are no thousands separators, negative numbers use '-'.
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace myoivig::io {

// What an absent or non-finite statistic prints as in a table cell.
inline constexpr std::string_view k_missing_number = "\xE2\x80\x94";  // an em dash

// `value` rounded to `decimals` places: format_fixed(67, 1) == "67.0". A result that
// rounds to zero never shows a sign ("-0.0" prints as "0.0"); NaN prints as "NA" and
// infinities as "Inf" / "-Inf", as in R.
std::string format_fixed(double value, int decimals);
// As format_fixed, or k_missing_number when empty.
std::string format_fixed(const std::optional<double>& value, int decimals);

// A p-value to 4 significant digits ("0.007812", "0.2500", "1.000"); "< 0.0001" below
// 0.0001; "NA" when NaN. The text is plain (escape it for HTML).
std::string format_p_significant(double p_value);

// "low to high" with fixed decimals: format_interval(8.1, 19.94, 1) == "8.1 to 19.9".
std::string format_interval(double low, double high, int decimals);

// A proportion as a percentage: format_percent(0.875, 1) == "87.5%".
std::string format_percent(double proportion, int decimals);

// A confidence level as a percentage without trailing zeros: 0.95 -> "95%", 0.975 -> "97.5%".
std::string format_confidence_level(double level);

// A count with its percentage of a total: format_count_percent(7, 8) == "7 (87.5%)"; the
// percentage is left out when total is 0.
std::string format_count_percent(std::size_t count, std::size_t total);

}  // namespace myoivig::io
