// The forest plot of the core set changes: a well-formed, self-contained SVG; one row per
// measure with its own symmetric scale and the zeros lined up; the marker where the
// difference is; the better side per measure; printed numbers with true minus signs; a row
// without a difference says so; nothing without changes.
#include "io/forest_plot.hpp"

#include <string>

#include <gtest/gtest.h>

#include "io/svg_test_support.hpp"

namespace myoivig::io {
namespace {

analysis::MeasureChangeByArm change(domain::Measure measure,
                                    std::optional<analysis::ChangeDifference> difference) {
  analysis::MeasureChangeByArm c;
  c.measure = measure;
  c.arms = {{"ivig", 45, 0.0, 1.0, std::nullopt}, {"placebo", 46, 0.0, 1.0, std::nullopt}};
  c.difference = difference;
  return c;
}

analysis::TrialResult result_with_changes() {
  analysis::TrialResult result;
  result.baseline_week = 0;
  result.primary_week = 16;
  result.arms = {{"ivig", "IVIG", 47, 47, 0}, {"placebo", "Placebo", 48, 46, 7}};
  result.changes = {
      change(domain::Measure::mmt8, analysis::ChangeDifference{7.24, {3.62, 10.87}, 80.5, 1.6e-4}),
      change(domain::Measure::physician_activity,
             analysis::ChangeDifference{-1.48, {-2.09, -0.87}, 85.0, 2e-5}),
      change(domain::Measure::haq, std::nullopt),
  };
  return result;
}

TEST(ForestPlot, IsWellFormedAndSelfContained) {
  const std::string svg = render_forest_plot(result_with_changes());
  EXPECT_EQ(test::svg_problem(svg), "");
  EXPECT_EQ(test::external_reference(svg), "");
  EXPECT_NE(svg.find(R"(<title id="forest-plot-title">Change in the core set measures, ivig )"
                     R"(minus placebo</title>)"),
            std::string::npos);
  EXPECT_NE(svg.find("MMT-8 (points) 7.24 (3.62 to 10.87);"), std::string::npos);
}

TEST(ForestPlot, PlacesEachRowOnItsOwnSymmetricScale) {
  const std::string svg = render_forest_plot(result_with_changes());
  // 3 rows of 58 px from y 40: height 40 + 174 + 4.
  EXPECT_EQ(svg.rfind(R"(<svg class="plot" viewBox="0 0 720 218" )", 0), 0u);
  // MMT-8: widest end 10.87 x 1.08 = 11.74 -> nice axis -20..20 (step 10) over x 236..496;
  // 7.24 at 236 + 27.24 / 40 x 260 = 413.06, the 9 px square from 408.56; row line y 60.
  EXPECT_NE(svg.find(R"(<rect x="408.6" y="55.5" width="9" height="9")"), std::string::npos) << svg;
  // Its interval from 3.62 (x 389.53) to 10.87 (x 436.66).
  EXPECT_NE(svg.find(R"(<path d="M389.5 60.0H436.7")"), std::string::npos) << svg;
  // Zero in the middle of both drawn rows (x 366).
  EXPECT_NE(svg.find(R"(<path d="M366.0 51.0V76.0")"), std::string::npos) << svg;
  EXPECT_NE(svg.find(R"(<path d="M366.0 109.0V134.0")"), std::string::npos) << svg;
  // Tick labels with true minus signs.
  EXPECT_NE(svg.find(">\xE2\x88\x92"
                     "20<"),
            std::string::npos);
}

TEST(ForestPlot, PrintsNumbersBetterSidesAndMissingRows) {
  const std::string svg = render_forest_plot(result_with_changes());
  const std::string minus = "\xE2\x88\x92";
  for (const std::string& text :
       {std::string(">7.2 (3.6 to 10.9)<"),
        ">" + minus + "1.48 (" + minus + "2.09 to " + minus + "0.87)<",
        std::string(">p = 0.0001600; n 45 / 46<"), std::string(">p &lt; 0.0001; n 45 / 46<"),
        std::string(">ivig better \xE2\x86\x92<"), std::string(">\xE2\x86\x90 ivig better<"),
        std::string(">points, higher is better<"), std::string(">cm, lower is better<"),
        std::string(">not estimable (an arm has fewer than 2 changes)<")}) {
    EXPECT_NE(svg.find(text), std::string::npos) << text;
  }
}

TEST(ForestPlot, IsEmptyWithoutChanges) {
  EXPECT_EQ(render_forest_plot(analysis::TrialResult{}), "");
}

}  // namespace
}  // namespace myoivig::io
