#include "stats/prop_diff.hpp"

#include <cmath>
#include <string>

#include "stats/binom.hpp"
#include "stats/check.hpp"
#include "stats/fisher.hpp"

namespace myoivig::stats {
namespace {

constexpr std::string_view k_function = "prop_diff";

util::Expected<void> check_group(std::string_view successes_name, std::int64_t successes,
                                 std::string_view trials_name, std::int64_t trials) {
  MYOIVIG_TRY(check_count(k_function, successes_name, successes));
  if (trials < 1) {
    return argument_error(k_function, trials_name,
                          "must be a positive whole number, got " + std::to_string(trials));
  }
  if (successes > trials) {
    return argument_error(k_function, successes_name,
                          "must not exceed " + std::string(trials_name) + " (" +
                              std::to_string(trials) + "), got " + std::to_string(successes));
  }
  return {};
}

}  // namespace

util::Expected<PropDiffResult> prop_diff(std::int64_t x1, std::int64_t n1, std::int64_t x2,
                                         std::int64_t n2, double conf_level) {
  MYOIVIG_TRY(check_group("x1", x1, "n1", n1));
  MYOIVIG_TRY(check_group("x2", x2, "n2", n2));
  MYOIVIG_TRY(check_conf_level(k_function, conf_level));
  MYOIVIG_TRY_ASSIGN(first, wilson(x1, n1, conf_level));
  MYOIVIG_TRY_ASSIGN(second, wilson(x2, n2, conf_level));
  MYOIVIG_TRY_ASSIGN(p_value, fisher_p_value(x1, n1 - x1, x2, n2 - x2, Alternative::two_sided));
  PropDiffResult result;
  result.p1 = static_cast<double>(x1) / static_cast<double>(n1);
  result.p2 = static_cast<double>(x2) / static_cast<double>(n2);
  result.difference = result.p1 - result.p2;
  result.ci_low = result.difference - std::hypot(result.p1 - first.low, second.high - result.p2);
  result.ci_high = result.difference + std::hypot(first.high - result.p1, result.p2 - second.low);
  result.conf_level = conf_level;
  result.p_value = p_value;
  return result;
}

}  // namespace myoivig::stats
