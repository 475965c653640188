// DM: one record per subject.
#include <array>
#include <unordered_map>
#include <utility>

#include "io/cdisc/sdtm_columns.hpp"
#include "io/cdisc/sdtm_domains.hpp"

namespace myoivig::io::cdisc {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 24> k_countries{{
    {"AT", "AUT"}, {"AU", "AUS"}, {"BE", "BEL"}, {"CA", "CAN"}, {"CH", "CHE"}, {"CN", "CHN"},
    {"CZ", "CZE"}, {"DE", "DEU"}, {"DK", "DNK"}, {"ES", "ESP"}, {"FI", "FIN"}, {"FR", "FRA"},
    {"GB", "GBR"}, {"HU", "HUN"}, {"IT", "ITA"}, {"JP", "JPN"}, {"KR", "KOR"}, {"NL", "NLD"},
    {"NO", "NOR"}, {"PL", "POL"}, {"SE", "SWE"}, {"TW", "TWN"}, {"UK", "GBR"}, {"US", "USA"},
}};

std::vector<ColumnSpec> dm_columns() {
  std::vector<ColumnSpec> columns = identifier_columns();
  const std::vector<ColumnSpec> own = {
      {"SUBJID", "Subject Identifier for the Study", k_char, Origin::collected,
       "The study pseudonym"},
      {"RFSTDTC", "Subject Reference Start Date/Time", k_char, Origin::derived,
       "Randomisation date (randomised study), else the first infusion: day 1"},
      {"RFENDTC", "Subject Reference End Date/Time", k_char, Origin::derived,
       "Last contact: the latest visit, infusion or withdrawal date"},
      {"RFXSTDTC", "Date/Time of First Study Treatment", k_char, Origin::derived,
       "Date of the first infusion"},
      {"RFXENDTC", "Date/Time of Last Study Treatment", k_char, Origin::derived,
       "Date of the last infusion"},
      {"RFPENDTC", "Date/Time of End of Participation", k_char, Origin::derived,
       "Last contact, as RFENDTC"},
      {"DTHDTC", "Date/Time of Death", k_char, Origin::derived,
       "End (else onset) date of an adverse event with outcome FATAL"},
      {"DTHFL", "Subject Death Flag", k_char, Origin::derived, "Y when an AE was fatal", true},
      {"SITEID", "Study Site Identifier", k_char, Origin::collected},
      {"BRTHDTC", "Date/Time of Birth", k_char, Origin::collected,
       "Birth year only (ISO 8601 partial date): no full birth date is collected"},
      {"AGE", "Age", k_num, Origin::derived,
       "Enrolment year minus birth year (may be one year above the exact age)"},
      {"AGEU", "Age Units", k_char, Origin::assigned, "", true},
      {"SEX", "Sex", k_char, Origin::collected, "", true},
      {"ARMCD", "Planned Arm Code", k_char, Origin::assigned, "", true, "ARM"},
      {"ARM", "Description of Planned Arm", k_char, Origin::assigned},
      {"ACTARMCD", "Actual Arm Code", k_char, Origin::derived,
       "ARMCD, or NOTTRT for a patient of an active arm without an infusion", true, "ACTARM"},
      {"ACTARM", "Description of Actual Arm", k_char, Origin::derived},
      {"COUNTRY", "Country", k_char, Origin::derived,
       "ISO 3166 alpha-3 from the site code's prefix; blank when it is not a country", true},
      {"DMDTC", "Date/Time of Collection", k_char, Origin::collected, "Enrolment date"},
      {"DMDY", "Study Day of Collection", k_num, Origin::derived, "Study day of DMDTC"},
  };
  columns.insert(columns.end(), own.begin(), own.end());
  return columns;
}

}  // namespace

std::string country_of_site(std::string_view site) {
  if (site.size() < 2 || (site.size() > 2 && site[2] != '-' && site[2] != '_')) return "";
  const std::string prefix = upper(site.substr(0, 2));
  for (const auto& [alpha2, alpha3] : k_countries) {
    if (alpha2 == prefix) return std::string(alpha3);
  }
  return "";
}

CdiscDataset build_dm(const StudyContext& context) {
  CdiscDataset dm = make_dataset(Standard::sdtm, "DM", "Demographics", "SPECIAL PURPOSE",
                                 "One record per subject", {"STUDYID", "USUBJID"}, dm_columns());
  std::unordered_map<std::string_view, util::Date> deaths;
  for (const domain::AdverseEvent& event : context.data().adverse_events) {
    if (event.outcome != domain::AdverseEventOutcome::fatal) continue;
    deaths.try_emplace(event.patient_id, event.end_date.value_or(event.onset_date));
  }
  for (const SubjectInfo& subject : context.subjects()) {
    const domain::Patient& patient = *subject.patient;
    const auto death = deaths.find(patient.id);
    xpt::Row row;
    add_identifiers(row, context, "DM", subject);
    row.push_back(xpt::text(patient.id));
    row.push_back(iso_date(subject.reference_start));
    row.push_back(iso_date(subject.last_contact));
    row.push_back(iso_date(subject.first_infusion));
    row.push_back(iso_date(subject.last_infusion));
    row.push_back(iso_date(subject.last_contact));
    row.push_back(death != deaths.end() ? iso_date(death->second) : xpt::text(""));
    row.push_back(yes_or_blank(death != deaths.end()));
    row.push_back(xpt::text(patient.site));
    row.push_back(xpt::text(std::to_string(patient.birth_year)));
    row.push_back(xpt::number(patient.age_at(patient.enrolment_date)));
    row.push_back(xpt::text("YEARS"));
    row.push_back(xpt::text(std::string(domain::code(patient.sex))));
    row.push_back(xpt::text(subject.planned.code));
    row.push_back(xpt::text(subject.planned.name));
    row.push_back(xpt::text(subject.actual.code));
    row.push_back(xpt::text(subject.actual.name));
    row.push_back(xpt::text(country_of_site(patient.site)));
    row.push_back(iso_date(patient.enrolment_date));
    row.push_back(day_cell(context, patient.id, patient.enrolment_date));
    dm.data.rows.push_back(std::move(row));
  }
  finish(dm);
  return dm;
}

}  // namespace myoivig::io::cdisc
