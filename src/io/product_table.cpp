#include "io/product_table.hpp"

#include <set>

#include "io/product_table_toml.hpp"
#include "util/file.hpp"
#include "util/strings.hpp"

namespace myoivig::io {
namespace {

std::string normalised(std::string_view text) {
  std::string result;
  for (char c : util::to_lower(text)) {
    if (c != ' ') result += c;
  }
  return result;
}

util::Expected<domain::InfusionRateRule> parse_rate(const TomlFields& product) {
  MYOIVIG_TRY_ASSIGN(table, product.table("rate"));
  const TomlFields fields(*table, product.key("rate"));
  MYOIVIG_TRY(fields.only({"unit", "start", "step", "step_interval_min", "max", "at_risk_max"}));
  domain::InfusionRateRule rate;
  MYOIVIG_TRY_ASSIGN(unit, fields.text("unit"));
  auto parsed_unit = domain::parse_rate_unit(unit);
  if (!parsed_unit) return parsed_unit.error().with_context(fields.key("unit"));
  rate.unit = *parsed_unit;
  MYOIVIG_TRY_ASSIGN(start, fields.number("start"));
  MYOIVIG_TRY_ASSIGN(step, fields.number("step"));
  MYOIVIG_TRY_ASSIGN(interval, fields.optional_integer("step_interval_min"));
  MYOIVIG_TRY_ASSIGN(max, fields.number("max"));
  MYOIVIG_TRY_ASSIGN(at_risk_max, fields.number("at_risk_max"));
  rate.start_rate = start;
  rate.step_rate = step;
  if (interval) rate.step_interval_min = *interval;
  rate.max_rate = max;
  rate.at_risk_max_rate = at_risk_max;
  return rate;
}

util::Expected<domain::Product> parse_product(const toml::table& table, const std::string& path) {
  const TomlFields fields(table, path);
  MYOIVIG_TRY(
      fields.only({"id", "name", "description", "concentration_g_per_ml", "vials_g",
                   "contains_maltose", "max_dose_g_per_kg_per_day", "max_dose_g_per_kg_per_course",
                   "min_age_years", "limits_source", "assumption", "rate"}));
  domain::Product product;
  MYOIVIG_TRY_ASSIGN(id, fields.text("id"));
  MYOIVIG_TRY_ASSIGN(name, fields.text("name"));
  MYOIVIG_TRY_ASSIGN(description, fields.text_or("description", ""));
  MYOIVIG_TRY_ASSIGN(concentration, fields.number("concentration_g_per_ml"));
  MYOIVIG_TRY_ASSIGN(vials, fields.numbers("vials_g"));
  MYOIVIG_TRY_ASSIGN(maltose, fields.optional_boolean("contains_maltose"));
  MYOIVIG_TRY_ASSIGN(max_per_day, fields.number("max_dose_g_per_kg_per_day"));
  MYOIVIG_TRY_ASSIGN(max_per_course, fields.number("max_dose_g_per_kg_per_course"));
  MYOIVIG_TRY_ASSIGN(min_age, fields.optional_integer("min_age_years"));
  MYOIVIG_TRY_ASSIGN(limits_source, fields.text("limits_source"));
  MYOIVIG_TRY_ASSIGN(assumption, fields.text_or("assumption", ""));
  MYOIVIG_TRY_ASSIGN(rate, parse_rate(fields));
  product.id = std::move(id);
  product.name = std::move(name);
  product.description = std::move(description);
  product.concentration_g_per_ml = concentration;
  product.vial_sizes_g = std::move(vials);
  product.contains_maltose = maltose;
  product.max_dose_g_per_kg_per_day = max_per_day;
  product.max_dose_g_per_kg_per_course = max_per_course;
  product.min_age_years = min_age;
  product.limits_source = std::move(limits_source);
  product.assumption = std::move(assumption);
  product.rate = rate;
  MYOIVIG_TRY(domain::validate(product, path));
  return product;
}

}  // namespace

const domain::Product* ProductTable::find(std::string_view name_or_id) const {
  const std::string wanted = normalised(name_or_id);
  for (const domain::Product& product : products) {
    if (normalised(product.id) == wanted || normalised(product.name) == wanted) return &product;
  }
  return nullptr;
}

std::vector<std::string> ProductTable::names() const {
  std::vector<std::string> result;
  for (const domain::Product& product : products) result.push_back(product.name);
  return result;
}

util::Expected<ProductTable> parse_product_table(std::string_view text) {
  MYOIVIG_TRY_ASSIGN(document, parse_toml(text));
  MYOIVIG_TRY(TomlFields(document, "").only({"products"}));
  MYOIVIG_TRY_ASSIGN(tables, table_array(document, "products"));
  ProductTable table;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < tables.size(); ++i) {
    const std::string path = "products[" + std::to_string(i) + "]";
    MYOIVIG_TRY_ASSIGN(product, parse_product(*tables[i], path));
    if (seen.contains(normalised(product.id))) {
      return util::invalid_argument(path + ".id: '" + product.id +
                                    "' names another product already");
    }
    if (seen.contains(normalised(product.name))) {
      return util::invalid_argument(path + ".name: '" + product.name +
                                    "' names another product already");
    }
    seen.insert(normalised(product.id));
    seen.insert(normalised(product.name));
    table.products.push_back(std::move(product));
  }
  return table;
}

util::Expected<ProductTable> read_product_table(const std::filesystem::path& path) {
  MYOIVIG_TRY_ASSIGN(text, util::read_file(path));
  auto table = parse_product_table(text);
  if (!table) return table.error().with_context(path.string());
  return table;
}

}  // namespace myoivig::io
