// check_study's eligibility finding: a patient enrolled while a rule is not met is
// reported once, naming the failed rules; eligible and undetermined patients are not.
#include "domain/data_check.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

util::Date date(const char* iso) {
  return *util::parse_iso_date(iso);
}

Protocol protocol_with_eligibility() {
  Protocol protocol;
  protocol.id = "TEST";
  protocol.eligibility.diagnoses = {Diagnosis::polymyositis, Diagnosis::dermatomyositis};
  protocol.eligibility.exclusions = {{"malignancy", "Malignancy", std::nullopt}};
  protocol.regimen = {"seed", "", 0.4, 5, 2, std::nullopt, WeightPolicy::actual, "PEG-IgG 5%"};
  return protocol;
}

// An untreated patient enrolled on 2002-03-18 with a screening and a baseline MMT.
void add_patient(StudyData& data, const std::string& id, bool biopsy_proven,
                 bool malignancy_recorded) {
  data.patients.push_back({id, "S1", Sex::female, 1960, Diagnosis::dermatomyositis, biopsy_proven,
                           std::nullopt, std::nullopt, date("2002-03-18"), std::nullopt, ""});
  if (malignancy_recorded) data.conditions.push_back({id, "malignancy", false, std::nullopt, ""});
  data.steroid_doses.push_back({id, 60, date("2002-02-04"), std::nullopt});
  data.visits.push_back({id, -4, date("2002-03-18")});
  data.visits.push_back({id, 0, date("2002-04-15")});
  for (int week : {-4, 0}) {
    Assessment assessment;
    assessment.patient_id = id;
    assessment.week = week;
    assessment.mmt_score = 64;
    data.assessments.push_back(assessment);
  }
}

std::vector<Finding> eligibility_findings(const StudyData& data) {
  std::vector<Finding> found;
  for (const Finding& finding :
       check_study(data, protocol_with_eligibility(), date("2002-04-16"))) {
    if (finding.field == "eligibility") found.push_back(finding);
  }
  return found;
}

TEST(DataCheckEligibility, FlagsOnlyPatientsEnrolledWhileIneligible) {
  StudyData data;
  add_patient(data, "ELIGIBLE", true, true);
  add_patient(data, "NO-BIOPSY", false, true);
  add_patient(data, "NO-RECORD", true, false);  // undetermined: not a finding
  const std::vector<Finding> findings = eligibility_findings(data);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].patient_id, "NO-BIOPSY");
  EXPECT_EQ(findings[0].entity, "patients");
  EXPECT_EQ(findings[0].value, "ineligible");
  EXPECT_EQ(findings[0].rule,
            "enrolled while not meeting the protocol's eligibility rules: biopsy (not "
            "biopsy-proven)");
}

TEST(DataCheckEligibility, NamesEveryFailedRule) {
  StudyData data;
  add_patient(data, "P-01", false, true);
  data.conditions.back().present = true;
  const std::vector<Finding> findings = eligibility_findings(data);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].rule.find("biopsy (not biopsy-proven); exclusion.malignancy (present)"),
            std::string::npos)
      << findings[0].rule;
}

}  // namespace
}  // namespace myoivig::domain
