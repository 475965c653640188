// The human renderings of `myoivig score tis|doi|haq|mmt8|classify`: each result with the
// values it rests on, the rule or setting that decided it, and why a result is missing.
// (The JSON renderings are io/score_json.hpp.) Thread-safety: pure functions.
#pragma once

#include <string>

#include "domain/bohan_peter.hpp"
#include "domain/classification_2017.hpp"
#include "domain/haq_di.hpp"
#include "domain/imacs_improvement.hpp"
#include "domain/mmt8.hpp"
#include "domain/total_improvement_score.hpp"

namespace myoivig::cli {

std::string tis_text(const domain::TotalImprovementScore& score, const domain::ResponseInput& input,
                     const domain::TisSettings& settings);
std::string doi_text(const domain::DefinitionOfImprovement& doi, const domain::ResponseInput& input,
                     const domain::DoiSettings& settings);
std::string haq_text(const domain::HaqResult& result);
std::string mmt8_text(const domain::Mmt8Total& unilateral, const domain::Mmt8Total& bilateral);
std::string classification_text(const domain::Classification2017& result,
                                const domain::BohanPeter& bohan_peter);

}  // namespace myoivig::cli
