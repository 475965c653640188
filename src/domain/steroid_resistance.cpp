#include "domain/steroid_resistance.hpp"

#include <algorithm>
#include <optional>
#include <vector>

namespace myoivig::domain {
namespace {

constexpr int k_days_per_week = 7;

// Consecutive prednisolone periods above the threshold, cut at the day before the
// reference date.
struct HighDoseRun {
  util::Date from;
  util::Date to;  // inclusive
  double lowest_mg_per_day = 0;
  double highest_mg_per_day = 0;

  [[nodiscard]] int days() const { return to.days_since(from) + 1; }
};

std::vector<HighDoseRun> high_dose_runs(std::vector<SteroidDose> doses, double above_mg_per_day,
                                        util::Date reference) {
  std::sort(doses.begin(), doses.end(),
            [](const SteroidDose& a, const SteroidDose& b) { return a.from < b.from; });
  const util::Date last_day = reference.plus_days(-1);
  std::vector<HighDoseRun> runs;
  bool extending = false;
  for (const SteroidDose& dose : doses) {
    const double mg = dose.prednisolone_mg_per_day;
    if (!(mg > above_mg_per_day)) {
      extending = false;
      continue;
    }
    const util::Date end = std::min(dose.to.value_or(last_day), last_day);
    if (extending && dose.from <= runs.back().to.plus_days(1)) {
      HighDoseRun& run = runs.back();
      run.to = std::max(run.to, end);
      run.lowest_mg_per_day = std::min(run.lowest_mg_per_day, mg);
      run.highest_mg_per_day = std::max(run.highest_mg_per_day, mg);
    } else {
      runs.push_back({dose.from, end, mg, mg});
      extending = true;
    }
  }
  return runs;
}

std::string describe_run(const HighDoseRun& run) {
  std::string dose = format_number(run.lowest_mg_per_day);
  if (run.highest_mg_per_day != run.lowest_mg_per_day) {
    dose += "-" + format_number(run.highest_mg_per_day);
  }
  return "prednisolone " + dose + " mg/day from " + run.from.iso() + " to " + run.to.iso() + " (" +
         format_days(run.days()) + ")";
}

std::string describe_score(const MmtScore& score) {
  return std::to_string(score.score) + " (week " + std::to_string(score.week) + ", " +
         score.date.iso() + ")";
}

RuleOutcome outcome(const SteroidResistanceRule& rule, RuleStatus status, std::string facts) {
  return {"steroid_resistance", rule_label(rule), status, std::move(facts)};
}

// The strength half of the rule, once a long enough run has been found.
RuleOutcome judge_strength(const SteroidResistanceRule& rule, std::span<const MmtScore> scores,
                           const HighDoseRun& run, const ReferenceDate& reference,
                           std::string facts) {
  std::optional<MmtScore> first;
  std::optional<MmtScore> last;
  for (const MmtScore& score : scores) {
    if (score.date < run.from || score.date > reference.date) continue;
    if (!first || score.date < first->date) first = score;
    if (!last || score.date > last->date) last = score;
  }
  if (!first || first->date == last->date) {
    facts += "; MMT not recorded twice from " + run.from.iso() + " to " + reference.date.iso() +
             ": improvement cannot be judged";
    return outcome(rule, RuleStatus::unknown, std::move(facts));
  }
  const int change = last->score - first->score;
  facts += "; MMT " + describe_score(*first) + " -> " + describe_score(*last) + ", " +
           (change > 0 ? "+" : "") + std::to_string(change) +
           (change == 1 || change == -1 ? " point: " : " points: ");
  if (change >= rule.mmt_improvement_min_points) {
    facts += "improved (a rise of " + std::to_string(rule.mmt_improvement_min_points) +
             " or more counts as improvement)";
    return outcome(rule, RuleStatus::not_met, std::move(facts));
  }
  facts += "no improvement";
  return outcome(rule, RuleStatus::met, std::move(facts));
}

}  // namespace

std::string rule_label(const SteroidResistanceRule& rule) {
  return "Steroid-resistant: no MMT improvement despite prednisolone > " +
         format_number(rule.prednisolone_above_mg_per_day) + " mg/day for > " +
         std::to_string(rule.duration_above_weeks) + " weeks";
}

RuleOutcome evaluate_steroid_resistance(const SteroidResistanceRule& rule,
                                        std::span<const SteroidDose> doses,
                                        std::span<const MmtScore> scores,
                                        const ReferenceDate& reference) {
  const std::string before = " before " + reference.description + " on " + reference.date.iso();
  std::vector<SteroidDose> earlier;
  for (const SteroidDose& dose : doses) {
    if (dose.from < reference.date) earlier.push_back(dose);
  }
  if (earlier.empty()) {
    return outcome(rule, RuleStatus::unknown, "no prednisolone dose recorded" + before);
  }
  const std::string threshold = format_number(rule.prednisolone_above_mg_per_day) + " mg/day";
  const auto runs =
      high_dose_runs(std::move(earlier), rule.prednisolone_above_mg_per_day, reference.date);
  if (runs.empty()) {
    return outcome(rule, RuleStatus::not_met, "no prednisolone above " + threshold + before);
  }
  const int minimum_days = rule.duration_above_weeks * k_days_per_week + 1;
  const auto qualifying = std::find_if(runs.rbegin(), runs.rend(), [&](const HighDoseRun& run) {
    return run.days() >= minimum_days;
  });
  if (qualifying == runs.rend()) {
    const HighDoseRun* longest = &runs.front();  // the latest of the longest
    for (const HighDoseRun& run : runs) {
      if (run.days() >= longest->days()) longest = &run;
    }
    return outcome(rule, RuleStatus::not_met,
                   describe_run(*longest) + before + ": above " + threshold +
                       " for not more than " + std::to_string(rule.duration_above_weeks) +
                       " weeks");
  }
  return judge_strength(rule, scores, *qualifying, reference, describe_run(*qualifying) + before);
}

}  // namespace myoivig::domain
