// Reads a protocol file's optional [design] table (domain::StudyDesign): kind, blinding,
// arms, randomisation and crossover. Without the table the study is single-arm. Errors
// name the key path ("design.randomisation.block_sizes[1]: must be an integer").
// Thread-safety: no shared state.
#pragma once

#include "domain/study_design.hpp"
#include "io/toml_reader.hpp"
#include "util/expected.hpp"

namespace myoivig::io {

util::Expected<domain::StudyDesign> read_design(TomlTableReader& root);

}  // namespace myoivig::io
