// Product table: the IVIG products the dose planner may use, read from a TOML file
// (data/products.toml; its header comment documents the keys). Each product is checked by
// domain::validate, and every error names the file and the key path, e.g.
// "data/products.toml: products[2].vials_g: must be positive numbers, got -5".
// Thread-safety: value types; the reader shares no state.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "domain/product.hpp"
#include "util/expected.hpp"

namespace myoivig::io {

struct ProductTable {
  std::vector<domain::Product> products;

  // The product whose id or name matches `name_or_id`, ignoring case and spaces
  // ("octagam 10 %" finds "Octagam 10%"), or nullptr.
  [[nodiscard]] const domain::Product* find(std::string_view name_or_id) const;
  [[nodiscard]] std::vector<std::string> names() const;
};

// Parses the text of a product table. Fails with invalid_argument naming the key path
// (TOML syntax errors name line and column) when a product is malformed, a key is
// unknown, or an id or name is listed twice.
util::Expected<ProductTable> parse_product_table(std::string_view text);

// Reads and parses `path`; errors are prefixed with the path. io_error when unreadable.
util::Expected<ProductTable> read_product_table(const std::filesystem::path& path);

}  // namespace myoivig::io
