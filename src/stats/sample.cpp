#include "stats/sample.hpp"

#include <cmath>
#include <string>

#include "stats/check.hpp"

namespace myoivig::stats {
namespace {

util::Expected<void> check_no_infinity(std::string_view function, std::string_view name,
                                       std::span<const double> x) {
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (std::isinf(x[i])) {
      return argument_error(function, name,
                            "must hold finite values or NaN for missing, got " +
                                format_number(x[i]) + " at position " + std::to_string(i + 1));
    }
  }
  return {};
}

}  // namespace

util::Expected<std::vector<double>> non_missing(std::string_view function, std::string_view name,
                                                std::span<const double> x) {
  MYOIVIG_TRY(check_no_infinity(function, name, x));
  std::vector<double> kept;
  kept.reserve(x.size());
  for (const double value : x) {
    if (!std::isnan(value)) kept.push_back(value);
  }
  return kept;
}

util::Expected<std::vector<double>> paired_differences(std::string_view function,
                                                       std::span<const double> x,
                                                       std::span<const double> y) {
  if (x.size() != y.size()) {
    return argument_error(function, "y",
                          "must have the same length as x (" + std::to_string(x.size()) +
                              "), got " + std::to_string(y.size()));
  }
  MYOIVIG_TRY(check_no_infinity(function, "x", x));
  MYOIVIG_TRY(check_no_infinity(function, "y", y));
  std::vector<double> differences;
  differences.reserve(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (!std::isnan(x[i]) && !std::isnan(y[i])) differences.push_back(x[i] - y[i]);
  }
  return differences;
}

}  // namespace myoivig::stats
