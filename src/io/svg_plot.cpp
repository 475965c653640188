#include "io/svg_plot.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "io/html_escape.hpp"

namespace myoivig::io {
namespace {

constexpr const char* k_text_colour = "#3d4754";
constexpr const char* k_axis_colour = "#5b6675";
constexpr const char* k_grid_colour = "#e4e8ee";
constexpr double k_tick_length = 4;
constexpr double k_tick_label_gap = 6;
constexpr double k_cap_half_width = 3.5;
constexpr double k_legend_sample_length = 22;
constexpr double k_legend_gap = 16;
// Average glyph advance as a fraction of the font size (DejaVu Sans, the widest of the
// usual sans-serif fonts), to lay out the legend without measuring text.
constexpr double k_char_width_em = 0.6;
// SVG's text baseline sits at y; this shift centres digits on a tick.
constexpr const char* k_centre_shift = "0.35em";

std::string stroke_attributes(const LineStyle& style) {
  std::string attributes =
      fmt::format(R"(stroke="{}" stroke-width="{:g}")", html_escape(style.stroke), style.width);
  if (style.opacity < 1.0) attributes += fmt::format(R"( stroke-opacity="{:g}")", style.opacity);
  return attributes;
}

}  // namespace

std::string svg_number(double value) {
  return fmt::format("{:.1f}", value);
}

SvgPlot::SvgPlot(std::string id, PlotLayout layout, Axis x_axis, Axis y_axis)
    : m_id(std::move(id)),
      m_layout(layout),
      m_x_axis(std::move(x_axis)),
      m_y_axis(std::move(y_axis)) {}

void SvgPlot::set_title(std::string title, std::string description) {
  m_title = std::move(title);
  m_description = std::move(description);
}

void SvgPlot::set_axis_titles(std::string x_title, std::string y_title) {
  m_x_title = std::move(x_title);
  m_y_title = std::move(y_title);
}

double SvgPlot::x_position(double x) const {
  const double fraction = std::clamp(axis_fraction(m_x_axis, x), 0.0, 1.0);
  const double left = m_layout.margin_left;
  const double right = m_layout.width - m_layout.margin_right;
  return left + fraction * (right - left);
}

double SvgPlot::y_position(double y) const {
  const double fraction = std::clamp(axis_fraction(m_y_axis, y), 0.0, 1.0);
  const double top = m_layout.margin_top;
  const double bottom = m_layout.height - m_layout.margin_bottom;
  return bottom - fraction * (bottom - top);
}

void SvgPlot::add_line(const std::vector<PlotPoint>& points, const LineStyle& style) {
  if (points.empty()) return;
  if (points.size() == 1) {
    m_body += fmt::format(R"(<circle cx="{}" cy="{}" r="{:g}" fill="{}"/>)",
                          svg_number(x_position(points[0].x)), svg_number(y_position(points[0].y)),
                          style.width * 1.5, html_escape(style.stroke));
    m_body += '\n';
    return;
  }
  std::string coordinates;
  for (const PlotPoint& point : points) {
    if (!coordinates.empty()) coordinates += ' ';
    coordinates += svg_number(x_position(point.x)) + ',' + svg_number(y_position(point.y));
  }
  m_body += fmt::format(
      R"(<polyline points="{}" fill="none" {} stroke-linejoin="round" stroke-linecap="round"/>)",
      coordinates, stroke_attributes(style));
  m_body += '\n';
}

void SvgPlot::add_markers(const std::vector<PlotPoint>& points, const LineStyle& style,
                          double radius) {
  for (const PlotPoint& point : points) {
    m_body += fmt::format(R"(<circle cx="{}" cy="{}" r="{:g}" fill="#ffffff" {}/>)",
                          svg_number(x_position(point.x)), svg_number(y_position(point.y)), radius,
                          stroke_attributes(style));
    m_body += '\n';
  }
}

void SvgPlot::add_error_bar(double x, double low, double high, const LineStyle& style) {
  const double x_at = x_position(x);
  const auto inside = [&](double y) {
    const double fraction = axis_fraction(m_y_axis, y);
    const bool positive = m_y_axis.scale == ScaleKind::linear || y > 0.0;
    return positive && fraction >= 0.0 && fraction <= 1.0;
  };
  const double y_low = y_position(low);
  const double y_high = y_position(high);
  std::string bar =
      fmt::format(R"(<path d="M{} {}V{})", svg_number(x_at), svg_number(y_low), svg_number(y_high));
  for (const auto& [value, y_at] : {std::pair{low, y_low}, std::pair{high, y_high}}) {
    if (!inside(value)) continue;
    bar += fmt::format("M{} {}H{}", svg_number(x_at - k_cap_half_width), svg_number(y_at),
                       svg_number(x_at + k_cap_half_width));
  }
  m_body += bar + fmt::format(R"(" fill="none" {}/>)", stroke_attributes(style)) + '\n';
}

void SvgPlot::add_legend_entry(std::string label, const LineStyle& style, bool marker) {
  m_legend.push_back({std::move(label), style, marker});
}

void SvgPlot::render_axes(std::string& svg) const {
  const double left = m_layout.margin_left;
  const double right = m_layout.width - m_layout.margin_right;
  const double top = m_layout.margin_top;
  const double bottom = m_layout.height - m_layout.margin_bottom;

  svg += fmt::format(R"(<g class="grid" stroke="{}" stroke-width="1">)", k_grid_colour);
  for (const double tick : m_y_axis.ticks) {
    svg +=
        fmt::format(R"(<line x1="{}" x2="{}" y1="{}" y2="{}"/>)", svg_number(left),
                    svg_number(right), svg_number(y_position(tick)), svg_number(y_position(tick)));
  }
  svg += "</g>\n";

  svg += fmt::format(R"(<g class="axes" stroke="{}" stroke-width="1" fill="none">)", k_axis_colour);
  svg += fmt::format(R"(<path d="M{} {}V{}H{}"/>)", svg_number(left), svg_number(top),
                     svg_number(bottom), svg_number(right));
  for (const double tick : m_x_axis.ticks) {
    svg +=
        fmt::format(R"(<line x1="{0}" x2="{0}" y1="{1}" y2="{2}"/>)", svg_number(x_position(tick)),
                    svg_number(bottom), svg_number(bottom + k_tick_length));
  }
  for (const double tick : m_y_axis.ticks) {
    svg += fmt::format(R"(<line x1="{0}" x2="{1}" y1="{2}" y2="{2}"/>)",
                       svg_number(left - k_tick_length), svg_number(left),
                       svg_number(y_position(tick)));
  }
  svg += "</g>\n";

  svg += fmt::format(R"(<g class="tick-labels" fill="{}">)", k_text_colour);
  for (const double tick : m_x_axis.ticks) {
    svg += fmt::format(R"(<text x="{}" y="{}" dy="0.9em" text-anchor="middle">{}</text>)",
                       svg_number(x_position(tick)), svg_number(bottom + k_tick_label_gap),
                       html_escape(tick_label(m_x_axis, tick)));
  }
  for (const double tick : m_y_axis.ticks) {
    svg += fmt::format(R"(<text x="{}" y="{}" dy="{}" text-anchor="end">{}</text>)",
                       svg_number(left - k_tick_label_gap - 2), svg_number(y_position(tick)),
                       k_centre_shift, html_escape(tick_label(m_y_axis, tick)));
  }
  svg += "</g>\n";

  svg += fmt::format(R"(<g class="axis-titles" fill="{}" font-weight="600">)", k_text_colour);
  svg += fmt::format(R"(<text x="{}" y="{}" text-anchor="middle">{}</text>)",
                     svg_number((left + right) / 2), svg_number(m_layout.height - 8),
                     html_escape(m_x_title));
  svg += fmt::format(
      R"svg(<text transform="translate({} {}) rotate(-90)" text-anchor="middle">{}</text>)svg",
      svg_number(m_layout.font_size + 2), svg_number((top + bottom) / 2), html_escape(m_y_title));
  svg += "</g>\n";
}

void SvgPlot::render_legend(std::string& svg) const {
  if (m_legend.empty()) return;
  double x = m_layout.margin_left;
  const double y = m_layout.margin_top / 2;
  svg += fmt::format(R"(<g class="legend" fill="{}">)", k_text_colour);
  for (const LegendEntry& entry : m_legend) {
    svg += fmt::format(R"(<line x1="{0}" x2="{1}" y1="{2}" y2="{2}" {3}/>)", svg_number(x),
                       svg_number(x + k_legend_sample_length), svg_number(y),
                       stroke_attributes(entry.style));
    if (entry.marker) {
      svg += fmt::format(R"(<circle cx="{}" cy="{}" r="3" fill="#ffffff" {}/>)",
                         svg_number(x + k_legend_sample_length / 2), svg_number(y),
                         stroke_attributes(entry.style));
    }
    x += k_legend_sample_length + 5;
    svg += fmt::format(R"(<text x="{}" y="{}" dy="{}">{}</text>)", svg_number(x), svg_number(y),
                       k_centre_shift, html_escape(entry.label));
    x += static_cast<double>(entry.label.size()) * m_layout.font_size * k_char_width_em +
         k_legend_gap;
  }
  svg += "</g>\n";
}

std::string SvgPlot::render() const {
  std::string svg = fmt::format(
      R"(<svg class="plot" viewBox="0 0 {:g} {:g}" role="img" aria-labelledby="{}-title {}-desc" )"
      R"(font-size="{:g}">)",
      m_layout.width, m_layout.height, html_escape(m_id), html_escape(m_id), m_layout.font_size);
  svg += '\n';
  svg += fmt::format(R"(<title id="{}-title">{}</title>)", html_escape(m_id), html_escape(m_title));
  svg +=
      fmt::format(R"(<desc id="{}-desc">{}</desc>)", html_escape(m_id), html_escape(m_description));
  svg += '\n';
  render_axes(svg);
  svg += R"(<g class="data">)";
  svg += '\n';
  svg += m_body;
  svg += "</g>\n";
  render_legend(svg);
  svg += "</svg>";
  return svg;
}

}  // namespace myoivig::io
