// Row parsers of the bundle format: a CSV row into a domain record (types only; rules come
// later), and the columns each file may have, both derived from the record field lists
// (domain/record_fields.hpp, io/bundle_fields.hpp).
// Thread-safety: pure functions.
#pragma once

#include <string_view>
#include <vector>

#include "domain/study_data.hpp"
#include "io/bundle_fields.hpp"
#include "io/csv_record.hpp"
#include "util/expected.hpp"

namespace myoivig::io {

struct BundleColumn {
  std::string_view name;
  bool required;
};

// The columns of `file_stem` ("manifest", "patients", "visits", ...), in the order the
// writer writes them; empty for an unknown file.
const std::vector<BundleColumn>& bundle_columns(std::string_view file_stem);

// parse_bundle_row<Record> by name, for the REDCap import's record builder.
util::Expected<domain::Patient> parse_patient_row(const CsvRecord& row);
util::Expected<domain::Allocation> parse_allocation_row(const CsvRecord& row);
util::Expected<domain::Condition> parse_condition_row(const CsvRecord& row);
util::Expected<domain::SteroidDose> parse_steroid_dose_row(const CsvRecord& row);
util::Expected<domain::Course> parse_course_row(const CsvRecord& row);
util::Expected<domain::Administration> parse_administration_row(const CsvRecord& row);
util::Expected<domain::Visit> parse_visit_row(const CsvRecord& row);
util::Expected<domain::Assessment> parse_assessment_row(const CsvRecord& row);
util::Expected<domain::MuscleGrade> parse_muscle_grade_row(const CsvRecord& row);
util::Expected<domain::AdverseEvent> parse_adverse_event_row(const CsvRecord& row);

}  // namespace myoivig::io
