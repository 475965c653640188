// EX (one record per infusion) and CM (one record per prednisolone dose period).
#include <map>
#include <utility>

#include "io/cdisc/sdtm_columns.hpp"
#include "io/cdisc/sdtm_domains.hpp"

namespace myoivig::io::cdisc {
namespace {

std::vector<ColumnSpec> ex_columns() {
  std::vector<ColumnSpec> columns = identifier_columns();
  columns.push_back(sequence_column("EX"));
  const std::vector<ColumnSpec> own = {
      {"EXLNKGRP", "Link Group ID", k_char, Origin::derived,
       "COURSE n: the treatment course of the infusion; AELNKGRP names the same course"},
      {"EXTRT", "Name of Treatment", k_char, Origin::collected,
       "The course's product, e.g. PEG-IgG 5%; PLACEBO for the masked study drug of a placebo "
       "arm",
       true},
      {"EXDOSE", "Dose", k_num, Origin::collected, "IgG given that day, g (0 for placebo)"},
      {"EXDOSU", "Dose Units", k_char, Origin::assigned, "", true},
      {"EXDOSFRM", "Dose Form", k_char, Origin::assigned, "", true},
      {"EXDOSFRQ", "Dosing Frequency per Interval", k_char, Origin::assigned,
       "QD: one infusion a day on successive days", true},
      {"EXROUTE", "Route of Administration", k_char, Origin::assigned, "", true},
      {"EXVAMT", "Treatment Vehicle Amount", k_num, Origin::collected, "Volume infused"},
      {"EXVAMTU", "Treatment Vehicle Amount Units", k_char, Origin::assigned, "", true},
  };
  columns.insert(columns.end(), own.begin(), own.end());
  for (ColumnSpec& column : visit_columns()) {
    column.comment += "; the visit on the infusion date, blank when none";
    columns.push_back(std::move(column));
  }
  columns.push_back(date_column("EXSTDTC", "Start Date/Time of Treatment"));
  columns.push_back(date_column("EXENDTC", "End Date/Time of Treatment"));
  columns.push_back(day_column("EXSTDY", "Study Day of Start of Treatment"));
  columns.push_back(day_column("EXENDY", "Study Day of End of Treatment"));
  return columns;
}

std::vector<ColumnSpec> cm_columns() {
  std::vector<ColumnSpec> columns = identifier_columns();
  columns.push_back(sequence_column("CM"));
  const std::vector<ColumnSpec> own = {
      {"CMTRT", "Reported Name of Drug, Med, or Therapy", k_char, Origin::assigned,
       "Prednisolone (or the equivalent dose of another glucocorticoid)"},
      {"CMDECOD", "Standardized Medication Name", k_char, Origin::assigned, "", true},
      {"CMCAT", "Category for Medication", k_char, Origin::assigned, "", true},
      {"CMDOSE", "Dose per Administration", k_num, Origin::collected, "mg per day"},
      {"CMDOSU", "Dose Units", k_char, Origin::assigned, "", true},
      {"CMDOSFRQ", "Dosing Frequency per Interval", k_char, Origin::assigned, "", true},
      {"CMROUTE", "Route of Administration", k_char, Origin::assigned, "", true},
      date_column("CMSTDTC", "Start Date/Time of Medication"),
      {"CMENDTC", "End Date/Time of Medication", k_char, Origin::collected,
       "ISO 8601; blank while the dose period is ongoing"},
      day_column("CMSTDY", "Study Day of Start of Medication"),
      day_column("CMENDY", "Study Day of End of Medication"),
      {"CMENRTPT", "End Relative to Reference Time Point", k_char, Origin::derived,
       "ONGOING when the dose period has no end date", true},
      {"CMENTPT", "End Reference Time Point", k_char, Origin::derived,
       "The subject's last contact date (RFPENDTC) for an ongoing period"},
  };
  columns.insert(columns.end(), own.begin(), own.end());
  return columns;
}

}  // namespace

CdiscDataset build_ex(const StudyContext& context) {
  CdiscDataset ex = make_dataset(Standard::sdtm, "EX", "Exposure", "INTERVENTIONS",
                                 "One record per infusion per subject",
                                 {"STUDYID", "USUBJID", "EXTRT", "EXSTDTC"}, ex_columns());
  const auto infusions = by_patient(context.data().administrations);
  for (const SubjectInfo& subject : context.subjects()) {
    const auto found = infusions.find(subject.patient->id);
    if (found == infusions.end()) continue;
    std::map<int, const domain::Course*> courses;
    for (const domain::Course* course : context.index().records(subject.patient->id).courses) {
      courses.emplace(course->number, course);
    }
    const domain::Arm* arm =
        subject.allocation ? context.protocol().design.arm(subject.allocation->arm) : nullptr;
    int sequence = 0;
    for (const domain::Administration* given : found->second) {
      const auto course = courses.find(given->course_number);
      const bool placebo =
          course != courses.end() && arm && domain::gives_placebo(*course->second, *arm);
      const std::string product = placebo                   ? std::string("PLACEBO")
                                  : course != courses.end() ? course->second->product
                                                            : context.protocol().regimen.product;
      xpt::Row row;
      add_identifiers(row, context, "EX", subject);
      row.push_back(xpt::number(++sequence));
      row.push_back(xpt::text("COURSE " + std::to_string(given->course_number)));
      row.push_back(xpt::text(product));
      row.push_back(xpt::number(placebo ? 0.0 : given->dose_g));
      row.insert(row.end(), {xpt::text("g"), xpt::text("SOLUTION"), xpt::text("QD"),
                             xpt::text("INTRAVENOUS")});
      row.push_back(xpt::number_or_missing(given->volume_ml));
      row.push_back(xpt::text(given->volume_ml ? "mL" : ""));
      add_visit(row, context.visit_on(subject.patient->id, given->date));
      row.push_back(xpt::text(iso_date_time(given->date, given->start_time)));
      row.push_back(xpt::text(iso_date_time(given->date, given->end_time)));
      row.push_back(day_cell(context, subject.patient->id, given->date));
      row.push_back(day_cell(context, subject.patient->id, given->date));
      ex.data.rows.push_back(std::move(row));
    }
  }
  finish(ex);
  return ex;
}

CdiscDataset build_cm(const StudyContext& context) {
  CdiscDataset cm = make_dataset(Standard::sdtm, "CM", "Concomitant Medications", "INTERVENTIONS",
                                 "One record per dose period per subject",
                                 {"STUDYID", "USUBJID", "CMTRT", "CMSTDTC"}, cm_columns());
  for (const SubjectInfo& subject : context.subjects()) {
    const std::string& id = subject.patient->id;
    int sequence = 0;
    for (const domain::SteroidDose* dose : context.index().records(id).steroid_doses) {
      xpt::Row row;
      add_identifiers(row, context, "CM", subject);
      row.push_back(xpt::number(++sequence));
      row.insert(row.end(), {xpt::text("PREDNISOLONE"), xpt::text("PREDNISOLONE"),
                             xpt::text("GLUCOCORTICOID")});
      row.push_back(xpt::number(dose->prednisolone_mg_per_day));
      row.insert(row.end(), {xpt::text("mg"), xpt::text("QD"), xpt::text("ORAL")});
      row.push_back(iso_date(dose->from));
      row.push_back(iso_date(dose->to));
      row.push_back(day_cell(context, id, dose->from));
      row.push_back(day_cell(context, id, dose->to));
      row.push_back(xpt::text(dose->to ? "" : "ONGOING"));
      row.push_back(dose->to ? xpt::text("") : iso_date(subject.last_contact));
      cm.data.rows.push_back(std::move(row));
    }
  }
  finish(cm);
  return cm;
}

}  // namespace myoivig::io::cdisc
