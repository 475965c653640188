#include "domain/synthetic_study.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string_view>

#include "domain/synthetic_draw.hpp"

namespace myoivig::domain {
namespace {

constexpr std::size_t k_max_patients = 999'999;
constexpr int k_max_sites = 99;
constexpr const char* k_id_prefix = "SYN";
constexpr int k_patients_per_site = 50;
constexpr int k_days_per_week = 7, k_recruitment_days_per_patient = 7;
constexpr int k_min_recruitment_days = 365, k_max_recruitment_days = 12 * 365;
// Shares of patients with each feature (adverse events: of courses; untreated: of
// withdrawals, who leave before the first infusion).
constexpr double k_female = 0.6, k_dermatomyositis = 0.45, k_responder = 0.75;
constexpr double k_maintenance = 0.25, k_old_exclusion = 0.03, k_withdrawal = 0.12;
constexpr double k_untreated = 0.1, k_second_course = 0.2, k_adverse_event = 0.08;
constexpr double k_response_weeks = 4.0;  // improvement ~ 1 - exp(-week / 4)
constexpr double k_mg_step = 5;           // prednisolone doses and taper steps
constexpr double k_vial_g = 2.5, k_small_vial_g = 0.5;
constexpr double k_tolerance_margin = 0.9;           // stay inside 90 % of the dose tolerance
constexpr double k_ml_per_g = 20, k_mm_per_cm = 10;  // volume of a 5 % solution; VAS

// The draws of one patient come from its own stream.
using Draw = SyntheticDraw;

struct Setting {
  const Protocol& protocol;
  std::vector<ScheduledVisit> schedule;  // by week
  std::size_t baseline = 0;              // index of analysis.baseline_week in schedule
  util::Date recruitment_start;
  int recruitment_days = 0, patients = 0, sites = 0;
};

// A patient's invented disease course: values at baseline and the change by the primary
// week (falls as fractions of baseline).
struct Profile {
  double mmt = 0, mmt_gain = 0, adl = 0, adl_gain = 0, ck = 0, ck_fall = 0;
  double fatigue_mm = 0, fatigue_fall = 0, pain_mm = 0, pain_fall = 0, weight_kg = 0;
  int ck_uln = 0;
};

Profile draw_profile(Draw& draw, Sex sex) {
  const bool responder = draw.chance(k_responder);
  const bool female = sex == Sex::female;
  Profile p;
  p.mmt = std::round(draw.normal(68, 12, 25, 115));
  p.mmt_gain = responder ? draw.normal(14, 5, 4, 35) : draw.normal(1, 2.5, -6, 5);
  p.adl = std::round(draw.normal(27, 8, 3, 85));
  p.adl_gain = p.mmt_gain * (responder ? 0.7 + 0.3 * draw.uniform() : 0.5);
  p.ck = std::round(std::exp(draw.normal(std::log(1000.0), 0.8, std::log(80.0), std::log(2e4))));
  p.ck_fall = responder ? 0.35 + 0.4 * draw.uniform() : draw.normal(0.03, 0.1, -0.2, 0.25);
  p.fatigue_mm = std::round(draw.normal(55, 12, 10, 95));
  p.fatigue_fall = responder ? 0.5 + 0.45 * draw.uniform() : draw.normal(0.05, 0.12, -0.2, 0.3);
  p.pain_mm = std::round(draw.normal(39, 15, 3, 90));
  p.pain_fall = responder ? 0.4 + 0.5 * draw.uniform() : draw.normal(0, 0.15, -0.3, 0.3);
  p.weight_kg =
      std::round(10 * (female ? draw.normal(56, 9, 38, 110) : draw.normal(66, 11, 42, 130))) / 10;
  p.ck_uln = female ? 170 : 200;
  return p;
}

// Share of the primary-week change reached `weeks` after baseline.
double improvement(int weeks, int primary_weeks) {
  if (weeks <= 0) return 0;
  const double full = 1 - std::exp(-std::max(primary_weeks, 1) / k_response_weeks);
  return (1 - std::exp(-weeks / k_response_weeks)) / full;
}

// `value` rounded, inside the protocol's range for `measure` (in units of 1 / scale).
double in_range(const Protocol& protocol, Measure measure, double value, double scale = 1) {
  const InstrumentRange* range = protocol.range(measure);
  if (range) value = std::clamp(value, range->min * scale, range->max * scale);
  return std::round(value);
}

Assessment assess(Draw& draw, const Setting& s, const Profile& p, const std::string& id,
                  const ScheduledVisit& visit) {
  const int since = visit.week - s.schedule[s.baseline].week;
  const double f =
      improvement(since, s.protocol.analysis.primary_week - s.schedule[s.baseline].week);
  const double noise = since > 0 ? 1 : 0;
  const auto score = [&](Measure measure, double value, double scale = 1) {
    return static_cast<int>(in_range(s.protocol, measure, value, scale));
  };
  Assessment a;
  a.patient_id = id;
  a.week = visit.week;
  // Screening MMT at or above baseline: no improvement under high-dose prednisolone.
  a.mmt_score =
      score(Measure::mmt, since < 0 ? p.mmt + draw.between(0, 3)
                                    : p.mmt + p.mmt_gain * f + noise * draw.normal(0, 1.5, -4, 4));
  a.adl_score = score(Measure::adl, p.adl + p.adl_gain * f + noise * draw.normal(0, 1.5, -4, 4));
  a.ck_iu_per_l = score(Measure::ck, p.ck * (1 - p.ck_fall * f) *
                                         std::exp(draw.normal(0, 0.08 * (noise + 0.5), -0.3, 0.3)));
  a.ck_uln_iu_per_l = p.ck_uln;
  a.fatigue_vas_mm = score(
      Measure::vas_fatigue,
      p.fatigue_mm * (1 - p.fatigue_fall * f) + noise * draw.normal(0, 3, -8, 8), k_mm_per_cm);
  a.pain_vas_mm =
      score(Measure::vas_pain, p.pain_mm * (1 - p.pain_fall * f) + noise * draw.normal(0, 3, -8, 8),
            k_mm_per_cm);
  const double weight = p.weight_kg + noise * draw.normal(0, 0.4, -1.5, 1.5);
  a.weight_kg = in_range(s.protocol, Measure::weight, weight * 10, 10) / 10;
  if (since > 0) {
    const int change = *a.mmt_score - score(Measure::mmt, p.mmt);
    a.physician_global = change >= 5    ? PhysicianGlobal::improved
                         : change <= -3 ? PhysicianGlobal::worse
                                        : PhysicianGlobal::unchanged;
  }
  return a;
}

// Days from the target date, inside the visit's window and at most `before_cap` days
// before or `after_cap` days after.
int window_offset(Draw& draw, const ScheduledVisit& visit, int before_cap, int after_cap) {
  return draw.between(-std::min(visit.window_before_days, before_cap),
                      std::min(visit.window_after_days, after_cap));
}

// Every scheduled visit (as in s.schedule) with its date; the first is the enrolment.
// Sets `day_1`.
std::vector<Visit> plan_visits(Draw& draw, const Setting& s, const std::string& id,
                               util::Date enrolment, util::Date& day_1) {
  const ScheduledVisit& first = s.schedule.front();
  const int first_offset = s.baseline == 0 ? 0 : window_offset(draw, first, 5, 2);
  day_1 = enrolment.plus_days(-first.week * k_days_per_week - first_offset);
  std::vector<Visit> visits{{id, first.week, enrolment}};
  for (std::size_t i = 1; i < s.schedule.size(); ++i) {
    const ScheduledVisit& visit = s.schedule[i];
    // Baseline on day 1 for most, otherwise a few days before (never after treatment).
    const int before = std::min(visit.window_before_days, 3);
    const int offset = i != s.baseline                   ? window_offset(draw, visit, 3, 3)
                       : before > 0 && !draw.chance(0.7) ? -draw.between(1, before)
                                                         : 0;
    visits.push_back({id, visit.week, day_1.plus_days(visit.week * k_days_per_week + offset)});
  }
  return visits;
}

// Prednisolone: an optional maintenance dose, a high-dose run long enough for the
// steroid-resistance rule, then a taper. Returns the first day of treatment.
util::Date add_steroid_doses(StudyData& data, Draw& draw, const SteroidResistanceRule& rule,
                             const std::string& id, util::Date day_1) {
  const double above = rule.prednisolone_above_mg_per_day;
  const util::Date high_from =
      day_1.plus_days(-(rule.duration_above_weeks * k_days_per_week + draw.between(28, 47)));
  util::Date first = high_from;
  if (draw.chance(k_maintenance)) {
    first = high_from.plus_days(-draw.between(180, 900));
    const double maintenance = std::min(above, k_mg_step * draw.between(2, 4));
    data.steroid_doses.push_back({id, maintenance, first, high_from.plus_days(-1)});
  }
  double mg = k_mg_step * (std::floor(above / k_mg_step) + 1 + draw.between(0, 3));
  const double final_mg = std::max(k_mg_step, above - k_mg_step * draw.between(0, 2));
  util::Date from = high_from;
  util::Date to = day_1.plus_days(draw.between(14, 42));
  while (mg > final_mg) {
    data.steroid_doses.push_back({id, mg, from, to});
    mg = std::max(final_mg, mg - k_mg_step * draw.between(1, 2));
    from = to.plus_days(1);
    to = from.plus_days(draw.between(14, 28) - 1);
  }
  data.steroid_doses.push_back({id, mg, from, std::nullopt});
  return first;
}

void add_conditions(StudyData& data, Draw& draw, const Protocol& protocol, const std::string& id,
                    util::Date enrolment) {
  for (const Exclusion& exclusion : protocol.eligibility.exclusions) {
    Condition condition{id, exclusion.code, false, std::nullopt, ""};
    if (exclusion.within_weeks && draw.chance(k_old_exclusion)) {
      condition.present = true;
      condition.date =
          enrolment.plus_days(-(*exclusion.within_weeks * k_days_per_week + draw.between(60, 700)));
      condition.note = "long before enrolment";
    }
    data.conditions.push_back(std::move(condition));
  }
}

struct EventKind {
  int per_100;  // how many of 100 events are of this kind
  std::string_view term;
  bool serious;
  Severity severity;
  Relatedness relatedness;
  AdverseEventOutcome outcome;
};

using enum Severity;
using enum Relatedness;
using enum AdverseEventOutcome;
constexpr std::array<EventKind, 8> k_events{{
    {30, "headache", false, mild, probable, recovered},
    {20, "fever", false, mild, possible, recovered},
    {15, "rash", false, mild, possible, recovered},
    {12, "blood urea nitrogen increased", false, mild, probable, recovered},
    {12, "hepatic enzyme increased", false, mild, possible, recovered},
    {5, "aseptic meningitis", true, moderate, probable, recovered},
    {3, "deep vein thrombosis", true, severe, possible, recovering},
    {3, "asymptomatic myocardial infarction", true, moderate, possible, recovered},
}};

// Whole 2.5 g vials, or 0.5 g ones when 2.5 g would leave the protocol's tolerance.
double daily_dose_g(double expected_g, double tolerance_fraction) {
  for (double step : {k_vial_g, k_small_vial_g}) {
    const double dose = std::ceil(expected_g / step - 1e-9) * step;
    if (dose - expected_g <= k_tolerance_margin * tolerance_fraction * expected_g) return dose;
  }
  return std::round(expected_g * 100) / 100;
}

void add_course(StudyData& data, Draw& draw, const Protocol& protocol, const std::string& id,
                int number, util::Date start, double weight_kg,
                std::optional<util::Date> withdrawal) {
  const Regimen& regimen = protocol.regimen;
  data.courses.push_back({id, number, regimen.id, regimen.product, start, weight_kg,
                          WeightPolicy::actual, regimen.dose_g_per_kg_per_day});
  const double dose_g =
      daily_dose_g(weight_kg * regimen.dose_g_per_kg_per_day, protocol.dose_tolerance_fraction);
  for (int day = 1; day <= regimen.days; ++day) {
    const int start_min = 9 * 60 + 15 * draw.between(0, 6);
    const int minutes = 5 * (day == 1 ? draw.between(66, 80) : draw.between(46, 60));
    data.administrations.push_back({id, number, day, start.plus_days(day - 1), dose_g,
                                    dose_g * k_ml_per_g, util::TimeOfDay::from_minutes(start_min),
                                    util::TimeOfDay::from_minutes(start_min + minutes)});
  }
  if (!draw.chance(k_adverse_event)) return;
  const EventKind* kind = k_events.data();
  for (int ticket = draw.between(1, 100); ticket > kind->per_100;) ticket -= (kind++)->per_100;
  util::Date onset = start.plus_days(draw.between(0, regimen.days + 2));
  if (withdrawal) onset = std::min(onset, *withdrawal);
  const bool ended = kind->outcome == AdverseEventOutcome::recovered;
  data.adverse_events.push_back(
      {id, number, std::string(kind->term), onset,
       ended ? std::optional<util::Date>(onset.plus_days(draw.between(1, 21))) : std::nullopt,
       kind->serious, kind->severity, kind->relatedness, kind->outcome});
}

constexpr std::array<std::string_view, 5> k_withdrawal_reasons{
    "Withdrew consent after the week-%d visit (personal reasons)",
    "Moved to another region after the week-%d visit; follow-up transferred outside the study",
    "Hospitalised for an unrelated condition after the week-%d visit",
    "Additional immunosuppressant started after the week-%d visit (protocol deviation)",
    "Lost to follow-up after the week-%d visit",
};

// Decides whether the patient withdraws; if so drops the visits after it, sets the
// withdrawal on `patient` and returns whether the first course was still given.
bool plan_withdrawal(Draw& draw, const Setting& s, Patient& patient, std::vector<Visit>& visits,
                     util::Date day_1) {
  const std::size_t last_possible = s.schedule.size() - 1;
  if (s.baseline >= last_possible || !draw.chance(k_withdrawal)) return true;
  if (draw.chance(k_untreated) && s.schedule[s.baseline].window_before_days > 0) {
    visits.resize(s.baseline + 1);
    visits.back().date = std::min(visits.back().date, day_1.plus_days(-1));
    patient.withdrawal_date = visits.back().date;
    patient.withdrawal_reason = "Withdrew consent before the first infusion (personal reasons)";
    return false;
  }
  const std::size_t last = s.baseline + static_cast<std::size_t>(draw.between(
                                            0, static_cast<int>(last_possible - s.baseline) - 1));
  const util::Date earliest =
      std::max(visits[last].date.plus_days(1), day_1.plus_days(s.protocol.regimen.days));
  const util::Date next = day_1.plus_days(s.schedule[last + 1].week * k_days_per_week - 1);
  patient.withdrawal_date =
      earliest.plus_days(draw.between(0, std::max(0, next.days_since(earliest))));
  char reason[128];
  std::snprintf(reason, sizeof reason,
                k_withdrawal_reasons[static_cast<std::size_t>(draw.between(0, 4))].data(),
                visits[last].week);
  patient.withdrawal_reason = reason;
  visits.resize(last + 1);
  return true;
}

void add_patient(StudyData& data, const Setting& s, std::size_t index, std::uint64_t seed) {
  Draw draw(seed, index + 1);
  const Protocol& protocol = s.protocol;
  Patient patient;
  char text[32];
  std::snprintf(text, sizeof text, "%s-%06zu", k_id_prefix, index + 1);
  patient.id = text;
  const double skew = std::pow(draw.uniform(), 1.5);  // uneven site sizes
  std::snprintf(text, sizeof text, "SITE-%02d", 1 + std::min(s.sites - 1, int(skew * s.sites)));
  patient.site = text;
  patient.sex = draw.chance(k_female) ? Sex::female : Sex::male;
  const auto& diagnoses = protocol.eligibility.diagnoses;
  patient.diagnosis = diagnoses.size() == 1            ? diagnoses.front()
                      : draw.chance(k_dermatomyositis) ? Diagnosis::dermatomyositis
                                                       : Diagnosis::polymyositis;
  patient.biopsy_proven = true;
  const auto spread =
      static_cast<int>(static_cast<std::int64_t>(index) * s.recruitment_days / s.patients);
  patient.enrolment_date = s.recruitment_start.plus_days(spread + draw.between(0, 6));
  patient.birth_year =
      patient.enrolment_date.year() - static_cast<int>(draw.normal(50, 14, 18, 85));
  const bool female = patient.sex == Sex::female;
  patient.height_cm =
      std::round(2 * (female ? draw.normal(157, 6, 140, 185) : draw.normal(169, 7, 150, 200))) / 2;

  util::Date day_1;
  std::vector<Visit> visits = plan_visits(draw, s, patient.id, patient.enrolment_date, day_1);
  const util::Date treated_from =
      add_steroid_doses(data, draw, *protocol.eligibility.steroid_resistance, patient.id, day_1);
  patient.biopsy_date = treated_from.plus_days(-draw.between(3, 60));
  add_conditions(data, draw, protocol, patient.id, patient.enrolment_date);
  const Profile profile = draw_profile(draw, patient.sex);
  const bool treated = plan_withdrawal(draw, s, patient, visits, day_1);
  if (treated) {
    add_course(data, draw, protocol, patient.id, 1, day_1, profile.weight_kg,
               patient.withdrawal_date);
    const util::Date second =
        day_1.plus_days(k_days_per_week * draw.between(5, 6) + draw.between(0, 3));
    const bool before_withdrawal =
        !patient.withdrawal_date ||
        second.plus_days(protocol.regimen.days) <= *patient.withdrawal_date;
    if (protocol.regimen.max_courses >= 2 && before_withdrawal && draw.chance(k_second_course)) {
      add_course(data, draw, protocol, patient.id, 2, second, profile.weight_kg,
                 patient.withdrawal_date);
    }
  }
  for (std::size_t i = 0; i < visits.size(); ++i) {
    data.assessments.push_back(assess(draw, s, profile, patient.id, s.schedule[i]));
    data.visits.push_back(std::move(visits[i]));
  }
  data.patients.push_back(std::move(patient));
}

}  // namespace

util::Expected<StudyData> generate_synthetic_study(const SyntheticStudyOptions& options,
                                                   const Protocol& protocol) {
  if (options.patients < 1 || options.patients > k_max_patients) {
    return util::invalid_argument("patients: must be from 1 to 999999, got " +
                                  std::to_string(options.patients));
  }
  if (options.sites < 0 || options.sites > k_max_sites) {
    return util::invalid_argument("sites: must be from 1 to 99 (0 for automatic), got " +
                                  std::to_string(options.sites));
  }
  if (protocol.design.kind != DesignKind::single_arm || !protocol.eligibility.steroid_resistance) {
    return util::invalid_argument(
        "protocol " + protocol.id +
        ": synthetic studies are generated for single-arm protocols with a steroid-resistance "
        "rule, like the seed protocol");
  }
  MYOIVIG_TRY_ASSIGN(start, util::Date::from_ymd(2008, 1, 7));
  const int n = static_cast<int>(options.patients);
  const int sites =
      options.sites > 0 ? options.sites : std::clamp(n / k_patients_per_site, 2, k_max_sites);
  const int recruitment_days = std::clamp(n * k_recruitment_days_per_patient,
                                          k_min_recruitment_days, k_max_recruitment_days);
  Setting s{protocol, protocol.schedule, 0, start, recruitment_days, n, std::min(sites, n)};
  std::sort(s.schedule.begin(), s.schedule.end(),
            [](const ScheduledVisit& a, const ScheduledVisit& b) { return a.week < b.week; });
  const auto baseline = std::find_if(
      s.schedule.begin(), s.schedule.end(),
      [&](const ScheduledVisit& v) { return v.week == protocol.analysis.baseline_week; });
  if (baseline == s.schedule.end()) {
    return util::invalid_argument(
        "schedule.visits: the generator needs a visit at the baseline week " +
        std::to_string(protocol.analysis.baseline_week) + " (analysis.baseline_week)");
  }
  s.baseline = static_cast<std::size_t>(baseline - s.schedule.begin());

  StudyData data;
  data.info.study_id = std::string(k_id_prefix) + "-" + protocol.id + "-N" +
                       std::to_string(options.patients) + "-S" + std::to_string(options.seed);
  data.info.protocol_id = protocol.id;
  data.info.description = "SYNTHETIC study made by myoivig synth (" +
                          std::to_string(options.patients) + " invented patients, seed " +
                          std::to_string(options.seed) + "); no real patient data";
  data.info.synthetic = true;
  for (std::size_t i = 0; i < options.patients; ++i) add_patient(data, s, i, options.seed);
  return data;
}

}  // namespace myoivig::domain
