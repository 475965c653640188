// Exclusions from screening records: absent, present, not recorded, and the
// "within N weeks before enrolment" window at its boundary (6 weeks = 42 days).
#include "domain/exclusion_rule.hpp"

#include <optional>
#include <string>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

util::Date date(const char* iso) {
  return *util::parse_iso_date(iso);
}

const util::Date k_enrolment = date("2002-02-07");
const Exclusion k_prior_ivig{"prior_ivig", "IVIG within 6 weeks before enrolment", 6};
const Exclusion k_malignancy{"malignancy", "Malignancy", std::nullopt};

struct Case {
  const char* name;
  Exclusion exclusion;
  std::optional<Condition> record;
  RuleStatus expected;
};

Condition condition(const Exclusion& exclusion, bool present, std::optional<int> days_before) {
  Condition record{"P-01", exclusion.code, present, std::nullopt, ""};
  if (days_before) record.date = k_enrolment.plus_days(-*days_before);
  return record;
}

class ExclusionRule : public testing::TestWithParam<Case> {};

TEST_P(ExclusionRule, Status) {
  const Case& c = GetParam();
  const RuleOutcome outcome =
      evaluate_exclusion(c.exclusion, c.record ? &*c.record : nullptr, k_enrolment);
  EXPECT_EQ(code(outcome.status), code(c.expected)) << outcome.facts;
  EXPECT_EQ(outcome.id, "exclusion." + c.exclusion.code);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ExclusionRule,
    testing::Values(Case{"not_recorded", k_malignancy, std::nullopt, RuleStatus::unknown},
                    Case{"absent", k_malignancy, condition(k_malignancy, false, std::nullopt),
                         RuleStatus::met},
                    Case{"present_undated", k_malignancy,
                         condition(k_malignancy, true, std::nullopt), RuleStatus::not_met},
                    Case{"present_years_ago", k_malignancy, condition(k_malignancy, true, 3000),
                         RuleStatus::not_met},
                    Case{"present_on_enrolment_day", k_malignancy, condition(k_malignancy, true, 0),
                         RuleStatus::not_met},
                    Case{"diagnosed_after_enrolment", k_malignancy,
                         condition(k_malignancy, true, -30), RuleStatus::met},
                    Case{"ivig_41_days_before", k_prior_ivig, condition(k_prior_ivig, true, 41),
                         RuleStatus::not_met},
                    Case{"ivig_42_days_before_is_within_6_weeks", k_prior_ivig,
                         condition(k_prior_ivig, true, 42), RuleStatus::not_met},
                    Case{"ivig_43_days_before", k_prior_ivig, condition(k_prior_ivig, true, 43),
                         RuleStatus::met},
                    Case{"ivig_undated", k_prior_ivig, condition(k_prior_ivig, true, std::nullopt),
                         RuleStatus::unknown},
                    Case{"ivig_absent", k_prior_ivig, condition(k_prior_ivig, false, std::nullopt),
                         RuleStatus::met},
                    Case{"ivig_not_recorded", k_prior_ivig, std::nullopt, RuleStatus::unknown}),
    [](const testing::TestParamInfo<Case>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(ExclusionRuleFacts, WindowSaysHowLongBefore) {
  const Condition record = condition(k_prior_ivig, true, 41);
  const RuleOutcome outcome = evaluate_exclusion(k_prior_ivig, &record, k_enrolment);
  EXPECT_EQ(outcome.label, "Exclusion absent: IVIG within 6 weeks before enrolment");
  EXPECT_EQ(outcome.facts,
            "present, dated 2001-12-28, 41 days: 5 weeks 6 days before enrolment on 2002-02-07: "
            "within 6 weeks");
}

}  // namespace
}  // namespace myoivig::domain
