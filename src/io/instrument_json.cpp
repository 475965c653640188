#include "io/instrument_json.hpp"

#include "domain/mmt8.hpp"
#include "io/json_fields.hpp"

namespace myoivig::io {
namespace {

using nlohmann::json;

util::Expected<domain::HaqCategoryAnswers> read_haq_category(const json& value,
                                                             const std::string& path) {
  MYOIVIG_TRY(check_object(value, path, {"items", "aids_or_devices", "help"}));
  domain::HaqCategoryAnswers answers;
  const json* items = member(value, "items");
  if (items == nullptr || !items->is_array()) {
    return util::invalid_argument(json_path(path, "items") +
                                  ": must be a list of item scores 0-3 (null if unanswered)");
  }
  for (std::size_t i = 0; i < items->size(); ++i) {
    if ((*items)[i].is_null()) {
      answers.items.emplace_back();
      continue;
    }
    MYOIVIG_TRY_ASSIGN(item, whole_number((*items)[i], json_path(json_path(path, "items"), i)));
    answers.items.emplace_back(item);
  }
  MYOIVIG_TRY_ASSIGN(aids, optional_flag(value, path, "aids_or_devices"));
  MYOIVIG_TRY_ASSIGN(help, optional_flag(value, path, "help"));
  answers.aids_or_devices = aids;
  answers.help_from_another_person = help;
  return answers;
}

util::Expected<domain::MuscleGrade> read_grade(const json& value, const std::string& path) {
  MYOIVIG_TRY(check_object(value, path, {"group", "side", "status", "grade"}));
  domain::MuscleGrade grade;
  const json* group = member(value, "group");
  if (group == nullptr) {
    return util::invalid_argument(json_path(path, "group") + ": missing (the muscle group)");
  }
  MYOIVIG_TRY_ASSIGN(group_name, text(*group, json_path(path, "group")));
  grade.muscle_group = group_name;
  if (const json* side = member(value, "side")) {
    MYOIVIG_TRY_ASSIGN(side_text, text(*side, json_path(path, "side")));
    auto parsed = domain::parse_side(side_text);
    if (!parsed) return parsed.error().with_context(json_path(path, "side"));
    grade.side = *parsed;
  } else if (group_name == domain::code(domain::Mmt8Group::neck_flexors)) {
    grade.side = domain::Side::axial;
  } else {
    return util::invalid_argument(json_path(path, "side") + ": missing (R or L for " + group_name +
                                  ")");
  }
  if (const json* status = member(value, "status")) {
    MYOIVIG_TRY_ASSIGN(status_text, text(*status, json_path(path, "status")));
    auto parsed = domain::parse_grade_status(status_text);
    if (!parsed) return parsed.error().with_context(json_path(path, "status"));
    grade.status = *parsed;
  }
  if (const json* score = member(value, "grade")) {
    MYOIVIG_TRY_ASSIGN(points, whole_number(*score, json_path(path, "grade")));
    grade.grade = points;
  }
  return grade;
}

util::Expected<std::optional<domain::BiopsyFindings>> read_biopsy(const json& document,
                                                                  bool& necrosis) {
  const json* biopsy = member(document, "biopsy");
  if (biopsy == nullptr) return std::optional<domain::BiopsyFindings>();
  const std::string path = "biopsy";
  MYOIVIG_TRY(
      check_object(*biopsy, path,
                   {"endomysial_infiltrate", "perimysial_or_perivascular_infiltrate",
                    "perifascicular_atrophy", "rimmed_vacuoles", "necrosis_or_regeneration"}));
  domain::BiopsyFindings findings;
  MYOIVIG_TRY_ASSIGN(endomysial, optional_flag(*biopsy, path, "endomysial_infiltrate"));
  MYOIVIG_TRY_ASSIGN(perimysial,
                     optional_flag(*biopsy, path, "perimysial_or_perivascular_infiltrate"));
  MYOIVIG_TRY_ASSIGN(perifascicular, optional_flag(*biopsy, path, "perifascicular_atrophy"));
  MYOIVIG_TRY_ASSIGN(vacuoles, optional_flag(*biopsy, path, "rimmed_vacuoles"));
  MYOIVIG_TRY_ASSIGN(necrosis_found, optional_flag(*biopsy, path, "necrosis_or_regeneration"));
  findings.endomysial_infiltrate = endomysial;
  findings.perimysial_or_perivascular_infiltrate = perimysial;
  findings.perifascicular_atrophy = perifascicular;
  findings.rimmed_vacuoles = vacuoles;
  necrosis = necrosis_found;
  return std::optional<domain::BiopsyFindings>(findings);
}

}  // namespace

util::Expected<domain::HaqAnswers> read_haq_answers(const json& document) {
  MYOIVIG_TRY(check_object(
      document, "",
      {"dressing", "arising", "eating", "walking", "hygiene", "reach", "grip", "activities"}));
  domain::HaqAnswers answers;
  for (std::size_t i = 0; i < domain::k_haq_categories.size(); ++i) {
    const domain::HaqCategory category = domain::k_haq_categories[i];
    const std::string key(domain::code(category));
    if (const json* value = member(document, key)) {
      MYOIVIG_TRY_ASSIGN(category_answers, read_haq_category(*value, key));
      answers.categories[i] = std::move(category_answers);
    } else {
      answers.categories[i].items.assign(static_cast<std::size_t>(domain::item_count(category)),
                                         std::nullopt);
    }
  }
  return answers;
}

util::Expected<std::vector<domain::MuscleGrade>> read_mmt8_grades(const json& document) {
  MYOIVIG_TRY(check_object(document, "", {"grades"}));
  const json* list = member(document, "grades");
  if (list == nullptr || !list->is_array()) {
    return util::invalid_argument(
        "grades: must be a list of {\"group\", \"side\", \"status\", "
        "\"grade\"}");
  }
  std::vector<domain::MuscleGrade> grades;
  for (std::size_t i = 0; i < list->size(); ++i) {
    MYOIVIG_TRY_ASSIGN(grade, read_grade((*list)[i], json_path("grades", i)));
    grades.push_back(std::move(grade));
  }
  MYOIVIG_TRY(domain::validate_mmt8_grades(grades));
  return grades;
}

util::Expected<ClassifyDocument> read_classify_document(const json& document) {
  MYOIVIG_TRY(check_object(
      document, "",
      {"age_at_onset_years", "weakness_proximal_upper", "weakness_proximal_lower",
       "neck_flexors_weaker_than_extensors", "legs_proximal_weaker_than_distal", "heliotrope_rash",
       "gottron_papules", "gottron_sign", "dysphagia", "anti_jo1", "enzymes_above_uln", "biopsy",
       "finger_flexor_weakness", "no_treatment_response", "myopathic_emg", "class_rule"}));
  ClassifyDocument result;
  domain::ClassificationFindings& f = result.findings;
  const json* age = member(document, "age_at_onset_years");
  if (age == nullptr) {
    return util::invalid_argument(
        "age_at_onset_years: missing (age at onset of the first symptom, in years)");
  }
  MYOIVIG_TRY_ASSIGN(age_years, number(*age, "age_at_onset_years"));
  f.age_at_onset_years = age_years;
  const std::pair<const char*, bool*> flags[] = {
      {"weakness_proximal_upper", &f.weakness_proximal_upper},
      {"weakness_proximal_lower", &f.weakness_proximal_lower},
      {"neck_flexors_weaker_than_extensors", &f.neck_flexors_weaker_than_extensors},
      {"legs_proximal_weaker_than_distal", &f.legs_proximal_weaker_than_distal},
      {"heliotrope_rash", &f.heliotrope_rash},
      {"gottron_papules", &f.gottron_papules},
      {"gottron_sign", &f.gottron_sign},
      {"dysphagia", &f.dysphagia_or_oesophageal_dysmotility},
      {"anti_jo1", &f.anti_jo1},
      {"enzymes_above_uln", &f.enzymes_above_uln},
      {"finger_flexor_weakness", &f.finger_flexor_weakness},
      {"no_treatment_response", &f.no_treatment_response},
      {"myopathic_emg", &result.bohan_peter.myopathic_emg},
  };
  for (const auto& [key, target] : flags) {
    MYOIVIG_TRY_ASSIGN(present, optional_flag(document, "", key));
    *target = present;
  }
  bool necrosis = false;
  MYOIVIG_TRY_ASSIGN(biopsy, read_biopsy(document, necrosis));
  f.biopsy = biopsy;
  if (const json* rule = member(document, "class_rule")) {
    MYOIVIG_TRY_ASSIGN(rule_text, text(*rule, "class_rule"));
    auto parsed = domain::parse_class_rule(rule_text);
    if (!parsed) return parsed.error().with_context("class_rule");
    result.rule = *parsed;
  }
  domain::BohanPeterFindings& bp = result.bohan_peter;
  bp.symmetric_proximal_weakness = f.weakness_proximal_upper || f.weakness_proximal_lower;
  bp.raised_muscle_enzymes = f.enzymes_above_uln;
  bp.biopsy_inflammation_necrosis_regeneration =
      biopsy && (biopsy->endomysial_infiltrate || biopsy->perimysial_or_perivascular_infiltrate ||
                 biopsy->perifascicular_atrophy || necrosis);
  bp.typical_skin_rash = f.heliotrope_rash || f.gottron_papules || f.gottron_sign;
  return result;
}

}  // namespace myoivig::io
