// Visit windows by hand: week 8 from day 1 2003-03-03 is 2003-04-28, with 7 days either
// side 2003-04-21 to 2003-05-05; a withdrawal up to the last day ends the expectation of
// the visit.
#include "domain/visit_window.hpp"

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

util::Date date(const char* iso) {
  return *util::parse_iso_date(iso);
}

TEST(VisitWindow, CountsWeeksFromDayOneWithTheWindowAroundTheTarget) {
  const ScheduledVisit week8{8, 7, 7, {}};
  const VisitWindow window = visit_window(week8, date("2003-03-03"));
  EXPECT_EQ(window.target.iso(), "2003-04-28");
  EXPECT_EQ(window.earliest.iso(), "2003-04-21");
  EXPECT_EQ(window.latest.iso(), "2003-05-05");
  const VisitWindow baseline = visit_window({0, 0, 3, {}}, date("2003-03-03"));
  EXPECT_EQ(baseline.earliest.iso(), "2003-03-03");
  EXPECT_EQ(baseline.latest.iso(), "2003-03-06");
}

TEST(VisitWindow, IsNotExpectedOfAPatientWithdrawnWhileItWasOpen) {
  const VisitWindow window = visit_window({8, 7, 7, {}}, date("2003-03-03"));
  const struct {
    std::optional<util::Date> withdrawal;
    bool expected;
  } cases[] = {
      {std::nullopt, true},        {date("2003-04-20"), false},  // before the window opens
      {date("2003-04-21"), false},                               // its first day
      {date("2003-05-05"), false},                               // its last day: still open
      {date("2003-05-06"), true},                                // the day after it closed
  };
  for (const auto& c : cases) {
    EXPECT_EQ(window.expected_of(c.withdrawal), c.expected)
        << (c.withdrawal ? c.withdrawal->iso() : "not withdrawn");
  }
}

}  // namespace
}  // namespace myoivig::domain
