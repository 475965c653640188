// instrument_json: the input documents of `myoivig score haq`, `score mmt8` and
// `score classify` (shapes in docs/score.md). Every error names the JSON path.
//   haq:      {"dressing": {"items": [1, 2], "aids_or_devices": false, "help": true}, ...}
//             one key per category; an absent category is unanswered; null items are
//             unanswered items.
//   mmt8:     {"grades": [{"group": "deltoid", "side": "R", "grade": 9},
//                         {"group": "quadriceps", "side": "L", "status": "not_testable"}]}
//             (side defaults to axial for neck_flexors; status to tested).
//   classify: {"age_at_onset_years": 45, "heliotrope_rash": true, ...,
//              "biopsy": {"rimmed_vacuoles": false, ...}, "class_rule": "probability"}
//             (absent findings are absent; no "biopsy" means no biopsy was done).
// Thread-safety: pure functions.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "domain/assessment.hpp"
#include "domain/bohan_peter.hpp"
#include "domain/classification_2017.hpp"
#include "domain/haq_di.hpp"
#include "util/expected.hpp"

namespace myoivig::io {

util::Expected<domain::HaqAnswers> read_haq_answers(const nlohmann::json& document);

// The grade records (patient_id empty, week 0), validated by domain::validate_mmt8_grades.
util::Expected<std::vector<domain::MuscleGrade>> read_mmt8_grades(const nlohmann::json& document);

struct ClassifyDocument {
  domain::ClassificationFindings findings;
  domain::ClassRule rule = domain::ClassRule::probability;
  // Bohan and Peter from the same findings: weakness = either proximal weakness, enzymes
  // = enzymes_above_uln, EMG = myopathic_emg, biopsy = endomysial or perimysial infiltrate,
  // perifascicular atrophy or biopsy.necrosis_or_regeneration, rash = any skin sign.
  domain::BohanPeterFindings bohan_peter;
};

util::Expected<ClassifyDocument> read_classify_document(const nlohmann::json& document);

}  // namespace myoivig::io
