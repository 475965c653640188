#include "analysis/demographics.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "stats/descriptive.hpp"

namespace myoivig::analysis {

Demographics describe_patients(const domain::StudyData& data,
                               const std::vector<std::string>& analysed_ids) {
  const std::unordered_set<std::string_view> analysed(analysed_ids.begin(), analysed_ids.end());
  Demographics result;
  std::vector<double> ages;
  for (const domain::Patient& patient : data.patients) {
    if (!analysed.contains(patient.id)) continue;
    ++result.n;
    ++(patient.diagnosis == domain::Diagnosis::polymyositis ? result.polymyositis
                                                            : result.dermatomyositis);
    ++(patient.sex == domain::Sex::male ? result.male : result.female);
    ages.push_back(patient.age_at(patient.enrolment_date));
  }
  if (ages.empty()) return result;
  result.age_mean = stats::plain_mean(ages);
  result.age_min = static_cast<int>(*std::min_element(ages.begin(), ages.end()));
  result.age_max = static_cast<int>(*std::max_element(ages.begin(), ages.end()));
  return result;
}

}  // namespace myoivig::analysis
