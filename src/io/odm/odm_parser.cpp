// parse_odm (odm_document.hpp): an expat push parser that keeps the elements myoivig reads
// and skips the rest (GlobalVariables' settings, questions, translations, signatures,
// audit records). Element names are compared without their namespace prefix; vendor
// attributes by their usual prefixed names (redcap:..., OpenClinica:...).
#include <algorithm>
#include <string>
#include <vector>

#include <expat.h>

#include "io/odm/odm_document.hpp"

namespace myoivig::io::odm {
namespace {

constexpr std::size_t k_chunk_bytes = 1 << 20;

std::string_view local_name(std::string_view name) {
  const std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string attribute(const XML_Char** attributes, std::string_view name) {
  for (std::size_t i = 0; attributes[i]; i += 2) {
    if (name == attributes[i]) return attributes[i + 1];
  }
  return {};
}

bool yes(const std::string& value) {
  return value == "Yes" || value == "yes";
}

class Parser {
 public:
  explicit Parser(OdmDocument& document)
      : m_document(document), m_parser(XML_ParserCreate(nullptr)) {
    XML_SetUserData(m_parser, this);
    XML_SetElementHandler(m_parser, &Parser::start_handler, &Parser::end_handler);
  }
  ~Parser() { XML_ParserFree(m_parser); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  util::Expected<void> parse(std::string_view text, const ParseProgress& progress) {
    if (!m_parser) return util::io_error("cannot create an XML parser");
    std::size_t done = 0;
    do {
      const std::size_t size = std::min(k_chunk_bytes, text.size() - done);
      const bool last = done + size == text.size();
      if (XML_Parse(m_parser, text.data() + done, static_cast<int>(size), last ? 1 : 0) ==
          XML_STATUS_ERROR) {
        if (!m_error.empty()) return util::invalid_argument(m_error);
        return util::invalid_argument(
            "line " + std::to_string(XML_GetCurrentLineNumber(m_parser)) +
            ": not well-formed XML: " + XML_ErrorString(XML_GetErrorCode(m_parser)));
      }
      done += size;
      if (progress) progress(done, text.size());
    } while (done < text.size());
    if (!m_error.empty()) return util::invalid_argument(m_error);
    return {};
  }

 private:
  static void XMLCALL start_handler(void* self, const XML_Char* name, const XML_Char** attributes) {
    static_cast<Parser*>(self)->start(local_name(name), attributes);
  }
  static void XMLCALL end_handler(void* self, const XML_Char* /*name*/) {
    static_cast<Parser*>(self)->m_stack.pop_back();
  }

  [[nodiscard]] std::size_t line() const { return XML_GetCurrentLineNumber(m_parser); }
  [[nodiscard]] std::string_view parent() const {
    return m_stack.empty() ? std::string_view() : std::string_view(m_stack.back());
  }

  void start(std::string_view name, const XML_Char** a) {
    if (m_stack.empty() && name != "ODM") {
      m_error = "line " + std::to_string(line()) + ": the root element is '" + std::string(name) +
                "', not ODM (a CDISC ODM 1.3 file)";
      XML_StopParser(m_parser, XML_FALSE);
    }
    if (m_error.empty()) metadata(name, a);
    if (m_error.empty()) clinical(name, a);
    m_stack.emplace_back(name);
  }

  void metadata(std::string_view name, const XML_Char** a) {
    OdmDocument& d = m_document;
    if (name == "Study" && d.study_oid.empty()) {
      d.study_oid = attribute(a, "OID");
    } else if (name == "RepeatingInstrument") {
      d.repeating_instruments.insert(attribute(a, "redcap:RepeatInstrument"));
    } else if (name == "RepeatingEvent") {
      d.repeating_events.insert(attribute(a, "redcap:UniqueEventName"));
    } else if (name == "MetaDataVersion") {
      d.record_id_field = attribute(a, "redcap:RecordIdField");
    } else if (name == "StudyEventDef") {
      std::string unique = attribute(a, "redcap:UniqueEventName");
      std::string oid = attribute(a, "OID");
      d.events.push_back(
          {oid, unique.empty() ? oid : unique, yes(attribute(a, "Repeating")), {}, line()});
    } else if (name == "FormRef" && parent() == "StudyEventDef" && !d.events.empty()) {
      d.events.back().forms.push_back(attribute(a, "FormOID"));
    } else if (name == "FormDef") {
      std::string form_name = attribute(a, "redcap:FormName");
      std::string oid = attribute(a, "OID");
      d.forms.push_back(
          {oid, form_name.empty() ? oid : form_name, yes(attribute(a, "Repeating")), {}});
    } else if (name == "ItemGroupRef" && parent() == "FormDef" && !d.forms.empty()) {
      d.forms.back().groups.push_back(attribute(a, "ItemGroupOID"));
    } else if (name == "ItemGroupDef") {
      d.groups.push_back({attribute(a, "OID"), yes(attribute(a, "Repeating")), {}});
    } else if (name == "ItemRef" && parent() == "ItemGroupDef" && !d.groups.empty()) {
      d.groups.back().items.push_back(attribute(a, "ItemOID"));
    } else if (name == "ItemDef") {
      d.items.push_back({attribute(a, "OID"),
                         attribute(a, "Name"),
                         attribute(a, "DataType"),
                         attribute(a, "redcap:FieldType"),
                         attribute(a, "redcap:TextValidationType"),
                         {},
                         line()});
    } else if (name == "CodeListRef" && parent() == "ItemDef" && !d.items.empty()) {
      d.items.back().code_list = attribute(a, "CodeListOID");
    } else if (name == "CodeList") {
      d.code_lists.push_back({attribute(a, "OID"), {}});
    } else if (name == "CodeListItem" && parent() == "CodeList" && !d.code_lists.empty()) {
      d.code_lists.back().codes.push_back(attribute(a, "CodedValue"));
    }
  }

  void clinical(std::string_view name, const XML_Char** a) {
    OdmDocument& d = m_document;
    if (name == "ClinicalData") {
      const std::string study = attribute(a, "StudyOID");
      m_site = study != d.study_oid ? study : std::string();
    } else if (name == "SubjectData") {
      std::string group = attribute(a, "redcap:DataAccessGroup");
      d.subjects.push_back({attribute(a, "SubjectKey"),
                            attribute(a, "OpenClinica:StudySubjectID"),
                            group.empty() ? m_site : group,
                            line(),
                            {}});
    } else if (name == "StudyEventData" && !d.subjects.empty()) {
      d.subjects.back().events.push_back({attribute(a, "StudyEventOID"),
                                          attribute(a, "StudyEventRepeatKey"),
                                          attribute(a, "redcap:UniqueEventName"),
                                          line(),
                                          {}});
    } else if (name == "FormData" && !d.subjects.empty()) {
      std::vector<StudyEventData>& events = d.subjects.back().events;
      if (parent() == "SubjectData" && (events.empty() || !events.back().oid.empty())) {
        events.push_back({{}, {}, {}, line(), {}});  // classic REDCap: no events
      }
      if (!events.empty()) {
        events.back().forms.push_back(
            {attribute(a, "FormOID"), attribute(a, "FormRepeatKey"), line(), {}});
      }
    } else if (name == "ItemGroupData" && !d.subjects.empty() && in_form()) {
      current_form().groups.push_back(
          {attribute(a, "ItemGroupOID"), attribute(a, "ItemGroupRepeatKey"), line(), {}});
    } else if (name == "ItemData" && parent() == "ItemGroupData" && in_form() &&
               !current_form().groups.empty()) {
      current_form().groups.back().items.push_back(
          {attribute(a, "ItemOID"), attribute(a, "Value"), line()});
    }
  }

  [[nodiscard]] bool in_form() const {
    return !m_document.subjects.back().events.empty() &&
           !m_document.subjects.back().events.back().forms.empty();
  }
  FormData& current_form() { return m_document.subjects.back().events.back().forms.back(); }

  OdmDocument& m_document;
  XML_Parser m_parser;
  std::vector<std::string> m_stack;
  std::string m_site;
  std::string m_error;
};

}  // namespace

util::Expected<OdmDocument> parse_odm(std::string_view text, const ParseProgress& progress) {
  OdmDocument document;
  Parser parser(document);
  MYOIVIG_TRY(parser.parse(text, progress));
  return document;
}

}  // namespace myoivig::io::odm
