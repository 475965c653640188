#include "stats/signtest.hpp"

#include <string>
#include <string_view>
#include <vector>

#include "stats/binom.hpp"
#include "stats/check.hpp"
#include "stats/sample.hpp"

namespace myoivig::stats {
namespace {

constexpr std::string_view k_function = "signtest";

util::Expected<SigntestResult> run(std::string_view name, const std::vector<double>& values,
                                   const SigntestOptions& options) {
  MYOIVIG_TRY(check_sample_size(k_function, name, values.size(), 1));
  SigntestResult result;
  result.alternative = options.alternative;
  for (const double value : values) {
    if (value > options.mu) {
      ++result.positives;
    } else if (value < options.mu) {
      ++result.negatives;
    } else {
      ++result.n_zero;
    }
  }
  result.n = result.positives + result.negatives;
  if (result.n == 0) {
    return argument_error(k_function, std::string(name) + " - mu",
                          "must have at least 1 nonzero value, got " +
                              std::to_string(result.n_zero) + " values all equal to mu (" +
                              format_number(options.mu) + ")");
  }
  MYOIVIG_TRY_ASSIGN(p_value,
                     binom_p_value(static_cast<std::int64_t>(result.positives),
                                   static_cast<std::int64_t>(result.n), 0.5, options.alternative));
  result.p_value = p_value;
  return result;
}

}  // namespace

util::Expected<SigntestResult> signtest(std::span<const double> x, const SigntestOptions& options) {
  MYOIVIG_TRY(check_finite(k_function, "mu", options.mu));
  MYOIVIG_TRY_ASSIGN(values, non_missing(k_function, "x", x));
  return run("x", values, options);
}

util::Expected<SigntestResult> signtest_paired(std::span<const double> x, std::span<const double> y,
                                               const SigntestOptions& options) {
  MYOIVIG_TRY(check_finite(k_function, "mu", options.mu));
  MYOIVIG_TRY_ASSIGN(differences, paired_differences(k_function, x, y));
  return run("x - y", differences, options);
}

}  // namespace myoivig::stats
