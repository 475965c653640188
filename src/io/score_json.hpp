// score_json: the JSON documents `myoivig score ... --json` prints (issue 5 fixes the
// first fields of each; the rest are additions, never renamed):
//   tis       {"tis", "category", "points": {measure: points}, "percent_change": {measure:
//             percent}, "computable", "missing", "partial", "population", "thresholds",
//             "enzyme", "percent_change_rules", "notes"}
//   doi       {"improved", "improved_measures", "worsened_measures", "undefined_measures",
//             "missing_measures", "percent_change", "enzyme", "percent_change_rule"}
//   classify  {"score", "probability", "class", "subclass", "with_biopsy", "class_rule",
//             "class_by_other_rule", "biopsy_features_needed", "items", "bohan_peter"}
//   haq       {"haq_di", "computed", "answered_categories", "categories"}
//   mmt8      {"unilateral": {...}, "bilateral": {...}} with total, maximum, computed,
//             missing, not_testable (and left_for_right)
// Percent changes are improvements (negative = worse); a value that does not exist (a
// TIS not computable, a change undefined) is null, never 0.
// Thread-safety: pure functions.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/bohan_peter.hpp"
#include "domain/classification_2017.hpp"
#include "domain/haq_di.hpp"
#include "domain/imacs_improvement.hpp"
#include "domain/mmt8.hpp"
#include "domain/total_improvement_score.hpp"

namespace myoivig::io {

nlohmann::ordered_json tis_json(const domain::TotalImprovementScore& score,
                                const domain::TisSettings& settings);
nlohmann::ordered_json doi_json(const domain::DefinitionOfImprovement& doi,
                                const domain::DoiSettings& settings);
nlohmann::ordered_json classification_json(const domain::Classification2017& result,
                                           const domain::BohanPeter& bohan_peter);
nlohmann::ordered_json haq_json(const domain::HaqResult& result);
nlohmann::ordered_json mmt8_json(const domain::Mmt8Total& unilateral,
                                 const domain::Mmt8Total& bilateral);

}  // namespace myoivig::io
