#include "io/redcap/redcap_export_design.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "util/csv.hpp"

namespace myoivig::io::redcap {
namespace {

constexpr std::string_view k_vas_choices = "None | | Worst imaginable";

// Every field of the layout; the randomisation and muscle_grade forms are left out when the
// study has no such records.
const std::vector<ExportField>& all_fields() {
  static const std::vector<ExportField> k_fields{
      {"record_id", "enrolment", "text", "Study pseudonym", "", ""},
      {"sex", "enrolment", "radio", "Sex", "1, Male | 2, Female", ""},
      {"birth_year", "enrolment", "text", "Year of birth", "", "integer"},
      {"diagnosis", "enrolment", "dropdown", "Diagnosis",
       "pm, Polymyositis | dm, Dermatomyositis, with its skin signs", ""},
      {"biopsy_proven", "enrolment", "yesno", "Biopsy proven?", "", ""},
      {"biopsy_date", "enrolment", "text", "Biopsy date", "", "date_dmy"},
      {"height_cm", "enrolment", "text", "Height (cm)", "", "number_comma_decimal"},
      {"enrolment_date", "enrolment", "text", "Enrolment date", "", "date_ymd"},
      {"withdrawal_date", "enrolment", "text", "Withdrawal date", "", "date_ymd"},
      {"withdrawal_reason", "enrolment", "notes", "Reason for withdrawal", "", ""},
      {"rand_arm", "randomisation", "text", "Arm", "", ""},
      {"rand_stratum", "randomisation", "text", "Stratum", "", ""},
      {"rand_sequence", "randomisation", "text", "Slot of the stratum's list", "", "integer"},
      {"rand_date", "randomisation", "text", "Randomised on", "", "date_ymd"},
      {"cond_code", "conditions", "text", "Condition (protocol code)", "", ""},
      {"cond_present", "conditions", "yesno", "Present?", "", ""},
      {"cond_date", "conditions", "text", "Date (diagnosis or last occurrence)", "", "date_ymd"},
      {"cond_note", "conditions", "notes", "Note", "", ""},
      {"pred_mg_per_day", "prednisolone", "text", "Prednisolone (mg/day)", "", "number"},
      {"pred_from", "prednisolone", "text", "From", "", "date_ymd"},
      {"pred_to", "prednisolone", "text", "To (inclusive)", "", "date_ymd"},
      {"course_regimen", "ivig_course", "text", "Regimen", "", ""},
      {"course_product", "ivig_course", "text", "Product", "", ""},
      {"course_start", "ivig_course", "text", "Day 1", "", "date_ymd"},
      {"course_weight_kg", "ivig_course", "text", "Dosing weight (kg)", "", "number"},
      {"course_weight_policy", "ivig_course", "dropdown", "Weight used",
       "actual, Actual body weight | ibw, Ideal body weight (Devine) | adjbw, Adjusted body "
       "weight | auto, Actual, or adjusted when the BMI is 30 or more",
       ""},
      {"course_dose", "ivig_course", "text", "Dose (g/kg/day)", "", "number"},
      {"course_blinded", "ivig_course", "yesno", "Masked study drug (blinded trial)?", "", ""},
      {"inf_course", "infusion", "text", "Course", "", "integer"},
      {"inf_day", "infusion", "text", "Day of the course", "", "integer"},
      {"inf_date", "infusion", "text", "Date", "", "date_ymd"},
      {"inf_dose_g", "infusion", "text", "Dose (g)", "", "number"},
      {"inf_volume_ml", "infusion", "text", "Volume (mL)", "", "number"},
      {"inf_start", "infusion", "text", "Start", "", "time"},
      {"inf_end", "infusion", "text", "End", "", "time"},
      {"ae_course", "adverse_event", "text", "After course", "", "integer"},
      {"ae_term", "adverse_event", "text", "Verbatim term", "", ""},
      {"ae_onset", "adverse_event", "text", "Onset", "", "date_ymd"},
      {"ae_end", "adverse_event", "text", "End", "", "date_ymd"},
      {"ae_serious", "adverse_event", "yesno", "Serious?", "", ""},
      {"ae_severity", "adverse_event", "radio", "Severity", "1, Mild | 2, Moderate | 3, Severe",
       ""},
      {"ae_relatedness", "adverse_event", "dropdown", "Relatedness to IVIG",
       "0, Not related | 1, Unlikely | 2, Possible | 3, Probable | 4, Definite", ""},
      {"ae_outcome", "adverse_event", "dropdown", "Outcome",
       "1, Recovered | 2, Recovering | 3, Not recovered | 4, Recovered, with sequelae | 5, "
       "Fatal | 9, Unknown",
       ""},
      {"visit_date", "visit", "text", "Visit date", "", "date_ymd"},
      {"mmt", "assessment", "text", "MMT total", "", "integer"},
      {"adl", "assessment", "text", "ADL", "", "integer"},
      {"ck", "assessment", "text", "CK (IU/l)", "", "integer"},
      {"ck_uln", "assessment", "text", "CK upper limit of normal (IU/l)", "", "integer"},
      {"fatigue_vas", "assessment", "slider", "Fatigue VAS (mm)", k_vas_choices, "number"},
      {"pain_vas", "assessment", "slider", "Pain VAS (mm)", k_vas_choices, "number"},
      {"physician_global", "assessment", "radio", "Physician's global assessment of change",
       "1, Improved | 0, Unchanged | -1, Worse", ""},
      {"weight_kg", "assessment", "text", "Body weight (kg)", "", "number_comma_decimal"},
      {"physician_activity_vas", "assessment", "slider", "Physician global activity (mm)",
       k_vas_choices, "number"},
      {"patient_activity_vas", "assessment", "slider", "Patient global activity (mm)",
       k_vas_choices, "number"},
      {"extramuscular_vas", "assessment", "slider", "Extramuscular activity (mm)", k_vas_choices,
       "number"},
      {"mmt8", "assessment", "text", "MMT-8 total", "", "integer"},
      {"haq_di", "assessment", "text", "HAQ-DI (exact: 1.125 or 10/7)", "", ""},
      {"mg_group", "muscle_grade", "text", "Muscle group", "", ""},
      {"mg_side", "muscle_grade", "dropdown", "Side", "R, Right | L, Left | axial, Axial", ""},
      {"mg_status", "muscle_grade", "dropdown", "Status",
       "tested, Tested | not_testable, Not testable | missing, Missing", ""},
      {"mg_grade", "muscle_grade", "text", "Grade", "", "integer"},
  };
  return k_fields;
}

// A REDCap data access group name: lower case, letters, digits and '_'.
std::string group_name(const std::string& site) {
  std::string name;
  for (char c : site) {
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    name += (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9') ? lower : '_';
  }
  return name.empty() || name.front() < 'a' || name.front() > 'z' ? "site_" + name : name;
}

std::string csv_line(const std::vector<std::string>& fields) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i)
    line += (i ? "," : "") + util::csv_escape(fields[i]);
  return line + "\n";
}

std::vector<std::string> event_forms(const ExportDesign& design, bool visit_event) {
  std::vector<std::string> forms;
  for (const std::string& form : design.forms) {
    const bool at_visit = form == "visit" || form == "assessment" || form == "muscle_grade";
    if (at_visit == visit_event) forms.push_back(form);
  }
  return forms;
}

}  // namespace

ExportDesign export_design(const domain::StudyData& data, const std::vector<int>& schedule_weeks) {
  ExportDesign design;
  std::set<int> weeks(schedule_weeks.begin(), schedule_weeks.end());
  for (const domain::Visit& visit : data.visits) weeks.insert(visit.week);
  design.weeks.assign(weeks.begin(), weeks.end());
  std::set<std::string> taken;
  for (const domain::Patient& patient : data.patients) {
    if (design.group_of_site.contains(patient.site)) continue;
    std::string name = group_name(patient.site);
    for (int suffix = 2; taken.contains(name); ++suffix)
      name = group_name(patient.site) + "_" + std::to_string(suffix);
    taken.insert(name);
    design.group_of_site.emplace(patient.site, name);
  }
  design.allocations = !data.allocations.empty();
  design.muscle_grades = !data.muscle_grades.empty();
  for (const ExportField& field : all_fields()) {
    if (field.form == "randomisation" && !design.allocations) continue;
    if (field.form == "muscle_grade" && !design.muscle_grades) continue;
    design.fields.push_back(field);
    if (design.forms.empty() || design.forms.back() != field.form)
      design.forms.emplace_back(field.form);
  }
  return design;
}

std::string event_of_week(int week) {
  return "week_" + (week < 0 ? "m" + std::to_string(-week) : std::to_string(week)) + "_arm_1";
}

bool is_repeating_form(std::string_view form) {
  return form == "conditions" || form == "prednisolone" || form == "ivig_course" ||
         form == "infusion" || form == "adverse_event" || form == "muscle_grade";
}

std::string dictionary_csv(const ExportDesign& design) {
  std::string text =
      csv_line({"Variable / Field Name", "Form Name", "Section Header", "Field Type", "Field Label",
                "Choices, Calculations, OR Slider Labels", "Field Note",
                "Text Validation Type OR Show Slider Number", "Text Validation Min",
                "Text Validation Max", "Identifier?", "Branching Logic (Show field only if...)",
                "Required Field?", "Custom Alignment", "Question Number (surveys only)",
                "Matrix Group Name", "Matrix Ranking?", "Field Annotation"});
  for (const ExportField& f : design.fields) {
    std::vector<std::string> row(18);
    row[0] = f.name;
    row[1] = f.form;
    row[3] = f.type;
    row[4] = f.label;
    row[5] = f.choices;
    row[7] = f.validation;
    text += csv_line(row);
  }
  return text;
}

std::string events_csv(const ExportDesign& design) {
  std::string text = "event_name,arm_num,day_offset,unique_event_name\n";
  text += "Enrolment,1,0," + std::string(k_enrolment_event) + "\n";
  constexpr int k_days_per_week = 7;
  for (int week : design.weeks) {
    text += "Week " + std::to_string(week) + ",1," + std::to_string(week * k_days_per_week) + "," +
            event_of_week(week) + "\n";
  }
  return text;
}

std::string form_events_csv(const ExportDesign& design) {
  std::string text = "arm_num,unique_event_name,form\n";
  for (const std::string& form : event_forms(design, false)) {
    text += "1," + std::string(k_enrolment_event) + "," + form + "\n";
  }
  for (int week : design.weeks) {
    for (const std::string& form : event_forms(design, true)) {
      text += "1," + event_of_week(week) + "," + form + "\n";
    }
  }
  return text;
}

std::vector<std::string> record_columns(const ExportDesign& design) {
  std::vector<std::string> columns{"record_id", "redcap_event_name", "redcap_repeat_instrument",
                                   "redcap_repeat_instance", "redcap_data_access_group"};
  for (const std::string& form : design.forms) {
    for (const ExportField& field : design.fields) {
      if (field.form == form && field.name != "record_id") columns.emplace_back(field.name);
    }
    columns.push_back(form + "_complete");
  }
  return columns;
}

}  // namespace myoivig::io::redcap
