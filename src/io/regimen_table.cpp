#include "io/regimen_table.hpp"

#include <set>

#include "io/product_table_toml.hpp"
#include "util/file.hpp"
#include "util/strings.hpp"

namespace myoivig::io {
namespace {

constexpr double k_max_dose_g_per_kg_per_day = 2.0;
constexpr double k_max_dose_g_per_kg_per_course = 5.0;

util::Error at(const TomlFields& fields, std::string_view name, const std::string& rule) {
  return util::invalid_argument(fields.key(name) + ": " + rule);
}

util::Expected<void> read_dose(const TomlFields& fields, RegimenPreset& preset) {
  MYOIVIG_TRY_ASSIGN(per_day, fields.optional_number("dose_g_per_kg_per_day"));
  MYOIVIG_TRY_ASSIGN(per_course, fields.optional_number("course_dose_g_per_kg"));
  if (per_day.has_value() == per_course.has_value()) {
    return at(fields, "dose_g_per_kg_per_day",
              "give exactly one of dose_g_per_kg_per_day and course_dose_g_per_kg");
  }
  if (per_day) {
    if (!(*per_day > 0) || *per_day > k_max_dose_g_per_kg_per_day) {
      return at(fields, "dose_g_per_kg_per_day",
                "must be above 0 and at most 2.0 g/kg/day, got " + util::format_decimal(*per_day));
    }
    preset.regimen.dose_g_per_kg_per_day = *per_day;
  } else {
    if (!(*per_course > 0) || *per_course > k_max_dose_g_per_kg_per_course) {
      return at(fields, "course_dose_g_per_kg",
                "must be above 0 and at most 5.0 g/kg, got " + util::format_decimal(*per_course));
    }
    preset.course_dose_g_per_kg = *per_course;
    preset.regimen.dose_g_per_kg_per_day = *per_course / preset.regimen.days;
  }
  return {};
}

util::Expected<void> read_days(const TomlFields& fields, RegimenPreset& preset) {
  MYOIVIG_TRY_ASSIGN(days, fields.optional_integer("days"));
  if (!days) return at(fields, "days", "is required");
  if (*days <= 0)
    return at(fields, "days", "must be a positive integer, got " + std::to_string(*days));
  MYOIVIG_TRY_ASSIGN(min_days, fields.optional_integer("min_days"));
  MYOIVIG_TRY_ASSIGN(max_days, fields.optional_integer("max_days"));
  preset.regimen.days = *days;
  preset.min_days = min_days.value_or(*days);
  preset.max_days = max_days.value_or(*days);
  if (preset.min_days <= 0 || preset.max_days < preset.min_days) {
    return at(fields, "max_days",
              "min_days and max_days must be positive with min_days <= max_days, got " +
                  std::to_string(preset.min_days) + "-" + std::to_string(preset.max_days));
  }
  if (*days < preset.min_days || *days > preset.max_days) {
    return at(fields, "days",
              "must be within min_days-max_days (" + std::to_string(preset.min_days) + "-" +
                  std::to_string(preset.max_days) + "), got " + std::to_string(*days));
  }
  return {};
}

util::Expected<RegimenPreset> parse_preset(const toml::table& table, const std::string& path) {
  const TomlFields fields(table, path);
  MYOIVIG_TRY(fields.only({"id", "description", "dose_g_per_kg_per_day", "course_dose_g_per_kg",
                           "days", "min_days", "max_days", "interval_weeks", "max_courses",
                           "weight_policy", "product", "source", "assumption"}));
  RegimenPreset preset;
  domain::Regimen& regimen = preset.regimen;
  MYOIVIG_TRY_ASSIGN(id, fields.text("id"));
  if (id.empty()) return at(fields, "id", "must not be empty");
  regimen.id = std::move(id);
  MYOIVIG_TRY_ASSIGN(description, fields.text("description"));
  regimen.description = std::move(description);
  MYOIVIG_TRY(read_days(fields, preset));
  MYOIVIG_TRY(read_dose(fields, preset));
  MYOIVIG_TRY_ASSIGN(interval, fields.optional_integer("interval_weeks"));
  if (interval && *interval <= 0) {
    return at(fields, "interval_weeks",
              "must be a positive integer, got " + std::to_string(*interval));
  }
  regimen.interval_weeks = interval;
  MYOIVIG_TRY_ASSIGN(courses, fields.optional_integer("max_courses"));
  regimen.max_courses = courses.value_or(1);
  if (regimen.max_courses <= 0) {
    return at(fields, "max_courses",
              "must be a positive integer, got " + std::to_string(regimen.max_courses));
  }
  MYOIVIG_TRY_ASSIGN(policy, fields.text_or("weight_policy", "actual"));
  auto parsed_policy = domain::parse_weight_policy(policy);
  if (!parsed_policy) return parsed_policy.error().with_context(fields.key("weight_policy"));
  regimen.weight_policy = *parsed_policy;
  MYOIVIG_TRY_ASSIGN(product, fields.text("product"));
  regimen.product = std::move(product);
  MYOIVIG_TRY_ASSIGN(source, fields.text("source"));
  preset.source = std::move(source);
  MYOIVIG_TRY_ASSIGN(assumption, fields.text_or("assumption", ""));
  preset.assumption = std::move(assumption);
  return preset;
}

}  // namespace

const RegimenPreset* RegimenTable::find(std::string_view id) const {
  const std::string wanted = util::to_lower(id);
  for (const RegimenPreset& preset : regimens) {
    if (util::to_lower(preset.regimen.id) == wanted) return &preset;
  }
  return nullptr;
}

std::vector<std::string> RegimenTable::ids() const {
  std::vector<std::string> result;
  for (const RegimenPreset& preset : regimens) result.push_back(preset.regimen.id);
  return result;
}

util::Expected<RegimenTable> parse_regimen_table(std::string_view text) {
  MYOIVIG_TRY_ASSIGN(document, parse_toml(text));
  MYOIVIG_TRY(TomlFields(document, "").only({"regimens"}));
  MYOIVIG_TRY_ASSIGN(tables, table_array(document, "regimens"));
  RegimenTable table;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < tables.size(); ++i) {
    const std::string path = "regimens[" + std::to_string(i) + "]";
    MYOIVIG_TRY_ASSIGN(preset, parse_preset(*tables[i], path));
    if (!seen.insert(util::to_lower(preset.regimen.id)).second) {
      return util::invalid_argument(path + ".id: '" + preset.regimen.id + "' is listed twice");
    }
    table.regimens.push_back(std::move(preset));
  }
  return table;
}

util::Expected<RegimenTable> read_regimen_table(const std::filesystem::path& path) {
  MYOIVIG_TRY_ASSIGN(text, util::read_file(path));
  auto table = parse_regimen_table(text);
  if (!table) return table.error().with_context(path.string());
  return table;
}

}  // namespace myoivig::io
