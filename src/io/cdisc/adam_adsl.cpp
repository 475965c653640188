// ADSL: one record per subject, and the subject-level columns other ADaM datasets copy.
#include <algorithm>
#include <utility>

#include "io/cdisc/adam_datasets.hpp"
#include "io/cdisc/sdtm_columns.hpp"

namespace myoivig::io::cdisc {
namespace {

ColumnSpec date_variable(std::string name, std::string label, std::string comment) {
  return {std::move(name), std::move(label), k_num, Origin::derived, std::move(comment), false, "",
          "DATE9."};
}

bool in_itt(const AdamInputs& inputs, const SubjectInfo& subject) {
  return !inputs.context->randomised() || subject.allocation != nullptr;
}

// COMPLETED with a visit at the schedule's last week, DISCONTINUED when withdrawn, else
// ONGOING; and the date it ended.
std::pair<std::string, std::optional<util::Date>> end_of_study(const AdamInputs& inputs,
                                                               const SubjectInfo& subject) {
  const domain::Patient& patient = *subject.patient;
  if (patient.withdrawal_date) return {"DISCONTINUED", patient.withdrawal_date};
  const auto& visits = inputs.context->visits();
  if (!visits.empty()) {
    if (const domain::Visit* last = inputs.context->index().visit(patient.id, visits.back().week)) {
      return {"COMPLETED", last->date};
    }
  }
  return {"ONGOING", std::nullopt};
}

std::optional<double> baseline_weight(const AdamInputs& inputs, const std::string& patient_id) {
  const int baseline = inputs.context->protocol().analysis.baseline_week;
  const domain::Assessment* at = inputs.context->index().assessment(patient_id, baseline);
  return at ? at->weight_kg : std::nullopt;
}

}  // namespace

std::optional<int> arm_number(const StudyContext& context, const ArmInfo& arm) {
  const auto& arms = context.arms();
  for (std::size_t i = 0; i < arms.size(); ++i) {
    if (arms[i].code == arm.code) return static_cast<int>(i) + 1;
  }
  return std::nullopt;
}

std::vector<ColumnSpec> adam_subject_columns(bool actual_treatment) {
  std::vector<ColumnSpec> columns = {
      identifier_columns()[0],
      identifier_columns()[2],
      {"SUBJID", "Subject Identifier for the Study", k_char, Origin::collected, "DM.SUBJID"},
      {"SITEID", "Study Site Identifier", k_char, Origin::collected, "DM.SITEID"},
      {"AGE", "Age", k_num, Origin::derived, "DM.AGE"},
      {"SEX", "Sex", k_char, Origin::collected, "DM.SEX", true},
  };
  if (actual_treatment) {
    columns.push_back({"TRTA", "Actual Treatment", k_char, Origin::derived, "ADSL.TRT01A"});
    columns.push_back({"TRTAN", "Actual Treatment (N)", k_num, Origin::derived, "ADSL.TRT01AN"});
  } else {
    columns.push_back({"TRTP", "Planned Treatment", k_char, Origin::derived, "ADSL.TRT01P"});
    columns.push_back({"TRTPN", "Planned Treatment (N)", k_num, Origin::derived, "ADSL.TRT01PN"});
  }
  columns.push_back(
      {"SAFFL", "Safety Population Flag", k_char, Origin::derived, "ADSL.SAFFL", true});
  columns.push_back(
      {"ITTFL", "Intent-To-Treat Population Flag", k_char, Origin::derived, "ADSL.ITTFL", true});
  columns.push_back(
      {"EFFFL", "Efficacy Population Flag", k_char, Origin::derived, "ADSL.EFFFL", true});
  return columns;
}

void add_subject_cells(xpt::Row& row, const AdamInputs& inputs, const SubjectInfo& subject,
                       bool actual_treatment) {
  const domain::Patient& patient = *subject.patient;
  const ArmInfo& arm = actual_treatment ? subject.actual : subject.planned;
  row.push_back(xpt::text(inputs.context->study_id()));
  row.push_back(xpt::text(subject.usubjid));
  row.push_back(xpt::text(patient.id));
  row.push_back(xpt::text(patient.site));
  row.push_back(xpt::number(patient.age_at(patient.enrolment_date)));
  row.push_back(xpt::text(std::string(domain::code(patient.sex))));
  row.push_back(xpt::text(arm.name));
  row.push_back(integer(arm_number(*inputs.context, arm)));
  row.push_back(yes_no(subject.treated));
  row.push_back(yes_no(in_itt(inputs, subject)));
  row.push_back(yes_no(inputs.analysed.count(patient.id) > 0));
}

CdiscDataset build_adsl(const AdamInputs& inputs) {
  std::vector<ColumnSpec> columns = {
      identifier_columns()[0],
      identifier_columns()[2],
      {"SUBJID", "Subject Identifier for the Study", k_char, Origin::collected, "DM.SUBJID"},
      {"SITEID", "Study Site Identifier", k_char, Origin::collected, "DM.SITEID"},
      {"AGE", "Age", k_num, Origin::derived, "DM.AGE"},
      {"AGEU", "Age Units", k_char, Origin::derived, "DM.AGEU", true},
      {"SEX", "Sex", k_char, Origin::collected, "DM.SEX", true},
      {"DIAG", "Myositis Diagnosis", k_char, Origin::collected,
       "PM polymyositis, DM dermatomyositis", true},
      {"ARM", "Description of Planned Arm", k_char, Origin::derived, "DM.ARM"},
      {"ACTARM", "Description of Actual Arm", k_char, Origin::derived, "DM.ACTARM"},
      {"TRT01P", "Planned Treatment for Period 01", k_char, Origin::derived, "DM.ARM"},
      {"TRT01PN", "Planned Treatment for Period 01 (N)", k_num, Origin::derived,
       "Position of the arm in the design (1, 2, ...)"},
      {"TRT01A", "Actual Treatment for Period 01", k_char, Origin::derived, "DM.ACTARM"},
      {"TRT01AN", "Actual Treatment for Period 01 (N)", k_num, Origin::derived,
       "Position of the arm in the design; missing when not treated"},
      date_variable("ENRLDT", "Date of Enrollment", "Enrolment date"),
      date_variable("RANDDT", "Date of Randomization", "Randomisation date (randomised study)"),
      date_variable("TRTSDT", "Date of First Exposure to Treatment", "First infusion"),
      date_variable("TRTEDT", "Date of Last Exposure to Treatment", "Last infusion"),
      {"TRTDURD", "Total Treatment Duration (Days)", k_num, Origin::derived, "TRTEDT - TRTSDT + 1"},
      {"NCOURSES", "Number of IVIG Courses Given", k_num, Origin::derived,
       "Courses with at least one infusion"},
      {"SAFFL", "Safety Population Flag", k_char, Origin::derived,
       "Y when at least one infusion was given", true},
      {"ITTFL", "Intent-To-Treat Population Flag", k_char, Origin::derived,
       "Y for every enrolled subject (single-arm) or every randomised subject", true},
      {"EFFFL", "Efficacy Population Flag", k_char, Origin::derived,
       "The protocol's analysed set (myoivig analyze): treated with every endpoint at baseline "
       "and the primary week (single-arm), every randomised subject (randomised)",
       true},
      {"EOSSTT", "End of Study Status", k_char, Origin::derived,
       "COMPLETED with a visit at the last scheduled week, DISCONTINUED when withdrawn, else "
       "ONGOING",
       true},
      date_variable("EOSDT", "End of Study Date", "Withdrawal date, or the last visit's date"),
      {"DCSREAS", "Reason for Discontinuation from Study", k_char, Origin::collected,
       "The recorded withdrawal reason"},
      {"HEIGHTBL", "Baseline Height (cm)", k_num, Origin::collected, "Height at enrolment"},
      {"WEIGHTBL", "Baseline Weight (kg)", k_num, Origin::collected,
       "Weight at the baseline week's visit"},
  };
  CdiscDataset adsl = make_dataset(Standard::adam, "ADSL", "Subject-Level Analysis Dataset",
                                   "SUBJECT LEVEL ANALYSIS DATASET", "One record per subject",
                                   {"STUDYID", "USUBJID"}, std::move(columns));
  const StudyContext& context = *inputs.context;
  for (const SubjectInfo& subject : context.subjects()) {
    const domain::Patient& patient = *subject.patient;
    const auto [status, ended] = end_of_study(inputs, subject);
    std::optional<int> duration;
    if (subject.first_infusion && subject.last_infusion) {
      duration = subject.last_infusion->days_since(*subject.first_infusion) + 1;
    }
    xpt::Row row;
    row.push_back(xpt::text(context.study_id()));
    row.push_back(xpt::text(subject.usubjid));
    row.push_back(xpt::text(patient.id));
    row.push_back(xpt::text(patient.site));
    row.push_back(xpt::number(patient.age_at(patient.enrolment_date)));
    row.push_back(xpt::text("YEARS"));
    row.push_back(xpt::text(std::string(domain::code(patient.sex))));
    row.push_back(xpt::text(std::string(domain::code(patient.diagnosis))));
    row.push_back(xpt::text(subject.planned.name));
    row.push_back(xpt::text(subject.actual.name));
    row.push_back(xpt::text(subject.planned.name));
    row.push_back(integer(arm_number(context, subject.planned)));
    row.push_back(xpt::text(subject.actual.name));
    row.push_back(integer(arm_number(context, subject.actual)));
    row.push_back(sas_date(patient.enrolment_date));
    row.push_back(sas_date(subject.allocation ? std::optional(subject.allocation->randomised_on)
                                              : std::nullopt));
    row.push_back(sas_date(subject.first_infusion));
    row.push_back(sas_date(subject.last_infusion));
    row.push_back(integer(duration));
    row.push_back(
        xpt::number(static_cast<double>(context.index().records(patient.id).courses_given.size())));
    row.push_back(yes_no(subject.treated));
    row.push_back(yes_no(in_itt(inputs, subject)));
    row.push_back(yes_no(inputs.analysed.count(patient.id) > 0));
    row.push_back(xpt::text(status));
    row.push_back(sas_date(ended));
    row.push_back(xpt::text(patient.withdrawal_reason));
    row.push_back(xpt::number_or_missing(patient.height_cm));
    row.push_back(xpt::number_or_missing(baseline_weight(inputs, patient.id)));
    adsl.data.rows.push_back(std::move(row));
  }
  finish(adsl);
  return adsl;
}

}  // namespace myoivig::io::cdisc
