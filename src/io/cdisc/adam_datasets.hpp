// The ADaM datasets myoivig exports, from a StudyContext and the protocol's own analysis
// (analysis/analyse_study for a single-arm study, analysis/analyse_trial for a randomised
// one), so that the populations and responders match `myoivig analyze`. Dates are numeric
// SAS dates (days since 1960-01-01) with the DATE9. format.
//   ADSL  one record per subject: demographics, arms (TRT01P/TRT01A), treatment dates,
//         population flags (SAFFL treated; ITTFL enrolled, or randomised; EFFFL the analysed
//         set, or randomised), end of study status, baseline height and weight.
//   ADEFF the efficacy BDS: one record per subject, parameter and visit for each outcome
//         measure recorded (MMT, ADL, CK, VAS, MMT-8, global activity VAS, HAQ-DI) with BASE,
//         CHG, PCHG and ABLFL at the baseline week; in a randomised study also the ACR/EULAR
//         TIS per follow-up visit, confirmed deterioration and one responder parameter per
//         TIS threshold at the primary week (non-responder imputation, DTYPE NRI, when the
//         TIS is missing). ANL01FL marks the records the protocol's primary analysis uses.
//   ADAE  one record per adverse event with analysis dates, duration, the course, the
//         treatment-emergent flag and the protocol's adverse events of special interest.
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "analysis/analysis_result.hpp"
#include "analysis/trial_result.hpp"
#include "io/cdisc/cdisc_dataset.hpp"
#include "io/cdisc/study_context.hpp"

namespace myoivig::io::cdisc {

// The analysis results the ADaM datasets read, for one study.
struct AdamInputs {
  const StudyContext* context = nullptr;
  std::optional<analysis::AnalysisResult> single_arm;  // single-arm studies
  std::optional<analysis::TrialResult> trial;          // randomised studies
  std::set<std::string> analysed;                      // EFFFL
  std::unordered_map<std::string, const analysis::PatientResponse*> responses;
};

CdiscDataset build_adsl(const AdamInputs& inputs);
CdiscDataset build_adeff(const AdamInputs& inputs);
CdiscDataset build_adae(const AdamInputs& inputs);

// The subject-level columns ADEFF and ADAE copy from ADSL (STUDYID, USUBJID, SUBJID,
// SITEID, AGE, SEX, TRTP/TRTPN or TRTA/TRTAN, SAFFL, ITTFL, EFFFL), and their cells.
std::vector<ColumnSpec> adam_subject_columns(bool actual_treatment);
void add_subject_cells(xpt::Row& row, const AdamInputs& inputs, const SubjectInfo& subject,
                       bool actual_treatment);

// 1, 2, ... for the design's arms in order; missing for NOTASSGN or NOTTRT.
std::optional<int> arm_number(const StudyContext& context, const ArmInfo& arm);

}  // namespace myoivig::io::cdisc
