// Tests of compare_responders under primary_test "cmh" on hand-built patients: the Cochran-
// Mantel-Haenszel p-value over the strata with both arms, and the reason given instead of a
// p-value when fewer than two strata hold both arms or every stratum has a fixed margin.
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "analysis/trial_result.hpp"
#include "analysis/trial_summaries.hpp"
#include "domain/protocol.hpp"

namespace myoivig::analysis {
namespace {

constexpr int k_threshold = 20;
constexpr double k_responder_tis = 55;
constexpr double k_non_responder_tis = 10;

// Responders and non-responders of each arm in one stratum: a b / c d as in
// stats::Stratum2x2 (first arm "ivig", second "placebo").
struct StratumCounts {
  std::string name;
  int a = 0, b = 0, c = 0, d = 0;
};

std::vector<PatientResponse> patients_of(const std::vector<StratumCounts>& strata) {
  std::vector<PatientResponse> patients;
  const auto add = [&](const std::string& stratum, const std::string& arm, int count, double tis) {
    for (int i = 0; i < count; ++i) {
      PatientResponse patient;
      patient.patient_id = stratum + "-" + arm + "-" + std::to_string(patients.size());
      patient.arm = arm;
      patient.stratum = stratum;
      patient.tis_at_primary = tis;
      patients.push_back(patient);
    }
  };
  for (const StratumCounts& s : strata) {
    add(s.name, "ivig", s.a, k_responder_tis);
    add(s.name, "ivig", s.b, k_non_responder_tis);
    add(s.name, "placebo", s.c, k_responder_tis);
    add(s.name, "placebo", s.d, k_non_responder_tis);
  }
  return patients;
}

ResponderComparison compare(const std::vector<StratumCounts>& strata) {
  const std::vector<ArmCount> arms{{"ivig", "IVIG", 0, 0, 0}, {"placebo", "Placebo", 0, 0, 0}};
  domain::AnalysisPlan plan;
  plan.primary_test = "cmh";
  plan.conf_level = 0.95;
  return compare_responders(arms, patients_of(strata), k_threshold, plan);
}

struct NoTestCase {
  const char* name;
  std::vector<StratumCounts> strata;
  std::size_t ivig_responders, ivig_n, placebo_responders, placebo_n;
  std::string note;
};

class CmhWithoutAPValue : public ::testing::TestWithParam<NoTestCase> {};

TEST_P(CmhWithoutAPValue, SaysWhyAndKeepsTheCounts) {
  const NoTestCase& c = GetParam();
  const ResponderComparison comparison = compare(c.strata);
  EXPECT_EQ(comparison.test, "cmh");
  EXPECT_FALSE(comparison.p_value.has_value());
  EXPECT_FALSE(comparison.cmh.has_value());
  EXPECT_EQ(comparison.test_note, c.note);
  ASSERT_EQ(comparison.arms.size(), 2u);
  EXPECT_EQ(comparison.arms[0].responders, c.ivig_responders);
  EXPECT_EQ(comparison.arms[0].n, c.ivig_n);
  EXPECT_EQ(comparison.arms[1].responders, c.placebo_responders);
  EXPECT_EQ(comparison.arms[1].n, c.placebo_n);
  // The difference of proportions does not depend on the strata: still reported.
  ASSERT_TRUE(comparison.difference.has_value());
  EXPECT_DOUBLE_EQ(
      *comparison.difference,
      static_cast<double>(c.ivig_responders) / static_cast<double>(c.ivig_n) -
          static_cast<double>(c.placebo_responders) / static_cast<double>(c.placebo_n));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CmhWithoutAPValue,
    ::testing::Values(
        // US-01 has both arms; JP-01 only IVIG patients, DE-01 only placebo patients.
        NoTestCase{"one_usable_stratum",
                   {{"US-01", 2, 1, 1, 2}, {"JP-01", 1, 1, 0, 0}, {"DE-01", 0, 0, 1, 0}},
                   3,
                   5,
                   2,
                   4,
                   "CMH needs at least two strata with patients in both arms; 1 stratum usable "
                   "(US-01); left out: DE-01 (placebo only), JP-01 (ivig only)"},
        NoTestCase{"a_single_stratum",
                   {{"all", 2, 1, 1, 2}},
                   2,
                   3,
                   1,
                   3,
                   "CMH needs at least two strata with patients in both arms; 1 stratum usable "
                   "(all)"},
        NoTestCase{"no_usable_stratum",
                   {{"US-01", 2, 1, 0, 0}, {"JP-01", 0, 0, 1, 2}},
                   2,
                   3,
                   1,
                   3,
                   "CMH needs at least two strata with patients in both arms; 0 strata usable; "
                   "left out: JP-01 (placebo only), US-01 (ivig only)"},
        // Every usable stratum all responders (US-01) or all non-responders (JP-01): R gives
        // X-squared NaN, p NA for mantelhaen.test on these tables.
        NoTestCase{"every_margin_fixed",
                   {{"US-01", 2, 0, 1, 0}, {"JP-01", 0, 2, 0, 1}, {"DE-01", 1, 0, 0, 0}},
                   3,
                   5,
                   1,
                   2,
                   "CMH not computable: in each usable stratum (JP-01, US-01) the patients are "
                   "all responders or all non-responders, so the Mantel-Haenszel variance is 0"}),
    [](const ::testing::TestParamInfo<NoTestCase>& param_info) {
      return std::string(param_info.param.name);
    });

bool near_relative(double actual, double expected) {
  return std::fabs(actual - expected) <= 1e-9 * std::fabs(expected);
}

// Two strata with both arms: the "two_sites" case of tests/reference/stats_cmh.csv (R 4.2.2,
// mantelhaen.test, continuity-corrected, 95 %), unchanged by a third stratum with IVIG
// patients only, which R also accepts and which adds nothing.
TEST(CmhWithTwoUsableStrata, GivesRsMantelHaenszel) {
  for (const bool with_one_arm_stratum : {false, true}) {
    SCOPED_TRACE(with_one_arm_stratum ? "with a one-arm stratum" : "two strata");
    std::vector<StratumCounts> strata{{"JP-01", 10, 2, 6, 7}, {"US-01", 12, 4, 7, 9}};
    if (with_one_arm_stratum) strata.push_back({"DE-01", 1, 1, 0, 0});
    const ResponderComparison comparison = compare(strata);
    EXPECT_EQ(comparison.test, "cmh");
    EXPECT_EQ(comparison.test_note, "");
    ASSERT_TRUE(comparison.p_value.has_value());
    EXPECT_TRUE(near_relative(*comparison.p_value, 0.020744812651436642)) << *comparison.p_value;
    ASSERT_TRUE(comparison.cmh.has_value());
    EXPECT_TRUE(near_relative(comparison.cmh->statistic, 5.3481043784365427));
    ASSERT_TRUE(comparison.cmh->odds_ratio && comparison.cmh->odds_ratio_ci);
    EXPECT_TRUE(near_relative(*comparison.cmh->odds_ratio, 4.5571955719557193));
    EXPECT_TRUE(near_relative(comparison.cmh->odds_ratio_ci->low, 1.4188479994057983));
    EXPECT_TRUE(near_relative(comparison.cmh->odds_ratio_ci->high, 14.637249014517622));
    EXPECT_EQ(comparison.cmh->strata, 2u);
  }
}

}  // namespace
}  // namespace myoivig::analysis
