// Reads a study bundle (docs/bundle.md): a folder of CSV files, one per entity, into
// domain::StudyData, and checks it with the protocol's rules before anything is stored.
// Thread-safety: pure functions apart from reading the files.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "util/expected.hpp"

namespace myoivig::io {

struct Bundle {
  std::filesystem::path directory;
  domain::StudyData data;
  // For each entity ("patients", "visits", ...), the file line of each record, in order.
  std::map<std::string, std::vector<std::size_t>> lines;
};

// Parses every file of the bundle. Fails on the first problem with
// "<file>:<line>: column '<name>': <rule>", on an unknown or missing column, on a
// missing manifest.csv or patients.csv, and on any file the format does not know.
util::Expected<Bundle> read_bundle(const std::filesystem::path& directory);

// Checks the bundle's records together with those already stored (`existing`) against
// the protocol: manifest protocol id, references, unique keys, ranges. Fails with the
// file, line, column and rule of the first offending record.
util::Expected<void> check_bundle(const Bundle& bundle, const domain::StudyData& existing,
                                  const domain::Protocol& protocol);

}  // namespace myoivig::io
