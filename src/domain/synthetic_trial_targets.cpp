#include "domain/synthetic_trial_targets.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace myoivig::domain {
namespace {

// The demo's counts, used as weights (synthetic_trial_targets.hpp).
const std::vector<double> k_active_responders{15, 17, 5};  // major, moderate, minimal
const std::vector<double> k_active_non{2, 8};              // withdrawn early, TIS < 20
const std::vector<double> k_placebo_responders{4, 6, 11};
const std::vector<double> k_placebo_non{2, 7, 18};  // withdrawn early, deteriorated, TIS < 20
const std::vector<double> k_onsets{4, 3};           // deterioration at follow-up 1, 2
constexpr double k_deteriorated_then_responding = 1.0 / 7;
constexpr double k_active_late_withdrawals = 1.0 / 47, k_placebo_late_withdrawals = 2.0 / 48;
constexpr double k_active_thromboembolic = 4.0 / 47, k_placebo_thromboembolic = 2.0 / 48;

std::size_t rounded(double value) {
  return static_cast<std::size_t>(std::lround(value));
}

// A follow-up week from `weeks` in [from, to) by the draw (precondition: one exists).
int week_between(const std::vector<int>& weeks, int from, int to, SyntheticDraw& draw) {
  std::vector<int> candidates;
  for (int week : weeks) {
    if (week >= from && week < to) candidates.push_back(week);
  }
  return candidates[static_cast<std::size_t>(
      draw.between(0, static_cast<int>(candidates.size()) - 1))];
}

void add(std::vector<TrialPatientTarget>& targets, std::size_t count,
         const TrialPatientTarget& target) {
  targets.insert(targets.end(), count, target);
}

// Marks up to `count` patients (in a shuffled order) among those `eligible` accepts.
template <typename Eligible, typename Mark>
void mark_some(std::vector<TrialPatientTarget>& targets, std::size_t count, SyntheticDraw& draw,
               Eligible eligible, Mark mark) {
  std::vector<std::size_t> order(targets.size());
  std::iota(order.begin(), order.end(), 0);
  draw.shuffle(order);
  for (std::size_t i : order) {
    if (count == 0) return;
    if (!eligible(targets[i])) continue;
    mark(targets[i]);
    --count;
  }
}

}  // namespace

std::vector<std::size_t> split_by_weights(std::size_t total, const std::vector<double>& weights) {
  const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::vector<std::size_t> counts(weights.size(), 0);
  std::vector<double> remainders(weights.size(), 0.0);
  std::size_t given = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const double share = static_cast<double>(total) * weights[i] / sum;
    counts[i] = static_cast<std::size_t>(std::floor(share));
    remainders[i] = share - static_cast<double>(counts[i]);
    given += counts[i];
  }
  while (given < total) {
    const auto largest = std::max_element(remainders.begin(), remainders.end());
    ++counts[static_cast<std::size_t>(largest - remainders.begin())];
    *largest = -1;
    ++given;
  }
  return counts;
}

std::vector<TrialPatientTarget> plan_arm_targets(bool active, std::size_t n, double responder_share,
                                                 const TargetWeeks& weeks, SyntheticDraw& draw) {
  const std::size_t responders = std::min(n, rounded(static_cast<double>(n) * responder_share));
  std::vector<TrialPatientTarget> targets;
  const std::vector<std::size_t> bands =
      split_by_weights(responders, active ? k_active_responders : k_placebo_responders);
  for (std::size_t i = 0; i < bands.size(); ++i) {
    add(targets, bands[i], {static_cast<int>(k_top_tis_band - i), {}, {}, false});
  }
  const std::vector<std::size_t> non =
      split_by_weights(n - responders, active ? k_active_non : k_placebo_non);
  for (std::size_t i = 0; i < non[0]; ++i) {
    const int last = week_between(weeks.follow_up, weeks.follow_up.front(), weeks.primary, draw);
    targets.push_back({std::nullopt, std::nullopt, last, false});
  }
  add(targets, non.back(), {0, {}, {}, false});
  if (!active) {
    const std::size_t deteriorated = non[1];
    const std::vector<std::size_t> onsets = split_by_weights(deteriorated, k_onsets);
    std::size_t responding =
        deteriorated == 0
            ? 0
            : std::max<std::size_t>(1, rounded(deteriorated * k_deteriorated_then_responding));
    for (std::size_t i = 0; i < onsets.size(); ++i) {
      for (std::size_t j = 0; j < onsets[i]; ++j) {
        // Those with the earlier onset have the longest time on IVIG before the primary week.
        const bool responds = i == 0 && responding > 0;
        responding -= responds ? 1 : 0;
        targets.push_back({responds ? 1 : 0, weeks.follow_up[i], std::nullopt, false});
      }
    }
  }
  draw.shuffle(targets);
  const auto stays = [](const TrialPatientTarget& t) { return !t.last_visit_week; };
  const double late_share = active ? k_active_late_withdrawals : k_placebo_late_withdrawals;
  mark_some(targets, rounded(static_cast<double>(n) * late_share), draw, stays,
            [&](TrialPatientTarget& t) {
              t.last_visit_week =
                  week_between(weeks.follow_up, weeks.primary, weeks.follow_up.back(), draw);
            });
  const double events_share = active ? k_active_thromboembolic : k_placebo_thromboembolic;
  mark_some(targets, rounded(static_cast<double>(n) * events_share), draw, stays,
            [](TrialPatientTarget& t) { t.thromboembolic_event = true; });
  return targets;
}

}  // namespace myoivig::domain
