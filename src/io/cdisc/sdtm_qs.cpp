// QS: the outcome instruments, one record per test per visit. No CDISC questionnaire
// supplement covers MMT-8, these VAS or the seed's MMT and ADL totals, so the test codes are
// sponsor-defined and define.xml lists them as a codelist with their names.
#include <map>
#include <string>
#include <utility>

#include "domain/assessment.hpp"
#include "io/cdisc/sdtm_columns.hpp"
#include "io/cdisc/sdtm_domains.hpp"
#include "io/cdisc/sdtm_findings.hpp"
#include "util/strings.hpp"

namespace myoivig::io::cdisc {
namespace {

constexpr double k_mm_per_cm = 10.0;
constexpr std::size_t k_max_test_length = 40;

const char* const k_mmt = "MANUAL MUSCLE TESTING";
const char* const k_core_set = "IMACS CORE SET";

Finding score(std::string code, std::string test, std::string category,
              const std::optional<int>& value) {
  Finding finding(std::move(code), std::move(test), std::move(category));
  if (value) {
    finding.result = std::to_string(*value);
    finding.numeric = *value;
  }
  return finding;
}

Finding vas(std::string code, std::string test, std::string category,
            const std::optional<int>& millimetres) {
  Finding finding(std::move(code), std::move(test), std::move(category));
  if (millimetres) {
    finding.result = util::format_scaled(*millimetres, 1);
    finding.numeric = *millimetres / k_mm_per_cm;
    finding.unit = "cm";
  }
  return finding;
}

// The instrument records of one assessment, in a fixed order; only those with a value.
std::vector<Finding> instrument_findings(const domain::Assessment& a) {
  std::vector<Finding> all;
  all.push_back(score("MMTTOT", "MMT Total Score", k_mmt, a.mmt_score));
  all.push_back(score("ADLTOT", "ADL Total Score", "ACTIVITIES OF DAILY LIVING", a.adl_score));
  all.push_back(vas("FATVAS", "Fatigue VAS", "VISUAL ANALOGUE SCALE", a.fatigue_vas_mm));
  all.push_back(vas("PAINVAS", "Muscle Pain VAS", "VISUAL ANALOGUE SCALE", a.pain_vas_mm));
  Finding global("PHGLCHG", "Physician Global Assessment of Change", "PHYSICIAN GLOBAL");
  if (a.physician_global) global.result = upper(domain::code(*a.physician_global));
  all.push_back(std::move(global));
  all.push_back(score("MMT8TOT", "MMT-8 Total Score", k_core_set, a.mmt8_score));
  all.push_back(
      vas("PHGLVAS", "Physician Global Activity VAS", k_core_set, a.physician_activity_vas_mm));
  all.push_back(
      vas("PTGLVAS", "Patient Global Activity VAS", k_core_set, a.patient_activity_vas_mm));
  all.push_back(
      vas("EXTRAVAS", "Extramuscular Global Activity VAS", k_core_set, a.extramuscular_vas_mm));
  Finding haq("HAQDI", "HAQ Disability Index", k_core_set);
  if (a.haq_di) {
    haq.result = a.haq_di->to_string();
    haq.numeric = a.haq_di->to_double();
  }
  all.push_back(std::move(haq));
  std::vector<Finding> recorded;
  for (Finding& finding : all) {
    if (!finding.result.empty()) recorded.push_back(std::move(finding));
  }
  return recorded;
}

std::string side_word(domain::Side side) {
  switch (side) {
    case domain::Side::right:
      return "Right";
    case domain::Side::left:
      return "Left";
    case domain::Side::axial:
      return "Axial";
  }
  return "";
}

// MG<nn><R|L|A>: the muscle group's position among the groups of the study (first seen
// first) and the side.
Finding muscle_grade(const domain::MuscleGrade& grade, int group_number) {
  const std::string side = side_word(grade.side);
  std::string number = std::to_string(group_number);
  if (number.size() < 2) number = "0" + number;
  std::string test = "MMT Grade, " + grade.muscle_group + ", " + side;
  if (test.size() > k_max_test_length) test.resize(k_max_test_length);
  Finding finding("MG" + number + side.substr(0, 1), test, k_mmt, "MUSCLE GRADE");
  if (grade.grade) {
    finding.result = std::to_string(*grade.grade);
    finding.numeric = *grade.grade;
  } else {
    finding.not_done_reason = upper(domain::code(grade.status));
    for (char& c : finding.not_done_reason) {
      if (c == '_') c = ' ';
    }
  }
  return finding;
}

}  // namespace

CdiscDataset build_qs(const StudyContext& context) {
  const FindingShape shape{"QS", true, true, false, true};
  CdiscDataset qs =
      make_dataset(Standard::sdtm, "QS", "Questionnaires", "FINDINGS",
                   "One record per questionnaire item per visit per subject",
                   {"STUDYID", "USUBJID", "QSCAT", "QSTESTCD", "VISITNUM"},
                   finding_columns(shape,
                                   "Sponsor-defined test codes (no CDISC supplement for MMT-8 and "
                                   "these scales); MGnnS: MMT grade of muscle group nn, side S"));
  std::map<std::string, int> group_numbers;
  for (const domain::MuscleGrade& grade : context.data().muscle_grades) {
    group_numbers.try_emplace(grade.muscle_group, static_cast<int>(group_numbers.size()) + 1);
  }
  const auto grades = by_patient(context.data().muscle_grades);
  for (const SubjectInfo& subject : context.subjects()) {
    const std::string& id = subject.patient->id;
    const auto patient_grades = grades.find(id);
    int sequence = 0;
    for (const domain::Assessment* assessment : context.index().records(id).assessments) {
      const auto date = visit_date(context, id, assessment->week);
      for (const Finding& finding : instrument_findings(*assessment)) {
        add_finding(qs, shape, context, subject, ++sequence, assessment->week, finding, date);
      }
      if (patient_grades == grades.end()) continue;
      for (const domain::MuscleGrade* grade : patient_grades->second) {
        if (grade->week != assessment->week) continue;
        add_finding(qs, shape, context, subject, ++sequence, assessment->week,
                    muscle_grade(*grade, group_numbers.at(grade->muscle_group)), date);
      }
    }
  }
  finish(qs);
  return qs;
}

}  // namespace myoivig::io::cdisc
