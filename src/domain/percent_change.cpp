#include "domain/percent_change.hpp"

#include "util/enum_names.hpp"

namespace myoivig::domain {
namespace {

constexpr util::EnumNames<ChangeRule, 2> k_rules{{
    {ChangeRule::absolute_over_range, "absolute_over_range"},
    {ChangeRule::relative_to_baseline, "relative_to_baseline"},
}};

constexpr int k_percent = 100;

}  // namespace

std::string_view code(ChangeRule rule) {
  return util::name_of(k_rules, rule);
}
util::Expected<ChangeRule> parse_change_rule(std::string_view text) {
  return util::value_of(k_rules, text);
}

std::optional<Rational> improvement_percent(ChangeRule rule, Better direction,
                                            const Rational& baseline, const Rational& followup,
                                            const std::optional<Rational>& range) {
  const Rational improvement =
      direction == Better::lower ? baseline - followup : followup - baseline;
  const std::optional<Rational> denominator =
      rule == ChangeRule::absolute_over_range ? range : std::optional<Rational>(baseline);
  if (!denominator || *denominator <= 0) return std::nullopt;
  return improvement / *denominator * k_percent;
}

}  // namespace myoivig::domain
