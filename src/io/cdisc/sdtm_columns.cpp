#include "io/cdisc/sdtm_columns.hpp"

namespace myoivig::io::cdisc {

std::vector<ColumnSpec> identifier_columns() {
  return {
      {"STUDYID", "Study Identifier", k_char, Origin::protocol,
       "The data set's study id (bundle manifest), else the protocol id"},
      {"DOMAIN", "Domain Abbreviation", k_char, Origin::assigned},
      {"USUBJID", "Unique Subject Identifier", k_char, Origin::derived, "STUDYID-SITEID-SUBJID"},
  };
}

ColumnSpec sequence_column(std::string_view prefix) {
  return {std::string(prefix) + "SEQ", "Sequence Number", k_num, Origin::derived,
          "1, 2, ... within USUBJID in the order of the records"};
}

std::vector<ColumnSpec> visit_columns() {
  return {
      {"VISITNUM", "Visit Number", k_num, Origin::protocol,
       "Position of the visit in the protocol's schedule (week order)"},
      {"VISIT", "Visit Name", k_char, Origin::protocol,
       "SCREENING, BASELINE or WEEK n (the protocol's week, from day 1)"},
      {"VISITDY", "Planned Study Day of Visit", k_num, Origin::protocol,
       "Week x 7 + 1 (before day 1: week x 7)"},
  };
}

ColumnSpec date_column(std::string name, std::string label) {
  return {std::move(name), std::move(label), k_char, Origin::collected, "ISO 8601"};
}

ColumnSpec day_column(std::string name, std::string label) {
  return {std::move(name), std::move(label), k_num, Origin::derived,
          "Days from RFSTDTC (day 1); the day before is -1, there is no day 0"};
}

void add_identifiers(xpt::Row& row, const StudyContext& context, std::string_view domain,
                     const SubjectInfo& subject) {
  row.push_back(xpt::text(context.study_id()));
  row.push_back(xpt::text(std::string(domain)));
  row.push_back(xpt::text(subject.usubjid));
}

void add_visit(xpt::Row& row, const std::optional<VisitInfo>& visit) {
  if (!visit) {
    row.push_back(xpt::missing());
    row.push_back(xpt::text(""));
    row.push_back(xpt::missing());
    return;
  }
  row.push_back(xpt::number(visit->number));
  row.push_back(xpt::text(visit->name));
  row.push_back(xpt::number(visit->planned_day));
}

xpt::Cell day_cell(const StudyContext& context, std::string_view patient_id, util::Date date) {
  return integer(context.day(patient_id, date));
}

xpt::Cell day_cell(const StudyContext& context, std::string_view patient_id,
                   const std::optional<util::Date>& date) {
  if (!date) return xpt::missing();
  return day_cell(context, patient_id, *date);
}

}  // namespace myoivig::io::cdisc
