#include "io/cdisc/define_xml.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "io/html_escape.hpp"

namespace myoivig::io::cdisc {
namespace {

constexpr std::size_t k_max_significant_digits = 16;

std::string translated(std::string_view text) {
  return fmt::format(
      "<Description><TranslatedText xml:lang=\"en\">{}</TranslatedText>"
      "</Description>",
      html_escape(text));
}

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return result;
}

bool is_key(const CdiscDataset& dataset, const std::string& name) {
  return std::find(dataset.keys.begin(), dataset.keys.end(), name) != dataset.keys.end();
}

std::string oid(std::string_view kind, const CdiscDataset& dataset, const ColumnSpec& column) {
  return fmt::format("{}.{}.{}", kind, dataset.data.name, column.name);
}

// Digits before and after the decimal point of a number's shortest text.
std::pair<std::size_t, std::size_t> digits(double value) {
  const std::string text = decimal_text(std::fabs(value));
  if (text.find('e') != std::string::npos) return {text.size(), 0};
  const auto point = text.find('.');
  if (point == std::string::npos) return {text.size(), 0};
  return {point, text.size() - point - 1};
}

struct NumericShape {
  std::size_t length = 1;
  std::size_t decimals = 0;
};

NumericShape numeric_shape(const CdiscDataset& dataset, std::size_t column) {
  NumericShape shape;
  for (const xpt::Row& row : dataset.data.rows) {
    if (const double* value = std::get_if<double>(&row[column])) {
      const auto [whole, fraction] = digits(*value);
      shape.decimals = std::min(std::max(shape.decimals, fraction), k_max_significant_digits);
      shape.length = std::max(shape.length, whole + shape.decimals);
    }
  }
  return shape;
}

std::string item_def(const CdiscDataset& dataset, std::size_t column) {
  const ColumnSpec& spec = dataset.columns[column];
  const xpt::Variable& variable = dataset.data.variables[column];
  const std::string type = define_data_type(dataset, column);
  std::string attributes =
      fmt::format("OID=\"{}\" Name=\"{}\" SASFieldName=\"{}\" DataType=\"{}\"",
                  html_escape(oid("IT", dataset, spec)), spec.name, spec.name, type);
  if (type == "text") {
    attributes += fmt::format(" Length=\"{}\"", variable.length);
  } else if (type == "integer" || type == "float") {
    const NumericShape shape = numeric_shape(dataset, column);
    attributes += fmt::format(" Length=\"{}\"", shape.length);
    if (type == "float") attributes += fmt::format(" SignificantDigits=\"{}\"", shape.decimals);
  }
  if (!spec.format.empty()) {
    attributes += fmt::format(" def:DisplayFormat=\"{}\"", html_escape(spec.format));
  }
  if (!spec.comment.empty() && spec.origin != Origin::derived) {
    attributes += fmt::format(" def:CommentOID=\"{}\"", html_escape(oid("COM", dataset, spec)));
  }
  std::string xml =
      fmt::format("      <ItemDef {}>\n        {}\n", attributes, translated(spec.label));
  if (spec.codelist) {
    xml += fmt::format("        <CodeListRef CodeListOID=\"{}\"/>\n",
                       html_escape(oid("CL", dataset, spec)));
  }
  xml += fmt::format("        <def:Origin Type=\"{}\"/>\n      </ItemDef>\n",
                     define_origin(spec.origin));
  return xml;
}

std::string code_list(const CdiscDataset& dataset, std::size_t column) {
  const ColumnSpec& spec = dataset.columns[column];
  const auto decode_column = spec.decode.empty() ? std::nullopt : dataset.data.column(spec.decode);
  std::map<std::string, std::string> values;  // code -> decode (first seen)
  for (const xpt::Row& row : dataset.data.rows) {
    const auto* code = std::get_if<std::string>(&row[column]);
    if (code == nullptr || code->empty()) continue;
    const auto* decode = decode_column ? std::get_if<std::string>(&row[*decode_column]) : nullptr;
    values.try_emplace(*code, decode ? *decode : std::string());
  }
  std::string xml =
      fmt::format("      <CodeList OID=\"{}\" Name=\"{} ({})\" DataType=\"text\">\n",
                  html_escape(oid("CL", dataset, spec)), spec.name, dataset.data.name);
  int order = 0;
  for (const auto& [code, decode] : values) {
    if (decode_column) {
      xml += fmt::format(
          "        <CodeListItem CodedValue=\"{}\" OrderNumber=\"{}\"><Decode><TranslatedText "
          "xml:lang=\"en\">{}</TranslatedText></Decode></CodeListItem>\n",
          html_escape(code), ++order, html_escape(decode));
    } else {
      xml += fmt::format("        <EnumeratedItem CodedValue=\"{}\" OrderNumber=\"{}\"/>\n",
                         html_escape(code), ++order);
    }
  }
  return xml + "      </CodeList>\n";
}

std::string item_group(const CdiscDataset& dataset, const DefineInfo& info) {
  const std::string& name = dataset.data.name;
  const bool sdtm = dataset.standard == Standard::sdtm;
  std::string xml = fmt::format(
      "      <ItemGroupDef OID=\"IG.{0}\" Name=\"{0}\" Repeating=\"{1}\" IsReferenceData=\"{2}\" "
      "SASDatasetName=\"{0}\"{3} Purpose=\"{4}\" def:Structure=\"{5}\" def:Class=\"{6}\" "
      "def:ArchiveLocationID=\"LF.{0}\">\n        {7}\n",
      name, dataset.structure.starts_with("One record per subject") ? "No" : "Yes",
      dataset.dataset_class == "TRIAL DESIGN" ? "Yes" : "No",
      sdtm ? fmt::format(" Domain=\"{}\"", name) : std::string(), sdtm ? "Tabulation" : "Analysis",
      html_escape(dataset.structure), html_escape(dataset.dataset_class),
      translated(dataset.data.label));
  for (std::size_t i = 0; i < dataset.columns.size(); ++i) {
    const ColumnSpec& spec = dataset.columns[i];
    const auto key = std::find(dataset.keys.begin(), dataset.keys.end(), spec.name);
    std::string attributes = fmt::format("ItemOID=\"{}\" OrderNumber=\"{}\" Mandatory=\"{}\"",
                                         html_escape(oid("IT", dataset, spec)), i + 1,
                                         is_key(dataset, spec.name) ? "Yes" : "No");
    if (key != dataset.keys.end()) {
      attributes += fmt::format(" KeySequence=\"{}\"", key - dataset.keys.begin() + 1);
    }
    if (spec.origin == Origin::derived && !spec.comment.empty()) {
      attributes += fmt::format(" MethodOID=\"{}\"", html_escape(oid("MT", dataset, spec)));
    }
    xml += fmt::format("        <ItemRef {}/>\n", attributes);
  }
  const std::string file = lower(name) + "." + info.file_extension;
  xml += fmt::format(
      "        <def:leaf ID=\"LF.{}\" xlink:href=\"{}\"><def:title>{}</def:title></def:leaf>\n",
      name, file, file);
  return xml + "      </ItemGroupDef>\n";
}

}  // namespace

std::string define_data_type(const CdiscDataset& dataset, std::size_t column) {
  const xpt::Variable& variable = dataset.data.variables[column];
  if (variable.type == xpt::VariableType::numeric) {
    for (const xpt::Row& row : dataset.data.rows) {
      const double* value = std::get_if<double>(&row[column]);
      if (value && *value != std::floor(*value)) return "float";
    }
    return "integer";
  }
  if (!variable.name.ends_with("DTC")) return "text";
  bool time = false;
  bool partial = false;
  for (const xpt::Row& row : dataset.data.rows) {
    const auto* value = std::get_if<std::string>(&row[column]);
    if (value == nullptr || value->empty()) continue;
    if (value->find('T') != std::string::npos) time = true;
    if (value->size() < std::string_view("YYYY-MM-DD").size()) partial = true;
  }
  return partial ? "partialDate" : time ? "datetime" : "date";
}

std::string define_xml(const std::vector<CdiscDataset>& datasets, const DefineInfo& info) {
  const bool sdtm = info.standard == Standard::sdtm;
  const std::string kind = sdtm ? "SDTM" : "ADaM";
  std::string xml = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\" "
      "xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:def=\"http://www.cdisc.org/ns/def/v2.0\" "
      "ODMVersion=\"1.3.2\" FileType=\"Snapshot\" FileOID=\"DEFINE.{0}.{1}\" "
      "CreationDateTime=\"{2}\" Originator=\"myoivig\" SourceSystem=\"myoivig\" "
      "SourceSystemVersion=\"0.1.0\">\n"
      "  <Study OID=\"STUDY.{0}\">\n    <GlobalVariables>\n"
      "      <StudyName>{0}</StudyName>\n      <StudyDescription>{3}</StudyDescription>\n"
      "      <ProtocolName>{4}</ProtocolName>\n    </GlobalVariables>\n"
      "    <MetaDataVersion OID=\"MDV.{0}.{1}\" Name=\"{1} datasets of {0}\" "
      "def:DefineVersion=\"2.0.0\" def:StandardName=\"{5}\" def:StandardVersion=\"{6}\">\n",
      html_escape(info.study_id), kind, html_escape(info.created_utc),
      html_escape(info.description), html_escape(info.protocol_id), sdtm ? "SDTM-IG" : "ADaM-IG",
      sdtm ? "3.2" : "1.1");
  for (const CdiscDataset& dataset : datasets) xml += item_group(dataset, info);
  for (const CdiscDataset& dataset : datasets) {
    for (std::size_t i = 0; i < dataset.columns.size(); ++i) xml += item_def(dataset, i);
  }
  for (const CdiscDataset& dataset : datasets) {
    for (std::size_t i = 0; i < dataset.columns.size(); ++i) {
      if (dataset.columns[i].codelist) xml += code_list(dataset, i);
    }
  }
  for (const CdiscDataset& dataset : datasets) {
    for (const ColumnSpec& spec : dataset.columns) {
      if (spec.origin != Origin::derived || spec.comment.empty()) continue;
      xml += fmt::format(
          "      <MethodDef OID=\"{}\" Name=\"Algorithm to derive {}.{}\" Type=\"Computation\">"
          "{}</MethodDef>\n",
          html_escape(oid("MT", dataset, spec)), dataset.data.name, spec.name,
          translated(spec.comment));
    }
  }
  for (const CdiscDataset& dataset : datasets) {
    for (const ColumnSpec& spec : dataset.columns) {
      if (spec.origin == Origin::derived || spec.comment.empty()) continue;
      xml += fmt::format("      <def:CommentDef OID=\"{}\">{}</def:CommentDef>\n",
                         html_escape(oid("COM", dataset, spec)), translated(spec.comment));
    }
  }
  return xml + "    </MetaDataVersion>\n  </Study>\n</ODM>\n";
}

}  // namespace myoivig::io::cdisc
