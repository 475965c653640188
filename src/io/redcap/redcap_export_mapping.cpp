// mapping_toml (redcap_export_design.hpp): the mapping file that imports a study written by
// redcap_export back into myoivig.
#include <sstream>

#include "io/redcap/redcap_export_design.hpp"

namespace myoivig::io::redcap {
namespace {

std::string toml_string(std::string_view text) {
  std::string quoted = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        quoted += "\\\"";
        break;
      case '\\':
        quoted += "\\\\";
        break;
      case '\n':
        quoted += "\\n";
        break;
      case '\r':
        quoted += "\\r";
        break;
      case '\t':
        quoted += "\\t";
        break;
      default:
        quoted += c;
    }
  }
  return quoted + "\"";
}

// One [[entity]] with its form and columns ("bundle column = source" lines).
void entity(std::ostringstream& out, std::string_view name, std::string_view form,
            std::string_view columns) {
  out << "\n[[" << name << "]]\nform = \"" << form << "\"\n[" << name
      << ".columns]\npatient_id = \"record_id\"\n"
      << columns;
}

}  // namespace

std::string mapping_toml(const ExportDesign& design, const domain::StudyInfo& info) {
  std::ostringstream out;
  out << "# Imports the REDCap project written by myoivig's REDCap export (docs/import.md).\n\n";
  out << "[study]\nstudy_id = " << toml_string(info.study_id)
      << "\nprotocol = " << toml_string(info.protocol_id)
      << "\ndescription = " << toml_string(info.description)
      << "\nsynthetic = " << (info.synthetic ? "true" : "false") << "\n\n[events]\n";
  for (int week : design.weeks) out << event_of_week(week) << " = " << week << "\n";
  std::string sites = "site = { field = \"redcap_data_access_group\", values = { ";
  bool first = true;
  for (const auto& [site, group] : design.group_of_site) {
    sites += (first ? "" : ", ") + toml_string(group) + " = " + toml_string(site);
    first = false;
  }
  sites += " } }\n";
  entity(out, "patients", "enrolment",
         sites +
             "sex = { field = \"sex\", values = { \"1\" = \"M\", \"2\" = \"F\" } }\n"
             "birth_year = \"birth_year\"\n"
             "diagnosis = { field = \"diagnosis\", values = { pm = \"PM\", dm = \"DM\" } }\n"
             "biopsy_proven = \"biopsy_proven\"\nbiopsy_date = \"biopsy_date\"\n"
             "height_cm = \"height_cm\"\nenrolment_date = \"enrolment_date\"\n"
             "withdrawal_date = \"withdrawal_date\"\nwithdrawal_reason = \"withdrawal_reason\"\n");
  if (design.allocations) {
    entity(out, "allocations", "randomisation",
           "arm = \"rand_arm\"\nstratum = \"rand_stratum\"\nsequence = \"rand_sequence\"\n"
           "randomised_on = \"rand_date\"\n");
  }
  entity(out, "conditions", "conditions",
         "condition = \"cond_code\"\npresent = \"cond_present\"\ndate = \"cond_date\"\n"
         "note = \"cond_note\"\n");
  entity(out, "steroid_doses", "prednisolone",
         "prednisolone_mg_per_day = \"pred_mg_per_day\"\nfrom_date = \"pred_from\"\n"
         "to_date = \"pred_to\"\n");
  entity(out, "courses", "ivig_course",
         "course = \"redcap_repeat_instance\"\nregimen = \"course_regimen\"\n"
         "product = \"course_product\"\nstart_date = \"course_start\"\n"
         "dosing_weight_kg = \"course_weight_kg\"\nweight_policy = \"course_weight_policy\"\n"
         "dose_g_per_kg_per_day = \"course_dose\"\nblinded = \"course_blinded\"\n");
  entity(out, "administrations", "infusion",
         "course = \"inf_course\"\nday = \"inf_day\"\ndate = \"inf_date\"\n"
         "dose_g = \"inf_dose_g\"\nvolume_ml = \"inf_volume_ml\"\nstart_time = \"inf_start\"\n"
         "end_time = \"inf_end\"\n");
  entity(out, "visits", "visit", "week = \"redcap_event_name\"\ndate = \"visit_date\"\n");
  entity(out, "assessments", "assessment",
         "week = \"redcap_event_name\"\nmmt = \"mmt\"\nadl = \"adl\"\nck_iu_per_l = \"ck\"\n"
         "ck_uln_iu_per_l = \"ck_uln\"\n"
         "fatigue_vas_cm = { field = \"fatigue_vas\", unit = \"mm\" }\n"
         "pain_vas_cm = { field = \"pain_vas\", unit = \"mm\" }\n"
         "physician_global = { field = \"physician_global\", values = { \"1\" = \"improved\", "
         "\"0\" = \"unchanged\", \"-1\" = \"worse\" } }\n"
         "weight_kg = \"weight_kg\"\n"
         "physician_activity_vas_cm = { field = \"physician_activity_vas\", unit = \"mm\" }\n"
         "patient_activity_vas_cm = { field = \"patient_activity_vas\", unit = \"mm\" }\n"
         "extramuscular_vas_cm = { field = \"extramuscular_vas\", unit = \"mm\" }\n"
         "mmt8 = \"mmt8\"\nhaq_di = \"haq_di\"\n");
  if (design.muscle_grades) {
    entity(out, "muscle_grades", "muscle_grade",
           "week = \"redcap_event_name\"\nmuscle_group = \"mg_group\"\nside = \"mg_side\"\n"
           "status = \"mg_status\"\ngrade = \"mg_grade\"\n");
  }
  entity(out, "adverse_events", "adverse_event",
         "course = \"ae_course\"\nterm = \"ae_term\"\nonset_date = \"ae_onset\"\n"
         "end_date = \"ae_end\"\nserious = \"ae_serious\"\n"
         "severity = { field = \"ae_severity\", values = { \"1\" = \"mild\", \"2\" = "
         "\"moderate\", \"3\" = \"severe\" } }\n"
         "relatedness = { field = \"ae_relatedness\", values = { \"0\" = \"not_related\", \"1\" = "
         "\"unlikely\", \"2\" = \"possible\", \"3\" = \"probable\", \"4\" = \"definite\" } }\n"
         "outcome = { field = \"ae_outcome\", values = { \"1\" = \"recovered\", \"2\" = "
         "\"recovering\", \"3\" = \"not_recovered\", \"4\" = \"sequelae\", \"5\" = \"fatal\", "
         "\"9\" = \"unknown\" } }\n");
  return out.str();
}

}  // namespace myoivig::io::redcap
