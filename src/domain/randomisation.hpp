// Randomisation: the allocation list of a randomised trial by permuted blocks, stratified
// (e.g. by site), reproducible from a seed.
//
// Within each stratum, blocks follow one another until the stratum has `slots_per_stratum`
// slots (the last block is complete, so a stratum may hold up to one block more). Each block
// draws its size uniformly from `block_sizes` (every size a multiple of the ratio's sum, so
// each block is balanced), fills it with the arms in the allocation ratio and shuffles it
// (Fisher-Yates). Stratum s uses the random stream (seed, s): adding a stratum at the end
// leaves the others' lists unchanged. Varying block sizes keep the next allocation hard to
// guess; the list itself is concealed by the store (only the next slot is revealed, at
// randomisation).
// Reference: Schulz KF, Grimes DA. Lancet 2002;359:515-519 (allocation concealment and
// permuted blocks).
// Thread-safety: pure function.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "util/expected.hpp"

namespace myoivig::domain {

struct ArmRatio {
  std::string arm;  // e.g. "ivig"
  int weight = 1;   // allocation ratio, e.g. 1 for 1:1
};

struct RandomisationScheme {
  std::vector<ArmRatio> arms;
  std::vector<int> block_sizes;     // e.g. {4, 6}
  std::vector<std::string> strata;  // e.g. the sites; one stratum "all" when unstratified
  int slots_per_stratum = 0;
  std::uint64_t seed = 0;
};

struct AllocationSlot {
  std::string stratum;
  int sequence = 1;  // 1-based within the stratum
  int block = 1;     // 1-based within the stratum
  int block_size = 0;
  std::string arm;
};

// Fails, naming the setting, when there are no arms, a weight below 1, an arm named twice,
// no block size, a block size that is not a positive multiple of the weights' sum, no
// stratum, a stratum named twice, or slots_per_stratum < 1.
util::Expected<std::vector<AllocationSlot>> allocation_list(const RandomisationScheme& scheme);

}  // namespace myoivig::domain
