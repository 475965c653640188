// Record fields: the one table of every study record's fields, in the order of the store's
// columns and the bundle's CSV columns. store/sqlite derives its tables, bulk reads and
// inserts, edits and audit text from it; io/ its bundle files and the REDCap record text;
// the tests their field-by-field comparisons. A new field is added here, with its struct
// member and its migration, and nowhere else (record_fields.cpp checks that every member
// of each record is listed).
// Names: `name` is the store's column and the audit trail's field; the bundle's column is
// the same unless in_bundle_as says otherwise (VAS: mm stored, cm in bundles).
// Thread-safety: constant tables.
#pragma once

#include <string_view>
#include <tuple>
#include <type_traits>

#include "domain/record_field.hpp"
#include "domain/study_data.hpp"

namespace myoivig::domain {

template <typename E>
requires std::is_enum_v<E>
struct EnumCodes {
  static std::string_view text(E value) { return code(value); }
};
template <>
struct Codes<Sex> : EnumCodes<Sex> {
  static constexpr auto parse = parse_sex;
};
template <>
struct Codes<Diagnosis> : EnumCodes<Diagnosis> {
  static constexpr auto parse = parse_diagnosis;
};
template <>
struct Codes<WeightPolicy> : EnumCodes<WeightPolicy> {
  static constexpr auto parse = parse_weight_policy;
};
template <>
struct Codes<PhysicianGlobal> : EnumCodes<PhysicianGlobal> {
  static constexpr auto parse = parse_physician_global;
};
template <>
struct Codes<Side> : EnumCodes<Side> {
  static constexpr auto parse = parse_side;
};
template <>
struct Codes<GradeStatus> : EnumCodes<GradeStatus> {
  static constexpr auto parse = parse_grade_status;
};
template <>
struct Codes<Severity> : EnumCodes<Severity> {
  static constexpr auto parse = parse_severity;
};
template <>
struct Codes<Relatedness> : EnumCodes<Relatedness> {
  static constexpr auto parse = parse_relatedness;
};
template <>
struct Codes<AdverseEventOutcome> : EnumCodes<AdverseEventOutcome> {
  static constexpr auto parse = parse_adverse_event_outcome;
};
template <>
struct Codes<Rational> {
  static std::string text(const Rational& value) { return value.to_string(); }
  static constexpr auto parse = Rational::parse;
};

// RecordFields<R>: `entity` (the store's table, the bundle's file stem, the audit trail's
// entity), `records` (R's list in StudyData) and `list` (its fields, in column order).
template <typename Record>
struct RecordFields;

constexpr FieldTraits k_blank_allowed{.blank_allowed = true};
constexpr FieldTraits k_vas{.unit = FieldUnit::vas_millimetres};

template <>
struct RecordFields<Patient> {
  using R = Patient;
  static constexpr std::string_view entity = "patients";
  static constexpr auto records = &StudyData::patients;
  static constexpr auto list =
      std::tuple{key_field("patient_id", &R::id),
                 field("site", &R::site),
                 field("sex", &R::sex),
                 field("birth_year", &R::birth_year),
                 field("diagnosis", &R::diagnosis),
                 field("biopsy_proven", &R::biopsy_proven),
                 field("biopsy_date", &R::biopsy_date),
                 field("height_cm", &R::height_cm),
                 field("enrolment_date", &R::enrolment_date),
                 field("withdrawal_date", &R::withdrawal_date),
                 field("withdrawal_reason", &R::withdrawal_reason, k_blank_allowed)};
};

template <>
struct RecordFields<Allocation> {
  using R = Allocation;
  static constexpr std::string_view entity = "allocations";
  static constexpr auto records = &StudyData::allocations;
  static constexpr auto list = std::tuple{
      key_field("patient_id", &R::patient_id), field("arm", &R::arm), field("stratum", &R::stratum),
      field("sequence", &R::sequence), field("randomised_on", &R::randomised_on)};
};

template <>
struct RecordFields<Condition> {
  using R = Condition;
  static constexpr std::string_view entity = "conditions";
  static constexpr auto records = &StudyData::conditions;
  static constexpr auto list = std::tuple{key_field("patient_id", &R::patient_id),
                                          key_field("code", &R::code).in_bundle_as("condition"),
                                          field("present", &R::present), field("date", &R::date),
                                          field("note", &R::note, k_blank_allowed)};
};

template <>
struct RecordFields<SteroidDose> {
  using R = SteroidDose;
  static constexpr std::string_view entity = "steroid_doses";
  static constexpr auto records = &StudyData::steroid_doses;
  static constexpr auto list =
      std::tuple{key_field("patient_id", &R::patient_id),
                 field("prednisolone_mg_per_day", &R::prednisolone_mg_per_day),
                 field("from_date", &R::from), field("to_date", &R::to)};
};

template <>
struct RecordFields<Course> {
  using R = Course;
  static constexpr std::string_view entity = "courses";
  static constexpr auto records = &StudyData::courses;
  static constexpr auto list =
      std::tuple{key_field("patient_id", &R::patient_id),
                 key_field("course", &R::number),
                 field("regimen", &R::regimen),
                 field("product", &R::product, k_blank_allowed),
                 field("start_date", &R::start_date),
                 field("dosing_weight_kg", &R::dosing_weight_kg),
                 field("weight_policy", &R::weight_policy),
                 field("dose_g_per_kg_per_day", &R::dose_g_per_kg_per_day),
                 field("blinded", &R::blinded,
                       {.blank_allowed = true, .created_text = CreatedText::when_true})};
};

template <>
struct RecordFields<Administration> {
  using R = Administration;
  static constexpr std::string_view entity = "administrations";
  static constexpr auto records = &StudyData::administrations;
  static constexpr auto list = std::tuple{key_field("patient_id", &R::patient_id),
                                          key_field("course", &R::course_number),
                                          key_field("day", &R::day),
                                          field("date", &R::date),
                                          field("dose_g", &R::dose_g),
                                          field("volume_ml", &R::volume_ml),
                                          field("start_time", &R::start_time),
                                          field("end_time", &R::end_time)};
};

template <>
struct RecordFields<Visit> {
  using R = Visit;
  static constexpr std::string_view entity = "visits";
  static constexpr auto records = &StudyData::visits;
  static constexpr auto list = std::tuple{key_field("patient_id", &R::patient_id),
                                          key_field("week", &R::week), field("date", &R::date)};
};

template <>
struct RecordFields<Assessment> {
  using R = Assessment;
  static constexpr std::string_view entity = "assessments";
  static constexpr auto records = &StudyData::assessments;
  static constexpr auto list =
      std::tuple{key_field("patient_id", &R::patient_id),
                 key_field("week", &R::week),
                 field("mmt", &R::mmt_score),
                 field("adl", &R::adl_score),
                 field("ck_iu_per_l", &R::ck_iu_per_l),
                 field("ck_uln_iu_per_l", &R::ck_uln_iu_per_l),
                 field("fatigue_vas_mm", &R::fatigue_vas_mm, k_vas).in_bundle_as("fatigue_vas_cm"),
                 field("pain_vas_mm", &R::pain_vas_mm, k_vas).in_bundle_as("pain_vas_cm"),
                 field("physician_global", &R::physician_global),
                 field("weight_kg", &R::weight_kg),
                 field("physician_activity_vas_mm", &R::physician_activity_vas_mm, k_vas)
                     .in_bundle_as("physician_activity_vas_cm"),
                 field("patient_activity_vas_mm", &R::patient_activity_vas_mm, k_vas)
                     .in_bundle_as("patient_activity_vas_cm"),
                 field("extramuscular_vas_mm", &R::extramuscular_vas_mm, k_vas)
                     .in_bundle_as("extramuscular_vas_cm"),
                 field("mmt8_score", &R::mmt8_score).in_bundle_as("mmt8"),
                 field("haq_di", &R::haq_di)};
};

template <>
struct RecordFields<MuscleGrade> {
  using R = MuscleGrade;
  static constexpr std::string_view entity = "muscle_grades";
  static constexpr auto records = &StudyData::muscle_grades;
  static constexpr auto list = std::tuple{key_field("patient_id", &R::patient_id),
                                          key_field("week", &R::week),
                                          key_field("muscle_group", &R::muscle_group),
                                          key_field("side", &R::side),
                                          field("status", &R::status),
                                          field("grade", &R::grade)};
};

template <>
struct RecordFields<AdverseEvent> {
  using R = AdverseEvent;
  static constexpr std::string_view entity = "adverse_events";
  static constexpr auto records = &StudyData::adverse_events;
  static constexpr auto list =
      std::tuple{key_field("patient_id", &R::patient_id),
                 field("course", &R::course_number, {.created_text = CreatedText::omitted}),
                 field("term", &R::term),
                 field("onset_date", &R::onset_date),
                 field("end_date", &R::end_date),
                 field("serious", &R::serious),
                 field("severity", &R::severity),
                 field("relatedness", &R::relatedness),
                 field("outcome", &R::outcome)};
};

// Every record type, in the order of StudyData's lists, the store's Entity and the bundle.
using RecordTypes = std::tuple<Patient, Allocation, Condition, SteroidDose, Course, Administration,
                               Visit, Assessment, MuscleGrade, AdverseEvent>;

template <typename Record>
inline constexpr std::size_t field_count =
    std::tuple_size_v<std::remove_const_t<decltype(RecordFields<Record>::list)>>;

// Calls visit(field) for each field of Record, in column order.
template <typename Record, typename Visit>
constexpr void for_each_field(Visit&& visit) {
  std::apply([&](const auto&... fields) { (visit(fields), ...); }, RecordFields<Record>::list);
}

// Calls visit(field) for each field in column order while it returns true; false when a
// call returned false.
template <typename Record, typename Visit>
constexpr bool all_fields(Visit&& visit) {
  return std::apply([&](const auto&... fields) { return (visit(fields) && ...); },
                    RecordFields<Record>::list);
}

// Calls visit(std::type_identity<R>{}) for each record type R, in RecordTypes order.
template <typename Visit>
constexpr void for_each_record_type(Visit&& visit) {
  [&]<typename... R>(std::type_identity<std::tuple<R...>>) {
    (visit(std::type_identity<R>{}), ...);
  }(std::type_identity<RecordTypes>{});
}

// The list of Record in `data`.
template <typename Record, typename Data>
requires std::is_same_v<std::remove_const_t<Data>, StudyData>
auto& records_of(Data& data) {
  return data.*RecordFields<Record>::records;
}

}  // namespace myoivig::domain
