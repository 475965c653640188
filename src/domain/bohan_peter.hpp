// BohanPeter: the Bohan and Peter 1975 criteria for polymyositis and dermatomyositis
// (shared/specs/outcomes.md section 8). Criteria: (1) symmetric proximal weakness,
// (2) raised muscle enzymes, (3) myopathic EMG, (4) biopsy with inflammation, necrosis or
// regeneration, (5) typical skin rash.
//   PM: definite = 4 of criteria 1-4, probable = 3, possible = 2 (no rash).
//   DM: the rash plus definite = 3 of 1-4, probable = 2, possible = 1.
// Thread-safety: pure functions.
#pragma once

#include <string_view>

namespace myoivig::domain {

struct BohanPeterFindings {
  bool symmetric_proximal_weakness = false;
  bool raised_muscle_enzymes = false;
  bool myopathic_emg = false;
  bool biopsy_inflammation_necrosis_regeneration = false;
  bool typical_skin_rash = false;
};

enum class BohanPeterDiagnosis { none, pm, dm };
std::string_view code(BohanPeterDiagnosis value);  // "none" | "pm" | "dm"

enum class BohanPeterCertainty { none, possible, probable, definite };
std::string_view code(BohanPeterCertainty value);  // "none" | "possible" | ...

struct BohanPeter {
  BohanPeterDiagnosis diagnosis = BohanPeterDiagnosis::none;  // none when certainty is none
  BohanPeterCertainty certainty = BohanPeterCertainty::none;
  int criteria_1_to_4 = 0;  // how many of criteria 1-4 are met
};

BohanPeter bohan_peter(const BohanPeterFindings& findings);

}  // namespace myoivig::domain
