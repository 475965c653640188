// AE: one record per adverse event, linked to the course it follows.
#include <utility>

#include "io/cdisc/sdtm_columns.hpp"
#include "io/cdisc/sdtm_domains.hpp"

namespace myoivig::io::cdisc {
namespace {

std::vector<ColumnSpec> ae_columns() {
  std::vector<ColumnSpec> columns = identifier_columns();
  columns.push_back(sequence_column("AE"));
  const std::vector<ColumnSpec> own = {
      {"AELNKGRP", "Link Group ID", k_char, Origin::derived,
       "COURSE n: the treatment course the event follows (EXLNKGRP)"},
      {"AETERM", "Reported Term for the Adverse Event", k_char, Origin::collected},
      {"AEDECOD", "Dictionary-Derived Term", k_char, Origin::derived,
       "Not coded: myoivig has no MedDRA dictionary, so this is the verbatim term in upper "
       "case; code it before submission"},
      {"AESEV", "Severity/Intensity", k_char, Origin::collected, "", true},
      {"AESER", "Serious Event", k_char, Origin::collected, "", true},
      {"AEREL", "Causality", k_char, Origin::collected, "", true},
      {"AEOUT", "Outcome of Adverse Event", k_char, Origin::collected, "", true},
      date_column("AESTDTC", "Start Date/Time of Adverse Event"),
      date_column("AEENDTC", "End Date/Time of Adverse Event"),
      day_column("AESTDY", "Study Day of Start of Adverse Event"),
      day_column("AEENDY", "Study Day of End of Adverse Event"),
  };
  columns.insert(columns.end(), own.begin(), own.end());
  return columns;
}

}  // namespace

std::string_view sdtm_severity(domain::Severity severity) {
  switch (severity) {
    case domain::Severity::mild:
      return "MILD";
    case domain::Severity::moderate:
      return "MODERATE";
    case domain::Severity::severe:
      return "SEVERE";
  }
  return "";
}

std::string_view sdtm_relatedness(domain::Relatedness relatedness) {
  switch (relatedness) {
    case domain::Relatedness::not_related:
      return "NOT RELATED";
    case domain::Relatedness::unlikely:
      return "UNLIKELY RELATED";
    case domain::Relatedness::possible:
      return "POSSIBLY RELATED";
    case domain::Relatedness::probable:
      return "PROBABLY RELATED";
    case domain::Relatedness::definite:
      return "RELATED";
  }
  return "";
}

std::string_view sdtm_outcome(domain::AdverseEventOutcome outcome) {
  switch (outcome) {
    case domain::AdverseEventOutcome::recovered:
      return "RECOVERED/RESOLVED";
    case domain::AdverseEventOutcome::recovering:
      return "RECOVERING/RESOLVING";
    case domain::AdverseEventOutcome::not_recovered:
      return "NOT RECOVERED/NOT RESOLVED";
    case domain::AdverseEventOutcome::sequelae:
      return "RECOVERED/RESOLVED WITH SEQUELAE";
    case domain::AdverseEventOutcome::fatal:
      return "FATAL";
    case domain::AdverseEventOutcome::unknown:
      return "UNKNOWN";
  }
  return "";
}

CdiscDataset build_ae(const StudyContext& context) {
  CdiscDataset ae = make_dataset(Standard::sdtm, "AE", "Adverse Events", "EVENTS",
                                 "One record per adverse event per subject",
                                 {"STUDYID", "USUBJID", "AEDECOD", "AESTDTC"}, ae_columns());
  const auto events = by_patient(context.data().adverse_events);
  for (const SubjectInfo& subject : context.subjects()) {
    const auto found = events.find(subject.patient->id);
    if (found == events.end()) continue;
    int sequence = 0;
    for (const domain::AdverseEvent* event : found->second) {
      xpt::Row row;
      add_identifiers(row, context, "AE", subject);
      row.push_back(xpt::number(++sequence));
      row.push_back(xpt::text("COURSE " + std::to_string(event->course_number)));
      row.push_back(xpt::text(event->term));
      row.push_back(xpt::text(upper(event->term)));
      row.push_back(xpt::text(std::string(sdtm_severity(event->severity))));
      row.push_back(yes_no(event->serious));
      row.push_back(xpt::text(std::string(sdtm_relatedness(event->relatedness))));
      row.push_back(xpt::text(std::string(sdtm_outcome(event->outcome))));
      row.push_back(iso_date(event->onset_date));
      row.push_back(iso_date(event->end_date));
      row.push_back(day_cell(context, subject.patient->id, event->onset_date));
      row.push_back(day_cell(context, subject.patient->id, event->end_date));
      ae.data.rows.push_back(std::move(row));
    }
  }
  finish(ae);
  return ae;
}

}  // namespace myoivig::io::cdisc
