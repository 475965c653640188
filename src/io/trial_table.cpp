#include "io/trial_table.hpp"

#include <fmt/format.h>

#include "io/number_format.hpp"

namespace myoivig::io {
namespace {

constexpr int k_percent_decimals = 1;

std::string optional_fixed(const std::optional<double>& value, int decimals) {
  return value ? format_fixed(*value, decimals) : std::string("-");
}

std::string ci_text(const std::optional<stats::Interval>& ci, int decimals) {
  return ci ? "[" + format_interval(ci->low, ci->high, decimals) + "]" : std::string();
}

void append_arms(std::string& out, const analysis::TrialResult& result) {
  out += "Arms\n";
  for (const analysis::ArmCount& arm : result.arms) {
    out += fmt::format("  {:<10} {:<36} {:>4} randomised, {:>4} treated", arm.arm, arm.label,
                       arm.randomised, arm.treated);
    if (arm.crossed_over > 0) out += fmt::format(", {} crossed over", arm.crossed_over);
    out += "\n";
  }
  out += "\n";
}

void append_comparison(std::string& out, const analysis::ResponderComparison& comparison,
                       const std::string& title) {
  out += fmt::format("{}: TIS >= {}\n", title, comparison.threshold);
  for (const analysis::ArmResponders& arm : comparison.arms) {
    out += fmt::format("  {:<10} {:>4} of {:<4}", arm.arm, arm.responders, arm.n);
    if (arm.proportion) {
      out += fmt::format(" {:>7}", format_percent(*arm.proportion, k_percent_decimals));
    }
    if (arm.ci) {
      out += " [" + format_percent(arm.ci->low, k_percent_decimals) + " to " +
             format_percent(arm.ci->high, k_percent_decimals) + "]";
    }
    out += "\n";
  }
  if (comparison.difference) {
    out += "  difference " + format_percent(*comparison.difference, k_percent_decimals);
    if (comparison.difference_ci) {
      out += " [" + format_percent(comparison.difference_ci->low, k_percent_decimals) + " to " +
             format_percent(comparison.difference_ci->high, k_percent_decimals) + "]";
    }
    if (comparison.p_value) {
      const std::string p_value = format_p_significant(*comparison.p_value);
      out += comparison.test == "cmh" ? ", CMH p " : ", Fisher p ";
      out += std::string(p_value.front() == '<' ? "" : "= ") + p_value;
      if (comparison.cmh && comparison.cmh->odds_ratio) {
        out += fmt::format(" (MH odds ratio {}, {} strata)",
                           format_fixed(*comparison.cmh->odds_ratio, 2), comparison.cmh->strata);
      }
    }
    out += "\n";
    if (!comparison.test_note.empty()) out += "  no p-value: " + comparison.test_note + "\n";
  }
}

void append_tis_by_visit(std::string& out, const analysis::TrialResult& result) {
  out += "\nMean TIS by visit (n, mean [95% CI])\n";
  for (const analysis::ArmCount& arm : result.arms) {
    out += fmt::format("  {:<10}", arm.arm);
    for (const analysis::ArmWeekSummary& row : result.tis_by_visit) {
      if (row.arm != arm.arm) continue;
      out += fmt::format(" w{}: {} ({})", row.week, optional_fixed(row.mean, 1), row.n);
    }
    out += "\n";
  }
}

void append_changes(std::string& out, const analysis::TrialResult& result) {
  out += fmt::format("\nChange from week {} to week {} (mean [95% CI], n)\n", result.baseline_week,
                     result.primary_week);
  for (const analysis::MeasureChangeByArm& change : result.changes) {
    const domain::MeasureInfo& measure = domain::info(change.measure);
    out += fmt::format("  {:<34}", fmt::format("{} ({})", measure.label, measure.unit));
    for (const analysis::ArmChange& arm : change.arms) {
      out += fmt::format(" {}: {} {} ({})", arm.arm, optional_fixed(arm.mean, 2),
                         ci_text(arm.ci, 2), arm.n);
    }
    out += "\n";
  }
}

void append_safety(std::string& out, const analysis::TrialResult& result) {
  out += "\nSafety (treated patients)\n";
  for (const analysis::ArmSafety& arm : result.safety) {
    const bool placebo = arm.placebo_infusions > 0;
    out += fmt::format(
        "  {:<10} {} patients, {} infusions{}, {} events ({} serious{}), {} per "
        "infusion; {} patients with an event; {} {}\n",
        arm.arm, arm.patients, arm.infusions,
        placebo ? fmt::format(" ({} placebo)", arm.placebo_infusions) : std::string(), arm.events,
        arm.serious_events,
        placebo ? fmt::format("; {} after placebo", arm.events_after_placebo) : std::string(),
        optional_fixed(arm.events_per_infusion, 3), arm.patients_with_event,
        arm.special_interest_events,
        result.special_interest_label.empty() ? "events of special interest"
                                              : result.special_interest_label);
  }
  for (const analysis::SpecialInterestEvent& item : result.special_interest) {
    out += fmt::format("    {} ({}) course {} {} {}{}\n", item.event.patient_id, item.arm,
                       item.event.course_number, item.event.onset_date.iso(), item.event.term,
                       item.event.serious ? " (serious)" : "");
  }
}

}  // namespace

std::string trial_table(const analysis::TrialResult& result) {
  std::string out =
      fmt::format("{} (protocol {}){}\n", result.study.study_id, result.study.protocol_id,
                  result.study.synthetic ? " -- SYNTHETIC DATA" : "");
  out += fmt::format("Randomised; responders at week {} ({}), intention to treat\n\n",
                     result.primary_week,
                     result.without_confirmed_deterioration
                         ? "TIS at or above the threshold and no confirmed deterioration"
                         : "TIS at or above the threshold");
  append_arms(out, result);
  append_comparison(out, result.primary, "Primary");
  for (const analysis::ResponderComparison& comparison : result.secondary) {
    append_comparison(out, comparison, "Secondary");
  }
  append_tis_by_visit(out, result);
  append_changes(out, result);
  append_safety(out, result);
  return out;
}

}  // namespace myoivig::io
