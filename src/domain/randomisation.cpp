#include "domain/randomisation.hpp"

#include <set>
#include <utility>

#include "stats/rng.hpp"

namespace myoivig::domain {
namespace {

util::Error scheme_error(const std::string& setting, const std::string& rule) {
  return util::invalid_argument("randomisation." + setting + ": " + rule);
}

util::Expected<int> check_scheme(const RandomisationScheme& scheme) {
  if (scheme.arms.empty()) return scheme_error("arms", "must name at least one arm");
  int weights = 0;
  std::set<std::string> arms;
  for (const ArmRatio& arm : scheme.arms) {
    if (arm.weight < 1) {
      return scheme_error("arms", "weight of '" + arm.arm + "' must be at least 1, got " +
                                      std::to_string(arm.weight));
    }
    if (!arms.insert(arm.arm).second) return scheme_error("arms", "'" + arm.arm + "' named twice");
    weights += arm.weight;
  }
  if (scheme.block_sizes.empty()) return scheme_error("block_sizes", "must list at least one size");
  for (int size : scheme.block_sizes) {
    if (size < 1 || size % weights != 0) {
      return scheme_error("block_sizes", std::to_string(size) +
                                             " is not a positive multiple of the ratio's sum " +
                                             std::to_string(weights));
    }
  }
  if (scheme.strata.empty()) return scheme_error("strata", "must list at least one stratum");
  std::set<std::string> strata;
  for (const std::string& stratum : scheme.strata) {
    if (!strata.insert(stratum).second) {
      return scheme_error("strata", "'" + stratum + "' named twice");
    }
  }
  if (scheme.slots_per_stratum < 1) {
    return scheme_error("slots_per_stratum",
                        "must be at least 1, got " + std::to_string(scheme.slots_per_stratum));
  }
  return weights;
}

// One block of `size` slots: each arm weight x (size / weights) times, shuffled.
std::vector<std::string> shuffled_block(const RandomisationScheme& scheme, int size, int weights,
                                        stats::Rng& rng) {
  std::vector<std::string> block;
  block.reserve(static_cast<std::size_t>(size));
  for (const ArmRatio& arm : scheme.arms) {
    for (int i = 0; i < arm.weight * (size / weights); ++i) block.push_back(arm.arm);
  }
  for (std::size_t i = block.size(); i > 1; --i) {
    std::swap(block[i - 1], block[rng.below(i)]);
  }
  return block;
}

}  // namespace

util::Expected<std::vector<AllocationSlot>> allocation_list(const RandomisationScheme& scheme) {
  MYOIVIG_TRY_ASSIGN(weights, check_scheme(scheme));
  std::vector<AllocationSlot> slots;
  for (std::size_t s = 0; s < scheme.strata.size(); ++s) {
    stats::Rng rng(scheme.seed, s);
    int sequence = 0;
    for (int block = 1; sequence < scheme.slots_per_stratum; ++block) {
      const int size = scheme.block_sizes[rng.below(scheme.block_sizes.size())];
      for (std::string& arm : shuffled_block(scheme, size, weights, rng)) {
        slots.push_back({scheme.strata[s], ++sequence, block, size, std::move(arm)});
      }
    }
  }
  return slots;
}

}  // namespace myoivig::domain
