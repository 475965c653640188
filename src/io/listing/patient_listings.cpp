// The patients, courses and infusions listings: their columns, defined once for XLSX and CSV.
#include <cmath>

#include "io/listing/listing_tables.hpp"

namespace myoivig::io::listing {
namespace {

using domain::Administration;
using domain::Course;
using domain::Patient;
using T = ColumnType;

constexpr double k_minutes_per_hour = 60;

template <typename Record>
Field<Record> patient_id_field() {
  return {{"patient_id", T::text, "Study pseudonym of the patient"},
          [](const Record& record) { return text_cell(record.patient_id); }};
}

template <typename Record>
Field<Record> site_field(const Context& context) {
  return {{"site", T::text, "Site code of the patient"},
          [context](const Record& record) { return text_cell(context->site(record.patient_id)); }};
}

template <typename Record>
Field<Record> study_drug_field(const Context& context,
                               const Course& (*course_of)(const Record&, const Context&)) {
  return {{"study_drug", T::text,
           "IVIG, placebo, or masked (blinded study drug of a blinded study exported without "
           "--unblinded)"},
          [context, course_of](const Record& record) {
            return text_cell(context->study_drug(course_of(record, context)));
          }};
}

// The course an infusion belongs to (a recorded infusion always has one: the store checks).
const Course& course_of_infusion(const Administration& given, const Context& context) {
  static const Course k_unknown;
  const Course* course = context->course(given.patient_id, given.course_number);
  return course ? *course : k_unknown;
}

std::optional<std::int64_t> duration_minutes(const Administration& given) {
  if (!given.start_time || !given.end_time) return std::nullopt;
  return given.end_time->minutes() - given.start_time->minutes();
}

// Volume over duration in mL/h, to one decimal.
std::optional<double> rate_ml_per_h(const Administration& given) {
  const auto minutes = duration_minutes(given);
  if (!minutes || *minutes <= 0 || !given.volume_ml) return std::nullopt;
  return std::round(*given.volume_ml / (static_cast<double>(*minutes) / k_minutes_per_hour) * 10) /
         10;
}

}  // namespace

Listing patients_listing(const Context& context) {
  const domain::StudyData& data = context->data();
  std::vector<const Patient*> rows;
  for (const Patient& patient : data.patients) rows.push_back(&patient);
  std::vector<Field<Patient>> fields = {
      {{"patient_id", T::text, "Study pseudonym (no name or hospital number is ever stored)"},
       [](const Patient& p) { return text_cell(p.id); }},
      {{"site", T::text, "Site code"}, [](const Patient& p) { return text_cell(p.site); }},
      {{"sex", T::text, "M or F"}, [](const Patient& p) { return text_cell(domain::code(p.sex)); }},
      {{"birth_year", T::integer, "Year of birth (the only birth date information stored)"},
       [](const Patient& p) { return integer_cell(p.birth_year); }},
      {{"age_at_enrolment", T::integer, "Enrolment year minus birth year"},
       [](const Patient& p) { return integer_cell(p.age_at(p.enrolment_date)); }},
      {{"diagnosis", T::text, "PM (polymyositis) or DM (dermatomyositis)"},
       [](const Patient& p) { return text_cell(domain::code(p.diagnosis)); }},
      {{"biopsy_proven", T::boolean, "Diagnosis proven by muscle biopsy"},
       [](const Patient& p) { return boolean_cell(p.biopsy_proven); }},
      {{"biopsy_date", T::date, "Date of the muscle biopsy"},
       [](const Patient& p) { return date_cell(p.biopsy_date); }},
      {{"height_cm", T::number, "Height in cm"},
       [](const Patient& p) { return number_cell(p.height_cm); }},
      {{"enrolment_date", T::date, "Date of enrolment"},
       [](const Patient& p) { return date_cell(p.enrolment_date); }},
  };
  if (context->randomised()) {
    fields.push_back({{"randomised_on", T::date, "Date of randomisation (empty: not randomised)"},
                      [context](const Patient& p) {
                        const domain::Allocation* allocation = context->allocation(p.id);
                        return allocation ? date_cell(allocation->randomised_on) : Cell();
                      }});
    fields.push_back({{"stratum", T::text, "Randomisation stratum (the site, or all)"},
                      [context](const Patient& p) {
                        const domain::Allocation* allocation = context->allocation(p.id);
                        return allocation ? text_cell(allocation->stratum) : Cell();
                      }});
    if (context->show_arm()) {
      fields.push_back({{"arm", T::text, "Arm the patient was randomised to (design arm id)"},
                        [context](const Patient& p) {
                          const domain::Allocation* allocation = context->allocation(p.id);
                          return allocation ? text_cell(allocation->arm) : Cell();
                        }});
    }
  }
  fields.push_back({{"courses", T::integer, "Courses recorded"}, [context](const Patient& p) {
                      return integer_cell(context->courses_of(p.id));
                    }});
  fields.push_back(
      {{"infusions", T::integer, "Infusions recorded (all courses)"},
       [context](const Patient& p) { return integer_cell(context->infusions_of(p.id)); }});
  fields.push_back({{"withdrawal_date", T::date, "Date of withdrawal (empty: not withdrawn)"},
                    [](const Patient& p) { return date_cell(p.withdrawal_date); }});
  fields.push_back({{"withdrawal_reason", T::text, "Reason for withdrawal"},
                    [](const Patient& p) { return text_cell(p.withdrawal_reason); }});
  return make_listing("patients", "patients", "One row per enrolled patient", std::move(rows),
                      std::move(fields));
}

Listing courses_listing(const Context& context) {
  auto rows = in_patient_order(context->data().courses, *context,
                               [](const Course& course) { return course.number; });
  std::vector<Field<Course>> fields = {
      patient_id_field<Course>(),
      site_field<Course>(context),
      {{"course", T::integer, "Course number (1 = first course)"},
       [](const Course& c) { return integer_cell(c.number); }},
      {{"regimen", T::text, "Regimen id of the protocol"},
       [](const Course& c) { return text_cell(c.regimen); }},
      {{"product", T::text, "Immunoglobulin product"},
       [](const Course& c) { return text_cell(c.product); }},
      {{"start_date", T::date, "Day 1 of the course"},
       [](const Course& c) { return date_cell(c.start_date); }},
      {{"dosing_weight_kg", T::number, "Weight the dose was calculated from, kg"},
       [](const Course& c) { return number_cell(c.dosing_weight_kg); }},
      {{"weight_policy", T::text, "Dosing weight: actual, ibw, adjbw or auto"},
       [](const Course& c) { return text_cell(domain::code(c.weight_policy)); }},
      {{"dose_g_per_kg_per_day", T::number, "Prescribed daily dose, g/kg"},
       [](const Course& c) { return number_cell(c.dose_g_per_kg_per_day); }},
  };
  if (context->protocol().design.blinded) {
    fields.push_back({{"blinded", T::boolean, "Given as masked study drug"},
                      [](const Course& c) { return boolean_cell(c.blinded); }});
  }
  fields.push_back(study_drug_field<Course>(
      context, [](const Course& c, const Context&) -> const Course& { return c; }));
  fields.push_back({{"infusions", T::integer, "Infusions recorded"}, [context](const Course& c) {
                      return integer_cell(context->totals(c.patient_id, c.number).infusions);
                    }});
  fields.push_back({{"total_dose_g", T::number,
                     "Sum of the recorded daily doses, g (masked drug: the kits' nominal dose)"},
                    [context](const Course& c) {
                      const CourseTotals& totals = context->totals(c.patient_id, c.number);
                      return totals.infusions ? number_cell(totals.dose_g) : Cell();
                    }});
  fields.push_back({{"last_infusion_date", T::date, "Date of the last infusion recorded"},
                    [context](const Course& c) {
                      return date_cell(context->totals(c.patient_id, c.number).last_infusion);
                    }});
  return make_listing("courses", "courses", "One row per treatment course", std::move(rows),
                      std::move(fields));
}

Listing infusions_listing(const Context& context) {
  auto rows = in_patient_order(
      context->data().administrations, *context,
      [](const Administration& given) { return std::make_pair(given.course_number, given.day); });
  std::vector<Field<Administration>> fields = {
      patient_id_field<Administration>(),
      site_field<Administration>(context),
      {{"course", T::integer, "Course number"},
       [](const Administration& a) { return integer_cell(a.course_number); }},
      {{"day", T::integer, "Day of the course (1-based)"},
       [](const Administration& a) { return integer_cell(a.day); }},
      {{"date", T::date, "Date of the infusion"},
       [](const Administration& a) { return date_cell(a.date); }},
      {{"dose_g", T::number, "Dose given that day, g (masked drug: the kit's nominal dose)"},
       [](const Administration& a) { return number_cell(a.dose_g); }},
      {{"volume_ml", T::number, "Volume infused, mL"},
       [](const Administration& a) { return number_cell(a.volume_ml); }},
      {{"start_time", T::time, "Start of the infusion, local time HH:MM"},
       [](const Administration& a) { return time_cell(a.start_time); }},
      {{"end_time", T::time, "End of the infusion, local time HH:MM"},
       [](const Administration& a) { return time_cell(a.end_time); }},
      {{"duration_min", T::integer, "End time minus start time, minutes"},
       [](const Administration& a) { return integer_cell(duration_minutes(a)); }},
      {{"mean_rate_ml_per_h", T::number, "Volume over duration, mL/h (one decimal)"},
       [](const Administration& a) { return number_cell(rate_ml_per_h(a)); }},
  };
  if (context->protocol().design.blinded) {
    fields.push_back(study_drug_field<Administration>(context, course_of_infusion));
  }
  return make_listing("infusions", "infusions", "One row per infusion day", std::move(rows),
                      std::move(fields));
}

}  // namespace myoivig::io::listing
