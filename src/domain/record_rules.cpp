#include "domain/record_rules.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "domain/entry_rules.hpp"
#include "domain/rule_outcome.hpp"

namespace myoivig::domain {
namespace {

constexpr std::size_t k_max_pseudonym_length = 32;
constexpr int k_min_birth_year = 1900;
constexpr double k_min_height_cm = 100;
constexpr double k_max_height_cm = 230;
constexpr double k_max_prednisolone_mg_per_day = 200;
constexpr double k_min_dosing_weight_kg = 20;
constexpr double k_max_dosing_weight_kg = 250;
constexpr double k_max_daily_dose_g = 200;

util::Error field_error(std::string_view field, const std::string& message) {
  return util::invalid_argument(std::string(field) + ": " + message);
}

util::Expected<void> check_in_range(std::string_view field, double value, double min, double max,
                                    std::string_view rule_source) {
  if (value < min) {
    return field_error(field, format_number(value) + " is below the minimum " + format_number(min) +
                                  " (" + std::string(rule_source) + ")");
  }
  if (value > max) {
    return field_error(field, format_number(value) + " is above the maximum " + format_number(max) +
                                  " (" + std::string(rule_source) + ")");
  }
  return {};
}

bool is_pseudonym(std::string_view id) {
  if (id.empty() || id.size() > k_max_pseudonym_length) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
  });
}

util::Expected<void> check_patient_id(std::string_view id) {
  if (!is_pseudonym(id)) {
    return field_error("patient_id", "'" + std::string(id) +
                                         "' is not a study pseudonym (letters, digits, - and _, "
                                         "1-32 characters)");
  }
  return {};
}

// A measure's value against the protocol's instrument range, naming the bundle column.
util::Expected<void> check_measure(std::string_view field, std::optional<double> value,
                                   Measure measure, const Protocol& protocol) {
  if (!value) return {};
  const InstrumentRange* range = protocol.range(measure);
  if (!range) return {};
  return check_in_range(field, *value, range->min, range->max,
                        "instruments." + std::string(info(measure).id));
}

std::optional<double> as_double(std::optional<int> value) {
  return value ? std::optional<double>(*value) : std::nullopt;
}

}  // namespace

util::Expected<void> validate_record(const Patient& patient) {
  MYOIVIG_TRY(check_patient_id(patient.id));
  if (patient.site.empty()) return field_error("site", "must not be empty");
  if (patient.birth_year < k_min_birth_year || patient.birth_year > patient.enrolment_date.year()) {
    return field_error("birth_year", std::to_string(patient.birth_year) +
                                         " must be from 1900 to the enrolment year " +
                                         std::to_string(patient.enrolment_date.year()));
  }
  if (patient.height_cm) {
    MYOIVIG_TRY(check_in_range("height_cm", *patient.height_cm, k_min_height_cm, k_max_height_cm,
                               "plausible adult height"));
  }
  if (patient.biopsy_date && *patient.biopsy_date > patient.enrolment_date) {
    return field_error("biopsy_date", patient.biopsy_date->iso() + " is after enrolment " +
                                          patient.enrolment_date.iso());
  }
  if (patient.withdrawal_date && *patient.withdrawal_date < patient.enrolment_date) {
    return field_error("withdrawal_date", patient.withdrawal_date->iso() + " is before enrolment " +
                                              patient.enrolment_date.iso());
  }
  if (patient.withdrawal_date && patient.withdrawal_reason.empty()) {
    return field_error("withdrawal_reason", "is required when withdrawal_date is given");
  }
  if (!patient.withdrawal_date && !patient.withdrawal_reason.empty()) {
    return field_error("withdrawal_date", "is required when withdrawal_reason is given");
  }
  return {};
}

util::Expected<void> validate_record(const Condition& condition, const Protocol& protocol) {
  MYOIVIG_TRY(check_patient_id(condition.patient_id));
  const auto& exclusions = protocol.eligibility.exclusions;
  const bool known = std::any_of(exclusions.begin(), exclusions.end(),
                                 [&](const Exclusion& e) { return e.code == condition.code; });
  const bool criterion =
      protocol.eligibility.bohan_peter && is_bohan_peter_criterion(condition.code);
  if (!known && !criterion) {
    std::string codes;
    for (const Exclusion& exclusion : exclusions) {
      codes += (codes.empty() ? "" : ", ") + exclusion.code;
    }
    const bool with_criteria = protocol.eligibility.bohan_peter.has_value();
    if (with_criteria) codes += ", bohan_peter_weakness ... bohan_peter_rash";
    return field_error("condition", "'" + condition.code + "' is not an exclusion " +
                                        (with_criteria ? "or criterion " : "") +
                                        "code of the protocol (" + codes + ")");
  }
  return {};
}

util::Expected<void> validate_record(const Allocation& allocation, const Protocol& protocol) {
  MYOIVIG_TRY(check_patient_id(allocation.patient_id));
  if (protocol.design.kind != DesignKind::randomised) {
    return field_error("arm", "'" + allocation.arm + "': protocol " + protocol.id +
                                  " is not randomised, so it allocates no arms");
  }
  if (!protocol.design.arm(allocation.arm)) {
    std::string arms;
    for (const Arm& arm : protocol.design.arms) arms += (arms.empty() ? "" : ", ") + arm.id;
    return field_error("arm",
                       "'" + allocation.arm + "' is not an arm of the design (" + arms + ")");
  }
  if (allocation.stratum.empty()) return field_error("stratum", "must not be empty");
  if (allocation.sequence < 1) {
    return field_error("sequence",
                       std::to_string(allocation.sequence) + " must be a positive integer");
  }
  return {};
}

util::Expected<void> validate_record(const SteroidDose& dose) {
  MYOIVIG_TRY(check_patient_id(dose.patient_id));
  MYOIVIG_TRY(check_in_range("prednisolone_mg_per_day", dose.prednisolone_mg_per_day, 0,
                             k_max_prednisolone_mg_per_day, "plausible prednisolone dose"));
  if (dose.to && *dose.to < dose.from) {
    return field_error("to_date", dose.to->iso() + " is before from_date " + dose.from.iso());
  }
  return {};
}

util::Expected<void> validate_record(const Course& course, const Protocol& protocol) {
  MYOIVIG_TRY(check_patient_id(course.patient_id));
  if (course.number < 1 || course.number > protocol.regimen.max_courses) {
    return field_error("course", std::to_string(course.number) + " must be from 1 to " +
                                     std::to_string(protocol.regimen.max_courses) +
                                     " (regimen.max_courses)");
  }
  if (course.regimen.empty()) return field_error("regimen", "must not be empty");
  MYOIVIG_TRY(check_in_range("dosing_weight_kg", course.dosing_weight_kg, k_min_dosing_weight_kg,
                             k_max_dosing_weight_kg, "plausible dosing weight"));
  if (!(course.dose_g_per_kg_per_day > 0) || course.dose_g_per_kg_per_day > 2.0) {
    return field_error("dose_g_per_kg_per_day", format_number(course.dose_g_per_kg_per_day) +
                                                    " must be above 0 and at most 2 g/kg/day");
  }
  if (course.blinded && !protocol.design.blinded) {
    return field_error("blinded",
                       "true needs a blinded randomised protocol ([design] blinded = "
                       "true); protocol " +
                           protocol.id + " gives open-label IVIG only");
  }
  return {};
}

util::Expected<void> validate_record(const Administration& administration,
                                     const Protocol& protocol) {
  MYOIVIG_TRY(check_patient_id(administration.patient_id));
  if (administration.day < 1 || administration.day > protocol.regimen.days) {
    return field_error("day", std::to_string(administration.day) + " must be from 1 to " +
                                  std::to_string(protocol.regimen.days) + " (regimen.days)");
  }
  if (!(administration.dose_g > 0) || administration.dose_g > k_max_daily_dose_g) {
    return field_error("dose_g", format_number(administration.dose_g) +
                                     " must be above 0 and at most 200 g per day");
  }
  if (administration.volume_ml && !(*administration.volume_ml > 0)) {
    return field_error("volume_ml", format_number(*administration.volume_ml) + " must be above 0");
  }
  if (administration.start_time && administration.end_time &&
      *administration.end_time <= *administration.start_time) {
    return field_error("end_time", administration.end_time->hh_mm() + " is not after start_time " +
                                       administration.start_time->hh_mm());
  }
  return {};
}

util::Expected<void> validate_record(const Visit& visit, const Protocol& protocol) {
  MYOIVIG_TRY(check_patient_id(visit.patient_id));
  if (!protocol.visit(visit.week)) {
    return field_error("week",
                       std::to_string(visit.week) + " is not a visit of the protocol's schedule");
  }
  return {};
}

util::Expected<void> validate_record(const Assessment& assessment, const Protocol& protocol) {
  MYOIVIG_TRY(check_patient_id(assessment.patient_id));
  MYOIVIG_TRY(check_measure("mmt", as_double(assessment.mmt_score), Measure::mmt, protocol));
  MYOIVIG_TRY(check_measure("adl", as_double(assessment.adl_score), Measure::adl, protocol));
  MYOIVIG_TRY(
      check_measure("ck_iu_per_l", as_double(assessment.ck_iu_per_l), Measure::ck, protocol));
  if (assessment.ck_uln_iu_per_l && *assessment.ck_uln_iu_per_l <= 0) {
    return field_error("ck_uln_iu_per_l",
                       std::to_string(*assessment.ck_uln_iu_per_l) + " must be above 0");
  }
  MYOIVIG_TRY(check_measure("fatigue_vas_cm", value_of(assessment, Measure::vas_fatigue),
                            Measure::vas_fatigue, protocol));
  MYOIVIG_TRY(check_measure("pain_vas_cm", value_of(assessment, Measure::vas_pain),
                            Measure::vas_pain, protocol));
  MYOIVIG_TRY(check_measure("weight_kg", assessment.weight_kg, Measure::weight, protocol));
  MYOIVIG_TRY(check_measure("mmt8", as_double(assessment.mmt8_score), Measure::mmt8, protocol));
  MYOIVIG_TRY(check_measure("physician_activity_vas_cm",
                            value_of(assessment, Measure::physician_activity),
                            Measure::physician_activity, protocol));
  MYOIVIG_TRY(check_measure("patient_activity_vas_cm",
                            value_of(assessment, Measure::patient_activity),
                            Measure::patient_activity, protocol));
  MYOIVIG_TRY(check_measure("extramuscular_vas_cm",
                            value_of(assessment, Measure::extramuscular_activity),
                            Measure::extramuscular_activity, protocol));
  MYOIVIG_TRY(check_measure("haq_di", value_of(assessment, Measure::haq), Measure::haq, protocol));
  if (assessment.physician_global && assessment.week <= protocol.analysis.baseline_week) {
    return field_error("physician_global", "is a change since baseline and must be empty at week " +
                                               std::to_string(assessment.week));
  }
  return {};
}

util::Expected<void> validate_record(const MuscleGrade& grade) {
  MYOIVIG_TRY(check_patient_id(grade.patient_id));
  if (grade.muscle_group.empty()) return field_error("muscle_group", "must not be empty");
  const bool tested = grade.status == GradeStatus::tested;
  if (tested && !grade.grade) return field_error("grade", "is required when status is tested");
  if (!tested && grade.grade) {
    return field_error("grade", "must be empty when status is " + std::string(code(grade.status)));
  }
  if (grade.grade && *grade.grade < 0) {
    return field_error("grade", std::to_string(*grade.grade) + " must be 0 or more");
  }
  return {};
}

util::Expected<void> validate_record(const AdverseEvent& event) {
  MYOIVIG_TRY(check_patient_id(event.patient_id));
  if (event.term.empty()) return field_error("term", "must not be empty");
  if (event.course_number < 1) {
    return field_error("course", std::to_string(event.course_number) + " must be 1 or more");
  }
  if (event.end_date && *event.end_date < event.onset_date) {
    return field_error("end_date",
                       event.end_date->iso() + " is before onset_date " + event.onset_date.iso());
  }
  return {};
}

}  // namespace myoivig::domain
