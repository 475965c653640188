// Courses of masked study drug: what they held (gives_placebo), and the rules that let a
// study record them (record_rules.hpp, study_integrity.hpp), on a small synthetic trial.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "domain/blinded_period.hpp"
#include "domain/rct_protocol_for_tests.hpp"
#include "domain/study_design.hpp"
#include "domain/study_integrity.hpp"
#include "domain/synthetic_trial.hpp"

namespace myoivig::domain {
namespace {

StudyData small_trial() {
  SyntheticTrialOptions options;
  options.patients = 12;
  options.seed = 7;
  auto data = generate_synthetic_trial(options, rct_protocol_for_tests());
  EXPECT_TRUE(data) << data.error().message;
  return data ? *data : StudyData{};
}

std::size_t first_blinded_course(const StudyData& data) {
  const auto found = std::find_if(data.courses.begin(), data.courses.end(),
                                  [](const Course& c) { return c.blinded; });
  EXPECT_NE(found, data.courses.end());
  return static_cast<std::size_t>(found - data.courses.begin());
}

TEST(BlindedCourse, HoldsPlaceboOnlyWhenMaskedInAPlaceboArm) {
  struct Case {
    bool blinded;
    bool placebo_arm;
    bool placebo;
  };
  for (const Case& c : {Case{true, true, true}, Case{true, false, false}, Case{false, true, false},
                        Case{false, false, false}}) {
    Course course;
    course.blinded = c.blinded;
    Arm arm;
    arm.placebo = c.placebo_arm;
    EXPECT_EQ(gives_placebo(course, arm), c.placebo) << c.blinded << c.placebo_arm;
  }
}

// rct-ivig-2g: blinded to week 16, whose visit window opens 7 days early, so the
// open-label extension starts 16 * 7 - 7 = 105 days after randomisation.
TEST(BlindedCourse, StartsBlindedFromRandomisationToTheExtension) {
  const Protocol protocol = rct_protocol_for_tests();
  Protocol open_label = protocol;
  open_label.design.blinded = false;
  Allocation allocation{"RCT-001", "placebo", "US-01", 1, *util::parse_iso_date("2017-03-06")};
  const util::Date randomised = allocation.randomised_on;
  EXPECT_EQ(open_label_from(protocol, randomised), randomised.plus_days(105));
  struct Case {
    const Protocol* protocol;
    const Allocation* allocation;
    int day;  // course start, days after randomisation
    bool blinded;
  };
  for (const Case& c :
       {Case{&protocol, &allocation, 0, true}, Case{&protocol, &allocation, 104, true},
        Case{&protocol, &allocation, 105, false}, Case{&protocol, &allocation, -1, false},
        Case{&protocol, nullptr, 0, false}, Case{&open_label, &allocation, 0, false}}) {
    EXPECT_EQ(starts_blinded(*c.protocol, c.allocation, randomised.plus_days(c.day)), c.blinded)
        << c.day << (c.allocation ? "" : " not randomised");
  }
}

TEST(BlindedCourse, TheSyntheticTrialHoldsTogether) {
  const auto found = find_integrity_violation(small_trial(), rct_protocol_for_tests());
  EXPECT_FALSE(found) << found->entity << "[" << found->index << "]: " << found->error.message;
}

TEST(BlindedCourse, NeedsABlindedProtocol) {
  const StudyData data = small_trial();
  Protocol open_label = rct_protocol_for_tests();
  open_label.design.blinded = false;
  const auto found = find_integrity_violation(data, open_label);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->entity, "courses");
  EXPECT_EQ(found->index, first_blinded_course(data));
  EXPECT_EQ(found->error.message,
            "blinded: true needs a blinded randomised protocol ([design] blinded = true); "
            "protocol RCT-IVIG-2G gives open-label IVIG only");
}

TEST(BlindedCourse, NeedsARandomisedPatient) {
  StudyData data = small_trial();
  const std::size_t index = first_blinded_course(data);
  const std::string patient = data.courses[index].patient_id;
  std::erase_if(data.allocations, [&](const Allocation& a) { return a.patient_id == patient; });
  const auto found = find_integrity_violation(data, rct_protocol_for_tests());
  ASSERT_TRUE(found);
  EXPECT_EQ(found->entity, "courses");
  EXPECT_EQ(found->index, index);
  EXPECT_EQ(found->error.message,
            "blinded: true for patient '" + patient +
                "', who is not randomised (masked study drug needs an allocation)");
}

TEST(BlindedCourse, StartsOnOrAfterRandomisation) {
  StudyData data = small_trial();
  const std::size_t index = first_blinded_course(data);
  const Course& course = data.courses[index];
  Allocation& allocation =
      *std::find_if(data.allocations.begin(), data.allocations.end(),
                    [&](const Allocation& a) { return a.patient_id == course.patient_id; });
  allocation.randomised_on = course.start_date;  // the same day: allowed
  EXPECT_FALSE(find_integrity_violation(data, rct_protocol_for_tests()));
  allocation.randomised_on = course.start_date.plus_days(1);
  const auto found = find_integrity_violation(data, rct_protocol_for_tests());
  ASSERT_TRUE(found);
  EXPECT_EQ(found->entity, "courses");
  EXPECT_EQ(found->index, index);
  EXPECT_EQ(found->error.message,
            "start_date: " + course.start_date.iso() + " of a blinded course is before patient '" +
                course.patient_id + "' was randomised on " + allocation.randomised_on.iso());
}

}  // namespace
}  // namespace myoivig::domain
