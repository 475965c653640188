#include "domain/weight_policy.hpp"

#include "util/enum_names.hpp"

namespace myoivig::domain {
namespace {

constexpr util::EnumNames<WeightPolicy, 4> k_policies{{
    {WeightPolicy::actual, "actual"},
    {WeightPolicy::ideal, "ibw"},
    {WeightPolicy::adjusted, "adjbw"},
    {WeightPolicy::automatic, "auto"},
}};

}  // namespace

std::string_view code(WeightPolicy policy) {
  return util::name_of(k_policies, policy);
}
util::Expected<WeightPolicy> parse_weight_policy(std::string_view text) {
  return util::value_of(k_policies, text);
}

}  // namespace myoivig::domain
