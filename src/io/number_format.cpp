#include "io/number_format.hpp"

#include <cmath>

#include <fmt/format.h>

namespace myoivig::io {
namespace {

constexpr double k_smallest_printed_p = 1e-4;
constexpr int k_percent_decimals = 1;

}  // namespace

std::string format_fixed(double value, int decimals) {
  if (std::isnan(value)) return "NA";
  if (std::isinf(value)) return value > 0 ? "Inf" : "-Inf";
  std::string text = fmt::format("{:.{}f}", value, decimals);
  // "-0.0": a negative value that rounds to zero keeps its sign in printf; a table
  // should not show it.
  if (text.front() == '-' && text.find_first_not_of("-0.") == std::string::npos) {
    text.erase(0, 1);
  }
  return text;
}

std::string format_fixed(const std::optional<double>& value, int decimals) {
  return value ? format_fixed(*value, decimals) : std::string(k_missing_number);
}

std::string format_p_significant(double p_value) {
  if (std::isnan(p_value)) return "NA";
  if (p_value < k_smallest_printed_p) return "< 0.0001";
  // '#' keeps the trailing zeros of the 4 significant digits ("0.2500", "1.000").
  return fmt::format("{:#.4g}", p_value);
}

std::string format_interval(double low, double high, int decimals) {
  return format_fixed(low, decimals) + " to " + format_fixed(high, decimals);
}

std::string format_percent(double proportion, int decimals) {
  return format_fixed(proportion * 100.0, decimals) + "%";
}

std::string format_confidence_level(double level) {
  // 4 significant digits absorb the binary error of 0.95 * 100; 'g' drops trailing zeros.
  return fmt::format("{:.4g}%", level * 100.0);
}

std::string format_count_percent(std::size_t count, std::size_t total) {
  if (total == 0) return fmt::format("{}", count);
  return fmt::format(
      "{} ({})", count,
      format_percent(static_cast<double>(count) / static_cast<double>(total), k_percent_decimals));
}

}  // namespace myoivig::io
