#include "domain/synthetic_disease_course.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

#include "domain/assessment_core_set.hpp"
#include "domain/confirmed_deterioration.hpp"

namespace myoivig::domain {
namespace {

constexpr int k_max_attempts = 5000;
constexpr double k_rise_weeks = 6, k_placebo_rise_weeks = 8, k_open_label_rise_weeks = 8;
constexpr double k_fade_weeks = 8;  // a deterioration fades over this long on IVIG
constexpr int k_vas_max_mm = 100, k_haq_max_eighths = 24, k_eighths = 8;
constexpr int k_ck_min = 10, k_ck_max = 100'000;
constexpr double k_ck_floor = 0.08;  // CK falls to at least 8 % of baseline
// Level ranges aimed at for each TIS band (0: TIS < 20, 1: 20-40, 2: 40-60, 3: >= 60);
// the check decides, the ranges only make a hit likely.
constexpr std::array<std::array<double, 2>, 4> k_band_levels{
    {{-0.12, 0.15}, {0.1, 0.45}, {0.3, 0.8}, {0.6, 1.15}}};

// One visit's core set before rounding: VAS in mm, MMT-8 points, HAQ-DI in eighths, CK IU/l.
struct Values {
  double physician_mm = 0, patient_mm = 0, extramuscular_mm = 0, mmt = 0, haq_eighths = 0, ck = 0;
};

struct Latent {
  Values baseline, screening;
  Values gain;              // at level 1 (CK: the fraction it falls)
  Values worsening;         // of a deterioration (CK: the fraction it rises)
  double level_aimed = 0;   // at the primary week (after the switch for a deterioration)
  double level_before = 0;  // before the switch, for a deterioration
  double level_open = 0;    // by the last visit
};

double rise(double weeks, double time_constant, double span) {
  if (weeks <= 0) return 0;
  return (1 - std::exp(-weeks / time_constant)) / (1 - std::exp(-span / time_constant));
}

Latent draw_latent(const DiseaseCourseSetting& s, const DiseaseCourseTarget& t, SyntheticDraw& d) {
  Latent l;
  Values& b = l.baseline;
  b.mmt = std::round(s.mmt_max * d.normal(0.787, 0.067, 0.633, 0.92));
  b.physician_mm = std::round(d.normal(55, 12, 25, 85));
  b.patient_mm = std::round(d.normal(58, 15, 20, 95));
  b.extramuscular_mm = std::round(d.normal(42, 14, 12, 80));
  b.haq_eighths = std::round(d.normal(9, 4, 2, 20));
  b.ck = std::round(std::exp(d.normal(std::log(350.0), 1.0, std::log(40.0), std::log(12000.0))));
  l.screening = b;
  l.screening.physician_mm += d.normal(0, 4, -8, 8);
  l.screening.patient_mm += d.normal(0, 4, -8, 8);
  l.screening.extramuscular_mm += d.normal(0, 4, -8, 8);
  l.screening.mmt += d.normal(0, 2, -4, 4);
  l.screening.haq_eighths += d.between(-1, 1);
  l.screening.ck *= std::exp(d.normal(0, 0.15, -0.3, 0.3));
  l.gain = {b.physician_mm * d.uniform(0.6, 0.95),      b.patient_mm * d.uniform(0.45, 0.9),
            b.extramuscular_mm * d.uniform(0.55, 0.95), (s.mmt_max - b.mmt) * d.uniform(0.45, 0.85),
            b.haq_eighths * d.uniform(0.3, 0.75),       d.uniform(0.35, 0.85)};
  if (t.deterioration_onset_week) {
    if (d.chance(0.5)) {  // extramuscular global >= 2 cm worse
      l.worsening = {d.uniform(0, 8), 0, d.uniform(24, 34), 0, 0, 0};
    } else {  // 3 of 5 measures >= 30 % worse
      l.worsening = {b.physician_mm * d.uniform(0.4, 0.6),
                     b.patient_mm * d.uniform(0.4, 0.6),
                     d.uniform(0, 8),
                     b.mmt * d.uniform(0.02, 0.08),
                     std::max(2.0, b.haq_eighths * d.uniform(0.45, 0.7)),
                     d.uniform(0, 0.3)};
    }
    l.level_before = d.uniform(-0.08, 0.05);
  }
  if (t.tis_band) {
    const auto& range =
        k_band_levels[std::min(static_cast<std::size_t>(*t.tis_band), k_band_levels.size() - 1)];
    l.level_aimed = d.uniform(range[0], range[1]);
  } else {
    l.level_aimed = d.uniform(-0.1, 0.5);
  }
  // On open-label IVIG the active arm gains a little more; the placebo arm catches up.
  l.level_open =
      t.active ? l.level_aimed + d.uniform(0, 0.25) : std::max(l.level_aimed, d.uniform(0.25, 0.9));
  return l;
}

// Level and deterioration (0-1) at a follow-up week up to the primary week.
double blinded_level(const Latent& l, const DiseaseCourseSetting& s, const DiseaseCourseTarget& t,
                     int week) {
  const double span = s.primary_week - s.baseline_week;
  if (t.deterioration_onset_week) {
    if (week <= t.switch_week) return l.level_before;
    return l.level_before +
           (l.level_aimed - l.level_before) * rise(week - t.switch_week, k_rise_weeks, span);
  }
  const double time_constant = t.active ? k_rise_weeks : k_placebo_rise_weeks;
  return l.level_aimed * rise(week - s.baseline_week, time_constant, span);
}

double level_at(const Latent& l, const DiseaseCourseSetting& s, const DiseaseCourseTarget& t,
                int week) {
  if (week <= s.primary_week) return blinded_level(l, s, t, week);
  const double at_primary = blinded_level(l, s, t, s.primary_week);
  const double open = std::max(l.level_open, at_primary);
  return at_primary + (open - at_primary) * rise(week - s.primary_week, k_open_label_rise_weeks,
                                                 s.last_week - s.primary_week);
}

double worsening_at(const DiseaseCourseTarget& t, int week) {
  if (!t.deterioration_onset_week || week < *t.deterioration_onset_week) return 0;
  const int held_until = std::max(t.deterioration_confirmed_week.value_or(week), t.switch_week);
  if (week <= held_until) return 1;
  return std::max(0.0, 1 - (week - t.switch_week) / k_fade_weeks);
}

Values follow_up_values(const Latent& l, const DiseaseCourseSetting& s,
                        const DiseaseCourseTarget& t, int week, SyntheticDraw& d) {
  const double level = level_at(l, s, t, week);
  const double worse = worsening_at(t, week);
  const Values& b = l.baseline;
  const Values& g = l.gain;
  const Values& w = l.worsening;
  const double haq_noise = d.uniform();
  Values v;
  v.physician_mm = b.physician_mm - level * g.physician_mm + worse * w.physician_mm;
  v.patient_mm = b.patient_mm - level * g.patient_mm + worse * w.patient_mm;
  v.extramuscular_mm = b.extramuscular_mm - level * g.extramuscular_mm + worse * w.extramuscular_mm;
  v.physician_mm += d.normal(0, 3, -7, 7);
  v.patient_mm += d.normal(0, 3, -7, 7);
  v.extramuscular_mm += d.normal(0, 3, -7, 7);
  v.mmt = b.mmt + level * g.mmt - worse * w.mmt + d.normal(0, 1.5, -4, 4);
  v.haq_eighths = b.haq_eighths - level * g.haq_eighths + worse * w.haq_eighths +
                  (haq_noise < 0.15   ? -1
                   : haq_noise > 0.85 ? 1
                                      : 0);
  v.ck = b.ck * std::max(k_ck_floor, 1 - level * g.ck) * (1 + worse * w.ck) *
         std::exp(d.normal(0, 0.12, -0.3, 0.3));
  return v;
}

int rounded(double value, int low, int high) {
  return std::clamp(static_cast<int>(std::lround(value)), low, high);
}

Assessment to_assessment(const Values& v, int week, int mmt_max, int ck_uln) {
  Assessment a;
  a.week = week;
  a.physician_activity_vas_mm = rounded(v.physician_mm, 0, k_vas_max_mm);
  a.patient_activity_vas_mm = rounded(v.patient_mm, 0, k_vas_max_mm);
  a.extramuscular_vas_mm = rounded(v.extramuscular_mm, 0, k_vas_max_mm);
  a.mmt8_score = rounded(v.mmt, 0, mmt_max);
  a.haq_di = Rational::fraction(rounded(v.haq_eighths, 0, k_haq_max_eighths), k_eighths);
  a.ck_iu_per_l = rounded(v.ck, k_ck_min, k_ck_max);
  a.ck_uln_iu_per_l = ck_uln;
  return a;
}

int band_of(const DiseaseCourseSetting& s, const Rational& tis) {
  int band = 0;
  for (int threshold : s.thresholds) band += tis >= threshold ? 1 : 0;
  return band;
}

bool meets_target(const DiseaseCourseSetting& s, const DiseaseCourseTarget& t,
                  const std::vector<Assessment>& assessments) {
  if (s.entry && evaluate_core_set_entry(*s.entry, assessments).status != RuleStatus::met) {
    return false;
  }
  const auto computed = compute_response(s, assessments);
  if (!computed) return false;
  if (t.deterioration_onset_week) {
    if (!computed->confirmed_deterioration || computed->onset_week != t.deterioration_onset_week ||
        computed->confirmed_week != t.deterioration_confirmed_week) {
      return false;
    }
  } else if (computed->confirmed_deterioration) {
    return false;
  }
  if (!t.tis_band) return true;
  return computed->tis_at_primary && band_of(s, *computed->tis_at_primary) == *t.tis_band;
}

}  // namespace

util::Expected<ComputedResponse> compute_response(const DiseaseCourseSetting& setting,
                                                  const std::vector<Assessment>& assessments) {
  ComputedResponse result;
  const auto baseline = std::find_if(assessments.begin(), assessments.end(), [&](const auto& a) {
    return a.week == setting.baseline_week;
  });
  if (baseline == assessments.end()) return result;
  ResponseInput input;
  input.population = setting.population;
  input.mmt_max = setting.mmt_max;
  input.baseline = core_set_of(*baseline);
  std::vector<VisitCoreSet> until_primary;
  for (const Assessment& visit : assessments) {
    if (visit.week <= setting.baseline_week || visit.week > setting.primary_week) continue;
    until_primary.push_back({visit.week, core_set_of(visit)});
    if (visit.week != setting.primary_week) continue;
    input.followup = until_primary.back().measures;
    MYOIVIG_TRY_ASSIGN(score, total_improvement_score(input));
    result.tis_at_primary = score.tis;
  }
  std::sort(until_primary.begin(), until_primary.end(),
            [](const VisitCoreSet& a, const VisitCoreSet& b) { return a.week < b.week; });
  MYOIVIG_TRY_ASSIGN(deterioration,
                     confirmed_deterioration(input.baseline, until_primary, setting.mmt_max));
  result.confirmed_deterioration = deterioration.confirmed;
  result.onset_week = deterioration.onset_week;
  result.confirmed_week = deterioration.confirmed_week;
  return result;
}

util::Expected<std::vector<Assessment>> synthesise_disease_course(
    const DiseaseCourseSetting& setting, const DiseaseCourseTarget& target,
    const std::vector<int>& weeks, int ck_uln_iu_per_l, SyntheticDraw& draw) {
  for (int attempt = 0; attempt < k_max_attempts; ++attempt) {
    const Latent latent = draw_latent(setting, target, draw);
    std::vector<Assessment> assessments;
    for (int week : weeks) {
      const Values values = week < setting.baseline_week ? latent.screening
                            : week == setting.baseline_week
                                ? latent.baseline
                                : follow_up_values(latent, setting, target, week, draw);
      assessments.push_back(to_assessment(values, week, setting.mmt_max, ck_uln_iu_per_l));
    }
    if (meets_target(setting, target, assessments)) return assessments;
  }
  return util::invalid_argument(
      "synthetic disease course: no course met the target (TIS band " +
      (target.tis_band ? std::to_string(*target.tis_band) : std::string("any")) + ") in " +
      std::to_string(k_max_attempts) + " attempts; the thresholds must be near 20, 40 and 60");
}

}  // namespace myoivig::domain
