// Trajectory plots of the hand-built endpoints: the scale per measure, the y ticks chosen,
// one line per patient plus the mean, error bars, the description of the means, the cap on
// drawn patients and an endpoint without values.
#include "io/trajectory_plot.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "io/report_test_support.hpp"

namespace myoivig::io {
namespace {

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t found = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++found;
  }
  return found;
}

struct ScaleCase {
  domain::Measure measure;
  bool log;
};

class PlotScale : public testing::TestWithParam<ScaleCase> {};

TEST_P(PlotScale, OnlyCkIsLogarithmic) {
  EXPECT_EQ(plotted_on_log_scale(GetParam().measure), GetParam().log);
}

INSTANTIATE_TEST_SUITE_P(Cases, PlotScale,
                         testing::Values(ScaleCase{domain::Measure::mmt, false},
                                         ScaleCase{domain::Measure::adl, false},
                                         ScaleCase{domain::Measure::ck, true},
                                         ScaleCase{domain::Measure::vas_fatigue, false},
                                         ScaleCase{domain::Measure::vas_pain, false}));

struct PlotCase {
  const char* name;
  analysis::EndpointResult endpoint;
  std::vector<std::string> expected;  // pieces of the SVG
  std::size_t lines;                  // polylines: patients + the mean
  std::size_t error_bars;
};

class TrajectoryPlot : public testing::TestWithParam<PlotCase> {};

TEST_P(TrajectoryPlot, DrawsPatientsMeansAndIntervals) {
  const std::string svg = render_trajectory_plot(GetParam().endpoint, 0.95);
  for (const std::string& piece : GetParam().expected) {
    EXPECT_NE(svg.find(piece), std::string::npos) << piece;
  }
  EXPECT_EQ(count(svg, "<polyline "), GetParam().lines);
  EXPECT_EQ(count(svg, R"(stroke="#1d4e89" stroke-width="1.4")"), GetParam().error_bars);
  EXPECT_EQ(count(svg, "<svg "), 1U);
  EXPECT_EQ(count(svg, "</svg>"), 1U);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TrajectoryPlot,
    testing::Values(
        // Values 55..78, interval ends 47.6..83.9: nice linear ticks 40..90 by 10.
        PlotCase{"mmt",
                 test::mmt_endpoint(),
                 {R"(id="plot-mmt-title")", ">40<", ">50<", ">90<", ">MMT score (points)<",
                  ">Week<", ">0<", ">4<", ">12<", ">Patients (n = 3)<", ">Mean (95% CI)<",
                  "Means: week 0 60.0 (n = 3); week 4 66.0 (n = 3); week 12 74.0 (n = 3)."},
                 4,
                 3},
        // Values 300..2900 and interval highs to 4480.9 (lows < 0 left out): 1-2-5 ticks
        // 200..5000.
        PlotCase{"ck",
                 test::ck_endpoint(),
                 {">200<", ">500<", ">1000<", ">2000<", ">5000<", ">CK (IU/l, log scale)<",
                  ", on a log scale. Means: week 0 1733.3 (n = 3); week 12 700.0 (n = 3)."},
                 4,
                 2},
        // A constant endpoint without intervals: the axis is widened around 30.
        PlotCase{
            "adl_constant", test::adl_endpoint(), {">ADL score (points)<", ">26<", ">34<"}, 4, 0}),
    [](const testing::TestParamInfo<PlotCase>& param_info) { return param_info.param.name; });

TEST(TrajectoryPlot, DrawsAtMostTheCapOfPatients) {
  const std::string svg = render_trajectory_plot(test::mmt_endpoint(), 0.95, 2);
  EXPECT_EQ(count(svg, "<polyline "), 3U);
  EXPECT_NE(svg.find("only the first 2 patients are drawn"), std::string::npos);
  EXPECT_NE(svg.find(">2 of 3 patients<"), std::string::npos);
}

TEST(TrajectoryPlot, FadesPatientLinesAsTheyGrowInNumber) {
  analysis::EndpointResult endpoint = test::mmt_endpoint();
  EXPECT_NE(render_trajectory_plot(endpoint, 0.95).find(R"(stroke-opacity="0.6")"),
            std::string::npos);
  const analysis::Trajectory first = endpoint.trajectories.front();
  endpoint.trajectories.assign(400, first);
  // 3 / sqrt(400)
  EXPECT_EQ(count(render_trajectory_plot(endpoint, 0.95), R"(stroke-opacity="0.15")"), 400U);
}

TEST(TrajectoryPlot, SaysSoWhenThereIsNoValue) {
  analysis::EndpointResult endpoint;
  endpoint.measure = domain::Measure::vas_pain;
  endpoint.by_visit = {{0, 0, std::nullopt, std::nullopt}};
  EXPECT_EQ(render_trajectory_plot(endpoint, 0.95),
            R"(<p class="empty">No Muscle pain VAS values were recorded.</p>)");
}

}  // namespace
}  // namespace myoivig::io
