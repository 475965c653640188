#include "domain/bohan_peter.hpp"

#include "util/enum_names.hpp"

namespace myoivig::domain {
namespace {

constexpr util::EnumNames<BohanPeterDiagnosis, 3> k_diagnoses{{
    {BohanPeterDiagnosis::none, "none"},
    {BohanPeterDiagnosis::pm, "pm"},
    {BohanPeterDiagnosis::dm, "dm"},
}};
constexpr util::EnumNames<BohanPeterCertainty, 4> k_certainties{{
    {BohanPeterCertainty::none, "none"},
    {BohanPeterCertainty::possible, "possible"},
    {BohanPeterCertainty::probable, "probable"},
    {BohanPeterCertainty::definite, "definite"},
}};

// Criteria 1-4 needed for possible, probable and definite: PM 2/3/4, DM (with rash) 1/2/3.
constexpr int k_pm_possible = 2;
constexpr int k_dm_possible = 1;

BohanPeterCertainty certainty_for(int met, int possible_at) {
  if (met >= possible_at + 2) return BohanPeterCertainty::definite;
  if (met == possible_at + 1) return BohanPeterCertainty::probable;
  if (met == possible_at) return BohanPeterCertainty::possible;
  return BohanPeterCertainty::none;
}

}  // namespace

std::string_view code(BohanPeterDiagnosis value) {
  return util::name_of(k_diagnoses, value);
}
std::string_view code(BohanPeterCertainty value) {
  return util::name_of(k_certainties, value);
}

BohanPeter bohan_peter(const BohanPeterFindings& findings) {
  BohanPeter result;
  result.criteria_1_to_4 = static_cast<int>(findings.symmetric_proximal_weakness) +
                           static_cast<int>(findings.raised_muscle_enzymes) +
                           static_cast<int>(findings.myopathic_emg) +
                           static_cast<int>(findings.biopsy_inflammation_necrosis_regeneration);
  const bool rash = findings.typical_skin_rash;
  result.certainty = certainty_for(result.criteria_1_to_4, rash ? k_dm_possible : k_pm_possible);
  if (result.certainty != BohanPeterCertainty::none) {
    result.diagnosis = rash ? BohanPeterDiagnosis::dm : BohanPeterDiagnosis::pm;
  }
  return result;
}

}  // namespace myoivig::domain
