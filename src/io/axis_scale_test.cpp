// Axis scales: nice linear ticks (Heckbert), 1-2-5 and decade log10 ticks, positions and
// tick labels, against hand-worked cases.
#include "io/axis_scale.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace myoivig::io {
namespace {

struct LinearCase {
  const char* name;
  double low;
  double high;
  int target;
  std::vector<double> ticks;
  int decimals;
};

class LinearAxis : public testing::TestWithParam<LinearCase> {};

TEST_P(LinearAxis, NiceTicksCoverTheData) {
  const LinearCase& c = GetParam();
  const Axis axis = linear_axis(c.low, c.high, c.target);
  EXPECT_EQ(axis.scale, ScaleKind::linear);
  // Exact equality: ticks are the doubles nearest the decimal values (0.3, not
  // 0.30000000000000004).
  EXPECT_EQ(axis.ticks, c.ticks);
  EXPECT_EQ(axis.decimals, c.decimals);
  EXPECT_EQ(axis.low, c.ticks.front());
  EXPECT_EQ(axis.high, c.ticks.back());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LinearAxis,
    testing::Values(LinearCase{"unit", 0, 1, 5, {0, 0.2, 0.4, 0.6, 0.8, 1.0}, 1},
                    LinearCase{"mmt", 67, 81, 5, {65, 70, 75, 80, 85}, 0},
                    LinearCase{"ck", 612.6, 1287.4, 5, {600, 800, 1000, 1200, 1400}, 0},
                    LinearCase{"across_zero", -3.2, 7.9, 5, {-5, 0, 5, 10}, 0},
                    LinearCase{"tenths_on_ticks", 0.3, 0.7, 5, {0.3, 0.4, 0.5, 0.6, 0.7}, 1},
                    LinearCase{"constant", 5, 5, 5, {4.4, 4.6, 4.8, 5.0, 5.2, 5.4, 5.6}, 1},
                    LinearCase{"zero", 0, 0, 5, {-1, -0.5, 0, 0.5, 1}, 1},
                    LinearCase{
                        "many_ticks", 0, 100, 11, {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100}, 0}),
    [](const testing::TestParamInfo<LinearCase>& param_info) { return param_info.param.name; });

struct LogCase {
  const char* name;
  double low;
  double high;
  std::vector<double> ticks;
};

class LogAxis : public testing::TestWithParam<LogCase> {};

TEST_P(LogAxis, OneTwoFiveOrDecades) {
  const LogCase& c = GetParam();
  const Axis axis = log10_axis(c.low, c.high);
  EXPECT_EQ(axis.scale, ScaleKind::log10);
  EXPECT_EQ(axis.ticks, c.ticks);
  EXPECT_EQ(axis.low, c.ticks.front());
  EXPECT_EQ(axis.high, c.ticks.back());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LogAxis,
    testing::Values(LogCase{"ck", 200, 3000, {200, 500, 1000, 2000, 5000}},
                    LogCase{"below_one", 0.5, 12, {0.5, 1, 2, 5, 10, 20}},
                    LogCase{"on_ticks", 100, 1000, {100, 200, 500, 1000}},
                    LogCase{"two_decades", 20, 2000, {20, 50, 100, 200, 500, 1000, 2000}},
                    LogCase{
                        "three_decades", 20, 20000, {10, 30, 100, 300, 1000, 3000, 10000, 30000}},
                    LogCase{"four_decades", 3, 40000, {1, 10, 100, 1000, 10000, 100000}},
                    LogCase{"constant", 150, 150, {50, 100, 200, 500}},
                    LogCase{"constant_on_tick", 1000, 1000, {500, 1000, 2000}}),
    [](const testing::TestParamInfo<LogCase>& param_info) { return param_info.param.name; });

struct FractionCase {
  Axis axis;
  double value;
  double fraction;
};

class AxisFraction : public testing::TestWithParam<FractionCase> {};

TEST_P(AxisFraction, MapsTheDomainToZeroOne) {
  EXPECT_NEAR(axis_fraction(GetParam().axis, GetParam().value), GetParam().fraction, 1e-12);
}

INSTANTIATE_TEST_SUITE_P(Cases, AxisFraction,
                         testing::Values(FractionCase{linear_axis(67, 81), 75, 0.5},
                                         FractionCase{linear_axis(67, 81), 65, 0.0},
                                         FractionCase{linear_axis(67, 81), 90, 1.25},
                                         FractionCase{log10_axis(100, 10000), 1000, 0.5},
                                         FractionCase{log10_axis(100, 10000), 10000, 1.0},
                                         FractionCase{log10_axis(100, 10000), 0, 0.0},
                                         FractionCase{log10_axis(100, 10000), -5, 0.0},
                                         FractionCase{fixed_axis(-4, 12, {-4, 0, 12}, 0), 0,
                                                      0.25}));

TEST(TickLabel, LinearUsesTheStepDecimalsLogThoseOfEachTick) {
  const Axis unit = linear_axis(0, 1);
  EXPECT_EQ(tick_label(unit, unit.ticks[1]), "0.2");
  EXPECT_EQ(tick_label(unit, unit.ticks[0]), "0.0");
  const Axis log = log10_axis(0.5, 12);
  std::vector<std::string> labels;
  for (const double tick : log.ticks) labels.push_back(tick_label(log, tick));
  EXPECT_EQ(labels, (std::vector<std::string>{"0.5", "1", "2", "5", "10", "20"}));
  const Axis weeks = fixed_axis(-4.5, 12.5, {-4, 0, 2, 4, 8, 12}, 0);
  EXPECT_EQ(tick_label(weeks, -4), "-4");
}

}  // namespace
}  // namespace myoivig::io
