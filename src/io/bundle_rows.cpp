#include "io/bundle_rows.hpp"

#include <map>

namespace myoivig::io {
namespace {

using Columns = std::map<std::string_view, std::vector<BundleColumn>>;

Columns all_columns() {
  Columns columns{{"manifest", {{"key", true}, {"value", true}}}};
  domain::for_each_record_type([&]<typename Record>(std::type_identity<Record>) {
    std::vector<BundleColumn>& file = columns[domain::RecordFields<Record>::entity];
    domain::for_each_field<Record>([&](const auto& field) {
      file.push_back({field.bundle_name, field.required()});
    });
  });
  return columns;
}

}  // namespace

const std::vector<BundleColumn>& bundle_columns(std::string_view file_stem) {
  static const Columns k_columns = all_columns();
  static const std::vector<BundleColumn> k_none;
  const auto found = k_columns.find(file_stem);
  return found == k_columns.end() ? k_none : found->second;
}

util::Expected<domain::Patient> parse_patient_row(const CsvRecord& row) {
  return parse_bundle_row<domain::Patient>(row);
}
util::Expected<domain::Allocation> parse_allocation_row(const CsvRecord& row) {
  return parse_bundle_row<domain::Allocation>(row);
}
util::Expected<domain::Condition> parse_condition_row(const CsvRecord& row) {
  return parse_bundle_row<domain::Condition>(row);
}
util::Expected<domain::SteroidDose> parse_steroid_dose_row(const CsvRecord& row) {
  return parse_bundle_row<domain::SteroidDose>(row);
}
util::Expected<domain::Course> parse_course_row(const CsvRecord& row) {
  return parse_bundle_row<domain::Course>(row);
}
util::Expected<domain::Administration> parse_administration_row(const CsvRecord& row) {
  return parse_bundle_row<domain::Administration>(row);
}
util::Expected<domain::Visit> parse_visit_row(const CsvRecord& row) {
  return parse_bundle_row<domain::Visit>(row);
}
util::Expected<domain::Assessment> parse_assessment_row(const CsvRecord& row) {
  return parse_bundle_row<domain::Assessment>(row);
}
util::Expected<domain::MuscleGrade> parse_muscle_grade_row(const CsvRecord& row) {
  return parse_bundle_row<domain::MuscleGrade>(row);
}
util::Expected<domain::AdverseEvent> parse_adverse_event_row(const CsvRecord& row) {
  return parse_bundle_row<domain::AdverseEvent>(row);
}

}  // namespace myoivig::io
