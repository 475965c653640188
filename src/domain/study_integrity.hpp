// Study integrity: the rules that hold across records (every reference points at a
// record that exists, keys are unique, dates agree), plus each record's own rules
// (record_rules.hpp). Data that break one of these are refused whole, never stored.
// Thread-safety: pure function.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "util/error.hpp"

namespace myoivig::domain {

// Which record broke which rule. `entity` is the record kind as the bundle names its
// file ("patients", "administrations", ...); `index` is the position in that vector of
// StudyData, so a reader can turn it into a file and line.
struct IntegrityViolation {
  std::string entity;
  std::size_t index = 0;
  util::Error error;  // message starts with the field name
};

// Returns the first violation, checking entities in dependency order (patients first),
// or nullopt when the data hold together.
std::optional<IntegrityViolation> find_integrity_violation(const StudyData& data,
                                                           const Protocol& protocol);

}  // namespace myoivig::domain
