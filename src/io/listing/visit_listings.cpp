// The visits and assessments listings: their columns, defined once for XLSX and CSV.
#include "io/listing/listing_tables.hpp"

namespace myoivig::io::listing {
namespace {

using domain::Assessment;
using domain::Visit;
using T = ColumnType;

constexpr int k_days_per_week = 7;

// The protocol's target date of the patient's visit of `week` (day 1 + 7 x week).
std::optional<util::Date> target_date(const ListingContext& context, const Visit& visit) {
  const auto day_one = context.day_one(visit.patient_id);
  if (!day_one) return std::nullopt;
  return day_one->plus_days(visit.week * k_days_per_week);
}

// Study day of `date` counted from day 1, without a day 0 (the day before day 1 is -1).
std::optional<std::int64_t> study_day(const ListingContext& context, const Visit& visit) {
  const auto day_one = context.day_one(visit.patient_id);
  if (!day_one) return std::nullopt;
  const int days = visit.date.days_since(*day_one);
  return days >= 0 ? days + 1 : days;
}

Cell within_window(const ListingContext& context, const Visit& visit) {
  const domain::ScheduledVisit* scheduled = context.protocol().visit(visit.week);
  const auto target = target_date(context, visit);
  if (!scheduled || !target) return {};
  const int offset = visit.date.days_since(*target);
  return boolean_cell(offset >= -scheduled->window_before_days &&
                      offset <= scheduled->window_after_days);
}

}  // namespace

Listing visits_listing(const Context& context) {
  auto rows = in_patient_order(context->data().visits, *context,
                               [](const Visit& visit) { return visit.week; });
  std::vector<Field<Visit>> fields = {
      {{"patient_id", T::text, "Study pseudonym of the patient"},
       [](const Visit& v) { return text_cell(v.patient_id); }},
      {{"site", T::text, "Site code of the patient"},
       [context](const Visit& v) { return text_cell(context->site(v.patient_id)); }},
      {{"week", T::integer, "Protocol week (0 = baseline; negative = before treatment)"},
       [](const Visit& v) { return integer_cell(v.week); }},
      {{"visit", T::text, "Visit name; (unscheduled) when the week is not in the schedule"},
       [context](const Visit& v) { return text_cell(context->visit_label(v.week)); }},
      {{"date", T::date, "Date of the visit"}, [](const Visit& v) { return date_cell(v.date); }},
      {{"study_day", T::integer,
        "Day of the visit counted from day 1 (randomisation in a randomised study, else the "
        "first infusion); no day 0"},
       [context](const Visit& v) { return integer_cell(study_day(*context, v)); }},
      {{"target_date", T::date, "Day 1 + 7 x week"},
       [context](const Visit& v) { return date_cell(target_date(*context, v)); }},
      {{"days_from_target", T::integer, "Visit date minus target date, days"},
       [context](const Visit& v) -> Cell {
         const auto target = target_date(*context, v);
         if (!target) return {};
         return integer_cell(v.date.days_since(*target));
       }},
      {{"within_window", T::boolean, "Inside the protocol's visit window"},
       [context](const Visit& v) { return within_window(*context, v); }},
  };
  return make_listing("visits", "visits", "One row per visit that took place", std::move(rows),
                      std::move(fields));
}

Listing assessments_listing(const Context& context) {
  auto rows = in_patient_order(context->data().assessments, *context,
                               [](const Assessment& assessment) { return assessment.week; });
  std::vector<Field<Assessment>> fields = {
      {{"patient_id", T::text, "Study pseudonym of the patient"},
       [](const Assessment& a) { return text_cell(a.patient_id); }},
      {{"site", T::text, "Site code of the patient"},
       [context](const Assessment& a) { return text_cell(context->site(a.patient_id)); }},
      {{"week", T::integer, "Protocol week of the visit"},
       [](const Assessment& a) { return integer_cell(a.week); }},
      {{"visit", T::text, "Visit name"},
       [context](const Assessment& a) { return text_cell(context->visit_label(a.week)); }},
      {{"date", T::date, "Date of the visit"},
       [context](const Assessment& a) -> Cell {
         const Visit* visit = context->visit(a.patient_id, a.week);
         return visit ? date_cell(visit->date) : Cell();
       }},
      {{"mmt", T::integer, "Manual muscle testing total score, points"},
       [](const Assessment& a) { return integer_cell(a.mmt_score); }},
      {{"adl", T::integer, "Activities of daily living score, points"},
       [](const Assessment& a) { return integer_cell(a.adl_score); }},
      {{"ck_iu_per_l", T::integer, "Creatine kinase, IU/L"},
       [](const Assessment& a) { return integer_cell(a.ck_iu_per_l); }},
      {{"ck_uln_iu_per_l", T::integer, "Upper limit of normal of the CK assay, IU/L"},
       [](const Assessment& a) { return integer_cell(a.ck_uln_iu_per_l); }},
      {{"fatigue_vas_cm", T::number, "Fatigue visual analogue scale, cm (0-10)"},
       [](const Assessment& a) { return mm_as_cm_cell(a.fatigue_vas_mm); }},
      {{"pain_vas_cm", T::number, "Muscle pain visual analogue scale, cm (0-10)"},
       [](const Assessment& a) { return mm_as_cm_cell(a.pain_vas_mm); }},
      {{"physician_global", T::text,
        "Physician's global assessment of change: improved, unchanged or worse"},
       [](const Assessment& a) {
         return a.physician_global ? text_cell(domain::code(*a.physician_global)) : Cell();
       }},
      {{"weight_kg", T::number, "Body weight, kg"},
       [](const Assessment& a) { return number_cell(a.weight_kg); }},
      {{"physician_activity_vas_cm", T::number,
        "IMACS core set: physician's global disease activity VAS, cm (0-10)"},
       [](const Assessment& a) { return mm_as_cm_cell(a.physician_activity_vas_mm); }},
      {{"patient_activity_vas_cm", T::number,
        "IMACS core set: patient's global disease activity VAS, cm (0-10)"},
       [](const Assessment& a) { return mm_as_cm_cell(a.patient_activity_vas_mm); }},
      {{"extramuscular_vas_cm", T::number,
        "IMACS core set: extramuscular disease activity VAS, cm (0-10)"},
       [](const Assessment& a) { return mm_as_cm_cell(a.extramuscular_vas_mm); }},
      {{"mmt8", T::integer, "IMACS core set: MMT-8 total on the protocol's scale"},
       [](const Assessment& a) { return integer_cell(a.mmt8_score); }},
      {{"haq_di", T::number, "IMACS core set: HAQ disability index (0-3)"},
       [](const Assessment& a) { return a.haq_di ? number_cell(a.haq_di->to_double()) : Cell(); }},
  };
  return make_listing("assessments", "assessments", "One row per patient and visit assessed",
                      std::move(rows), std::move(fields));
}

}  // namespace myoivig::io::listing
