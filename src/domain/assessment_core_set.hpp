// core_set_of: the IMACS core set recorded in an assessment, as exact values for the
// response criteria (TIS, DOI, confirmed deterioration): global activity and extramuscular
// VAS from whole mm to exact cm, the MMT-8 total, HAQ-DI, and CK with its upper limit of
// normal as the enzyme (only when both are recorded).
// Thread-safety: pure function.
#pragma once

#include "domain/assessment.hpp"
#include "domain/core_set.hpp"

namespace myoivig::domain {

CoreSet core_set_of(const Assessment& assessment);

}  // namespace myoivig::domain
