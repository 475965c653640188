#include "io/redcap/redcap_import.hpp"

#include <optional>
#include <string>

#include "io/redcap/redcap_events.hpp"
#include "util/file.hpp"

namespace myoivig::io::redcap {
namespace {

std::optional<std::string> read_text(const std::filesystem::path& path, ImportProblems& problems) {
  auto text = util::read_file(path);
  if (!text) {
    problems.error(path.filename().string(), 0, "", "", text.error().message);
    return std::nullopt;
  }
  return std::move(*text);
}

}  // namespace

ImportInput read_redcap_export(const RedcapFiles& files, const ReadProgress& progress) {
  ImportInput input;
  input.source = "redcap";
  ImportProblems& problems = input.problems;
  auto mapping = read_mapping_file(files.mapping);
  if (!mapping) {
    problems.error(files.mapping.filename().string(), 0, "", "", mapping.error().message);
  } else {
    input.mapping = std::move(*mapping);
  }
  Dictionary dictionary;
  if (auto text = read_text(files.dictionary, problems)) {
    dictionary = read_dictionary(*text, files.dictionary.filename().string(), problems);
  }
  input.fields = dictionary.fields().size();
  EventDesign events;
  if (!files.events.empty()) {
    if (auto text = read_text(files.events, problems)) {
      read_events(*text, files.events.filename().string(), events, problems);
    }
  }
  if (!files.form_events.empty()) {
    if (files.events.empty()) {
      problems.error(files.form_events.filename().string(), 0, "", "",
                     "an instrument-event mapping needs the events file (--events) too");
    } else if (auto text = read_text(files.form_events, problems)) {
      read_form_events(*text, files.form_events.filename().string(), dictionary, events, problems);
    }
  }
  input.events = events.events().size();
  if (!mapping || dictionary.empty()) return input;
  check_mapping(input.mapping, dictionary, events, problems);
  const auto text = read_text(files.records, problems);
  if (!text) return input;
  const SourceTable table = read_records(*text, files.records.filename().string(), dictionary,
                                         events, input.mapping.missing_codes, problems, progress);
  input.batch = build_records(table, dictionary, input.mapping, problems);
  return input;
}

}  // namespace myoivig::io::redcap
