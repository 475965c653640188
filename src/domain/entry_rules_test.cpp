// Tests of the randomised trial's entry rules: Bohan and Peter from screening records
// (unrecorded criteria leave the rule unknown unless the recorded ones decide it), and
// MMT-8 below the bound with enough other abnormal core set measures.
#include "domain/entry_rules.hpp"

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

Patient dm_patient() {
  Patient patient;
  patient.id = "R-01";
  patient.diagnosis = Diagnosis::dermatomyositis;
  return patient;
}

std::vector<Condition> criteria(std::initializer_list<std::pair<const char*, bool>> records) {
  std::vector<Condition> conditions;
  for (const auto& [code, present] : records) conditions.push_back({"R-01", code, present, {}, ""});
  return conditions;
}

struct BohanCase {
  const char* name;
  std::vector<Condition> conditions;
  RuleStatus status;
};

class BohanPeterEntry : public ::testing::TestWithParam<BohanCase> {};

TEST_P(BohanPeterEntry, NeedsProbableDm) {
  const RuleOutcome outcome = evaluate_bohan_peter(BohanPeterRule{BohanPeterCertainty::probable},
                                                   dm_patient(), GetParam().conditions);
  EXPECT_EQ(outcome.status, GetParam().status) << outcome.facts;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BohanPeterEntry,
    ::testing::Values(
        // Rash plus 2 of criteria 1-4: probable DM.
        BohanCase{"probable",
                  criteria({{"bohan_peter_rash", true},
                            {"bohan_peter_weakness", true},
                            {"bohan_peter_enzymes", true},
                            {"bohan_peter_emg", false},
                            {"bohan_peter_biopsy", false}}),
                  RuleStatus::met},
        // Rash plus 1: possible only.
        BohanCase{"possible",
                  criteria({{"bohan_peter_rash", true},
                            {"bohan_peter_weakness", true},
                            {"bohan_peter_enzymes", false},
                            {"bohan_peter_emg", false},
                            {"bohan_peter_biopsy", false}}),
                  RuleStatus::not_met},
        // No rash recorded as absent: not DM whatever the rest.
        BohanCase{"no_rash", criteria({{"bohan_peter_rash", false}}), RuleStatus::not_met},
        // Already probable from what is recorded: the missing EMG cannot undo it.
        BohanCase{"decided_despite_missing",
                  criteria({{"bohan_peter_rash", true},
                            {"bohan_peter_weakness", true},
                            {"bohan_peter_enzymes", true}}),
                  RuleStatus::met},
        // Rash and one criterion recorded, two unknown: could go either way.
        BohanCase{"undecided",
                  criteria({{"bohan_peter_rash", true}, {"bohan_peter_weakness", true}}),
                  RuleStatus::unknown}),
    [](const auto& param_info) { return std::string(param_info.param.name); });

Assessment screening(std::optional<int> mmt8) {
  Assessment assessment;
  assessment.week = -4;
  assessment.mmt8_score = mmt8;
  assessment.physician_activity_vas_mm = 35;     // abnormal (>= 20 mm)
  assessment.patient_activity_vas_mm = 10;       // normal
  assessment.extramuscular_vas_mm = 5;           // normal
  assessment.haq_di = Rational::fraction(1, 8);  // normal (< 0.25)
  assessment.ck_iu_per_l = 900;                  // abnormal (> ULN 200)
  assessment.ck_uln_iu_per_l = 200;
  return assessment;
}

TEST(CoreSetEntry, MmtBelowTheBoundAndTwoOthersAbnormal) {
  const CoreSetEntryRule rule{-4, 142, 2, 20, 20, 10, Rational::fraction(1, 4)};
  const RuleOutcome met = evaluate_core_set_entry(rule, {screening(120)});
  EXPECT_EQ(met.status, RuleStatus::met) << met.facts;
  EXPECT_EQ(met.facts,
            "MMT-8 120 at week -4; 2 other measures abnormal; physician global activity "
            "abnormal; patient global activity normal; extramuscular activity normal; HAQ-DI "
            "normal; CK abnormal");
  EXPECT_EQ(evaluate_core_set_entry(rule, {screening(142)}).status, RuleStatus::not_met);
  EXPECT_EQ(evaluate_core_set_entry(rule, {screening(std::nullopt)}).status, RuleStatus::unknown);

  Assessment one_abnormal = screening(120);
  one_abnormal.ck_iu_per_l = 150;
  EXPECT_EQ(evaluate_core_set_entry(rule, {one_abnormal}).status, RuleStatus::not_met);
  one_abnormal.haq_di.reset();  // HAQ unknown could still make a second one
  EXPECT_EQ(evaluate_core_set_entry(rule, {one_abnormal}).status, RuleStatus::unknown);
  EXPECT_EQ(evaluate_core_set_entry(rule, {}).facts, "no assessment at week -4");
}

}  // namespace
}  // namespace myoivig::domain
