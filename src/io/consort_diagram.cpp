#include "io/consort_diagram.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "io/html_escape.hpp"
#include "io/text_wrap.hpp"

namespace myoivig::io {
namespace {

constexpr double k_width = 820;
constexpr double k_top = 12;
constexpr double k_main_x = 20;
constexpr double k_main_width = 300;
constexpr double k_side_x = 372;
constexpr double k_side_width = 428;
constexpr double k_padding = 11;
constexpr double k_main_font = 14;
constexpr double k_main_line = 19;
constexpr double k_side_font = 12;
constexpr double k_side_line = 16;
constexpr double k_min_gap = 46;
constexpr double k_gap_margin = 14;
constexpr double k_continuation_indent = 12;
constexpr double k_arrow_head = 7;
// Average glyph advance in em of mixed text in DejaVu Sans (the widest usual sans-serif),
// so that the wrapped lines fit whichever font the reader's system picks.
constexpr double k_char_width_em = 0.57;

constexpr const char* k_ink = "#1b2430";
constexpr const char* k_line_colour = "#5b6675";
constexpr const char* k_main_fill = "#eaf0f7";
constexpr const char* k_main_stroke = "#1d4e89";

struct TextLine {
  std::string bold;  // drawn first, in bold (a patient id); plain text
  std::string text;  // plain text
  double indent = 0;
  // A patient's entry spans lines: its first line opens a <g> whose <title> holds the
  // whole entry unwrapped (a tooltip, and one piece of text for screen readers and
  // searches); its last line closes the group.
  std::string entry;
  bool closes_entry = false;
};

struct Box {
  double x = 0;
  double y = 0;
  double width = 0;
  bool main = true;  // a step of the flow (centred text) or a side box (left-aligned)
  std::vector<TextLine> lines;

  [[nodiscard]] double font() const { return main ? k_main_font : k_side_font; }
  [[nodiscard]] double line_height() const { return main ? k_main_line : k_side_line; }
  [[nodiscard]] double height() const {
    return 2 * k_padding + font() + line_height() * static_cast<double>(lines.size() - 1);
  }
  [[nodiscard]] double bottom() const { return y + height(); }
};

TextLine plain_line(std::string text) {
  return {"", std::move(text), 0, "", false};
}

std::size_t side_chars(double indent) {
  return static_cast<std::size_t>((k_side_width - 2 * k_padding - indent) /
                                  (k_side_font * k_char_width_em));
}

std::vector<TextLine> side_lines(const std::string& title, std::size_t count,
                                 const std::vector<const analysis::ExcludedPatient*>& patients) {
  std::vector<TextLine> lines{plain_line(title)};
  if (patients.empty()) lines.push_back(plain_line("None"));
  const std::size_t listed = std::min(patients.size(), k_consort_max_listed);
  for (std::size_t i = 0; i < listed; ++i) {
    const analysis::ExcludedPatient& patient = *patients[i];
    const std::string reason = patient.reason.empty() ? "reason not recorded" : patient.reason;
    const std::string entry = patient.patient_id + ": " + reason;
    const std::vector<std::string> wrapped =
        wrap_words(entry, side_chars(0), side_chars(k_continuation_indent));
    const std::string id = patient.patient_id + ":";
    for (std::size_t line = 0; line < wrapped.size(); ++line) {
      TextLine text_line{"", wrapped[line], line == 0 ? 0 : k_continuation_indent, "", false};
      if (line == 0 && wrapped[0].starts_with(id)) {
        text_line.bold = id;
        text_line.text = wrapped[0].substr(id.size());
      }
      if (line == 0) text_line.entry = entry;
      text_line.closes_entry = line + 1 == wrapped.size();
      lines.push_back(std::move(text_line));
    }
  }
  if (patients.size() > listed) {
    lines.push_back(plain_line(fmt::format("\xE2\x80\xA6 and {} more (listed in the appendix)",
                                           patients.size() - listed)));
  }
  if (count != patients.size()) {
    // The counts and the listing disagree: say so rather than hide it.
    lines.push_back(plain_line(fmt::format("({} listed of {})", patients.size(), count)));
  }
  return lines;
}

void draw_box(std::string& svg, const Box& box) {
  svg += fmt::format(
      R"(<rect x="{:g}" y="{:g}" width="{:g}" height="{:g}" rx="4" fill="{}" stroke="{}")"
      R"( stroke-width="{:g}"/>)",
      box.x, box.y, box.width, box.height(), box.main ? k_main_fill : "#ffffff",
      box.main ? k_main_stroke : k_line_colour, box.main ? 1.5 : 1.0);
  svg += '\n';
  double baseline = box.y + k_padding + box.font() * 0.8;
  for (std::size_t i = 0; i < box.lines.size(); ++i) {
    const TextLine& line = box.lines[i];
    const bool title = i == 0;
    const double x = box.main ? box.x + box.width / 2 : box.x + k_padding + line.indent;
    if (!line.entry.empty()) {
      svg += fmt::format("<g><title>{}</title>", html_escape(line.entry));
    }
    svg += fmt::format(R"(<text x="{:g}" y="{:g}" font-size="{:g}"{}{}>)", x, baseline, box.font(),
                       box.main ? R"( text-anchor="middle")" : "",
                       title ? R"( font-weight="700")" : "");
    if (!line.bold.empty()) {
      svg += fmt::format(R"(<tspan font-weight="700">{}</tspan>)", html_escape(line.bold));
    }
    svg += html_escape(line.text) + "</text>";
    svg += line.closes_entry ? "</g>\n" : "\n";
    baseline += box.line_height();
  }
}

void draw_down_arrow(std::string& svg, double x, double from_y, double to_y) {
  svg += fmt::format(R"(<path d="M{0:g} {1:g}V{2:g}" stroke="{3}" stroke-width="1.5"/>)"
                     R"(<path d="M{0:g} {4:g}l{5:g} {6:g}h{7:g}z" fill="{3}"/>)",
                     x, from_y, to_y - k_arrow_head, k_line_colour, to_y, -k_arrow_head / 2,
                     -k_arrow_head, k_arrow_head);
  svg += '\n';
}

void draw_side_arrow(std::string& svg, double from_x, double to_x, double y) {
  svg += fmt::format(R"(<path d="M{0:g} {1:g}H{2:g}" stroke="{3}" stroke-width="1.5"/>)"
                     R"(<path d="M{4:g} {1:g}l{5:g} {6:g}v{7:g}z" fill="{3}"/>)",
                     from_x, y, to_x - k_arrow_head, k_line_colour, to_x, -k_arrow_head,
                     -k_arrow_head / 2, k_arrow_head);
  svg += '\n';
}

std::vector<const analysis::ExcludedPatient*> at_stage(const analysis::Populations& population,
                                                       analysis::ExclusionStage stage) {
  std::vector<const analysis::ExcludedPatient*> patients;
  for (const analysis::ExcludedPatient& patient : population.excluded) {
    if (patient.stage == stage) patients.push_back(&patient);
  }
  return patients;
}

std::size_t difference(std::size_t larger, std::size_t smaller) {
  return larger >= smaller ? larger - smaller : 0;
}

}  // namespace

bool consort_lists_every_exclusion(const analysis::Populations& population) {
  return at_stage(population, analysis::ExclusionStage::not_treated).size() <=
             k_consort_max_listed &&
         at_stage(population, analysis::ExclusionStage::not_analysed).size() <=
             k_consort_max_listed;
}

std::string render_consort_diagram(const analysis::Populations& population) {
  const std::size_t not_treated = difference(population.enrolled, population.treated);
  const std::size_t not_analysed = difference(population.treated, population.analysed);

  Box enrolled{k_main_x,
               k_top,
               k_main_width,
               true,
               {plain_line("Enrolled"), plain_line(fmt::format("n = {}", population.enrolled))}};
  Box left_before{k_side_x, 0, k_side_width, false,
                  side_lines(fmt::format("Not treated (n = {})", not_treated), not_treated,
                             at_stage(population, analysis::ExclusionStage::not_treated))};
  const double first_gap = std::max(k_min_gap, left_before.height() + 2 * k_gap_margin);
  left_before.y = enrolled.bottom() + (first_gap - left_before.height()) / 2;

  Box treated{
      k_main_x,
      enrolled.bottom() + first_gap,
      k_main_width,
      true,
      {plain_line("Treated (at least one infusion)"),
       plain_line(fmt::format("n = {}", population.treated)),
       plain_line(fmt::format("{} courses given", population.courses)),
       plain_line(fmt::format("{} with a repeat course", population.patients_with_repeat_course))}};
  Box left_analysis{k_side_x, 0, k_side_width, false,
                    side_lines(fmt::format("Not analysed (n = {})", not_analysed), not_analysed,
                               at_stage(population, analysis::ExclusionStage::not_analysed))};
  const double second_gap = std::max(k_min_gap, left_analysis.height() + 2 * k_gap_margin);
  left_analysis.y = treated.bottom() + (second_gap - left_analysis.height()) / 2;

  Box analysed{k_main_x,
               treated.bottom() + second_gap,
               k_main_width,
               true,
               {plain_line("Analysed"), plain_line(fmt::format("n = {}", population.analysed))}};
  const double height = analysed.bottom() + k_top;

  const std::string description = fmt::format(
      "Enrolled {}; not treated {}; treated {} ({} courses given; patients with a repeat "
      "course: {}); not analysed {}; analysed {}.",
      population.enrolled, not_treated, population.treated, population.courses,
      population.patients_with_repeat_course, not_analysed, population.analysed);
  std::string svg = fmt::format(
      R"(<svg class="consort" viewBox="0 0 {:g} {:g}" role="img" aria-labelledby="consort-title )"
      R"(consort-desc" fill="{}">)",
      k_width, height, k_ink);
  svg += R"(<title id="consort-title">Patient flow</title>)";
  svg += fmt::format(R"(<desc id="consort-desc">{}</desc>)", html_escape(description));
  svg += '\n';

  const double centre = k_main_x + k_main_width / 2;
  draw_down_arrow(svg, centre, enrolled.bottom(), treated.y);
  draw_side_arrow(svg, centre, k_side_x, left_before.y + left_before.height() / 2);
  draw_down_arrow(svg, centre, treated.bottom(), analysed.y);
  draw_side_arrow(svg, centre, k_side_x, left_analysis.y + left_analysis.height() / 2);
  for (const Box* box : {&enrolled, &left_before, &treated, &left_analysis, &analysed}) {
    draw_box(svg, *box);
  }
  svg += "</svg>";
  return svg;
}

}  // namespace myoivig::io
