// The responder bar chart: a well-formed, self-contained SVG; bars, whiskers and labels
// where the proportions put them; escaped arm labels; nothing for a result without
// comparisons; and the trial report shows it.
#include "io/responder_chart.hpp"

#include <string>

#include <gtest/gtest.h>

#include "analysis/trial_analysis.hpp"
#include "analysis/trial_test_support.hpp"
#include "io/svg_test_support.hpp"
#include "io/trial_report_html.hpp"

namespace myoivig::io {
namespace {

const std::vector<std::string> k_colours{"#1d4e89", "#b5542c"};

analysis::ResponderComparison comparison(int threshold, std::size_t ivig, std::size_t placebo,
                                         stats::Interval ivig_ci, stats::Interval placebo_ci) {
  analysis::ResponderComparison c;
  c.threshold = threshold;
  c.arms = {{"ivig", ivig, 47, ivig / 47.0, ivig_ci},
            {"placebo", placebo, 48, placebo / 48.0, placebo_ci}};
  return c;
}

// The demo's responders with their Clopper-Pearson intervals (R: binom.test).
analysis::TrialResult demo_like_result() {
  analysis::TrialResult result;
  result.arms = {{"ivig", "IVIG <2 g/kg> & co", 47, 47, 0}, {"placebo", "Placebo", 48, 46, 7}};
  result.primary = comparison(20, 37, 21, {0.6434, 0.8930}, {0.2950, 0.5880});
  result.secondary = {comparison(40, 32, 10, {0.5290, 0.8090}, {0.1050, 0.3500}),
                      comparison(60, 15, 4, {0.1910, 0.4710}, {0.0230, 0.2000})};
  return result;
}

TEST(ResponderChart, IsWellFormedAndSelfContained) {
  const std::string svg = render_responder_chart(demo_like_result(), k_colours);
  EXPECT_EQ(test::svg_problem(svg), "");
  EXPECT_EQ(test::external_reference(svg), "");
  EXPECT_NE(svg.find(R"(<title id="responder-chart-title">)"), std::string::npos);
  EXPECT_NE(svg.find("ivig 37 of 47 (78.7%); placebo 21 of 48 (43.8%);"), std::string::npos);
}

TEST(ResponderChart, DrawsEachArmsBarWhiskerAndLabels) {
  const std::string svg = render_responder_chart(demo_like_result(), k_colours);
  // Plot area x 54..626, y 46..256 (210 px for 100 %); 3 groups of 190.67 px; bars
  // min(58, 0.26 x 190.67) = 49.57 px wide, 10 px apart, centred on 149.33:
  // the first bar from x 94.77, 37/47 = 78.72 % -> 165.32 px high, top at 90.68.
  EXPECT_NE(svg.find(R"(<rect x="94.8" y="90.7" width="49.6" height="165.3" fill="#1d4e89")"),
            std::string::npos)
      << svg;
  // Its whisker at x 119.55 from 64.34 % (y 120.9) to 89.30 % (y 68.5).
  EXPECT_NE(svg.find(R"(<path d="M119.5 120.9V68.5)"), std::string::npos) << svg;
  for (const char* text : {">78.7%<", ">43.8%<", ">31.9%<", ">8.3%<", ">37/47<", ">21/48<",
                           ">4/48<", ">TIS \xE2\x89\xA5 20 (primary)<", ">TIS \xE2\x89\xA5 60<",
                           ">IVIG &lt;2 g/kg&gt; &amp; co<", ">95% confidence interval<",
                           ">Responders (% of randomised)<"}) {
    EXPECT_NE(svg.find(text), std::string::npos) << text;
  }
}

TEST(ResponderChart, IsEmptyWithoutComparisons) {
  EXPECT_EQ(render_responder_chart(analysis::TrialResult{}, k_colours), "");
  EXPECT_EQ(render_responder_chart(demo_like_result(), {}), "");
}

TEST(ResponderChart, AndTheForestPlotAreInTheTrialReport) {
  analysis::testing::TrialBuilder trial = analysis::testing::small_trial();
  const auto result = analysis::analyse_trial(trial.data(), analysis::testing::trial_protocol());
  ASSERT_TRUE(result) << result.error().message;
  const std::string html = render_trial_report(*result, analysis::testing::trial_protocol());
  for (const char* expected :
       {"Responders by arm and TIS threshold", "Figure 1. Responders by arm",
        "Change in the core set measures, ivig minus placebo", "Figure 3. Difference in mean",
        "Difference (95% CI)", "Welch&#39;s t interval"}) {
    EXPECT_NE(html.find(expected), std::string::npos) << expected;
  }
  EXPECT_EQ(test::external_reference(html), "");
}

}  // namespace
}  // namespace myoivig::io
