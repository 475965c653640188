// The identifier and timing variables every SDTM domain shares (STUDYID, DOMAIN, USUBJID,
// --SEQ, VISITNUM, VISIT, VISITDY, --DTC, --DY), as column specifications and cells, so that
// each domain builder lists only what is its own. Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/cdisc/cdisc_dataset.hpp"
#include "io/cdisc/study_context.hpp"

namespace myoivig::io::cdisc {

constexpr xpt::VariableType k_num = xpt::VariableType::numeric;
constexpr xpt::VariableType k_char = xpt::VariableType::character;

// STUDYID, DOMAIN, USUBJID.
std::vector<ColumnSpec> identifier_columns();
// --SEQ: "Sequence Number".
ColumnSpec sequence_column(std::string_view prefix);
// VISITNUM, VISIT, VISITDY.
std::vector<ColumnSpec> visit_columns();
// --DTC and --DY for the prefix and label words ("Date/Time of Finding").
ColumnSpec date_column(std::string name, std::string label);
ColumnSpec day_column(std::string name, std::string label);

// Appends STUDYID, DOMAIN and USUBJID cells.
void add_identifiers(xpt::Row& row, const StudyContext& context, std::string_view domain,
                     const SubjectInfo& subject);
// Appends VISITNUM, VISIT, VISITDY cells (missing/blank without a visit).
void add_visit(xpt::Row& row, const std::optional<VisitInfo>& visit);

// A study-day cell for the patient's date.
xpt::Cell day_cell(const StudyContext& context, std::string_view patient_id, util::Date date);
xpt::Cell day_cell(const StudyContext& context, std::string_view patient_id,
                   const std::optional<util::Date>& date);

}  // namespace myoivig::io::cdisc
