#include "domain/adverse_event.hpp"

#include "util/enum_names.hpp"

namespace myoivig::domain {
namespace {

constexpr util::EnumNames<Severity, 3> k_severities{{
    {Severity::mild, "mild"},
    {Severity::moderate, "moderate"},
    {Severity::severe, "severe"},
}};
constexpr util::EnumNames<Relatedness, 5> k_relatedness{{
    {Relatedness::not_related, "not_related"},
    {Relatedness::unlikely, "unlikely"},
    {Relatedness::possible, "possible"},
    {Relatedness::probable, "probable"},
    {Relatedness::definite, "definite"},
}};
constexpr util::EnumNames<AdverseEventOutcome, 6> k_outcomes{{
    {AdverseEventOutcome::recovered, "recovered"},
    {AdverseEventOutcome::recovering, "recovering"},
    {AdverseEventOutcome::not_recovered, "not_recovered"},
    {AdverseEventOutcome::sequelae, "sequelae"},
    {AdverseEventOutcome::fatal, "fatal"},
    {AdverseEventOutcome::unknown, "unknown"},
}};

}  // namespace

std::string_view code(Severity value) {
  return util::name_of(k_severities, value);
}
std::string_view code(Relatedness value) {
  return util::name_of(k_relatedness, value);
}
std::string_view code(AdverseEventOutcome value) {
  return util::name_of(k_outcomes, value);
}
util::Expected<Severity> parse_severity(std::string_view text) {
  return util::value_of(k_severities, text);
}
util::Expected<Relatedness> parse_relatedness(std::string_view text) {
  return util::value_of(k_relatedness, text);
}
util::Expected<AdverseEventOutcome> parse_adverse_event_outcome(std::string_view text) {
  return util::value_of(k_outcomes, text);
}

}  // namespace myoivig::domain
