#include "io/fhir/fhir_bundle.hpp"

#include <fstream>
#include <system_error>
#include <unordered_map>

#include "io/fhir/fhir_codes.hpp"
#include "io/fhir/fhir_resources.hpp"
#include "io/fhir/name_uuid.hpp"

namespace myoivig::io::fhir {
namespace {

using nlohmann::ordered_json;

constexpr int k_max_offset_minutes = 14 * 60;  // UTC-12:00 to UTC+14:00 exist

// Writes the entries one per line and counts them by resource type.
class EntryWriter {
 public:
  explicit EntryWriter(std::ostream& out) : m_out(out) {}

  void write(const Entry& entry) {
    m_out << (m_entries == 0 ? "\n" : ",\n")
          << ordered_json{{"fullUrl", entry.full_url}, {"resource", entry.resource}}.dump();
    ++m_entries;
    const std::string type = entry.resource.at("resourceType");
    if (m_counts.empty() || m_counts.back().first != type) {
      m_counts.emplace_back(type, 0);
    }
    ++m_counts.back().second;
  }
  void write(const std::optional<Entry>& entry) {
    if (entry) write(*entry);
  }
  // Makes sure a type with no resources is listed with 0.
  void expect(const std::string& type) {
    if (m_counts.empty() || m_counts.back().first != type) m_counts.emplace_back(type, 0);
  }

  [[nodiscard]] std::size_t entries() const { return m_entries; }
  [[nodiscard]] std::vector<std::pair<std::string, std::size_t>> counts() const { return m_counts; }

 private:
  std::ostream& m_out;
  std::size_t m_entries = 0;
  std::vector<std::pair<std::string, std::size_t>> m_counts;
};

}  // namespace

util::Expected<int> parse_utc_offset(std::string_view text) {
  if (text == "Z") return 0;
  const auto digit = [&](std::size_t at) { return text[at] >= '0' && text[at] <= '9'; };
  if (text.size() != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':' || !digit(1) ||
      !digit(2) || !digit(4) || !digit(5)) {
    return util::invalid_argument("must be +HH:MM, -HH:MM or Z, got '" + std::string(text) + "'");
  }
  const int hours = (text[1] - '0') * 10 + (text[2] - '0');
  const int minutes = (text[4] - '0') * 10 + (text[5] - '0');
  const int total = hours * 60 + minutes;
  if (minutes > 59 || total > k_max_offset_minutes) {
    return util::invalid_argument("must lie within -14:00 to +14:00 with minutes 00-59, got '" +
                                  std::string(text) + "'");
  }
  return text[0] == '-' ? -total : total;
}

util::Expected<FhirSummary> write_fhir_bundle(const domain::StudyData& data,
                                              const domain::Protocol& protocol,
                                              const FhirOptions& options, std::ostream& out) {
  MYOIVIG_TRY(domain::validate(protocol));
  const FhirContext context(data, protocol, options);
  FhirSummary summary;
  summary.study_id = context.study_id();
  summary.arm = !context.randomised() ? "not_applicable"
                : context.arm_shown() ? "shown"
                                      : "withheld";

  ordered_json bundle = {
      {"resourceType", "Bundle"},
      {"id", to_string(name_uuid(k_myoivig_namespace, context.study_id() + "/Bundle"))}};
  if (data.info.synthetic) bundle["meta"] = context.resource("Bundle").at("meta");
  bundle["type"] = "collection";
  std::string head = bundle.dump();
  head.pop_back();  // the closing brace: the entries follow
  out << head << ",\"entry\":[";

  EntryWriter writer(out);
  writer.write(research_study_entry(context));
  for (const domain::Patient& patient : data.patients)
    writer.write(patient_entry(context, patient));
  writer.expect("Patient");
  for (const domain::Patient& patient : data.patients) {
    writer.write(research_subject_entry(context, patient));
  }
  writer.expect("ResearchSubject");
  for (const domain::Patient& patient : data.patients) writer.write(height_entry(context, patient));
  for (const domain::Assessment& assessment : data.assessments) {
    writer.write(ck_entry(context, assessment));
    writer.write(weight_entry(context, assessment));
  }
  writer.expect("Observation");
  for (const domain::Administration& given : data.administrations) {
    writer.write(medication_administration_entry(context, given));
  }
  writer.expect("MedicationAdministration");
  std::unordered_map<std::string_view, int> ordinals;
  for (const domain::AdverseEvent& event : data.adverse_events) {
    writer.write(adverse_event_entry(context, event, ++ordinals[event.patient_id]));
  }
  writer.expect("AdverseEvent");
  out << "\n]}\n";
  if (!out) return util::io_error("writing the FHIR Bundle failed");
  summary.entries = writer.entries();
  summary.counts = writer.counts();
  return summary;
}

util::Expected<FhirSummary> write_fhir_bundle(const domain::StudyData& data,
                                              const domain::Protocol& protocol,
                                              const FhirOptions& options,
                                              const std::filesystem::path& path) {
  std::filesystem::path partial = path;
  partial += ".partial";
  std::error_code ignored;
  util::Expected<FhirSummary> summary = util::io_error("");
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) return util::io_error("cannot write '" + path.string() + "'");
    summary = write_fhir_bundle(data, protocol, options, out);
    out.close();
    if (summary && !out) summary = util::io_error("the file could not be completed");
  }
  if (!summary) {
    std::filesystem::remove(partial, ignored);
    if (summary.error().code == util::ErrorCode::io_error) {
      return util::io_error("cannot write '" + path.string() + "': " + summary.error().message);
    }
    return summary;
  }
  std::error_code renamed;
  std::filesystem::rename(partial, path, renamed);
  if (renamed) {
    std::filesystem::remove(partial, ignored);
    return util::io_error("cannot write '" + path.string() + "': " + renamed.message());
  }
  return summary;
}

}  // namespace myoivig::io::fhir
