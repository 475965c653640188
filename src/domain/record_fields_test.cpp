#include "domain/record_fields.hpp"

#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

struct FieldFacts {
  std::string name;
  std::string bundle_name;
  bool key = false;
  bool required = false;
  bool vas = false;
};

template <typename Record>
std::vector<FieldFacts> facts() {
  std::vector<FieldFacts> all;
  for_each_field<Record>([&](const auto& field) {
    all.push_back({std::string(field.name), std::string(field.bundle_name), field.traits.key,
                   field.required(), field.is_vas()});
  });
  return all;
}

std::vector<FieldFacts> facts_of(std::string_view entity) {
  std::vector<FieldFacts> found;
  for_each_record_type([&]<typename R>(std::type_identity<R>) {
    if (RecordFields<R>::entity == entity) found = facts<R>();
  });
  return found;
}

TEST(RecordFields, EveryEntityOnceInStudyDataOrder) {
  std::vector<std::string> entities;
  for_each_record_type(
      [&]<typename R>(std::type_identity<R>) { entities.emplace_back(RecordFields<R>::entity); });
  EXPECT_EQ(entities,
            (std::vector<std::string>{"patients", "allocations", "conditions", "steroid_doses",
                                      "courses", "administrations", "visits", "assessments",
                                      "muscle_grades", "adverse_events"}));
}

struct CountCase {
  std::string_view entity;
  std::size_t fields;
  std::size_t keys;
  std::size_t required;
};

TEST(RecordFields, CountsOfFieldsKeysAndRequiredValues) {
  const CountCase cases[] = {
      {"patients", 11, 1, 7},      {"allocations", 5, 1, 5},  {"conditions", 5, 2, 3},
      {"steroid_doses", 4, 1, 3},  {"courses", 9, 2, 7},      {"administrations", 8, 3, 5},
      {"visits", 3, 2, 3},         {"assessments", 15, 2, 2}, {"muscle_grades", 6, 4, 5},
      {"adverse_events", 9, 1, 8},
  };
  for (const CountCase& c : cases) {
    const auto all = facts_of(c.entity);
    std::size_t keys = 0;
    std::size_t required = 0;
    for (const FieldFacts& f : all) {
      keys += f.key ? 1 : 0;
      required += f.required ? 1 : 0;
    }
    EXPECT_EQ(all.size(), c.fields) << c.entity;
    EXPECT_EQ(keys, c.keys) << c.entity;
    EXPECT_EQ(required, c.required) << c.entity;
  }
}

TEST(RecordFields, NamesAreUniqueAndKeysComeFirst) {
  for_each_record_type([&]<typename R>(std::type_identity<R>) {
    std::set<std::string> names;
    std::set<std::string> bundle_names;
    bool past_keys = false;
    for (const FieldFacts& f : facts<R>()) {
      EXPECT_TRUE(names.insert(f.name).second) << RecordFields<R>::entity << "." << f.name;
      EXPECT_TRUE(bundle_names.insert(f.bundle_name).second)
          << RecordFields<R>::entity << "." << f.bundle_name;
      if (!f.key) past_keys = true;
      EXPECT_FALSE(f.key && past_keys) << RecordFields<R>::entity << "." << f.name;
    }
  });
}

// The bundle renames exactly these; VAS fields are millimetres stored, centimetres in files.
TEST(RecordFields, BundleNamesDifferOnlyWhereTheFormatSays) {
  std::vector<std::string> renamed;
  for_each_record_type([&]<typename R>(std::type_identity<R>) {
    for (const FieldFacts& f : facts<R>()) {
      if (f.name != f.bundle_name) {
        renamed.push_back(std::string(RecordFields<R>::entity) + "." + f.name + "->" +
                          f.bundle_name + (f.vas ? " (vas)" : ""));
      } else {
        EXPECT_FALSE(f.vas) << f.name;
      }
    }
  });
  EXPECT_EQ(renamed, (std::vector<std::string>{
                         "conditions.code->condition",
                         "assessments.fatigue_vas_mm->fatigue_vas_cm (vas)",
                         "assessments.pain_vas_mm->pain_vas_cm (vas)",
                         "assessments.physician_activity_vas_mm->physician_activity_vas_cm (vas)",
                         "assessments.patient_activity_vas_mm->patient_activity_vas_cm (vas)",
                         "assessments.extramuscular_vas_mm->extramuscular_vas_cm (vas)",
                         "assessments.mmt8_score->mmt8",
                     }));
}

TEST(RecordFields, ReadAndWriteTheRecordsMembers) {
  Course course;
  course.number = 2;
  course.product = "PEG-IgG 5%";
  std::vector<std::string> seen;
  for_each_field<Course>([&](const auto& field) {
    using Value = typename std::decay_t<decltype(field)>::ValueType;
    if constexpr (std::is_same_v<Value, std::string>) {
      seen.push_back(std::string(field.name) + "=" + field.of(course));
    }
    if constexpr (std::is_same_v<Value, bool>) field.of(course) = true;  // blinded
  });
  EXPECT_EQ(seen, (std::vector<std::string>{"patient_id=", "regimen=", "product=PEG-IgG 5%"}));
  EXPECT_TRUE(course.blinded);
  EXPECT_EQ(std::get<1>(RecordFields<Course>::list).of(course), 2);
}

}  // namespace
}  // namespace myoivig::domain
