// recruit_in_rounds: which slots of a randomised protocol's allocation list a synthetic
// trial's patients take (synthetic_trial.hpp), so that each arm gets exactly the number of
// patients asked for without ever skipping a slot: the strata (sites) recruit in rounds, in
// the order their slots first appear in the list, each taking its next slot in turn; once
// an arm has its number, a stratum whose next slot is for that arm closes (as a site stops
// recruiting), and recruitment stops at the total.
// Thread-safety: pure function.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "domain/randomisation.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

// The slots taken, in recruitment order. `need` maps each arm id to its number of patients
// (an arm not in it gets none); `total` is their sum. invalid_argument ("patients: ...")
// when the list runs out first.
util::Expected<std::vector<AllocationSlot>> recruit_in_rounds(
    const std::vector<AllocationSlot>& list, const std::map<std::string, std::size_t>& need,
    std::size_t total);

}  // namespace myoivig::domain
