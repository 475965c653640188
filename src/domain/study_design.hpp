// StudyDesign: how patients are assigned to treatment in a protocol: a single arm (the seed
// study: everyone gets the protocol's regimen), or randomised arms with an allocation ratio,
// blinding, permuted-block randomisation (stratified by site or not) and an optional
// crossover (e.g. placebo patients with confirmed deterioration switch to IVIG).
// Thread-safety: plain value types; the functions are pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/course.hpp"
#include "domain/randomisation.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

enum class DesignKind { single_arm, randomised };
std::string_view code(DesignKind kind);  // "single_arm" | "randomised"
util::Expected<DesignKind> parse_design_kind(std::string_view text);

struct Arm {
  std::string id;        // e.g. "ivig", "placebo"
  std::string label;     // e.g. "IVIG 2 g/kg every 4 weeks"
  bool placebo = false;  // receives a matching placebo instead of the protocol's regimen
  int ratio = 1;         // allocation ratio weight
};

struct RandomisationSettings {
  std::vector<int> block_sizes;  // permuted block sizes, each a multiple of the ratio sum
  bool stratify_by_site = true;
  std::vector<std::string> sites;  // the strata when stratified by site
  int slots_per_stratum = 0;       // allocation slots prepared per stratum
  std::uint64_t seed = 0;
};

// Patients of `from_arm` switch to `to_arm` when the trigger occurs (the only trigger so
// far: "confirmed_deterioration", shared/specs/outcomes.md section 6).
struct Crossover {
  std::string from_arm;
  std::string to_arm;
  std::string trigger = "confirmed_deterioration";
};

struct StudyDesign {
  DesignKind kind = DesignKind::single_arm;
  bool blinded = false;
  std::optional<int> blinded_until_week;  // open-label extension from this week on
  std::vector<Arm> arms;                  // empty for a single-arm study
  std::optional<RandomisationSettings> randomisation;
  std::optional<Crossover> crossover;

  [[nodiscard]] const Arm* arm(std::string_view id) const;
};

// Checks the design; errors name the key path under [design], e.g.
// "design.arms: a randomised design needs at least 2 arms, got 1".
util::Expected<void> validate(const StudyDesign& design);

// Whether a course held placebo: masked study drug (Course::blinded) of a patient in a
// placebo arm. Open-label courses are IVIG whatever the arm.
bool gives_placebo(const Course& course, const Arm& arm);

// The allocation scheme of a randomised design (strata: the sites, or one stratum "all").
// Fails when the design is not randomised.
util::Expected<RandomisationScheme> randomisation_scheme(const StudyDesign& design);

}  // namespace myoivig::domain
