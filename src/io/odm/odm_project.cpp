#include "io/odm/odm_project.hpp"

#include <unordered_map>

namespace myoivig::io::odm {
namespace {

using redcap::Field;
using redcap::FieldType;
using redcap::ImportProblems;

// A REDCap field type as written in ODM (redcap:FieldType) to the dictionary's.
std::string_view dictionary_type(std::string_view odm_type) {
  if (odm_type == "select") return "dropdown";
  if (odm_type == "textarea") return "notes";
  // REDCap writes one ItemDef per checkbox choice ("field___code", 1 or 0).
  if (odm_type == "checkbox") return "truefalse";
  return odm_type;
}

// ODM DataType to a validation, for files without REDCap's attributes.
std::string validation_of(std::string_view data_type) {
  if (data_type == "integer") return "integer";
  if (data_type == "float" || data_type == "double") return "number";
  if (data_type == "date") return "date_ymd";
  if (data_type == "datetime") return "datetime_seconds_ymd";
  if (data_type == "time") return "time_hh_mm_ss";
  return {};
}

bool key_repeats(const std::string& key) {
  return !key.empty() && key != "1";
}

void fill_field(const ItemDef& item, const OdmDocument& document, Field& field,
                const std::string& file, ImportProblems& problems) {
  field.line = item.line;
  std::string_view type = item.redcap_field_type;
  field.validation = item.redcap_validation;
  if (type.empty()) {
    type = !item.code_list.empty()       ? "dropdown"
           : item.data_type == "boolean" ? "truefalse"
                                         : "text";
    if (type == "text") field.validation = validation_of(item.data_type);
  }
  auto parsed = redcap::parse_field_type(dictionary_type(type));
  if (!parsed) {
    problems.error(file, item.line, item.oid, std::string(type),
                   "unknown redcap:FieldType: " + parsed.error().message);
    return;
  }
  field.type = *parsed;
  if (!item.code_list.empty() && field.type != FieldType::truefalse &&
      field.type != FieldType::yesno) {
    const CodeList* list = nullptr;
    for (const CodeList& candidate : document.code_lists) {
      if (candidate.oid == item.code_list) list = &candidate;
    }
    if (!list) {
      problems.error(file, item.line, item.oid, item.code_list, "no CodeList has this OID");
    } else {
      for (const std::string& code : list->codes) field.choices.push_back({code, code});
      if (field.type == FieldType::text) field.type = FieldType::dropdown;
    }
  }
  if (auto warning = redcap::classify_field(field)) {
    problems.warning(file, item.line, item.oid, field.validation, *warning);
  }
}

}  // namespace

OdmProject read_odm_project(const OdmDocument& document, const std::string& file,
                            ImportProblems& problems) {
  OdmProject project;
  std::unordered_map<std::string, const ItemDef*> items;
  for (const ItemDef& item : document.items) items.emplace(item.oid, &item);
  std::unordered_map<std::string, const ItemGroupDef*> groups;
  for (const ItemGroupDef& group : document.groups) groups.emplace(group.oid, &group);

  for (const FormDef& form : document.forms) project.form_names.emplace(form.oid, form.name);
  for (const StudyEventDef& event : document.events)
    project.event_names.emplace(event.oid, event.name);
  for (const ItemGroupDef& group : document.groups) {
    if (group.repeating) project.repeating_groups.insert(group.oid);
  }
  // A repeat key other than 1 shows a repeat even where the metadata does not declare one.
  for (const SubjectData& subject : document.subjects) {
    for (const StudyEventData& event : subject.events) {
      const auto name = project.event_names.find(event.oid);
      if (key_repeats(event.repeat_key) && name != project.event_names.end()) {
        project.repeating_events.insert(name->second);
      }
      for (const FormData& form : event.forms) {
        const auto form_name = project.form_names.find(form.oid);
        if (key_repeats(form.repeat_key) && form_name != project.form_names.end()) {
          project.repeating_forms.insert(form_name->second);
        }
        for (const ItemGroupData& group : form.groups) {
          if (key_repeats(group.repeat_key)) project.repeating_groups.insert(group.oid);
        }
      }
    }
  }
  const std::string first_form = document.forms.empty() ? "subject" : document.forms.front().name;
  Field record_id;
  record_id.name = document.record_id_field.empty() ? std::string(k_subject_key_field)
                                                    : document.record_id_field;
  record_id.form = first_form;
  project.dictionary.add(record_id);
  for (const FormDef& form : document.forms) {
    if (form.repeating || document.repeating_instruments.contains(form.name)) {
      project.repeating_forms.insert(form.name);
    }
    for (const std::string& group_oid : form.groups) {
      const auto group = groups.find(group_oid);
      if (group == groups.end()) {
        problems.error(file, 0, group_oid, "",
                       "FormDef '" + form.oid + "' refers to an ItemGroupDef that is not defined");
        continue;
      }
      // A repeating item group (OpenClinica) is a repeating instrument of its own, named by
      // its OID, so that its rows can stand beside the form's other items.
      const bool own_form = project.repeating_groups.contains(group_oid);
      for (const std::string& item_oid : group->second->items) {
        const auto item = items.find(item_oid);
        if (item == items.end()) {
          problems.error(
              file, 0, item_oid, "",
              "ItemGroupDef '" + group_oid + "' refers to an ItemDef that is not defined");
          continue;
        }
        if (item_oid == record_id.name || item_oid == form.name + "_complete" ||
            project.dictionary.find(item_oid)) {
          continue;
        }
        Field field;
        field.name = item_oid;
        field.form = own_form ? group_oid : form.name;
        fill_field(*item->second, document, field, file, problems);
        project.dictionary.add(std::move(field));
      }
    }
  }
  std::unordered_map<std::string, const FormDef*> forms;
  for (const FormDef& form : document.forms) forms.emplace(form.oid, &form);
  for (const StudyEventDef& event : document.events) {
    if (!project.events.add_event({event.name, event.oid, "", event.line})) {
      problems.error(file, event.line, event.oid, event.name, "the event is defined twice");
    }
    if (event.repeating || document.repeating_events.contains(event.name)) {
      project.repeating_events.insert(event.name);
    }
    for (const std::string& form_oid : event.forms) {
      const auto form = forms.find(form_oid);
      if (form == forms.end()) continue;
      project.events.designate(event.name, form->second->name);
      for (const std::string& group : form->second->groups) {
        if (project.repeating_groups.contains(group)) project.events.designate(event.name, group);
      }
    }
  }
  return project;
}

}  // namespace myoivig::io::odm
