#include "io/bundle_writer.hpp"

#include <string_view>
#include <system_error>
#include <type_traits>
#include <vector>

#include "io/bundle_rows.hpp"
#include "util/csv.hpp"
#include "util/file.hpp"

namespace myoivig::io {
namespace {

namespace fs = std::filesystem;

// One CSV file being built: the header from bundle_columns, then rows of fields in the
// same column order.
class CsvText {
 public:
  explicit CsvText(std::string_view stem) {
    for (const BundleColumn& column : bundle_columns(stem)) text(column.name);
    end_row();
  }

  CsvText& text(std::string_view value) {
    separate();
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
      m_text += value;
    } else {
      m_text += util::csv_escape(value);
    }
    return *this;
  }
  CsvText& boolean(bool value) { return text(value ? "true" : "false"); }

  // The field's bundle text; only free text can need quotes.
  template <typename Field, typename Record>
  void field(const Field& field, const Record& record) {
    if constexpr (std::is_same_v<typename Field::ValueType, std::string>) {
      text(field.of(record));
    } else {
      separate();
      append_field(m_text, field, record);
    }
  }

  void end_row() {
    m_text += '\n';
    m_row_start = true;
  }
  [[nodiscard]] const std::string& str() const { return m_text; }

 private:
  void separate() {
    if (!m_row_start) m_text += ',';
    m_row_start = false;
  }
  std::string m_text;
  bool m_row_start = true;
};

std::string manifest(const domain::StudyInfo& info) {
  CsvText out("manifest");
  out.text("study_id").text(info.study_id).end_row();
  out.text("protocol").text(info.protocol_id).end_row();
  if (!info.description.empty()) out.text("description").text(info.description).end_row();
  out.text("synthetic").boolean(info.synthetic).end_row();
  return out.str();
}

// Writes `<folder>/<stem>.csv` when there are records (or `always`), and counts them.
template <typename Record>
util::Expected<void> write_entity(const fs::path& folder, const std::vector<Record>& records,
                                  bool always, BundleCounts& counts) {
  const std::string stem(domain::RecordFields<Record>::entity);
  counts[stem] = records.size();
  if (records.empty() && !always) return {};
  CsvText out(stem);
  for (const Record& record : records) {
    domain::for_each_field<Record>([&](const auto& field) { out.field(field, record); });
    out.end_row();
  }
  return util::write_file_atomically(folder / (stem + ".csv"), out.str());
}

util::Expected<void> write_files(const domain::StudyData& data, const fs::path& folder,
                                 BundleCounts& counts) {
  MYOIVIG_TRY(util::write_file_atomically(folder / "manifest.csv", manifest(data.info)));
  util::Expected<void> result;
  domain::for_each_record_type([&]<typename Record>(std::type_identity<Record>) {
    const bool always = std::is_same_v<Record, domain::Patient>;
    if (result) result = write_entity(folder, domain::records_of<Record>(data), always, counts);
  });
  return result;
}

}  // namespace

util::Expected<BundleCounts> write_bundle(const domain::StudyData& data,
                                          const fs::path& directory) {
  std::error_code error;
  if (fs::exists(directory, error) && !fs::is_empty(directory, error)) {
    return util::conflict(directory.string() +
                          ": already exists and is not empty (a bundle is written into a new "
                          "or empty folder)");
  }
  fs::path staging = directory;
  staging += ".partial";
  if (fs::exists(staging, error)) {
    return util::conflict(staging.string() +
                          ": exists (left by an interrupted write?); remove it first");
  }
  if (!fs::create_directories(staging, error) || error) {
    return util::io_error(staging.string() + ": cannot create the folder: " + error.message());
  }
  BundleCounts counts;
  auto written = write_files(data, staging, counts);
  if (written) {
    fs::rename(staging, directory, error);
    if (error) {
      written = util::io_error("cannot rename " + staging.string() + " to " + directory.string() +
                               ": " + error.message());
    }
  }
  if (!written) {
    fs::remove_all(staging, error);  // our own folder, made above
    return std::move(written).error();
  }
  return counts;
}

}  // namespace myoivig::io
