// Entry rules of a randomised trial in dermatomyositis (modelled on ProDERM), evaluated
// like every eligibility rule to met / not met / unknown with the facts used:
// - bohan_peter: the Bohan and Peter 1975 classification (domain/bohan_peter.hpp) of the
//   patient's diagnosis reaches the minimum certainty (e.g. probable). The five criteria
//   are screening records (Condition) with the codes bohan_peter_weakness,
//   bohan_peter_enzymes, bohan_peter_emg, bohan_peter_biopsy and bohan_peter_rash; a
//   criterion without a record is unknown, and so is the rule unless the recorded ones
//   already decide it.
// - core_set_entry: at the screening week, MMT-8 below a bound (ProDERM: < 142 of 150) and
//   at least N other core set measures abnormal. "Abnormal" uses thresholds the protocol
//   names (defaults, an assumption: physician and patient global activity >= 2 cm,
//   extramuscular activity >= 1 cm, HAQ-DI >= 0.25, CK above its upper limit of normal).
// Thread-safety: plain value types; the functions are pure.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "domain/assessment.hpp"
#include "domain/bohan_peter.hpp"
#include "domain/condition.hpp"
#include "domain/patient.hpp"
#include "domain/rule_outcome.hpp"

namespace myoivig::domain {

struct BohanPeterRule {
  BohanPeterCertainty minimum = BohanPeterCertainty::probable;
};

struct CoreSetEntryRule {
  int week = 0;            // the visit whose assessment decides (screening)
  int mmt8_below = 142;    // MMT-8 must be below this
  int other_abnormal = 2;  // at least this many other core set measures abnormal
  int physician_activity_min_mm = 20;
  int patient_activity_min_mm = 20;
  int extramuscular_min_mm = 10;
  Rational haq_min = Rational::fraction(1, 4);
};

// One of the five Bohan and Peter criteria: the code of its screening record, its label
// ("symmetric proximal weakness") and the finding it sets.
struct BohanPeterCriterion {
  std::string_view code;
  std::string_view label;
  bool BohanPeterFindings::*finding;
};

// The five criteria, in the order of the 1975 paper (criteria 1-4, then the rash).
std::span<const BohanPeterCriterion> bohan_peter_criteria();

// Whether `code` names one of the five Bohan and Peter criteria records above.
bool is_bohan_peter_criterion(std::string_view code);

RuleOutcome evaluate_bohan_peter(const BohanPeterRule& rule, const Patient& patient,
                                 const std::vector<Condition>& conditions);

RuleOutcome evaluate_core_set_entry(const CoreSetEntryRule& rule,
                                    const std::vector<Assessment>& assessments);

}  // namespace myoivig::domain
