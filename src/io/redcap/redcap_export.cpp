#include "io/redcap/redcap_export.hpp"

#include <map>
#include <unordered_map>

#include "io/redcap/record_text.hpp"
#include "io/redcap/redcap_export_design.hpp"
#include "util/csv.hpp"
#include "util/file.hpp"
#include "util/strings.hpp"

namespace myoivig::io::redcap {
namespace {

constexpr int k_vas_decimals = 1;

class RecordsWriter {
 public:
  explicit RecordsWriter(const ExportDesign& design) {
    const std::vector<std::string> columns = record_columns(design);
    for (std::size_t i = 0; i < columns.size(); ++i) m_index.emplace(columns[i], i);
    m_row.resize(columns.size());
    for (std::size_t i = 0; i < columns.size(); ++i) {
      m_text += (i ? "," : "") + columns[i];
    }
    m_text += '\n';
  }

  // Starts a row of `record` at `event`, for `form` (its instance when it repeats).
  RecordsWriter& row(const std::string& record, const std::string& group, std::string_view event,
                     std::string_view form, int instance = 0) {
    flush();
    set("record_id", record);
    set("redcap_event_name", std::string(event));
    set("redcap_data_access_group", group);
    if (instance > 0) {
      set("redcap_repeat_instrument", std::string(form));
      set("redcap_repeat_instance", std::to_string(instance));
    }
    return complete(form);
  }
  RecordsWriter& complete(std::string_view form) {
    return set(std::string(form) + "_complete", "2");
  }
  RecordsWriter& set(const std::string& column, std::string value) {
    m_row[m_index.at(column)] = std::move(value);
    m_open = true;
    return *this;
  }
  RecordsWriter& comma_number(const std::string& column, const std::optional<double>& value) {
    if (!value) return *this;
    std::string text = format_number(*value);
    const std::size_t point = text.find('.');
    if (point != std::string::npos) text[point] = ',';
    return set(column, text);
  }
  RecordsWriter& millimetres(const std::string& column, const std::optional<int>& value) {
    return value ? set(column, std::to_string(*value)) : *this;
  }

  std::string finish(std::size_t& rows) {
    flush();
    rows = m_rows;
    return std::move(m_text);
  }

 private:
  void flush() {
    if (!m_open) return;
    for (std::size_t i = 0; i < m_row.size(); ++i) {
      if (i) m_text += ',';
      m_text += util::csv_escape(m_row[i]);
      m_row[i].clear();
    }
    m_text += '\n';
    ++m_rows;
    m_open = false;
  }

  std::unordered_map<std::string, std::size_t> m_index;
  std::vector<std::string> m_row;
  std::string m_text;
  std::size_t m_rows = 0;
  bool m_open = false;
};

std::string date(const std::optional<util::Date>& value) {
  return value ? value->iso() : "";
}
std::string time(const std::optional<util::TimeOfDay>& value) {
  return value ? value->hh_mm() : "";
}
std::string integer(const std::optional<int>& value) {
  return value ? std::to_string(*value) : "";
}

std::string relatedness_code(domain::Relatedness value) {
  return std::to_string(static_cast<int>(value));  // 0 not related ... 4 definite
}
std::string outcome_code(domain::AdverseEventOutcome value) {
  constexpr int k_unknown_code = 9;
  const int code = static_cast<int>(value) + 1;
  return std::to_string(value == domain::AdverseEventOutcome::unknown ? k_unknown_code : code);
}
std::string global_code(domain::PhysicianGlobal value) {
  return value == domain::PhysicianGlobal::improved    ? "1"
         : value == domain::PhysicianGlobal::unchanged ? "0"
                                                       : "-1";
}

// Records of one patient, grouped so each patient's rows come together.
template <typename Record>
std::map<std::string, std::vector<const Record*>> by_patient(const std::vector<Record>& records) {
  std::map<std::string, std::vector<const Record*>> grouped;
  for (const Record& record : records) grouped[record.patient_id].push_back(&record);
  return grouped;
}

}  // namespace

RedcapExport export_redcap(const domain::StudyData& data, const std::vector<int>& schedule_weeks) {
  const ExportDesign design = export_design(data, schedule_weeks);
  RecordsWriter out(design);
  const auto allocations = by_patient(data.allocations);
  const auto conditions = by_patient(data.conditions);
  const auto doses = by_patient(data.steroid_doses);
  const auto courses = by_patient(data.courses);
  const auto infusions = by_patient(data.administrations);
  const auto visits = by_patient(data.visits);
  const auto assessments = by_patient(data.assessments);
  const auto grades = by_patient(data.muscle_grades);
  const auto events = by_patient(data.adverse_events);
  const auto each = [](const auto& grouped, const std::string& patient, auto write) {
    const auto found = grouped.find(patient);
    if (found == grouped.end()) return;
    for (std::size_t i = 0; i < found->second.size(); ++i)
      write(*found->second[i], static_cast<int>(i) + 1);
  };
  const std::string enrolment(k_enrolment_event);
  for (const domain::Patient& p : data.patients) {
    const std::string& group = design.group_of_site.at(p.site);
    out.row(p.id, group, enrolment, "enrolment")
        .set("sex", p.sex == domain::Sex::male ? "1" : "2")
        .set("birth_year", std::to_string(p.birth_year))
        .set("diagnosis", p.diagnosis == domain::Diagnosis::polymyositis ? "pm" : "dm")
        .set("biopsy_proven", p.biopsy_proven ? "1" : "0")
        .set("biopsy_date", date(p.biopsy_date))
        .comma_number("height_cm", p.height_cm)
        .set("enrolment_date", p.enrolment_date.iso())
        .set("withdrawal_date", date(p.withdrawal_date))
        .set("withdrawal_reason", p.withdrawal_reason);
    each(allocations, p.id, [&](const domain::Allocation& a, int) {
      out.complete("randomisation").set("rand_arm", a.arm).set("rand_stratum", a.stratum);
      out.set("rand_sequence", std::to_string(a.sequence)).set("rand_date", a.randomised_on.iso());
    });
    each(conditions, p.id, [&](const domain::Condition& c, int n) {
      out.row(p.id, group, enrolment, "conditions", n).set("cond_code", c.code);
      out.set("cond_present", c.present ? "1" : "0").set("cond_date", date(c.date));
      out.set("cond_note", c.note);
    });
    each(doses, p.id, [&](const domain::SteroidDose& d, int n) {
      out.row(p.id, group, enrolment, "prednisolone", n)
          .set("pred_mg_per_day", format_number(d.prednisolone_mg_per_day))
          .set("pred_from", d.from.iso())
          .set("pred_to", date(d.to));
    });
    each(courses, p.id, [&](const domain::Course& c, int) {
      out.row(p.id, group, enrolment, "ivig_course", c.number)
          .set("course_regimen", c.regimen)
          .set("course_product", c.product)
          .set("course_start", c.start_date.iso())
          .set("course_weight_kg", format_number(c.dosing_weight_kg))
          .set("course_weight_policy", std::string(domain::code(c.weight_policy)))
          .set("course_dose", format_number(c.dose_g_per_kg_per_day))
          .set("course_blinded", c.blinded ? "1" : "0");
    });
    each(infusions, p.id, [&](const domain::Administration& a, int n) {
      out.row(p.id, group, enrolment, "infusion", n)
          .set("inf_course", std::to_string(a.course_number))
          .set("inf_day", std::to_string(a.day))
          .set("inf_date", a.date.iso())
          .set("inf_dose_g", format_number(a.dose_g))
          .set("inf_volume_ml", a.volume_ml ? format_number(*a.volume_ml) : "")
          .set("inf_start", time(a.start_time))
          .set("inf_end", time(a.end_time));
    });
    each(events, p.id, [&](const domain::AdverseEvent& e, int n) {
      out.row(p.id, group, enrolment, "adverse_event", n)
          .set("ae_course", std::to_string(e.course_number))
          .set("ae_term", e.term)
          .set("ae_onset", e.onset_date.iso())
          .set("ae_end", date(e.end_date))
          .set("ae_serious", e.serious ? "1" : "0")
          .set("ae_severity", std::to_string(static_cast<int>(e.severity) + 1))
          .set("ae_relatedness", relatedness_code(e.relatedness))
          .set("ae_outcome", outcome_code(e.outcome));
    });
    each(visits, p.id, [&](const domain::Visit& v, int) {
      out.row(p.id, group, event_of_week(v.week), "visit").set("visit_date", v.date.iso());
      each(assessments, p.id, [&](const domain::Assessment& a, int) {
        if (a.week != v.week) return;
        out.complete("assessment")
            .set("mmt", integer(a.mmt_score))
            .set("adl", integer(a.adl_score))
            .set("ck", integer(a.ck_iu_per_l))
            .set("ck_uln", integer(a.ck_uln_iu_per_l))
            .millimetres("fatigue_vas", a.fatigue_vas_mm)
            .millimetres("pain_vas", a.pain_vas_mm)
            .set("physician_global", a.physician_global ? global_code(*a.physician_global) : "")
            .comma_number("weight_kg", a.weight_kg)
            .millimetres("physician_activity_vas", a.physician_activity_vas_mm)
            .millimetres("patient_activity_vas", a.patient_activity_vas_mm)
            .millimetres("extramuscular_vas", a.extramuscular_vas_mm)
            .set("mmt8", integer(a.mmt8_score))
            .set("haq_di", a.haq_di ? a.haq_di->to_string() : "");
      });
      int instance = 0;
      each(grades, p.id, [&](const domain::MuscleGrade& g, int) {
        if (g.week != v.week) return;
        out.row(p.id, group, event_of_week(v.week), "muscle_grade", ++instance)
            .set("mg_group", g.muscle_group)
            .set("mg_side", std::string(domain::code(g.side)))
            .set("mg_status", std::string(domain::code(g.status)))
            .set("mg_grade", integer(g.grade));
      });
    });
  }
  RedcapExport files;
  files.records = out.finish(files.rows);
  files.dictionary = dictionary_csv(design);
  files.events = events_csv(design);
  files.form_events = form_events_csv(design);
  files.mapping = mapping_toml(design, data.info);
  return files;
}

util::Expected<void> write_redcap_export(const RedcapExport& files,
                                         const std::filesystem::path& directory) {
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) return util::io_error(directory.string() + ": cannot create: " + error.message());
  MYOIVIG_TRY(util::write_file_atomically(directory / "dictionary.csv", files.dictionary));
  MYOIVIG_TRY(util::write_file_atomically(directory / "records.csv", files.records));
  MYOIVIG_TRY(util::write_file_atomically(directory / "events.csv", files.events));
  MYOIVIG_TRY(util::write_file_atomically(directory / "form_events.csv", files.form_events));
  return util::write_file_atomically(directory / "mapping.toml", files.mapping);
}

}  // namespace myoivig::io::redcap
