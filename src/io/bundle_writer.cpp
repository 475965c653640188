#include "io/bundle_writer.hpp"

#include <charconv>
#include <string_view>
#include <system_error>
#include <vector>

#include "io/bundle_rows.hpp"
#include "util/csv.hpp"
#include "util/file.hpp"
#include "util/strings.hpp"

namespace myoivig::io {
namespace {

namespace fs = std::filesystem;

constexpr int k_vas_decimals = 1;  // VAS in cm with one decimal = whole millimetres

// One CSV file being built: the header from bundle_columns, then rows of fields in the
// same column order.
class CsvText {
 public:
  explicit CsvText(std::string_view stem) {
    for (const BundleColumn& column : bundle_columns(stem)) text(column.name);
    end_row();
  }

  CsvText& text(std::string_view value) {
    separate();
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
      m_text += value;
    } else {
      m_text += util::csv_escape(value);
    }
    return *this;
  }
  CsvText& integer(long long value) {
    separate();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_text.append(buffer, result.ptr);
    return *this;
  }
  // The shortest text that reads back as the same double.
  CsvText& number(double value) {
    separate();
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_text.append(buffer, result.ptr);
    return *this;
  }
  CsvText& boolean(bool value) { return text(value ? "true" : "false"); }
  CsvText& date(util::Date value) { return text(value.iso()); }
  CsvText& empty() { return text({}); }

  template <typename T, typename Write>
  CsvText& optional(const std::optional<T>& value, Write write) {
    if (!value) return empty();
    write(*this, *value);
    return *this;
  }
  CsvText& optional_integer(const std::optional<int>& value) {
    return optional(value, [](CsvText& t, int v) { t.integer(v); });
  }
  CsvText& optional_number(const std::optional<double>& value) {
    return optional(value, [](CsvText& t, double v) { t.number(v); });
  }
  CsvText& optional_date(const std::optional<util::Date>& value) {
    return optional(value, [](CsvText& t, util::Date v) { t.date(v); });
  }
  CsvText& optional_time(const std::optional<util::TimeOfDay>& value) {
    return optional(value, [](CsvText& t, util::TimeOfDay v) { t.text(v.hh_mm()); });
  }
  CsvText& optional_vas(const std::optional<int>& millimetres) {
    return optional(millimetres,
                    [](CsvText& t, int v) { t.text(util::format_scaled(v, k_vas_decimals)); });
  }

  void end_row() {
    m_text += '\n';
    m_row_start = true;
  }
  [[nodiscard]] const std::string& str() const { return m_text; }

 private:
  void separate() {
    if (!m_row_start) m_text += ',';
    m_row_start = false;
  }
  std::string m_text;
  bool m_row_start = true;
};

void row(CsvText& out, const domain::Patient& p) {
  out.text(p.id).text(p.site).text(domain::code(p.sex)).integer(p.birth_year);
  out.text(domain::code(p.diagnosis)).boolean(p.biopsy_proven).optional_date(p.biopsy_date);
  out.optional_number(p.height_cm).date(p.enrolment_date).optional_date(p.withdrawal_date);
  out.text(p.withdrawal_reason);
}

void row(CsvText& out, const domain::Condition& c) {
  out.text(c.patient_id).text(c.code).boolean(c.present).optional_date(c.date).text(c.note);
}

void row(CsvText& out, const domain::SteroidDose& d) {
  out.text(d.patient_id).number(d.prednisolone_mg_per_day).date(d.from).optional_date(d.to);
}

void row(CsvText& out, const domain::Course& c) {
  out.text(c.patient_id).integer(c.number).text(c.regimen).text(c.product).date(c.start_date);
  out.number(c.dosing_weight_kg).text(domain::code(c.weight_policy));
  out.number(c.dose_g_per_kg_per_day).boolean(c.blinded);
}

void row(CsvText& out, const domain::Administration& a) {
  out.text(a.patient_id).integer(a.course_number).integer(a.day).date(a.date).number(a.dose_g);
  out.optional_number(a.volume_ml).optional_time(a.start_time).optional_time(a.end_time);
}

void row(CsvText& out, const domain::Visit& v) {
  out.text(v.patient_id).integer(v.week).date(v.date);
}

void row(CsvText& out, const domain::Assessment& a) {
  out.text(a.patient_id).integer(a.week).optional_integer(a.mmt_score);
  out.optional_integer(a.adl_score).optional_integer(a.ck_iu_per_l);
  out.optional_integer(a.ck_uln_iu_per_l).optional_vas(a.fatigue_vas_mm);
  out.optional_vas(a.pain_vas_mm);
  if (a.physician_global) {
    out.text(domain::code(*a.physician_global));
  } else {
    out.empty();
  }
  out.optional_number(a.weight_kg);
  out.optional_vas(a.physician_activity_vas_mm).optional_vas(a.patient_activity_vas_mm);
  out.optional_vas(a.extramuscular_vas_mm).optional_integer(a.mmt8_score);
  if (a.haq_di) {
    out.text(a.haq_di->to_string());
  } else {
    out.empty();
  }
}

void row(CsvText& out, const domain::Allocation& a) {
  out.text(a.patient_id).text(a.arm).text(a.stratum).integer(a.sequence).date(a.randomised_on);
}

void row(CsvText& out, const domain::MuscleGrade& g) {
  out.text(g.patient_id).integer(g.week).text(g.muscle_group).text(domain::code(g.side));
  out.text(domain::code(g.status)).optional_integer(g.grade);
}

void row(CsvText& out, const domain::AdverseEvent& e) {
  out.text(e.patient_id).integer(e.course_number).text(e.term).date(e.onset_date);
  out.optional_date(e.end_date).boolean(e.serious).text(domain::code(e.severity));
  out.text(domain::code(e.relatedness)).text(domain::code(e.outcome));
}

std::string manifest(const domain::StudyInfo& info) {
  CsvText out("manifest");
  out.text("study_id").text(info.study_id).end_row();
  out.text("protocol").text(info.protocol_id).end_row();
  if (!info.description.empty()) out.text("description").text(info.description).end_row();
  out.text("synthetic").boolean(info.synthetic).end_row();
  return out.str();
}

// Writes `<folder>/<stem>.csv` when there are records (or `always`), and counts them.
template <typename Record>
util::Expected<void> write_entity(const fs::path& folder, std::string_view stem,
                                  const std::vector<Record>& records, bool always,
                                  BundleCounts& counts) {
  counts[std::string(stem)] = records.size();
  if (records.empty() && !always) return {};
  CsvText out(stem);
  for (const Record& record : records) {
    row(out, record);
    out.end_row();
  }
  return util::write_file_atomically(folder / (std::string(stem) + ".csv"), out.str());
}

util::Expected<void> write_files(const domain::StudyData& data, const fs::path& folder,
                                 BundleCounts& counts) {
  MYOIVIG_TRY(util::write_file_atomically(folder / "manifest.csv", manifest(data.info)));
  MYOIVIG_TRY(write_entity(folder, "patients", data.patients, true, counts));
  MYOIVIG_TRY(write_entity(folder, "allocations", data.allocations, false, counts));
  MYOIVIG_TRY(write_entity(folder, "conditions", data.conditions, false, counts));
  MYOIVIG_TRY(write_entity(folder, "steroid_doses", data.steroid_doses, false, counts));
  MYOIVIG_TRY(write_entity(folder, "courses", data.courses, false, counts));
  MYOIVIG_TRY(write_entity(folder, "administrations", data.administrations, false, counts));
  MYOIVIG_TRY(write_entity(folder, "visits", data.visits, false, counts));
  MYOIVIG_TRY(write_entity(folder, "assessments", data.assessments, false, counts));
  MYOIVIG_TRY(write_entity(folder, "muscle_grades", data.muscle_grades, false, counts));
  return write_entity(folder, "adverse_events", data.adverse_events, false, counts);
}

}  // namespace

util::Expected<BundleCounts> write_bundle(const domain::StudyData& data,
                                          const fs::path& directory) {
  std::error_code error;
  if (fs::exists(directory, error) && !fs::is_empty(directory, error)) {
    return util::conflict(directory.string() +
                          ": already exists and is not empty (a bundle is written into a new "
                          "or empty folder)");
  }
  fs::path staging = directory;
  staging += ".partial";
  if (fs::exists(staging, error)) {
    return util::conflict(staging.string() +
                          ": exists (left by an interrupted write?); remove it first");
  }
  if (!fs::create_directories(staging, error) || error) {
    return util::io_error(staging.string() + ": cannot create the folder: " + error.message());
  }
  BundleCounts counts;
  auto written = write_files(data, staging, counts);
  if (written) {
    fs::rename(staging, directory, error);
    if (error) {
      written = util::io_error("cannot rename " + staging.string() + " to " + directory.string() +
                               ": " + error.message());
    }
  }
  if (!written) {
    fs::remove_all(staging, error);  // our own folder, made above
    return std::move(written).error();
  }
  return counts;
}

}  // namespace myoivig::io
