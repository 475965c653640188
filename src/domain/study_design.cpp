#include "domain/study_design.hpp"

#include <algorithm>
#include <set>

#include "util/enum_names.hpp"

namespace myoivig::domain {
namespace {

constexpr util::EnumNames<DesignKind, 2> k_design_kinds{{
    {DesignKind::single_arm, "single_arm"},
    {DesignKind::randomised, "randomised"},
}};

constexpr std::string_view k_unstratified = "all";

util::Error at(const std::string& key, const std::string& rule) {
  return util::invalid_argument("design." + key + ": " + rule);
}

util::Expected<void> validate_arms(const StudyDesign& design) {
  std::set<std::string> ids;
  for (std::size_t i = 0; i < design.arms.size(); ++i) {
    const Arm& arm = design.arms[i];
    const std::string key = "arms[" + std::to_string(i) + "]";
    if (arm.id.empty()) return at(key + ".id", "must not be empty");
    if (!ids.insert(arm.id).second) return at(key + ".id", "'" + arm.id + "' is listed twice");
    if (arm.ratio < 1) {
      return at(key + ".ratio", "must be at least 1, got " + std::to_string(arm.ratio));
    }
  }
  return {};
}

util::Expected<void> validate_randomised(const StudyDesign& design) {
  if (design.arms.size() < 2) {
    return at("arms", "a randomised design needs at least 2 arms, got " +
                          std::to_string(design.arms.size()));
  }
  if (!design.randomisation) return at("randomisation", "is required for a randomised design");
  const RandomisationSettings& settings = *design.randomisation;
  if (settings.stratify_by_site && settings.sites.empty()) {
    return at("randomisation.sites", "must list the sites when stratifying by site");
  }
  MYOIVIG_TRY(randomisation_scheme(design));
  return {};
}

util::Expected<void> validate_crossover(const StudyDesign& design) {
  if (!design.crossover) return {};
  const Crossover& crossover = *design.crossover;
  for (const auto& [key, id] : {std::pair{"crossover.from_arm", crossover.from_arm},
                                std::pair{"crossover.to_arm", crossover.to_arm}}) {
    if (!design.arm(id)) return at(key, "'" + id + "' is not an arm of the design");
  }
  if (crossover.from_arm == crossover.to_arm) {
    return at("crossover.to_arm", "must differ from from_arm");
  }
  if (crossover.trigger != "confirmed_deterioration") {
    return at("crossover.trigger",
              "must be confirmed_deterioration, got '" + crossover.trigger + "'");
  }
  return {};
}

}  // namespace

std::string_view code(DesignKind kind) {
  return util::name_of(k_design_kinds, kind);
}

util::Expected<DesignKind> parse_design_kind(std::string_view text) {
  return util::value_of(k_design_kinds, text);
}

const Arm* StudyDesign::arm(std::string_view id) const {
  const auto found = std::find_if(arms.begin(), arms.end(),
                                  [id](const Arm& candidate) { return candidate.id == id; });
  return found == arms.end() ? nullptr : &*found;
}

util::Expected<void> validate(const StudyDesign& design) {
  MYOIVIG_TRY(validate_arms(design));
  if (design.kind == DesignKind::single_arm) {
    if (design.arms.size() > 1) {
      return at("kind",
                "a single_arm design has at most 1 arm, got " + std::to_string(design.arms.size()));
    }
    if (design.randomisation) return at("randomisation", "only a randomised design has one");
  } else {
    MYOIVIG_TRY(validate_randomised(design));
  }
  if (design.blinded_until_week && *design.blinded_until_week <= 0) {
    return at("blinded_until_week",
              "must be a positive week, got " + std::to_string(*design.blinded_until_week));
  }
  if (design.blinded_until_week && !design.blinded) {
    return at("blinded_until_week", "needs blinded = true");
  }
  return validate_crossover(design);
}

util::Expected<RandomisationScheme> randomisation_scheme(const StudyDesign& design) {
  if (design.kind != DesignKind::randomised || !design.randomisation) {
    return at("kind", "the design is not randomised");
  }
  const RandomisationSettings& settings = *design.randomisation;
  RandomisationScheme scheme;
  for (const Arm& arm : design.arms) scheme.arms.push_back({arm.id, arm.ratio});
  scheme.block_sizes = settings.block_sizes;
  scheme.strata = settings.stratify_by_site ? settings.sites
                                            : std::vector<std::string>{std::string(k_unstratified)};
  scheme.slots_per_stratum = settings.slots_per_stratum;
  scheme.seed = settings.seed;
  // The allocation list's own checks (block sizes, slots), reported under [design].
  if (auto list = allocation_list(scheme); !list) {
    return util::invalid_argument("design." + list.error().message);
  }
  return scheme;
}

bool gives_placebo(const Course& course, const Arm& arm) {
  return course.blinded && arm.placebo;
}

}  // namespace myoivig::domain
