// The CONSORT-style flow diagram: counts per step, patients listed with their reasons in
// the side box of their stage, the cut-off of long lists, counts that disagree with the
// listing, and well-formed SVG.
#include "io/consort_diagram.hpp"

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

analysis::Populations many_withdrawn(std::size_t withdrawn) {
  analysis::Populations population;
  population.enrolled = 30;
  population.treated = 30;
  population.analysed = 30 - withdrawn;
  population.courses = 30;
  for (std::size_t i = 1; i <= withdrawn; ++i) {
    population.excluded.push_back(
        {"P-" + std::to_string(i), analysis::ExclusionStage::not_analysed, "withdrawn"});
  }
  return population;
}

struct FlowCase {
  const char* name;
  analysis::Populations population;
  std::vector<std::string> present;
  std::vector<std::string> absent;
  bool lists_every;
};

class ConsortDiagram : public testing::TestWithParam<FlowCase> {};

TEST_P(ConsortDiagram, ShowsCountsAndReasons) {
  const FlowCase& c = GetParam();
  const std::string svg = render_consort_diagram(c.population);
  for (const std::string& piece : c.present) {
    EXPECT_NE(svg.find(piece), std::string::npos) << piece;
  }
  for (const std::string& piece : c.absent) {
    EXPECT_EQ(svg.find(piece), std::string::npos) << piece;
  }
  EXPECT_EQ(consort_lists_every_exclusion(c.population), c.lists_every);
  EXPECT_EQ(svg.rfind("<svg ", 0), 0U);
  EXPECT_EQ(count(svg, "</svg>"), 1U);
  EXPECT_EQ(count(svg, "<g>"), count(svg, "</g>"));
  EXPECT_EQ(count(svg, "<text "), count(svg, "</text>"));
  EXPECT_EQ(count(svg, "<title"), count(svg, "</title>"));
  EXPECT_EQ(count(svg, "<rect "), 5U);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ConsortDiagram,
    testing::Values(
        FlowCase{"hand_built",
                 test::hand_built_result(true).population,
                 {">Enrolled<", ">n = 5<", ">Not treated (n = 1)<", ">n = 4<", ">5 courses given<",
                  ">1 with a repeat course<", ">Not analysed (n = 1)<", ">n = 3<",
                  R"(<tspan font-weight="700">P-05:</tspan> withdrew consent)",
                  R"(<tspan font-weight="700">P-04:</tspan> withdrawn 2002-03-01)",
                  "<title>P-04: withdrawn 2002-03-01, before week 12: moved &lt;abroad&gt; &amp; "
                  "lost to follow-up</title>",
                  "<desc id=\"consort-desc\">Enrolled 5; not treated 1; treated 4 (5 courses "
                  "given; patients with a repeat course: 1); not analysed 1; analysed 3.</desc>"},
                 {"<abroad>", "None"},
                 true},
        FlowCase{"nobody_left",
                 many_withdrawn(0),
                 {">Not treated (n = 0)<", ">Not analysed (n = 0)<", ">None<"},
                 {"listed in the appendix"},
                 true},
        FlowCase{"twelve_listed",
                 many_withdrawn(12),
                 {">P-12:<", ">Not analysed (n = 12)<"},
                 {"listed in the appendix"},
                 true},
        FlowCase{"cut_after_twelve",
                 many_withdrawn(20),
                 {">P-1:<", ">P-12:<", "\xE2\x80\xA6 and 8 more (listed in the appendix)"},
                 {">P-13:<", ">P-20:<"},
                 false},
        FlowCase{"counts_disagree_with_listing",
                 [] {
                   analysis::Populations population = many_withdrawn(1);
                   population.enrolled = 32;  // 2 not treated, none listed
                   return population;
                 }(),
                 {">Not treated (n = 2)<", ">(0 listed of 2)<"},
                 {},
                 true}),
    [](const testing::TestParamInfo<FlowCase>& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace myoivig::io
