// The synthetic randomised trial generator: the same seed gives the same trial; the arms
// are 47 and 48 patients on the protocol's own allocation list; every patient is eligible;
// the responders computed from the stored measures by the TIS and deterioration code are
// 37 of 47 and 21 of 48 whatever the seed; treatment, withdrawals and thromboembolic events
// follow the plan; check_study finds nothing but the placebo visit windows it judges from
// the first IVIG course (a limitation of the model, data/demo/rct-trial/README.md).
#include "domain/synthetic_trial.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "domain/data_check.hpp"
#include "domain/eligibility.hpp"
#include "domain/randomisation.hpp"
#include "domain/rct_protocol_for_tests.hpp"
#include "domain/record_fields_for_tests.hpp"
#include "domain/seed_protocol_for_tests.hpp"
#include "domain/synthetic_disease_course.hpp"
#include "domain/synthetic_recruitment.hpp"
#include "domain/synthetic_trial_targets.hpp"

namespace myoivig::domain {
namespace {

StudyData generate(std::uint64_t seed, std::size_t patients = 95) {
  SyntheticTrialOptions options;
  options.patients = patients;
  options.seed = seed;
  auto data = generate_synthetic_trial(options, rct_protocol_for_tests());
  EXPECT_TRUE(data) << data.error().message;
  return data ? *data : StudyData{};
}

std::map<std::string, std::string> arms(const StudyData& data) {
  std::map<std::string, std::string> arm_of;
  for (const Allocation& allocation : data.allocations) {
    arm_of[allocation.patient_id] = allocation.arm;
  }
  return arm_of;
}

std::vector<Assessment> assessments_of(const StudyData& data, const std::string& id) {
  std::vector<Assessment> found;
  for (const Assessment& a : data.assessments) {
    if (a.patient_id == id) found.push_back(a);
  }
  return found;
}

TEST(SplitByWeights, GivesLargestRemainders) {
  struct Case {
    std::size_t total;
    std::vector<double> weights;
    std::vector<std::size_t> expected;
  };
  for (const Case& c : {Case{37, {15, 17, 5}, {15, 17, 5}}, Case{27, {2, 7, 18}, {2, 7, 18}},
                        Case{10, {1, 1, 1}, {4, 3, 3}}, Case{5, {2, 8}, {1, 4}},
                        Case{0, {4, 3}, {0, 0}}, Case{20, {4, 6, 11}, {4, 6, 10}}}) {
    EXPECT_EQ(split_by_weights(c.total, c.weights), c.expected) << c.total;
  }
}

TEST(RecruitInRounds, TakesSlotsInTurnAndClosesASiteWhoseNextArmIsFull) {
  // Site A's list: ivig, placebo, placebo, ivig; site B's: placebo, ivig, ivig, placebo.
  const std::vector<AllocationSlot> list{{"A", 1, 1, 4, "ivig"},    {"A", 2, 1, 4, "placebo"},
                                         {"A", 3, 1, 4, "placebo"}, {"A", 4, 1, 4, "ivig"},
                                         {"B", 1, 1, 4, "placebo"}, {"B", 2, 1, 4, "ivig"},
                                         {"B", 3, 1, 4, "ivig"},    {"B", 4, 1, 4, "placebo"}};
  struct Case {
    std::size_t ivig, placebo;
    std::vector<std::string> taken;  // stratum and sequence, in recruitment order
  };
  for (const Case& c : {Case{2, 3, {"A1", "B1", "A2", "B2", "A3"}},
                        // Round 2: A's next slot (placebo) is full, so A closes.
                        Case{3, 1, {"A1", "B1", "B2", "B3"}}, Case{1, 0, {"A1"}}}) {
    const auto slots =
        recruit_in_rounds(list, {{"ivig", c.ivig}, {"placebo", c.placebo}}, c.ivig + c.placebo);
    ASSERT_TRUE(slots) << slots.error().message;
    std::vector<std::string> taken;
    for (const AllocationSlot& slot : *slots) {
      taken.push_back(slot.stratum + std::to_string(slot.sequence));
    }
    EXPECT_EQ(taken, c.taken);
  }
  const auto too_many = recruit_in_rounds(list, {{"ivig", 5}, {"placebo", 0}}, 5);
  ASSERT_FALSE(too_many);
  EXPECT_EQ(too_many.error().message,
            "patients: the protocol's allocation list (8 slots, "
            "design.randomisation.slots_per_stratum) cannot provide 5 patients in the arms' "
            "numbers");
}

TEST(SyntheticTrial, TheSameSeedGivesTheSameTrial) {
  const StudyData first = generate(1);
  EXPECT_TRUE(testing::same_study(first, generate(1)));
  const StudyData other = generate(2);
  EXPECT_NE(testing::first_difference(first.assessments, other.assessments), -1);
  EXPECT_EQ(first.info.study_id, "SYN-RCT-IVIG-2G-N95-S1");
  EXPECT_EQ(other.info.study_id, "SYN-RCT-IVIG-2G-N95-S2");
  EXPECT_TRUE(first.info.synthetic);
  EXPECT_EQ(first.info.protocol_id, "RCT-IVIG-2G");
}

TEST(SyntheticTrial, ArmsComeFromTheProtocolsAllocationListWithoutSkippedSlots) {
  const StudyData data = generate(1);
  const Protocol protocol = rct_protocol_for_tests();
  const auto list = allocation_list(*randomisation_scheme(protocol.design));
  ASSERT_TRUE(list);
  std::map<std::pair<std::string, int>, std::string> slot_arm;
  for (const AllocationSlot& slot : *list) slot_arm[{slot.stratum, slot.sequence}] = slot.arm;
  std::map<std::string, int> per_arm, per_stratum;
  ASSERT_EQ(data.allocations.size(), 95u);
  for (std::size_t i = 0; i < data.allocations.size(); ++i) {
    const Allocation& allocation = data.allocations[i];
    ++per_arm[allocation.arm];
    EXPECT_EQ(allocation.sequence, ++per_stratum[allocation.stratum]) << allocation.patient_id;
    EXPECT_EQ(allocation.arm, (slot_arm[{allocation.stratum, allocation.sequence}]));
    EXPECT_EQ(data.patients[i].id, allocation.patient_id);
    EXPECT_EQ(data.patients[i].site, allocation.stratum);
  }
  EXPECT_EQ(per_arm["ivig"], 47);
  EXPECT_EQ(per_arm["placebo"], 48);
  EXPECT_EQ(per_stratum.size(), 6u);
  for (const Visit& visit : data.visits) {
    if (visit.week != 0) continue;
    const auto allocation =
        std::find_if(data.allocations.begin(), data.allocations.end(),
                     [&](const Allocation& a) { return a.patient_id == visit.patient_id; });
    EXPECT_EQ(allocation->randomised_on, visit.date) << visit.patient_id;
  }
}

TEST(SyntheticTrial, RespondersComputedFromTheMeasuresMatchThePublishedHeadline) {
  const Protocol protocol = rct_protocol_for_tests();
  DiseaseCourseSetting setting;  // the analysis' settings for rct-ivig-2g
  for (std::uint64_t seed : {1u, 2u, 3u}) {
    SCOPED_TRACE(seed);
    const StudyData data = generate(seed);
    std::map<std::string, std::array<int, 3>> responders;  // TIS >= 20, 40, 60
    std::map<std::string, int> deteriorated;
    for (const auto& [id, arm] : arms(data)) {
      const auto response = compute_response(setting, assessments_of(data, id));
      ASSERT_TRUE(response) << response.error().message;
      deteriorated[arm] += response->confirmed_deterioration ? 1 : 0;
      for (std::size_t i = 0; i < 3; ++i) {
        const bool responds = response->tis_at_primary &&
                              *response->tis_at_primary >= setting.thresholds[i] &&
                              !response->confirmed_deterioration;
        responders[arm][i] += responds ? 1 : 0;
      }
    }
    EXPECT_EQ(responders["ivig"], (std::array<int, 3>{37, 32, 15}));
    EXPECT_EQ(responders["placebo"], (std::array<int, 3>{21, 10, 4}));
    EXPECT_EQ(deteriorated["ivig"], 0);
    EXPECT_EQ(deteriorated["placebo"], 7);
  }
}

TEST(SyntheticTrial, EveryPatientIsEligibleAndCheckFindsNothing) {
  const Protocol protocol = rct_protocol_for_tests();
  const StudyData data = generate(1);
  for (const EligibilityReport& report : evaluate_eligibility(data, protocol)) {
    EXPECT_EQ(report.verdict, Verdict::eligible) << report.patient_id;
  }
  for (const Finding& finding : check_study(data, protocol, *util::parse_iso_date("2021-01-01"))) {
    ADD_FAILURE() << finding.patient_id << ": " << finding.rule;
  }
}

TEST(SyntheticTrial, TreatmentWithdrawalsAndThromboembolicEventsFollowThePlan) {
  const StudyData data = generate(1);
  const auto arm_of = arms(data);
  std::map<std::string, std::vector<const Course*>> courses;
  for (const Course& course : data.courses) courses[course.patient_id].push_back(&course);
  std::map<std::string, int> withdrawn;
  for (const Patient& patient : data.patients) {
    if (patient.withdrawal_date) ++withdrawn[arm_of.at(patient.id)];
    const bool active = arm_of.at(patient.id) == "ivig";
    if (active && !patient.withdrawal_date) {
      EXPECT_EQ(courses[patient.id].size(), 10u) << patient.id;
    }
    if (courses[patient.id].empty()) continue;
    // Every patient starts on day 1; the blinded period's courses are masked study drug, and a
    // placebo patient's first open-label course is the switch at the week 8, 12 or 16 visit.
    std::map<int, util::Date> visits;
    for (const Visit& visit : data.visits) {
      if (visit.patient_id == patient.id) visits[visit.week] = visit.date;
    }
    EXPECT_EQ(courses[patient.id].front()->start_date, visits[0]) << patient.id;
    const auto open = std::find_if(courses[patient.id].begin(), courses[patient.id].end(),
                                   [](const Course* c) { return !c->blinded; });
    for (auto c = courses[patient.id].begin(); c != open && visits.contains(16); ++c) {
      EXPECT_LT((*c)->start_date, visits[16]) << patient.id << " course " << (*c)->number;
    }
    if (open == courses[patient.id].end()) continue;  // withdrawn while blinded
    const util::Date first_open = (*open)->start_date;
    EXPECT_TRUE(active ? first_open == visits[16]
                       : first_open == visits[8] || first_open == visits[12] ||
                             first_open == visits[16])
        << patient.id;
  }
  EXPECT_EQ(withdrawn["ivig"], 3);  // 2 before week 16, 1 in the extension
  EXPECT_EQ(withdrawn["placebo"], 4);
  const std::vector<std::string> listed = rct_protocol_for_tests().analysis.special_interest->terms;
  const std::set<std::string> terms(listed.begin(), listed.end());
  std::map<std::string, std::set<std::string>> with_event;
  for (const AdverseEvent& event : data.adverse_events) {
    if (terms.contains(event.term))
      with_event[arm_of.at(event.patient_id)].insert(event.patient_id);
  }
  EXPECT_EQ(with_event["ivig"].size(), 4u);
  EXPECT_EQ(with_event["placebo"].size(), 2u);
}

TEST(SyntheticTrial, RefusesWhatItCannotGenerate) {
  struct Case {
    std::size_t patients;
    Protocol protocol;
    std::string message;
  };
  Protocol without_response = rct_protocol_for_tests();
  without_response.analysis.response.reset();
  Protocol without_interval = rct_protocol_for_tests();
  without_interval.regimen.interval_weeks.reset();
  const std::vector<Case> cases{
      {1, rct_protocol_for_tests(), "patients: must be from 2 to 144"},
      {145, rct_protocol_for_tests(), "patients: must be from 2 to 144"},
      {95, seed_protocol_for_tests(), "synthetic trials are generated for randomised protocols"},
      {95, without_response, "analysis.response:"},
      {95, without_interval, "regimen.interval_weeks:"},
  };
  for (const Case& c : cases) {
    SyntheticTrialOptions options;
    options.patients = c.patients;
    const auto data = generate_synthetic_trial(options, c.protocol);
    ASSERT_FALSE(data) << c.message;
    EXPECT_NE(data.error().message.find(c.message), std::string::npos) << data.error().message;
  }
  const auto small = generate(7, 12);  // a small trial: 6 and 6
  EXPECT_EQ(small.patients.size(), 12u);
}

}  // namespace
}  // namespace myoivig::domain
