#include "io/trial_tis_listing.hpp"

#include <set>

#include <fmt/format.h>

#include "analysis/trial_summaries.hpp"
#include "io/html_escape.hpp"
#include "io/html_table.hpp"
#include "io/number_format.hpp"

namespace myoivig::io {
namespace {

constexpr int k_tis_decimals = 1;

std::string tis_cell(const analysis::TisAtWeek& visit) {
  if (!visit.tis) return "<span class=\"muted\">not computable</span>";
  std::string html = format_fixed(*visit.tis, k_tis_decimals);
  if (visit.category) {
    html += fmt::format(" <span class=\"tis-category\">{}</span>",
                        html_escape(std::string(domain::code(*visit.category))));
  }
  return html;
}

}  // namespace

std::string tis_listing(const analysis::TrialResult& result) {
  std::set<int> weeks;
  for (const analysis::PatientResponse& patient : result.patients) {
    for (const analysis::TisAtWeek& visit : patient.tis_by_week) weeks.insert(visit.week);
  }
  HtmlTable table("Listing 1. Total Improvement Score and category by patient and visit",
                  "report-table listing");
  std::vector<TableCell> header{text_cell("Patient")};
  for (int week : weeks) header.push_back(number_cell(fmt::format("Week {}", week)));
  header.push_back(text_cell("Confirmed deterioration"));
  header.push_back(text_cell(fmt::format("Responder (TIS \u2265 {})", result.primary.threshold)));
  table.add_header_row(std::move(header));
  const int columns = static_cast<int>(weeks.size()) + 3;
  for (const analysis::ArmCount& arm : result.arms) {
    table.add_group_row(arm.arm + ": " + arm.label, columns);
    for (const analysis::PatientResponse& patient : result.patients) {
      if (patient.arm != arm.arm) continue;
      std::vector<TableCell> row{row_header_cell(patient.patient_id)};
      for (int week : weeks) {
        const analysis::TisAtWeek* found = nullptr;
        for (const analysis::TisAtWeek& visit : patient.tis_by_week) {
          if (visit.week == week) found = &visit;
        }
        row.push_back(found ? html_cell(tis_cell(*found), true) : number_cell(""));
      }
      row.push_back(text_cell(patient.deterioration_week
                                  ? fmt::format("yes (week {})", *patient.deterioration_week)
                                  : std::string(patient.confirmed_deterioration ? "yes" : "no")));
      const bool responder = analysis::is_responder(patient, result.primary.threshold,
                                                    result.without_confirmed_deterioration);
      row.push_back(text_cell(responder ? "yes" : "no"));
      table.add_row(std::move(row));
    }
  }
  table.add_note(
      "TIS against the baseline visit; categories by the ACR/EULAR thresholds of the "
      "protocol's population. A blank cell: no visit; not computable: a core set measure is "
      "missing. A patient without a TIS at the primary week is a non-responder.");
  return table.render();
}

}  // namespace myoivig::io
