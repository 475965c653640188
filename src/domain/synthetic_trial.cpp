#include "domain/synthetic_trial.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string_view>

#include "domain/bohan_peter.hpp"
#include "domain/randomisation.hpp"
#include "domain/synthetic_disease_course.hpp"
#include "domain/synthetic_draw.hpp"
#include "domain/synthetic_recruitment.hpp"
#include "domain/synthetic_trial_targets.hpp"
#include "domain/synthetic_trial_treatment.hpp"

namespace myoivig::domain {
namespace {

constexpr const char* k_id_prefix = "RCT";
constexpr int k_days_per_week = 7, k_days_between_patients = 7;
constexpr int k_visit_jitter_days = 3, k_screening_jitter_days = 5, k_course_jitter_days = 2;
constexpr double k_female = 0.72, k_prednisolone = 0.75, k_old_prior_ivig = 0.05;
constexpr std::array<double, 6> k_prednisolone_mg{5, 7.5, 10, 12.5, 15, 20};
constexpr std::array<int, 4> k_site_ck_uln{200, 190, 175, 210};  // by site, in turn
constexpr double k_female_uln = 0.85;

// A patient as recruited: the allocation slot taken, and the target aimed at.
struct Recruit {
  AllocationSlot slot;
  bool active = false;
  TrialPatientTarget target;
};

struct Setting {
  const Protocol& protocol;
  std::vector<ScheduledVisit> schedule;  // by week
  DiseaseCourseSetting course;
  int open_label_week = 0;  // placebo patients switch to IVIG here at the latest
  bool crossover = false;   // placebo patients with a confirmed deterioration switch at once
  bool blinded = false;     // courses before open_label_week are masked study drug
  util::Date first_day_1;
  std::map<std::string, int> ck_uln;  // men's CK upper limit of normal by site, IU/l
};

std::string text(const char* format, auto... values) {
  char buffer[160];
  std::snprintf(buffer, sizeof buffer, format, values...);
  return buffer;
}

util::Date visit_date(const ScheduledVisit& visit, util::Date day_1, int baseline_week,
                      SyntheticDraw& draw) {
  const int cap = visit.week < baseline_week ? k_screening_jitter_days : k_visit_jitter_days;
  const int offset = draw.between(-std::min(visit.window_before_days, cap),
                                  std::min(visit.window_after_days, cap));
  return day_1.plus_days(visit.week * k_days_per_week + offset);
}

void add_conditions(StudyData& data, const Protocol& protocol, const Patient& patient,
                    SyntheticDraw& draw) {
  const auto& rule = protocol.eligibility.bohan_peter;
  if (rule) {
    // The biopsy criterion is the patient's biopsy; the others are drawn until the
    // classification reaches the protocol's minimum.
    BohanPeterFindings f;
    f.biopsy_inflammation_necrosis_regeneration = patient.biopsy_proven;
    f.typical_skin_rash = patient.diagnosis == Diagnosis::dermatomyositis;
    do {
      f.symmetric_proximal_weakness = draw.chance(0.92);
      f.raised_muscle_enzymes = draw.chance(0.8);
      f.myopathic_emg = draw.chance(0.45);
    } while (bohan_peter(f).certainty < rule->minimum);
    const std::array<std::pair<const char*, bool>, 5> criteria{{
        {"bohan_peter_weakness", f.symmetric_proximal_weakness},
        {"bohan_peter_enzymes", f.raised_muscle_enzymes},
        {"bohan_peter_emg", f.myopathic_emg},
        {"bohan_peter_biopsy", patient.biopsy_proven},
        {"bohan_peter_rash", f.typical_skin_rash},
    }};
    for (const auto& [code, present] : criteria) {
      data.conditions.push_back({patient.id, code, present, std::nullopt, ""});
    }
  }
  for (const Exclusion& exclusion : protocol.eligibility.exclusions) {
    Condition condition{patient.id, exclusion.code, false, std::nullopt, ""};
    if (exclusion.within_weeks && draw.chance(k_old_prior_ivig)) {
      condition.present = true;
      condition.date = patient.enrolment_date.plus_days(
          -(*exclusion.within_weeks * k_days_per_week + draw.between(60, 700)));
      condition.note = "long before screening";
    }
    data.conditions.push_back(std::move(condition));
  }
}

std::string withdrawal_reason(int last_week, int open_label_week, SyntheticDraw& draw) {
  constexpr std::array<const char*, 3> k_blinded{
      "Withdrew consent after the week-%d visit (personal reasons)",
      "Lost to follow-up after the week-%d visit",
      "Moved to another region after the week-%d visit; follow-up outside the study"};
  constexpr std::array<const char*, 2> k_open_label{
      "Left the open-label extension after the week-%d visit (travel burden)",
      "Started another immunosuppressant after the week-%d visit (protocol deviation)"};
  const bool open_label = last_week >= open_label_week;
  const char* format = open_label ? k_open_label[static_cast<std::size_t>(draw.between(0, 1))]
                                  : k_blinded[static_cast<std::size_t>(draw.between(0, 2))];
  return text(format, last_week);
}

// The weeks of the courses: from `first` every interval, before the last visit week.
std::vector<int> course_weeks(const Setting& s, int first) {
  std::vector<int> weeks;
  const int interval = *s.protocol.regimen.interval_weeks;
  for (int week = first; week < s.course.last_week; week += interval) {
    if (static_cast<int>(weeks.size()) == s.protocol.regimen.max_courses) break;
    weeks.push_back(week);
  }
  return weeks;
}

util::Expected<void> add_patient(StudyData& data, const Setting& s, const Recruit& recruit,
                                 std::size_t index, std::uint64_t seed) {
  SyntheticDraw draw(seed, index + 1);
  const Protocol& protocol = s.protocol;
  const TrialPatientTarget& target = recruit.target;
  Patient patient;
  patient.id = text("%s-%03zu", k_id_prefix, index + 1);
  patient.site = recruit.slot.stratum;
  patient.sex = draw.chance(k_female) ? Sex::female : Sex::male;
  patient.diagnosis = protocol.eligibility.diagnoses.front();
  const bool female = patient.sex == Sex::female;
  patient.height_cm =
      std::round(2 * (female ? draw.normal(163, 7, 145, 185) : draw.normal(176, 7, 155, 200))) / 2;
  const double weight_kg =
      std::round(10 * (female ? draw.normal(70, 14, 45, 130) : draw.normal(84, 15, 55, 150))) / 10;
  const util::Date day_1 = s.first_day_1.plus_days(
      static_cast<int>(index) * k_days_between_patients + draw.between(0, 3));

  const int baseline = s.course.baseline_week;
  std::vector<Visit> visits;
  for (const ScheduledVisit& visit : s.schedule) {
    if (target.last_visit_week && visit.week > *target.last_visit_week) break;
    const util::Date date =
        visit.week == baseline ? day_1 : visit_date(visit, day_1, baseline, draw);
    visits.push_back({patient.id, visit.week, date});
  }
  patient.enrolment_date = visits.front().date;
  patient.birth_year =
      patient.enrolment_date.year() - static_cast<int>(draw.normal(53, 12, 19, 80));
  patient.biopsy_proven = draw.chance(0.5);
  if (patient.biopsy_proven)
    patient.biopsy_date = patient.enrolment_date.plus_days(-draw.between(30, 1500));
  if (target.last_visit_week) {
    patient.withdrawal_date = visits.back().date.plus_days(draw.between(7, 20));
    patient.withdrawal_reason = withdrawal_reason(*target.last_visit_week, s.open_label_week, draw);
  }

  DiseaseCourseTarget course{recruit.active, baseline, target.tis_band,
                             target.deterioration_onset_week, std::nullopt};
  if (target.deterioration_onset_week) {
    for (const ScheduledVisit& visit : s.schedule) {
      if (visit.week > *target.deterioration_onset_week) {
        course.deterioration_confirmed_week = visit.week;
        break;
      }
    }
  }
  if (!recruit.active) {
    course.switch_week = s.crossover && course.deterioration_confirmed_week
                             ? *course.deterioration_confirmed_week
                             : s.open_label_week;
  }
  std::vector<int> weeks;
  for (const Visit& visit : visits) weeks.push_back(visit.week);
  // The site laboratory's upper limit of normal, lower for women, in steps of 5 IU/l.
  const int uln =
      5 *
      static_cast<int>(std::lround((female ? k_female_uln : 1.0) * s.ck_uln.at(patient.site) / 5));
  MYOIVIG_TRY_ASSIGN(assessments, synthesise_disease_course(s.course, course, weeks, uln, draw));
  double weight = weight_kg;
  std::map<int, double> weights;  // week -> weight measured
  for (std::size_t i = 0; i < assessments.size(); ++i) {
    Assessment& a = assessments[i];
    a.patient_id = patient.id;
    const ScheduledVisit* scheduled = protocol.visit(a.week);
    const auto& required = scheduled->required;
    if (a.week == baseline ||
        std::find(required.begin(), required.end(), Measure::weight) != required.end()) {
      if (a.week > baseline) weight = std::round(10 * (weight + draw.normal(0, 1, -3, 3))) / 10;
      a.weight_kg = weight;
      weights[a.week] = weight;
    }
  }

  // Placebo patients receive matching placebo kits until they switch; every course of the
  // blinded period is masked study drug, the switch and the extension are open-label.
  PatientTreatment treatment{patient.id, {}, patient.withdrawal_date, target.thromboembolic_event};
  std::vector<int> treatment_weeks;
  for (int week : course_weeks(s, baseline)) {
    if (week < course.switch_week) treatment_weeks.push_back(week);
  }
  for (int week : course_weeks(s, course.switch_week)) treatment_weeks.push_back(week);
  treatment_weeks.resize(
      std::min(treatment_weeks.size(), static_cast<std::size_t>(protocol.regimen.max_courses)));
  for (int week : treatment_weeks) {
    const auto visit =
        std::find_if(visits.begin(), visits.end(), [&](const Visit& v) { return v.week == week; });
    const util::Date start =
        visit != visits.end()
            ? visit->date
            : day_1.plus_days(week * k_days_per_week +
                              draw.between(-k_course_jitter_days, k_course_jitter_days));
    if (patient.withdrawal_date &&
        start.plus_days(protocol.regimen.days - 1) > *patient.withdrawal_date) {
      break;
    }
    const auto measured = weights.upper_bound(week);
    const bool placebo = week < course.switch_week;
    const bool blinded = s.blinded && week < s.open_label_week && (placebo || recruit.active);
    treatment.courses.push_back({start, std::prev(measured)->second, blinded, placebo});
  }

  data.allocations.push_back(
      {patient.id, recruit.slot.arm, recruit.slot.stratum, recruit.slot.sequence, day_1});
  add_conditions(data, protocol, patient, draw);
  if (draw.chance(k_prednisolone)) {
    const double mg = k_prednisolone_mg[static_cast<std::size_t>(draw.between(0, 5))];
    data.steroid_doses.push_back(
        {patient.id, mg, patient.enrolment_date.plus_days(-draw.between(60, 400)), std::nullopt});
  }
  add_treatment(data, protocol, treatment, draw);
  data.visits.insert(data.visits.end(), visits.begin(), visits.end());
  data.assessments.insert(data.assessments.end(), assessments.begin(), assessments.end());
  data.patients.push_back(std::move(patient));
  return {};
}

// The protocol keys the generator relies on beyond the design.
util::Expected<void> check_plan(const Protocol& protocol) {
  const AnalysisPlan& plan = protocol.analysis;
  if (!plan.response) {
    return util::invalid_argument(
        "analysis.response: the generator aims at the response plan's "
        "TIS thresholds and the protocol has none");
  }
  if (!protocol.regimen.interval_weeks || *protocol.regimen.interval_weeks < 1) {
    return util::invalid_argument(
        "regimen.interval_weeks: the generator repeats courses at "
        "this interval and the protocol sets none");
  }
  if (protocol.eligibility.diagnoses.empty()) {
    return util::invalid_argument("eligibility.diagnoses: the protocol admits no diagnosis");
  }
  int before_primary = 0;
  for (const ScheduledVisit& visit : protocol.schedule) {
    if (visit.week > plan.baseline_week && visit.week < plan.primary_week) ++before_primary;
  }
  const auto& entry = protocol.eligibility.core_set_entry;
  if (!protocol.visit(plan.baseline_week) || !protocol.visit(plan.primary_week) ||
      before_primary < 2 || (entry && !protocol.visit(entry->week))) {
    return util::invalid_argument(
        "schedule.visits: the generator needs visits at the baseline week " +
        std::to_string(plan.baseline_week) + ", the primary week " +
        std::to_string(plan.primary_week) +
        ", the core set entry week and at least two "
        "follow-up weeks before the primary week");
  }
  return {};
}

}  // namespace

util::Expected<StudyData> generate_synthetic_trial(const SyntheticTrialOptions& options,
                                                   const Protocol& protocol) {
  const StudyDesign& design = protocol.design;
  if (design.kind != DesignKind::randomised || design.arms.size() != 2) {
    return util::invalid_argument("protocol " + protocol.id +
                                  ": synthetic trials are generated for randomised protocols with "
                                  "two arms, like protocols/rct-ivig-2g.toml");
  }
  const auto placebo = std::find_if(design.arms.begin(), design.arms.end(),
                                    [](const Arm& arm) { return arm.placebo; });
  const auto active = std::find_if(design.arms.begin(), design.arms.end(),
                                   [](const Arm& arm) { return !arm.placebo; });
  if (placebo == design.arms.end() || active == design.arms.end()) {
    return util::invalid_argument(
        "design.arms: the generator needs one placebo arm and one "
        "active arm");
  }
  MYOIVIG_TRY(check_plan(protocol));
  for (double share : {options.active_responder_share, options.placebo_responder_share}) {
    if (!(share >= 0 && share <= 1)) {
      return util::invalid_argument("responder share: must be from 0 to 1, got " +
                                    std::to_string(share));
    }
  }
  MYOIVIG_TRY_ASSIGN(scheme, randomisation_scheme(design));
  MYOIVIG_TRY_ASSIGN(list, allocation_list(scheme));
  if (options.patients < 2 || options.patients > list.size()) {
    return util::invalid_argument("patients: must be from 2 to " + std::to_string(list.size()) +
                                  " (the protocol's allocation list), got " +
                                  std::to_string(options.patients));
  }
  const std::size_t n_active = options.patients / 2;
  const std::size_t n_placebo = options.patients - n_active;
  MYOIVIG_TRY_ASSIGN(slots,
                     recruit_in_rounds(list, {{active->id, n_active}, {placebo->id, n_placebo}},
                                       options.patients));

  MYOIVIG_TRY_ASSIGN(first_day_1, util::Date::from_ymd(2017, 3, 6));
  Setting s{protocol, protocol.schedule, {}, 0, false, false, first_day_1, {}};
  std::sort(s.schedule.begin(), s.schedule.end(),
            [](const ScheduledVisit& a, const ScheduledVisit& b) { return a.week < b.week; });
  const AnalysisPlan& plan = protocol.analysis;
  s.course.baseline_week = plan.baseline_week;
  s.course.primary_week = plan.primary_week;
  s.course.last_week = s.schedule.back().week;
  s.course.population = plan.response->population;
  s.course.mmt_max = plan.response->mmt_max;
  s.course.thresholds = {plan.response->threshold};
  for (int threshold : plan.response->secondary_thresholds)
    s.course.thresholds.push_back(threshold);
  std::sort(s.course.thresholds.begin(), s.course.thresholds.end());
  s.course.entry = protocol.eligibility.core_set_entry;
  s.open_label_week = design.blinded_until_week.value_or(plan.primary_week);
  s.blinded = design.blinded;
  s.crossover = design.crossover && design.crossover->from_arm == placebo->id &&
                design.crossover->to_arm == active->id;
  for (std::size_t i = 0; i < scheme.strata.size(); ++i) {
    s.ck_uln[scheme.strata[i]] = k_site_ck_uln[i % k_site_ck_uln.size()];
  }

  TargetWeeks weeks{{}, plan.primary_week};
  for (const ScheduledVisit& visit : s.schedule) {
    if (visit.week > plan.baseline_week) weeks.follow_up.push_back(visit.week);
  }
  SyntheticDraw plan_draw(options.seed, 0);
  const auto active_targets =
      plan_arm_targets(true, n_active, options.active_responder_share, weeks, plan_draw);
  const auto placebo_targets =
      plan_arm_targets(false, n_placebo, options.placebo_responder_share, weeks, plan_draw);

  StudyData data;
  data.info.study_id = std::string("SYN-") + protocol.id + "-N" + std::to_string(options.patients) +
                       "-S" + std::to_string(options.seed);
  data.info.protocol_id = protocol.id;
  data.info.description = "SYNTHETIC randomised trial made by myoivig synth (" +
                          std::to_string(options.patients) +
                          " invented patients: " + std::to_string(n_active) + " " + active->id +
                          ", " + std::to_string(n_placebo) + " " + placebo->id + "; seed " +
                          std::to_string(options.seed) + "); no real patient data";
  data.info.synthetic = true;
  std::size_t next_active = 0, next_placebo = 0;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    const bool is_active = slots[i].arm == active->id;
    const TrialPatientTarget& target =
        is_active ? active_targets[next_active++] : placebo_targets[next_placebo++];
    MYOIVIG_TRY(add_patient(data, s, {slots[i], is_active, target}, i, options.seed));
  }
  return data;
}

}  // namespace myoivig::domain
