#include "domain/measure.hpp"

#include <array>
#include <string>

namespace myoivig::domain {
namespace {

constexpr double k_mm_per_cm = 10.0;

constexpr std::array<MeasureInfo, 11> k_measures{{
    {Measure::mmt, "mmt", "MMT score", "points", Better::higher},
    {Measure::adl, "adl", "ADL score", "points", Better::higher},
    {Measure::ck, "ck", "CK", "IU/l", Better::lower},
    {Measure::vas_fatigue, "vas_fatigue", "Fatigue VAS", "cm", Better::lower},
    {Measure::vas_pain, "vas_pain", "Muscle pain VAS", "cm", Better::lower},
    {Measure::weight, "weight", "Body weight", "kg", Better::higher},
    {Measure::mmt8, "mmt8", "MMT-8", "points", Better::higher},
    {Measure::physician_activity, "physician_activity", "Physician global activity", "cm",
     Better::lower},
    {Measure::patient_activity, "patient_activity", "Patient global activity", "cm", Better::lower},
    {Measure::extramuscular_activity, "extramuscular_activity", "Extramuscular activity", "cm",
     Better::lower},
    {Measure::haq, "haq", "HAQ-DI", "score", Better::lower},
}};

std::optional<double> as_double(std::optional<int> value) {
  if (!value) return std::nullopt;
  return static_cast<double>(*value);
}

std::optional<double> mm_to_cm(std::optional<int> millimetres) {
  if (!millimetres) return std::nullopt;
  return *millimetres / k_mm_per_cm;
}

}  // namespace

std::span<const MeasureInfo> all_measures() {
  return k_measures;
}

const MeasureInfo& info(Measure measure) {
  for (const MeasureInfo& candidate : k_measures) {
    if (candidate.measure == measure) return candidate;
  }
  return k_measures.front();
}

util::Expected<Measure> parse_measure(std::string_view id) {
  std::string allowed;
  for (const MeasureInfo& candidate : k_measures) {
    if (candidate.id == id) return candidate.measure;
    allowed += (allowed.empty() ? "" : ", ") + std::string(candidate.id);
  }
  return util::invalid_argument("must be one of " + allowed + ", got '" + std::string(id) + "'");
}

std::optional<double> value_of(const Assessment& assessment, Measure measure) {
  switch (measure) {
    case Measure::mmt:
      return as_double(assessment.mmt_score);
    case Measure::adl:
      return as_double(assessment.adl_score);
    case Measure::ck:
      return as_double(assessment.ck_iu_per_l);
    case Measure::vas_fatigue:
      return mm_to_cm(assessment.fatigue_vas_mm);
    case Measure::vas_pain:
      return mm_to_cm(assessment.pain_vas_mm);
    case Measure::weight:
      return assessment.weight_kg;
    case Measure::mmt8:
      return as_double(assessment.mmt8_score);
    case Measure::physician_activity:
      return mm_to_cm(assessment.physician_activity_vas_mm);
    case Measure::patient_activity:
      return mm_to_cm(assessment.patient_activity_vas_mm);
    case Measure::extramuscular_activity:
      return mm_to_cm(assessment.extramuscular_vas_mm);
    case Measure::haq:
      if (!assessment.haq_di) return std::nullopt;
      return assessment.haq_di->to_double();
  }
  return std::nullopt;
}

}  // namespace myoivig::domain
