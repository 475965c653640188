// Test support, not part of the library: the table-driven harness shared by the record rule
// tests (record_rules_test.cpp, record_rules_course_test.cpp,
// record_rules_assessment_test.cpp): one case is a change to a valid record and the exact
// message validate_record must then give.
// Thread-safety: the seed protocol is built once (a function-local static); the rest is pure.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "domain/protocol.hpp"
#include "domain/seed_protocol_for_tests.hpp"
#include "util/date.hpp"
#include "util/expected.hpp"

namespace myoivig::domain::testing {

inline util::Date date(std::string_view iso) {
  return *util::parse_iso_date(iso);
}

inline util::TimeOfDay time_of_day(std::string_view hh_mm) {
  return *util::parse_time_of_day(hh_mm);
}

// One case: a change to a valid record and the message it must give (empty: still valid).
template <typename Record>
struct RuleCase {
  std::string_view name;
  std::function<void(Record&)> change;
  std::string message;
  friend void PrintTo(const RuleCase& c, std::ostream* os) { *os << c.name; }
};

template <typename Record>
std::string case_name(const ::testing::TestParamInfo<RuleCase<Record>>& param_info) {
  return std::string(param_info.param.name);
}

// Applies the case's change to `record` and checks validate(record) against its message.
template <typename Record, typename Validate>
void expect_rule(const RuleCase<Record>& c, Record record, Validate validate) {
  c.change(record);
  const util::Expected<void> valid = validate(record);
  if (c.message.empty()) {
    EXPECT_TRUE(valid) << valid.error().message;
    return;
  }
  ASSERT_FALSE(valid) << "accepted";
  EXPECT_EQ(valid.error().code, util::ErrorCode::invalid_argument);
  EXPECT_EQ(valid.error().message, c.message);
}

inline const Protocol& seed() {
  static const Protocol protocol = seed_protocol_for_tests();
  return protocol;
}

inline const std::string k_pseudonym_rule =
    "' is not a study pseudonym (letters, digits, - and _, 1-32 characters)";

}  // namespace myoivig::domain::testing
