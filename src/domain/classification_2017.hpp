// Classification2017: the EULAR/ACR 2017 classification criteria for adult and juvenile
// idiopathic inflammatory myopathies (Lundberg IE, et al., Ann Rheum Dis 2017;76:1955-1964),
// shared/specs/outcomes.md section 8.
//   score        the sum of the published weights of the items present, in tenths (exact),
//                from the "without biopsy" column, or the "with biopsy" column when a
//                muscle biopsy was done;
//   probability  P = 1 / (1 + exp(5.33 - score)) without biopsy, exp(6.49 - score) with
//                [adopted];
//   class        definite >= 90 %, probable >= 55 %, possible >= 50 %, otherwise not IIM,
//                by probability (the adopted default). Without biopsy the published score
//                cut-offs (5.3 / 5.5 / 7.5) sit just below those probabilities (49.25 %,
//                54.24 %, 89.75 %), so the published_score_cutoffs rule is kept as a named
//                alternative (with biopsy 6.5 / 6.7 / 8.7 agree with both); the result
//                always says what the other rule gives.
//                Without heliotrope rash, Gottron's papules or Gottron's sign, one of the
//                biopsy features is needed to classify as IIM: otherwise the class is
//                not IIM and biopsy_features_needed is set.
//   subclass     [adopted] onset < 18 with skin signs: juvenile DM; adult with skin signs:
//                DM with proximal weakness, amyopathic DM without; no skin signs: IBM with
//                rimmed vacuoles or finger-flexor weakness unresponsive to treatment;
//                otherwise PM (which includes IMNM). Given only when classified IIM.
// Thread-safety: pure functions over constant tables.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/expected.hpp"

namespace myoivig::domain {

struct BiopsyFindings {
  bool endomysial_infiltrate = false;  // surrounding, not invading, myofibres
  bool perimysial_or_perivascular_infiltrate = false;
  bool perifascicular_atrophy = false;
  bool rimmed_vacuoles = false;
};

struct ClassificationFindings {
  double age_at_onset_years = 0;         // of the first symptom assumed related to the disease
  bool weakness_proximal_upper = false;  // objective, symmetric, usually progressive
  bool weakness_proximal_lower = false;
  bool neck_flexors_weaker_than_extensors = false;
  bool legs_proximal_weaker_than_distal = false;
  bool heliotrope_rash = false;
  bool gottron_papules = false;
  bool gottron_sign = false;
  bool dysphagia_or_oesophageal_dysmotility = false;
  bool anti_jo1 = false;
  bool enzymes_above_uln = false;        // CK, LDH, AST or ALT
  std::optional<BiopsyFindings> biopsy;  // empty when no muscle biopsy was done
  // Subclassification only:
  bool finger_flexor_weakness = false;
  bool no_treatment_response = false;
};

enum class IimClass { not_iim, possible, probable, definite };
std::string_view code(IimClass value);  // "not_iim" | "possible" | "probable" | "definite"

enum class IimSubclass { juvenile_dm, amyopathic_dm, dm, ibm, pm };
// "juvenile_dm" | "amyopathic_dm" | "dm" | "ibm" | "pm"
std::string_view code(IimSubclass value);

enum class ClassRule { probability, published_score_cutoffs };
std::string_view code(ClassRule rule);  // "probability" | "published_score_cutoffs"
util::Expected<ClassRule> parse_class_rule(std::string_view text);

struct Classification2017 {
  int score_tenths = 0;  // 7.5 points = 75
  double probability = 0;
  bool with_biopsy = false;
  ClassRule rule = ClassRule::probability;
  IimClass iim_class = IimClass::not_iim;
  IimClass class_by_other_rule = IimClass::not_iim;  // the same, by the other rule
  bool biopsy_features_needed = false;  // the score reached IIM, but no skin sign or biopsy feature
  std::optional<IimSubclass> subclass;
  std::vector<std::string> items;  // the items counted, with their weights ("heliotrope rash 3.1")

  [[nodiscard]] double score() const { return score_tenths / 10.0; }
};

// invalid_argument naming the field when the age is outside 0-120 years.
util::Expected<Classification2017> classify_2017(const ClassificationFindings& findings,
                                                 ClassRule rule = ClassRule::probability);

}  // namespace myoivig::domain
