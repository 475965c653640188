// SvgPlot: data-to-viewBox mapping, clamping, error bars cut at a log axis' edge, single
// points, escaping of the accessible title and description, balanced elements.
#include "io/svg_plot.hpp"

#include <string>

#include <gtest/gtest.h>

namespace myoivig::io {
namespace {

// The default layout: 380 x 280, plot area x 58..364, y 34..234.
SvgPlot linear_plot() {
  return SvgPlot("p", PlotLayout{}, fixed_axis(0, 10, {0, 5, 10}, 0), linear_axis(0, 100));
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t found = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++found;
  }
  return found;
}

struct PositionCase {
  double value;
  double x;
  double y;
};

class PlotPositions : public testing::TestWithParam<PositionCase> {};

TEST_P(PlotPositions, MapTheDomainOntoThePlotArea) {
  const SvgPlot plot = linear_plot();
  EXPECT_DOUBLE_EQ(plot.x_position(GetParam().value / 10), GetParam().x);
  EXPECT_DOUBLE_EQ(plot.y_position(GetParam().value), GetParam().y);
}

INSTANTIATE_TEST_SUITE_P(Cases, PlotPositions,
                         testing::Values(PositionCase{0, 58, 234}, PositionCase{50, 211, 134},
                                         PositionCase{100, 364, 34},
                                         PositionCase{200, 364, 34},  // clamped
                                         PositionCase{-50, 58, 234}));

TEST(SvgPlot, RendersAxesTicksAndEscapedTitles) {
  SvgPlot plot = linear_plot();
  plot.set_title("A <b> & c", "Means: \"60\"");
  plot.set_axis_titles("Week", "MMT score (points)");
  const std::string svg = plot.render();
  EXPECT_EQ(svg.rfind(R"(<svg class="plot" viewBox="0 0 380 280" role="img" )"
                      R"(aria-labelledby="p-title p-desc" font-size="11">)",
                      0),
            0U);
  EXPECT_NE(svg.find(R"(<title id="p-title">A &lt;b&gt; &amp; c</title>)"), std::string::npos);
  EXPECT_NE(svg.find(R"(<desc id="p-desc">Means: &quot;60&quot;</desc>)"), std::string::npos);
  for (const char* label :
       {">0<", ">5<", ">10<", ">20<", ">100<", ">Week<", ">MMT score (points)<"}) {
    EXPECT_NE(svg.find(label), std::string::npos) << label;
  }
  EXPECT_EQ(count(svg, "<svg"), 1U);
  EXPECT_EQ(svg.substr(svg.size() - 6), "</svg>");
  EXPECT_EQ(count(svg, "<g "), count(svg, "</g>"));
  EXPECT_EQ(count(svg, "<text "), count(svg, "</text>"));
}

TEST(SvgPlot, DrawsLinesDotsMarkersAndLegend) {
  SvgPlot plot = linear_plot();
  const LineStyle style{"#123456", 2, 0.5};
  plot.add_line({{0, 0}, {5, 50}, {10, 100}}, style);
  plot.add_line({{5, 50}}, style);
  plot.add_markers({{10, 100}}, style, 3);
  plot.add_legend_entry("Mean <95% CI>", style, true);
  const std::string svg = plot.render();
  EXPECT_NE(svg.find(R"(<polyline points="58.0,234.0 211.0,134.0 364.0,34.0" fill="none" )"
                     R"(stroke="#123456" stroke-width="2" stroke-opacity="0.5")"),
            std::string::npos);
  EXPECT_NE(svg.find(R"(<circle cx="211.0" cy="134.0" r="3" fill="#123456"/>)"), std::string::npos);
  EXPECT_NE(svg.find(R"(<circle cx="364.0" cy="34.0" r="3" fill="#ffffff" stroke="#123456")"),
            std::string::npos);
  EXPECT_NE(svg.find(">Mean &lt;95% CI&gt;<"), std::string::npos);
}

struct ErrorBarCase {
  const char* name;
  Axis y_axis;
  double low;
  double high;
  const char* path;
};

class ErrorBars : public testing::TestWithParam<ErrorBarCase> {};

TEST_P(ErrorBars, CapOnlyTheEndsInsideTheDomain) {
  SvgPlot plot("e", PlotLayout{}, fixed_axis(0, 10, {0, 10}, 0), GetParam().y_axis);
  plot.add_error_bar(5, GetParam().low, GetParam().high, LineStyle{"#000000", 1, 1});
  EXPECT_NE(plot.render().find(GetParam().path), std::string::npos) << plot.render();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ErrorBars,
    testing::Values(
        ErrorBarCase{"inside", linear_axis(0, 100), 25, 75,
                     R"(<path d="M211.0 184.0V84.0M207.5 184.0H214.5M207.5 84.0H214.5")"},
        ErrorBarCase{"beyond_top", linear_axis(0, 100), 25, 150,
                     R"(<path d="M211.0 184.0V34.0M207.5 184.0H214.5")"},
        // log10 100..10000: 1000 is halfway; a low end <= 0 is cut at the bottom, uncapped.
        ErrorBarCase{"log_negative_low", log10_axis(100, 10000), -50, 1000,
                     R"(<path d="M211.0 234.0V134.0M207.5 134.0H214.5")"}),
    [](const testing::TestParamInfo<ErrorBarCase>& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace myoivig::io
