// Percent change of a core set measure between two visits, exactly (a Rational), under a
// named rule (shared/specs/outcomes.md sections 4-6; the rules are adopted settings):
//   absolute_over_range   improvement in raw units / instrument range x 100
//                         (physician VAS 5 -> 3 cm on the 10 cm range = 20 %)
//   relative_to_baseline  improvement / baseline x 100 (CK 3000 -> 1500 = 50 %);
//                         undefined when the baseline is 0.
// The result is signed as an improvement: positive when the patient is better (lower for
// every measure but muscle strength, higher for strength), negative when worse.
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string_view>

#include "domain/measure.hpp"
#include "domain/rational.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

enum class ChangeRule { absolute_over_range, relative_to_baseline };
std::string_view code(ChangeRule rule);  // "absolute_over_range" | "relative_to_baseline"
util::Expected<ChangeRule> parse_change_rule(std::string_view text);

// Improvement in percent, or empty when undefined (relative rule with a baseline of 0;
// absolute rule without a positive range).
std::optional<Rational> improvement_percent(ChangeRule rule, Better direction,
                                            const Rational& baseline, const Rational& followup,
                                            const std::optional<Rational>& range);

}  // namespace myoivig::domain
