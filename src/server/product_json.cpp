#include "server/product_json.hpp"

namespace myoivig::server {

using nlohmann::json;

json product_json(const domain::Product& product) {
  const domain::InfusionRateRule& rate = product.rate;
  return {{"id", product.id},
          {"name", product.name},
          {"description", product.description},
          {"concentration_g_per_ml", product.concentration_g_per_ml},
          {"vials_g", product.vial_sizes_g},
          {"contains_maltose",
           product.contains_maltose ? json(*product.contains_maltose) : json(nullptr)},
          {"max_dose_g_per_kg_per_day", product.max_dose_g_per_kg_per_day},
          {"max_dose_g_per_kg_per_course", product.max_dose_g_per_kg_per_course},
          {"min_age_years", product.min_age_years ? json(*product.min_age_years) : json(nullptr)},
          {"limits_source", product.limits_source},
          {"assumption", product.assumption},
          {"rate",
           {{"unit", domain::code(rate.unit)},
            {"start", rate.start_rate},
            {"step", rate.step_rate},
            {"step_interval_min", rate.step_interval_min},
            {"max", rate.max_rate},
            {"at_risk_max", rate.at_risk_max_rate}}}};
}

Reply products_reply(const std::optional<io::ProductTable>& table, const std::string& table_error,
                     const std::string& regimen_product) {
  if (!table) {
    return error_reply(
        k_unavailable, "no_product_table",
        "the product table could not be read, so no course can be planned: " + table_error);
  }
  json products = json::array();
  for (const domain::Product& product : table->products) products.push_back(product_json(product));
  const domain::Product* regimen = table->find(regimen_product);
  return json_reply(
      {{"products", products}, {"regimen_product", regimen ? json(regimen->name) : json(nullptr)}});
}

}  // namespace myoivig::server
