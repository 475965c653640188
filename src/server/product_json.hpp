// The dose planner's product table as the API shows it (GET /api/v1/products): every
// product with the fields the planner uses, named as data/products.toml names its keys
// (vials_g, rate.start, rate.at_risk_max, ...), so a site reads the same numbers in the
// file, the API and the plan. When the server could not read the table the reply is 503
// with the reason, since the planner cannot plan without it.
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/product.hpp"
#include "io/product_table.hpp"
#include "server/reply.hpp"

namespace myoivig::server {

nlohmann::json product_json(const domain::Product& product);

// 200 {"products": [...], "regimen_product": name of the product the protocol's regimen
// names, or null when the table has no such product}; 503 {"error": {"code":
// "no_product_table", "message": "... <table_error>"}} when `table` is unset.
Reply products_reply(const std::optional<io::ProductTable>& table, const std::string& table_error,
                     const std::string& regimen_product);

}  // namespace myoivig::server
