// Test support, not part of the library: every field of every study record as a tuple, so
// that tests compare records field by field (round trips through bundles and stores,
// generators run twice), and a comparison of two record lists and of two whole studies.
// The fields are those of domain/record_fields.hpp (record_fields.cpp fails the build when
// a record struct has a member its list leaves out).
// Thread-safety: pure functions.
#pragma once

#include <tuple>
#include <vector>

#include "domain/record_fields.hpp"
#include "domain/study_data.hpp"

namespace myoivig::domain::testing {

// The record's fields, in column order, as a tuple of references.
template <typename Record>
auto fields(const Record& r) {
  return std::apply([&](const auto&... field) { return std::tie(field.of(r)...); },
                    RecordFields<Record>::list);
}

// The index of the first record that differs, or -1 when both lists are the same.
template <typename Record>
long first_difference(const std::vector<Record>& a, const std::vector<Record>& b) {
  const std::size_t common = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < common; ++i) {
    if (fields(a[i]) != fields(b[i])) return static_cast<long>(i);
  }
  return a.size() == b.size() ? -1 : static_cast<long>(common);
}

inline bool same_study(const StudyData& a, const StudyData& b) {
  bool same = std::tie(a.info.study_id, a.info.protocol_id, a.info.description, a.info.synthetic) ==
              std::tie(b.info.study_id, b.info.protocol_id, b.info.description, b.info.synthetic);
  for_each_record_type([&]<typename Record>(std::type_identity<Record>) {
    same = same && first_difference(records_of<Record>(a), records_of<Record>(b)) < 0;
  });
  return same;
}

}  // namespace myoivig::domain::testing
