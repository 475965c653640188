// ADAE: one record per adverse event, with analysis dates and flags.
#include <set>
#include <utility>

#include "io/cdisc/adam_datasets.hpp"
#include "io/cdisc/sdtm_columns.hpp"
#include "io/cdisc/sdtm_domains.hpp"
#include "util/strings.hpp"

namespace myoivig::io::cdisc {
namespace {

ColumnSpec date_variable(std::string name, std::string label, std::string comment) {
  return {std::move(name), std::move(label), k_num, Origin::derived, std::move(comment), false, "",
          "DATE9."};
}

std::vector<ColumnSpec> adae_columns(const std::string& special_interest) {
  std::vector<ColumnSpec> columns = adam_subject_columns(true);
  const std::vector<ColumnSpec> own = {
      date_variable("TRTSDT", "Date of First Exposure to Treatment", "ADSL.TRTSDT"),
      date_variable("TRTEDT", "Date of Last Exposure to Treatment", "ADSL.TRTEDT"),
      {"AESEQ", "Sequence Number", k_num, Origin::derived, "AE.AESEQ"},
      {"ACOURSE", "Analysis Course Number", k_num, Origin::derived,
       "The IVIG course the event follows (AE.AELNKGRP)"},
      {"AETERM", "Reported Term for the Adverse Event", k_char, Origin::collected, "AE.AETERM"},
      {"AEDECOD", "Dictionary-Derived Term", k_char, Origin::derived,
       "AE.AEDECOD (not MedDRA-coded: the verbatim term in upper case)"},
      date_variable("ASTDT", "Analysis Start Date", "AE.AESTDTC"),
      date_variable("AENDT", "Analysis End Date", "AE.AEENDTC"),
      {"ASTDY", "Analysis Start Relative Day", k_num, Origin::derived, "AE.AESTDY"},
      {"AENDY", "Analysis End Relative Day", k_num, Origin::derived, "AE.AEENDY"},
      {"ADURN", "Analysis Duration (N)", k_num, Origin::derived, "AENDT - ASTDT + 1"},
      {"ADURU", "Analysis Duration Units", k_char, Origin::assigned, "", true},
      {"AESEV", "Severity/Intensity", k_char, Origin::collected, "AE.AESEV", true},
      {"AESER", "Serious Event", k_char, Origin::collected, "AE.AESER", true},
      {"AEREL", "Causality", k_char, Origin::collected, "AE.AEREL", true},
      {"AEOUT", "Outcome of Adverse Event", k_char, Origin::collected, "AE.AEOUT", true},
      {"TRTEMFL", "Treatment Emergent Analysis Flag", k_char, Origin::derived,
       "Y when the event starts on or after the first infusion", true},
      {"AESIFL", "Adverse Event of Special Interest Flag", k_char, Origin::derived,
       special_interest.empty()
           ? std::string("The protocol names no adverse events of special interest")
           : "Y when the verbatim term is one of the protocol's " + special_interest +
                 " (ignoring case)",
       true},
  };
  columns.insert(columns.end(), own.begin(), own.end());
  return columns;
}

}  // namespace

CdiscDataset build_adae(const AdamInputs& inputs) {
  const StudyContext& context = *inputs.context;
  const auto& special = context.protocol().analysis.special_interest;
  std::set<std::string> special_terms;
  if (special) {
    for (const std::string& term : special->terms) special_terms.insert(util::to_lower(term));
  }
  CdiscDataset adae = make_dataset(
      Standard::adam, "ADAE", "Adverse Events Analysis Dataset", "OCCURRENCE DATA STRUCTURE",
      "One record per subject per adverse event", {"STUDYID", "USUBJID", "AESEQ"},
      adae_columns(special ? special->label : std::string()));
  const auto events = by_patient(context.data().adverse_events);
  for (const SubjectInfo& subject : context.subjects()) {
    const auto found = events.find(subject.patient->id);
    if (found == events.end()) continue;
    int sequence = 0;
    for (const domain::AdverseEvent* event : found->second) {
      std::optional<int> duration;
      if (event->end_date) duration = event->end_date->days_since(event->onset_date) + 1;
      const bool emergent = subject.first_infusion && event->onset_date >= *subject.first_infusion;
      xpt::Row row;
      add_subject_cells(row, inputs, subject, true);
      row.push_back(sas_date(subject.first_infusion));
      row.push_back(sas_date(subject.last_infusion));
      row.push_back(xpt::number(++sequence));
      row.push_back(xpt::number(event->course_number));
      row.push_back(xpt::text(event->term));
      row.push_back(xpt::text(upper(event->term)));
      row.push_back(sas_date(event->onset_date));
      row.push_back(sas_date(event->end_date));
      row.push_back(day_cell(context, subject.patient->id, event->onset_date));
      row.push_back(day_cell(context, subject.patient->id, event->end_date));
      row.push_back(integer(duration));
      row.push_back(xpt::text(duration ? "DAYS" : ""));
      row.push_back(xpt::text(std::string(sdtm_severity(event->severity))));
      row.push_back(yes_no(event->serious));
      row.push_back(xpt::text(std::string(sdtm_relatedness(event->relatedness))));
      row.push_back(xpt::text(std::string(sdtm_outcome(event->outcome))));
      row.push_back(yes_or_blank(emergent));
      row.push_back(yes_or_blank(special_terms.contains(util::to_lower(event->term))));
      adae.data.rows.push_back(std::move(row));
    }
  }
  finish(adae);
  return adae;
}

}  // namespace myoivig::io::cdisc
