#include "io/responder_chart.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "io/html_escape.hpp"
#include "io/number_format.hpp"
#include "io/svg_plot.hpp"

namespace myoivig::io {
namespace {

constexpr double k_width = 640, k_height = 318;
constexpr double k_left = 54, k_right = k_width - 14, k_top = 46, k_bottom = k_height - 62;
constexpr double k_font_size = 11, k_small_font_size = 10;
constexpr double k_max_bar_width = 58, k_bar_share = 0.26, k_bar_gap = 10, k_cap = 6;
constexpr double k_legend_y = 18, k_legend_swatch = 11, k_legend_gap = 18;
constexpr double k_char_width_em = 0.6;  // average glyph advance, to lay out the legend
constexpr int k_percent_decimals = 1;
constexpr const char* k_text_colour = "#3d4754";
constexpr const char* k_axis_colour = "#5b6675";
constexpr const char* k_grid_colour = "#e4e8ee";
constexpr const char* k_whisker_colour = "#1b2430";
constexpr const char* k_at_least = "\xE2\x89\xA5";  // U+2265

double y_of(double proportion) {
  return k_bottom - std::clamp(proportion, 0.0, 1.0) * (k_bottom - k_top);
}

std::string label_of(const analysis::TrialResult& result, const std::string& arm) {
  for (const analysis::ArmCount& count : result.arms) {
    if (count.arm == arm && !count.label.empty()) return count.label;
  }
  return arm;
}

void render_axes(std::string& svg) {
  svg += fmt::format(R"(<g class="grid" stroke="{}" stroke-width="1">)", k_grid_colour);
  for (int percent = 20; percent <= 100; percent += 20) {
    svg += fmt::format(R"(<line x1="{0}" x2="{1}" y1="{2}" y2="{2}"/>)", svg_number(k_left),
                       svg_number(k_right), svg_number(y_of(percent / 100.0)));
  }
  svg += "</g>\n";
  svg += fmt::format(R"(<g class="axes" stroke="{}" stroke-width="1" fill="none">)", k_axis_colour);
  svg += fmt::format(R"(<path d="M{} {}V{}H{}"/>)", svg_number(k_left), svg_number(k_top),
                     svg_number(k_bottom), svg_number(k_right));
  svg += "</g>\n";
  svg += fmt::format(R"(<g class="tick-labels" fill="{}">)", k_text_colour);
  for (int percent = 0; percent <= 100; percent += 20) {
    svg += fmt::format(R"(<text x="{}" y="{}" dy="0.35em" text-anchor="end">{}%</text>)",
                       svg_number(k_left - 8), svg_number(y_of(percent / 100.0)), percent);
  }
  svg += "</g>\n";
  svg += fmt::format(
      R"svg(<text transform="translate({} {}) rotate(-90)" text-anchor="middle" fill="{}" )svg"
      R"svg(font-weight="600">Responders (% of randomised)</text>)svg",
      svg_number(k_font_size + 2), svg_number((k_top + k_bottom) / 2), k_text_colour);
  svg += '\n';
}

void render_bar(std::string& svg, const analysis::ArmResponders& arm, double x, double width,
                const std::string& colour) {
  const double centre = x + width / 2;
  const double proportion = arm.proportion.value_or(0.0);
  svg +=
      fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}" fill-opacity="0.88"/>)",
                  svg_number(x), svg_number(y_of(proportion)), svg_number(width),
                  svg_number(k_bottom - y_of(proportion)), html_escape(colour));
  double label_at = proportion;
  if (arm.ci) {
    const double low = y_of(arm.ci->low);
    const double high = y_of(arm.ci->high);
    svg += fmt::format(R"(<path d="M{0} {1}V{2}M{3} {1}H{4}M{3} {2}H{4}" fill="none" stroke="{5}" )"
                       R"(stroke-width="1.4"/>)",
                       svg_number(centre), svg_number(low), svg_number(high),
                       svg_number(centre - k_cap), svg_number(centre + k_cap), k_whisker_colour);
    label_at = std::max(label_at, arm.ci->high);
  }
  if (arm.proportion) {
    svg += fmt::format(
        R"(<text x="{}" y="{}" text-anchor="middle" font-weight="600" fill="{}">{}</text>)",
        svg_number(centre), svg_number(y_of(label_at) - 6), k_whisker_colour,
        html_escape(format_percent(*arm.proportion, k_percent_decimals)));
  }
  svg += fmt::format(
      R"(<text x="{}" y="{}" dy="0.9em" text-anchor="middle" font-size="{:g}" fill="{}">)"
      R"({}/{}</text>)",
      svg_number(centre), svg_number(k_bottom + 5), k_small_font_size, k_text_colour,
      arm.responders, arm.n);
  svg += '\n';
}

}  // namespace

std::string render_responder_chart(const analysis::TrialResult& result,
                                   const std::vector<std::string>& arm_colours) {
  std::vector<const analysis::ResponderComparison*> groups;
  if (!result.primary.arms.empty()) groups.push_back(&result.primary);
  for (const auto& secondary : result.secondary) {
    if (!secondary.arms.empty()) groups.push_back(&secondary);
  }
  if (groups.empty() || arm_colours.empty()) return "";
  const auto colour = [&](std::size_t arm) { return arm_colours[arm % arm_colours.size()]; };

  std::string svg = fmt::format(
      R"(<svg class="plot" viewBox="0 0 {:g} {:g}" role="img" )"
      R"(aria-labelledby="responder-chart-title responder-chart-desc" font-size="{:g}">)",
      k_width, k_height, k_font_size);
  std::string description = "Proportion of responders in each arm at each TIS threshold:";
  for (const analysis::ResponderComparison* group : groups) {
    description += fmt::format(" TIS at least {}:", group->threshold);
    for (const analysis::ArmResponders& arm : group->arms) {
      description += fmt::format(" {} {} of {}", arm.arm, arm.responders, arm.n);
      if (arm.proportion) description += " (" + format_percent(*arm.proportion, 1) + ")";
      description += ";";
    }
  }
  svg += "\n<title id=\"responder-chart-title\">Responders by arm and TIS threshold</title>";
  svg += "<desc id=\"responder-chart-desc\">" + html_escape(description) + "</desc>\n";
  render_axes(svg);

  const double group_width = (k_right - k_left) / static_cast<double>(groups.size());
  svg += R"(<g class="data">)";
  svg += '\n';
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const analysis::ResponderComparison& group = *groups[g];
    const double count = static_cast<double>(group.arms.size());
    const double bar_width = std::min(k_max_bar_width, group_width * k_bar_share);
    const double total = count * bar_width + (count - 1) * k_bar_gap;
    const double centre = k_left + group_width * (static_cast<double>(g) + 0.5);
    for (std::size_t a = 0; a < group.arms.size(); ++a) {
      const double x = centre - total / 2 + static_cast<double>(a) * (bar_width + k_bar_gap);
      render_bar(svg, group.arms[a], x, bar_width, colour(a));
    }
    svg += fmt::format(
        R"(<text x="{}" y="{}" text-anchor="middle" font-weight="600" fill="{}">TIS {} {}{}</text>)",
        svg_number(centre), svg_number(k_bottom + 38), k_text_colour, k_at_least, group.threshold,
        g == 0 && &group == &result.primary ? " (primary)" : "");
    svg += '\n';
  }
  svg += "</g>\n";

  svg += fmt::format(R"(<g class="legend" fill="{}">)", k_text_colour);
  double x = k_left;
  for (std::size_t a = 0; a < groups.front()->arms.size(); ++a) {
    const std::string label = label_of(result, groups.front()->arms[a].arm);
    svg += fmt::format(R"(<rect x="{}" y="{}" width="{:g}" height="{:g}" fill="{}"/>)",
                       svg_number(x), svg_number(k_legend_y - k_legend_swatch / 2), k_legend_swatch,
                       k_legend_swatch, html_escape(colour(a)));
    x += k_legend_swatch + 6;
    svg += fmt::format(R"(<text x="{}" y="{}" dy="0.35em">{}</text>)", svg_number(x),
                       svg_number(k_legend_y), html_escape(label));
    x += static_cast<double>(label.size()) * k_font_size * k_char_width_em + k_legend_gap;
  }
  svg += fmt::format(R"(<path d="M{0} {1}V{2}M{3} {1}H{4}M{3} {2}H{4}" fill="none" stroke="{5}" )"
                     R"(stroke-width="1.4"/>)",
                     svg_number(x + 4), svg_number(k_legend_y - 6), svg_number(k_legend_y + 6),
                     svg_number(x), svg_number(x + 8), k_whisker_colour);
  svg += fmt::format(R"(<text x="{}" y="{}" dy="0.35em">{} confidence interval</text>)",
                     svg_number(x + 14), svg_number(k_legend_y),
                     html_escape(format_confidence_level(result.conf_level)));
  svg += "</g>\n</svg>";
  return svg;
}

}  // namespace myoivig::io
