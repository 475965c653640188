// Inserting each entity's records, with one audit row per record (part of SqliteStore).
#include <string>

#include "store/sqlite/audit_appender.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace myoivig::store {
namespace {

using domain::StudyData;

std::optional<std::string> iso(const std::optional<util::Date>& date) {
  return date ? std::optional<std::string>(date->iso()) : std::nullopt;
}
std::optional<std::string> hh_mm(const std::optional<util::TimeOfDay>& time) {
  return time ? std::optional<std::string>(time->hh_mm()) : std::nullopt;
}
std::optional<std::int64_t> wide(const std::optional<int>& value) {
  return value ? std::optional<std::int64_t>(*value) : std::nullopt;
}
std::string course_id(const std::string& patient, int course) {
  return patient + "/course " + std::to_string(course);
}
std::string week_id(const std::string& patient, int week) {
  return patient + "/week " + std::to_string(week);
}

// Prepares `sql` once, then for each record binds it (`bind` returns the audit id and
// text), inserts it and appends its audit row.
template <typename Record, typename Bind>
util::Expected<void> insert_all(SqliteDatabase& database, AuditAppender& audit,
                                std::string_view entity, std::string_view sql,
                                const std::vector<Record>& records, Bind bind) {
  if (records.empty()) return {};
  MYOIVIG_TRY_ASSIGN(statement, database.prepare(sql));
  for (const Record& record : records) {
    const auto [id, text] = bind(statement, record);
    auto inserted = statement.run();
    if (!inserted) {
      return inserted.error().with_context(std::string(entity) + " " + id);
    }
    MYOIVIG_TRY(audit.created(entity, id, text));
  }
  return {};
}

using Audited = std::pair<std::string, std::string>;

}  // namespace

util::Expected<void> insert_records(SqliteDatabase& database, const StudyData& records,
                                    const AuditContext& context) {
  MYOIVIG_TRY_ASSIGN(audit, AuditAppender::prepare(database, context));
  MYOIVIG_TRY(insert_all(
      database, audit, "patients",
      "INSERT INTO patients (patient_id, site, sex, birth_year, diagnosis, biopsy_proven, "
      "biopsy_date, height_cm, enrolment_date, withdrawal_date, withdrawal_reason) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
      records.patients, [](SqliteStatement& s, const domain::Patient& p) {
        s.bind(1, std::string_view(p.id));
        s.bind(2, std::string_view(p.site));
        s.bind(3, domain::code(p.sex));
        s.bind(4, std::int64_t{p.birth_year});
        s.bind(5, domain::code(p.diagnosis));
        s.bind(6, std::int64_t{p.biopsy_proven ? 1 : 0});
        s.bind(7, iso(p.biopsy_date));
        s.bind(8, p.height_cm);
        s.bind(9, std::string_view(p.enrolment_date.iso()));
        s.bind(10, iso(p.withdrawal_date));
        s.bind(11, std::string_view(p.withdrawal_reason));
        RecordText text;
        text.add("site", p.site).add("sex", domain::code(p.sex));
        text.add("birth_year", std::to_string(p.birth_year))
            .add("diagnosis", domain::code(p.diagnosis));
        text.add("biopsy_proven", p.biopsy_proven ? "true" : "false")
            .add_optional_text("biopsy_date", iso(p.biopsy_date));
        text.add("height_cm", p.height_cm).add("enrolment_date", p.enrolment_date.iso());
        text.add_optional_text("withdrawal_date", iso(p.withdrawal_date))
            .add("withdrawal_reason", p.withdrawal_reason);
        return Audited{p.id, text.text()};
      }));
  MYOIVIG_TRY(
      insert_all(database, audit, "allocations",
                 "INSERT INTO allocations (patient_id, arm, stratum, sequence, randomised_on) "
                 "VALUES (?1, ?2, ?3, ?4, ?5)",
                 records.allocations, [](SqliteStatement& s, const domain::Allocation& a) {
                   s.bind(1, std::string_view(a.patient_id));
                   s.bind(2, std::string_view(a.arm));
                   s.bind(3, std::string_view(a.stratum));
                   s.bind(4, std::int64_t{a.sequence});
                   s.bind(5, std::string_view(a.randomised_on.iso()));
                   RecordText text;
                   text.add("arm", a.arm).add("stratum", a.stratum);
                   text.add("sequence", std::to_string(a.sequence))
                       .add("randomised_on", a.randomised_on.iso());
                   return Audited{a.patient_id, text.text()};
                 }));
  MYOIVIG_TRY(insert_all(
      database, audit, "conditions",
      "INSERT INTO conditions (patient_id, code, present, date, note) VALUES (?1, ?2, ?3, ?4, ?5)",
      records.conditions, [](SqliteStatement& s, const domain::Condition& c) {
        s.bind(1, std::string_view(c.patient_id));
        s.bind(2, std::string_view(c.code));
        s.bind(3, std::int64_t{c.present ? 1 : 0});
        s.bind(4, iso(c.date));
        s.bind(5, std::string_view(c.note));
        RecordText text;
        text.add("present", c.present ? "true" : "false")
            .add_optional_text("date", iso(c.date))
            .add("note", c.note);
        return Audited{c.patient_id + "/" + c.code, text.text()};
      }));
  MYOIVIG_TRY(insert_all(
      database, audit, "steroid_doses",
      "INSERT INTO steroid_doses (patient_id, prednisolone_mg_per_day, from_date, to_date) "
      "VALUES (?1, ?2, ?3, ?4)",
      records.steroid_doses, [](SqliteStatement& s, const domain::SteroidDose& d) {
        s.bind(1, std::string_view(d.patient_id));
        s.bind(2, d.prednisolone_mg_per_day);
        s.bind(3, std::string_view(d.from.iso()));
        s.bind(4, iso(d.to));
        RecordText text;
        text.add("prednisolone_mg_per_day", std::optional<double>(d.prednisolone_mg_per_day));
        text.add("from_date", d.from.iso()).add_optional_text("to_date", iso(d.to));
        return Audited{d.patient_id + "/from " + d.from.iso(), text.text()};
      }));
  MYOIVIG_TRY(insert_all(
      database, audit, "courses",
      "INSERT INTO courses (patient_id, course, regimen, product, start_date, dosing_weight_kg, "
      "weight_policy, dose_g_per_kg_per_day, blinded) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
      records.courses, [](SqliteStatement& s, const domain::Course& c) {
        s.bind(1, std::string_view(c.patient_id));
        s.bind(2, std::int64_t{c.number});
        s.bind(3, std::string_view(c.regimen));
        s.bind(4, std::string_view(c.product));
        s.bind(5, std::string_view(c.start_date.iso()));
        s.bind(6, c.dosing_weight_kg);
        s.bind(7, domain::code(c.weight_policy));
        s.bind(8, c.dose_g_per_kg_per_day);
        s.bind(9, std::int64_t{c.blinded ? 1 : 0});
        RecordText text;
        text.add("regimen", c.regimen)
            .add("product", c.product)
            .add("start_date", c.start_date.iso());
        text.add("dosing_weight_kg", std::optional<double>(c.dosing_weight_kg));
        text.add("weight_policy", domain::code(c.weight_policy));
        text.add("dose_g_per_kg_per_day", std::optional<double>(c.dose_g_per_kg_per_day));
        if (c.blinded) text.add("blinded", "true");
        return Audited{course_id(c.patient_id, c.number), text.text()};
      }));
  MYOIVIG_TRY(insert_all(
      database, audit, "administrations",
      "INSERT INTO administrations (patient_id, course, day, date, dose_g, volume_ml, start_time, "
      "end_time) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
      records.administrations, [](SqliteStatement& s, const domain::Administration& a) {
        s.bind(1, std::string_view(a.patient_id));
        s.bind(2, std::int64_t{a.course_number});
        s.bind(3, std::int64_t{a.day});
        s.bind(4, std::string_view(a.date.iso()));
        s.bind(5, a.dose_g);
        s.bind(6, a.volume_ml);
        s.bind(7, hh_mm(a.start_time));
        s.bind(8, hh_mm(a.end_time));
        RecordText text;
        text.add("date", a.date.iso()).add("dose_g", std::optional<double>(a.dose_g));
        text.add("volume_ml", a.volume_ml).add_optional_text("start_time", hh_mm(a.start_time));
        text.add_optional_text("end_time", hh_mm(a.end_time));
        return Audited{course_id(a.patient_id, a.course_number) + "/day " + std::to_string(a.day),
                       text.text()};
      }));
  MYOIVIG_TRY(insert_all(database, audit, "visits",
                         "INSERT INTO visits (patient_id, week, date) VALUES (?1, ?2, ?3)",
                         records.visits, [](SqliteStatement& s, const domain::Visit& v) {
                           s.bind(1, std::string_view(v.patient_id));
                           s.bind(2, std::int64_t{v.week});
                           s.bind(3, std::string_view(v.date.iso()));
                           return Audited{week_id(v.patient_id, v.week), "date=" + v.date.iso()};
                         }));
  MYOIVIG_TRY(insert_all(
      database, audit, "assessments",
      "INSERT INTO assessments (patient_id, week, mmt, adl, ck_iu_per_l, ck_uln_iu_per_l, "
      "fatigue_vas_mm, pain_vas_mm, physician_global, weight_kg, physician_activity_vas_mm, "
      "patient_activity_vas_mm, extramuscular_vas_mm, mmt8_score, haq_di) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
      records.assessments, [](SqliteStatement& s, const domain::Assessment& a) {
        const auto global = a.physician_global
                                ? std::optional<std::string>(domain::code(*a.physician_global))
                                : std::nullopt;
        s.bind(1, std::string_view(a.patient_id));
        s.bind(2, std::int64_t{a.week});
        s.bind(3, wide(a.mmt_score));
        s.bind(4, wide(a.adl_score));
        s.bind(5, wide(a.ck_iu_per_l));
        s.bind(6, wide(a.ck_uln_iu_per_l));
        s.bind(7, wide(a.fatigue_vas_mm));
        s.bind(8, wide(a.pain_vas_mm));
        s.bind(9, global);
        s.bind(10, a.weight_kg);
        const auto haq =
            a.haq_di ? std::optional<std::string>(a.haq_di->to_string()) : std::nullopt;
        s.bind(11, wide(a.physician_activity_vas_mm));
        s.bind(12, wide(a.patient_activity_vas_mm));
        s.bind(13, wide(a.extramuscular_vas_mm));
        s.bind(14, wide(a.mmt8_score));
        s.bind(15, haq);
        RecordText text;
        text.add("mmt", wide(a.mmt_score)).add("adl", wide(a.adl_score));
        text.add("ck_iu_per_l", wide(a.ck_iu_per_l))
            .add("ck_uln_iu_per_l", wide(a.ck_uln_iu_per_l));
        text.add("fatigue_vas_mm", wide(a.fatigue_vas_mm)).add("pain_vas_mm", wide(a.pain_vas_mm));
        text.add_optional_text("physician_global", global).add("weight_kg", a.weight_kg);
        text.add("physician_activity_vas_mm", wide(a.physician_activity_vas_mm))
            .add("patient_activity_vas_mm", wide(a.patient_activity_vas_mm))
            .add("extramuscular_vas_mm", wide(a.extramuscular_vas_mm));
        text.add("mmt8_score", wide(a.mmt8_score)).add_optional_text("haq_di", haq);
        return Audited{week_id(a.patient_id, a.week), text.text()};
      }));
  MYOIVIG_TRY(
      insert_all(database, audit, "muscle_grades",
                 "INSERT INTO muscle_grades (patient_id, week, muscle_group, side, status, grade) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                 records.muscle_grades, [](SqliteStatement& s, const domain::MuscleGrade& g) {
                   s.bind(1, std::string_view(g.patient_id));
                   s.bind(2, std::int64_t{g.week});
                   s.bind(3, std::string_view(g.muscle_group));
                   s.bind(4, domain::code(g.side));
                   s.bind(5, domain::code(g.status));
                   s.bind(6, wide(g.grade));
                   RecordText text;
                   text.add("status", domain::code(g.status)).add("grade", wide(g.grade));
                   return Audited{week_id(g.patient_id, g.week) + "/" + g.muscle_group + " " +
                                      std::string(domain::code(g.side)),
                                  text.text()};
                 }));
  return insert_all(
      database, audit, "adverse_events",
      "INSERT INTO adverse_events (patient_id, course, term, onset_date, end_date, serious, "
      "severity, relatedness, outcome) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
      records.adverse_events, [](SqliteStatement& s, const domain::AdverseEvent& e) {
        s.bind(1, std::string_view(e.patient_id));
        s.bind(2, std::int64_t{e.course_number});
        s.bind(3, std::string_view(e.term));
        s.bind(4, std::string_view(e.onset_date.iso()));
        s.bind(5, iso(e.end_date));
        s.bind(6, std::int64_t{e.serious ? 1 : 0});
        s.bind(7, domain::code(e.severity));
        s.bind(8, domain::code(e.relatedness));
        s.bind(9, domain::code(e.outcome));
        RecordText text;
        text.add("term", e.term)
            .add("onset_date", e.onset_date.iso())
            .add_optional_text("end_date", iso(e.end_date));
        text.add("serious", e.serious ? "true" : "false").add("severity", domain::code(e.severity));
        text.add("relatedness", domain::code(e.relatedness))
            .add("outcome", domain::code(e.outcome));
        return Audited{course_id(e.patient_id, e.course_number) + "/" + e.term, text.text()};
      });
}

}  // namespace myoivig::store
