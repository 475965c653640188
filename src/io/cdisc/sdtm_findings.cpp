// The findings shape, and LB (CK) and VS (weight, height).
#include "io/cdisc/sdtm_findings.hpp"

#include <utility>

#include "io/cdisc/sdtm_columns.hpp"
#include "io/cdisc/sdtm_domains.hpp"

namespace myoivig::io::cdisc {

std::vector<ColumnSpec> finding_columns(const FindingShape& shape, std::string test_comment) {
  const std::string& p = shape.prefix;
  std::vector<ColumnSpec> columns = identifier_columns();
  columns.push_back(sequence_column(p));
  columns.push_back({p + "TESTCD", "Short Name of Test", k_char, Origin::assigned,
                     std::move(test_comment), true, p + "TEST"});
  columns.push_back({p + "TEST", "Name of Test", k_char, Origin::assigned});
  if (shape.category)
    columns.push_back({p + "CAT", "Category", k_char, Origin::assigned, "", true});
  if (shape.subcategory) {
    columns.push_back({p + "SCAT", "Subcategory", k_char, Origin::assigned, "", true});
  }
  columns.push_back(
      {p + "ORRES", "Result or Finding in Original Units", k_char, Origin::collected});
  columns.push_back({p + "ORRESU", "Original Units", k_char, Origin::assigned, "", true});
  if (shape.normal_range) {
    columns.push_back({p + "ORNRHI", "Normal Range Upper Limit-Original Units", k_char,
                       Origin::collected, "The laboratory's upper limit of normal"});
  }
  columns.push_back({p + "STRESC", "Result in Standard Format", k_char, Origin::derived,
                     "ORRES (units unchanged)"});
  columns.push_back({p + "STRESN", "Numeric Result in Standard Units", k_num, Origin::derived,
                     "STRESC as a number; missing for a text result"});
  columns.push_back({p + "STRESU", "Standard Units", k_char, Origin::assigned, "", true});
  if (shape.normal_range) {
    columns.push_back({p + "STNRHI", "Normal Range Upper Limit-Std Units", k_num, Origin::derived,
                       "ORNRHI as a number"});
    columns.push_back({p + "NRIND", "Reference Range Indicator", k_char, Origin::derived,
                       "HIGH above the upper limit of normal, else NORMAL", true});
  }
  if (shape.status) {
    columns.push_back({p + "STAT", "Completion Status", k_char, Origin::derived,
                       "NOT DONE when the muscle was not graded", true});
    columns.push_back({p + "REASND", "Reason Not Done", k_char, Origin::collected,
                       "NOT TESTABLE or MISSING", true});
  }
  columns.push_back({p + "BLFL", "Baseline Flag", k_char, Origin::derived,
                     "Y on the record of the protocol's baseline week", true});
  const auto visits = visit_columns();
  columns.insert(columns.end(), visits.begin(), visits.end());
  columns.push_back({p + "DTC", "Date/Time of Collection", k_char, Origin::collected,
                     "ISO 8601: the visit date"});
  columns.push_back(day_column(p + "DY", "Study Day of Collection"));
  return columns;
}

std::optional<util::Date> visit_date(const StudyContext& context, std::string_view patient_id,
                                     int week) {
  const domain::Visit* visit = context.index().visit(patient_id, week);
  return visit ? std::optional(visit->date) : std::nullopt;
}

void add_finding(CdiscDataset& dataset, const FindingShape& shape, const StudyContext& context,
                 const SubjectInfo& subject, int sequence, std::optional<int> week,
                 const Finding& finding, const std::optional<util::Date>& date) {
  xpt::Row row;
  row.reserve(dataset.data.variables.size());
  add_identifiers(row, context, shape.prefix, subject);
  row.push_back(xpt::number(sequence));
  row.push_back(xpt::text(finding.test_code));
  row.push_back(xpt::text(finding.test));
  if (shape.category) row.push_back(xpt::text(finding.category));
  if (shape.subcategory) row.push_back(xpt::text(finding.subcategory));
  row.push_back(xpt::text(finding.result));
  row.push_back(xpt::text(finding.result.empty() ? "" : finding.unit));
  const std::string limit = finding.upper_limit ? decimal_text(*finding.upper_limit) : "";
  if (shape.normal_range) row.push_back(xpt::text(limit));
  row.push_back(xpt::text(finding.result));
  row.push_back(xpt::number_or_missing(finding.numeric));
  row.push_back(xpt::text(finding.result.empty() ? "" : finding.unit));
  if (shape.normal_range) {
    row.push_back(xpt::number_or_missing(finding.upper_limit));
    std::string indicator;
    if (finding.numeric && finding.upper_limit) {
      indicator = *finding.numeric > *finding.upper_limit ? "HIGH" : "NORMAL";
    }
    row.push_back(xpt::text(indicator));
  }
  if (shape.status) {
    row.push_back(xpt::text(finding.not_done_reason.empty() ? "" : "NOT DONE"));
    row.push_back(xpt::text(finding.not_done_reason));
  }
  row.push_back(yes_or_blank(week == context.protocol().analysis.baseline_week));
  add_visit(row, week ? std::optional(context.visit(*week)) : std::nullopt);
  row.push_back(iso_date(date));
  row.push_back(date ? day_cell(context, subject.patient->id, *date) : xpt::missing());
  dataset.data.rows.push_back(std::move(row));
}

CdiscDataset build_lb(const StudyContext& context) {
  const FindingShape shape{"LB", true, false, true, false};
  CdiscDataset lb = make_dataset(Standard::sdtm, "LB", "Laboratory Test Results", "FINDINGS",
                                 "One record per lab test per visit per subject",
                                 {"STUDYID", "USUBJID", "LBTESTCD", "VISITNUM"},
                                 finding_columns(shape, "CK: creatine kinase (CDISC LBTESTCD)"));
  for (const SubjectInfo& subject : context.subjects()) {
    const std::string& id = subject.patient->id;
    int sequence = 0;
    for (const domain::Assessment* assessment : context.index().records(id).assessments) {
      if (!assessment->ck_iu_per_l) continue;
      Finding ck("CK", "Creatine Kinase", "CHEMISTRY");
      ck.result = std::to_string(*assessment->ck_iu_per_l);
      ck.unit = "U/L";
      ck.numeric = *assessment->ck_iu_per_l;
      if (assessment->ck_uln_iu_per_l) ck.upper_limit = *assessment->ck_uln_iu_per_l;
      add_finding(lb, shape, context, subject, ++sequence, assessment->week, ck,
                  visit_date(context, id, assessment->week));
    }
  }
  finish(lb);
  return lb;
}

CdiscDataset build_vs(const StudyContext& context) {
  const FindingShape shape{"VS", false, false, false, false};
  CdiscDataset vs = make_dataset(
      Standard::sdtm, "VS", "Vital Signs", "FINDINGS",
      "One record per vital sign measurement per visit per subject",
      {"STUDYID", "USUBJID", "VSTESTCD", "VISITNUM"},
      finding_columns(shape, "WEIGHT at visits; HEIGHT once, dated at enrolment (CDISC VSTESTCD)"));
  for (const SubjectInfo& subject : context.subjects()) {
    const domain::Patient& patient = *subject.patient;
    int sequence = 0;
    if (patient.height_cm) {
      Finding height("HEIGHT", "Height");
      height.result = decimal_text(*patient.height_cm);
      height.unit = "cm";
      height.numeric = patient.height_cm;
      // Height is recorded once, at enrolment: at the visit on that date when there is one.
      const auto visit = context.visit_on(patient.id, patient.enrolment_date);
      add_finding(vs, shape, context, subject, ++sequence,
                  visit ? std::optional(visit->week) : std::nullopt, height,
                  patient.enrolment_date);
    }
    for (const domain::Assessment* assessment : context.index().records(patient.id).assessments) {
      if (!assessment->weight_kg) continue;
      Finding weight("WEIGHT", "Weight");
      weight.result = decimal_text(*assessment->weight_kg);
      weight.unit = "kg";
      weight.numeric = assessment->weight_kg;
      add_finding(vs, shape, context, subject, ++sequence, assessment->week, weight,
                  visit_date(context, patient.id, assessment->week));
    }
  }
  finish(vs);
  return vs;
}

}  // namespace myoivig::io::cdisc
