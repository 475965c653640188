#include "domain/synthetic_recruitment.hpp"

namespace myoivig::domain {

util::Expected<std::vector<AllocationSlot>> recruit_in_rounds(
    const std::vector<AllocationSlot>& list, const std::map<std::string, std::size_t>& need,
    std::size_t total) {
  std::vector<std::string> strata;
  std::map<std::string, std::vector<const AllocationSlot*>> by_stratum;
  for (const AllocationSlot& slot : list) {
    if (!by_stratum.contains(slot.stratum)) strata.push_back(slot.stratum);
    by_stratum[slot.stratum].push_back(&slot);
  }
  std::map<std::string, std::size_t> taken;
  std::map<std::string, bool> closed;
  std::vector<AllocationSlot> recruited;
  for (std::size_t round = 0; recruited.size() < total; ++round) {
    bool open = false;
    for (const std::string& stratum : strata) {
      const auto& slots = by_stratum[stratum];
      if (closed[stratum] || round >= slots.size() || recruited.size() == total) continue;
      const AllocationSlot& slot = *slots[round];
      const auto wanted = need.find(slot.arm);
      if (wanted == need.end() || taken[slot.arm] >= wanted->second) {
        closed[stratum] = true;
        continue;
      }
      ++taken[slot.arm];
      recruited.push_back(slot);
      open = true;
    }
    if (!open) {
      return util::invalid_argument(
          "patients: the protocol's allocation list (" + std::to_string(list.size()) +
          " slots, design.randomisation.slots_per_stratum) cannot provide " +
          std::to_string(total) + " patients in the arms' numbers");
    }
  }
  return recruited;
}

}  // namespace myoivig::domain
