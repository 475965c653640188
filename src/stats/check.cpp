#include "stats/check.hpp"

#include <charconv>
#include <cmath>

namespace myoivig::stats {

util::Error argument_error(std::string_view function, std::string_view name,
                           std::string_view rule) {
  std::string message(function);
  message += ": ";
  message += name;
  message += ' ';
  message += rule;
  return util::invalid_argument(std::move(message));
}

std::string format_number(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

util::Expected<void> check_finite(std::string_view function, std::string_view name, double value) {
  if (std::isfinite(value)) return {};
  return argument_error(function, name, "must be a finite number, got " + format_number(value));
}

util::Expected<void> check_conf_level(std::string_view function, double level) {
  if (level > 0.0 && level < 1.0) return {};
  return argument_error(function, "conf_level", "must be in (0, 1), got " + format_number(level));
}

util::Expected<void> check_probability(std::string_view function, std::string_view name,
                                       double value) {
  if (value >= 0.0 && value <= 1.0) return {};
  return argument_error(function, name, "must be in [0, 1], got " + format_number(value));
}

util::Expected<void> check_sample_size(std::string_view function, std::string_view name,
                                       std::size_t count, std::size_t minimum) {
  if (count >= minimum) return {};
  return argument_error(function, name,
                        "must have at least " + std::to_string(minimum) + " non-missing " +
                            (minimum == 1 ? "value" : "values") + ", got " + std::to_string(count));
}

util::Expected<void> check_count(std::string_view function, std::string_view name,
                                 std::int64_t value) {
  if (value >= 0) return {};
  return argument_error(function, name,
                        "must be a non-negative whole number, got " + std::to_string(value));
}

}  // namespace myoivig::stats
