// AdverseEvent: an untoward medical occurrence after a course, as recorded.
// Thread-safety: plain value types.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "util/date.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

enum class Severity { mild, moderate, severe };
enum class Relatedness { not_related, unlikely, possible, probable, definite };
enum class AdverseEventOutcome { recovered, recovering, not_recovered, sequelae, fatal, unknown };

std::string_view code(Severity value);
std::string_view code(Relatedness value);
std::string_view code(AdverseEventOutcome value);
util::Expected<Severity> parse_severity(std::string_view text);
util::Expected<Relatedness> parse_relatedness(std::string_view text);
util::Expected<AdverseEventOutcome> parse_adverse_event_outcome(std::string_view text);

struct AdverseEvent {
  std::string patient_id;
  int course_number = 1;  // the course it follows
  std::string term;       // verbatim term, e.g. "asymptomatic myocardial infarction"
  util::Date onset_date;
  std::optional<util::Date> end_date;
  bool serious = false;
  Severity severity = Severity::mild;
  Relatedness relatedness = Relatedness::possible;
  AdverseEventOutcome outcome = AdverseEventOutcome::unknown;
};

}  // namespace myoivig::domain
