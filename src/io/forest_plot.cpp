#include "io/forest_plot.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "io/axis_scale.hpp"
#include "io/html_escape.hpp"
#include "io/number_format.hpp"
#include "io/svg_plot.hpp"

namespace myoivig::io {
namespace {

constexpr double k_width = 720;
constexpr double k_label_x = 4, k_plot_left = 236, k_plot_right = 496, k_numbers_x = 516;
constexpr double k_header_y = 16, k_first_row = 40, k_row_height = 58;
constexpr double k_line_offset = 20, k_axis_offset = 36, k_tick = 3, k_marker = 9;
constexpr double k_font_size = 11, k_small_font_size = 9.5;
constexpr double k_padding = 1.08;  // the scale reaches 8 % beyond the widest interval end
constexpr const char* k_text_colour = "#3d4754";
constexpr const char* k_muted_colour = "#5b6675";
constexpr const char* k_axis_colour = "#9aa4b1";
constexpr const char* k_ink = "#1b2430";
constexpr const char* k_marker_colour = "#1d4e89";
constexpr const char* k_better_colour = "#2f6b3c";
constexpr const char* k_minus = "\xE2\x88\x92";  // U+2212, for printed negative numbers

// Decimals for a row's numbers: fewer for large values (CK in IU/l).
int decimals_for(double magnitude) {
  if (magnitude >= 100) return 0;
  if (magnitude >= 10) return 1;
  return 2;
}

std::string signed_text(double value, int decimals) {
  std::string text = format_fixed(value, decimals);
  if (!text.empty() && text.front() == '-') text = k_minus + text.substr(1);
  return text;
}

double x_of(const Axis& axis, double value) {
  return k_plot_left +
         std::clamp(axis_fraction(axis, value), 0.0, 1.0) * (k_plot_right - k_plot_left);
}

std::string arm_name(const analysis::TrialResult& result, std::size_t index) {
  return index < result.arms.size() ? result.arms[index].arm : "arm " + std::to_string(index + 1);
}

void render_row(std::string& svg, const analysis::TrialResult& result,
                const analysis::MeasureChangeByArm& change, double top) {
  const domain::MeasureInfo& measure = domain::info(change.measure);
  const double line_y = top + k_line_offset;
  const bool higher_better = measure.better == domain::Better::higher;
  svg += fmt::format(R"(<text x="{}" y="{}" dy="0.35em" font-weight="600" fill="{}">{}</text>)",
                     svg_number(k_label_x), svg_number(line_y), k_ink, html_escape(measure.label));
  svg += fmt::format(
      R"(<text x="{}" y="{}" dy="0.35em" font-size="{:g}" fill="{}">{}, {} is better</text>)",
      svg_number(k_label_x), svg_number(line_y + 15), k_small_font_size, k_muted_colour,
      html_escape(measure.unit), higher_better ? "higher" : "lower");
  if (!change.difference) {
    svg += fmt::format(
        R"(<text x="{}" y="{}" dy="0.35em" fill="{}" font-style="italic">not estimable )"
        R"((an arm has fewer than 2 changes)</text>)",
        svg_number(k_plot_left), svg_number(line_y), k_muted_colour);
    svg += '\n';
    return;
  }
  const analysis::ChangeDifference& d = *change.difference;
  const double reach =
      std::max({std::fabs(d.ci.low), std::fabs(d.ci.high), std::fabs(d.difference), 1e-9}) *
      k_padding;
  const Axis axis = linear_axis(-reach, reach, 5);
  const double axis_y = top + k_axis_offset;
  // Zero, in the middle of every row's symmetric scale, so the zeros line up.
  svg += fmt::format(
      R"(<path d="M{0} {1}V{2}" stroke="{3}" stroke-width="1" stroke-dasharray="3 2"/>)",
      svg_number(x_of(axis, 0)), svg_number(line_y - 9), svg_number(axis_y), k_muted_colour);
  svg += fmt::format(R"(<g stroke="{}" stroke-width="1" fill="none"><path d="M{} {}H{})",
                     k_axis_colour, svg_number(k_plot_left), svg_number(axis_y),
                     svg_number(k_plot_right));
  for (double tick : axis.ticks) {
    svg += fmt::format("M{} {}V{}", svg_number(x_of(axis, tick)), svg_number(axis_y),
                       svg_number(axis_y + k_tick));
  }
  svg += "\"/></g>";
  svg += fmt::format(R"(<g font-size="{:g}" fill="{}" text-anchor="middle">)", k_small_font_size,
                     k_muted_colour);
  for (double tick : axis.ticks) {
    std::string label = tick_label(axis, tick);
    if (!label.empty() && label.front() == '-') label = k_minus + label.substr(1);
    svg += fmt::format(R"(<text x="{}" y="{}" dy="0.9em">{}</text>)", svg_number(x_of(axis, tick)),
                       svg_number(axis_y + k_tick + 1), html_escape(label));
  }
  svg += "</g>\n";
  const std::string better = arm_name(result, 0) + " better";
  svg +=
      fmt::format(R"(<text x="{}" y="{}" text-anchor="{}" font-size="{:g}" font-style="italic" )"
                  R"(fill="{}">{}</text>)",
                  svg_number(higher_better ? k_plot_right : k_plot_left), svg_number(line_y - 9),
                  higher_better ? "end" : "start", k_small_font_size, k_better_colour,
                  html_escape(higher_better ? better + " \xE2\x86\x92" : "\xE2\x86\x90 " + better));
  svg += fmt::format(R"(<path d="M{} {}H{}" stroke="{}" stroke-width="1.8"/>)",
                     svg_number(x_of(axis, d.ci.low)), svg_number(line_y),
                     svg_number(x_of(axis, d.ci.high)), k_ink);
  svg += fmt::format(R"(<rect x="{}" y="{}" width="{:g}" height="{:g}" fill="{}"/>)",
                     svg_number(x_of(axis, d.difference) - k_marker / 2),
                     svg_number(line_y - k_marker / 2), k_marker, k_marker, k_marker_colour);
  const int decimals = decimals_for(reach);
  svg += fmt::format(R"(<text x="{}" y="{}" dy="0.35em" fill="{}">{} ({} to {})</text>)",
                     svg_number(k_numbers_x), svg_number(line_y), k_ink,
                     signed_text(d.difference, decimals), signed_text(d.ci.low, decimals),
                     signed_text(d.ci.high, decimals));
  std::string counts;
  for (const analysis::ArmChange& arm : change.arms) {
    counts += (counts.empty() ? "n " : " / ") + std::to_string(arm.n);
  }
  const std::string p_value = format_p_significant(d.p_value);  // "0.0002" or "< 0.0001"
  svg +=
      fmt::format(R"(<text x="{}" y="{}" dy="0.35em" font-size="{:g}" fill="{}">p {}{}; {}</text>)",
                  svg_number(k_numbers_x), svg_number(line_y + 15), k_small_font_size,
                  k_muted_colour, p_value.front() == '<' ? "" : "= ", html_escape(p_value), counts);
  svg += '\n';
}

}  // namespace

std::string render_forest_plot(const analysis::TrialResult& result) {
  std::vector<const analysis::MeasureChangeByArm*> rows;
  for (const analysis::MeasureChangeByArm& change : result.changes) {
    if (change.arms.size() >= 2) rows.push_back(&change);
  }
  if (rows.empty()) return "";
  const double height = k_first_row + k_row_height * static_cast<double>(rows.size()) + 4;
  const std::string first = arm_name(result, 0);
  const std::string second = arm_name(result, 1);
  std::string svg =
      fmt::format(R"(<svg class="plot" viewBox="0 0 {:g} {:g}" role="img" )"
                  R"(aria-labelledby="forest-plot-title forest-plot-desc" font-size="{:g}">)",
                  k_width, height, k_font_size);
  std::string description = fmt::format(
      "Difference in mean change from week {} to week {}, {} minus {}, with its {} Welch "
      "confidence interval:",
      result.baseline_week, result.primary_week, first, second,
      format_confidence_level(result.conf_level));
  for (const analysis::MeasureChangeByArm* change : rows) {
    const domain::MeasureInfo& measure = domain::info(change->measure);
    description += fmt::format(" {} ({})", measure.label, measure.unit);
    if (change->difference) {
      const analysis::ChangeDifference& d = *change->difference;
      description += " " + format_fixed(d.difference, 2) + " (" +
                     format_interval(d.ci.low, d.ci.high, 2) + ");";
    } else {
      description += " not estimable;";
    }
  }
  svg += "\n<title id=\"forest-plot-title\">" +
         html_escape(fmt::format("Change in the core set measures, {} minus {}", first, second)) +
         "</title>";
  svg += "<desc id=\"forest-plot-desc\">" + html_escape(description) + "</desc>\n";
  svg += fmt::format(R"(<g font-weight="600" fill="{}">)", k_text_colour);
  svg += fmt::format(R"(<text x="{}" y="{}">Measure</text>)", svg_number(k_label_x),
                     svg_number(k_header_y));
  svg += fmt::format(R"(<text x="{}" y="{}" text-anchor="middle">{} minus {}</text>)",
                     svg_number((k_plot_left + k_plot_right) / 2), svg_number(k_header_y),
                     html_escape(first), html_escape(second));
  svg +=
      fmt::format(R"(<text x="{}" y="{}">Difference ({} CI)</text>)", svg_number(k_numbers_x),
                  svg_number(k_header_y), html_escape(format_confidence_level(result.conf_level)));
  svg += "</g>\n";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const double top = k_first_row + k_row_height * static_cast<double>(i);
    if (i > 0) {
      svg += fmt::format(R"(<path d="M{} {}H{}" stroke="#e4e8ee" stroke-width="1"/>)",
                         svg_number(k_label_x), svg_number(top), svg_number(k_width - 4));
    }
    render_row(svg, result, *rows[i], top);
  }
  svg += "</svg>";
  return svg;
}

}  // namespace myoivig::io
