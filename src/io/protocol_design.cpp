#include "io/protocol_design.hpp"

#include <string>

namespace myoivig::io {
namespace {

using util::Expected;

Expected<std::vector<int>> integers(TomlTableReader& reader, std::string_view name) {
  MYOIVIG_TRY_ASSIGN(items, reader.array(name));
  std::vector<int> values;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const auto value = items->get(i)->value<std::int64_t>();
    if (!value || *value < 1 || *value > 1000) {
      return util::invalid_argument(reader.key(name) + "[" + std::to_string(i) +
                                    "]: must be an integer from 1 to 1000");
    }
    values.push_back(static_cast<int>(*value));
  }
  return values;
}

Expected<std::vector<domain::Arm>> read_arms(TomlTableReader& design) {
  MYOIVIG_TRY_ASSIGN(items, design.array("arms", false));
  std::vector<domain::Arm> arms;
  if (!items) return arms;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const std::string path = "design.arms[" + std::to_string(i) + "]";
    const toml::node& node = *items->get(i);
    if (!node.is_table()) return util::invalid_argument(path + ": must be a table");
    TomlTableReader reader(*node.as_table(), path);
    MYOIVIG_TRY_ASSIGN(id, reader.string("id"));
    MYOIVIG_TRY_ASSIGN(label, reader.string("label", id));
    MYOIVIG_TRY_ASSIGN(placebo, reader.boolean("placebo", false));
    MYOIVIG_TRY_ASSIGN(ratio, reader.integer("ratio", 1));
    MYOIVIG_TRY(reader.refuse_unknown());
    arms.push_back({id, label, placebo, static_cast<int>(ratio)});
  }
  return arms;
}

Expected<std::optional<domain::RandomisationSettings>> read_randomisation(TomlTableReader& design) {
  MYOIVIG_TRY_ASSIGN(table, design.table("randomisation", false));
  if (!table) return std::optional<domain::RandomisationSettings>();
  TomlTableReader reader(*table, "design.randomisation");
  domain::RandomisationSettings settings;
  MYOIVIG_TRY_ASSIGN(blocks, integers(reader, "block_sizes"));
  MYOIVIG_TRY_ASSIGN(stratify_by, reader.string("stratify_by", "site"));
  if (stratify_by != "site" && stratify_by != "none") {
    return util::invalid_argument("design.randomisation.stratify_by: must be site or none, got '" +
                                  stratify_by + "'");
  }
  MYOIVIG_TRY_ASSIGN(sites, reader.strings("sites", false));
  MYOIVIG_TRY_ASSIGN(slots, reader.integer("slots_per_stratum"));
  MYOIVIG_TRY_ASSIGN(seed, reader.integer("seed"));
  MYOIVIG_TRY(reader.refuse_unknown());
  settings.block_sizes = std::move(blocks);
  settings.stratify_by_site = stratify_by == "site";
  settings.sites = std::move(sites);
  settings.slots_per_stratum = static_cast<int>(slots);
  settings.seed = static_cast<std::uint64_t>(seed);
  return std::optional(std::move(settings));
}

Expected<std::optional<domain::Crossover>> read_crossover(TomlTableReader& design) {
  MYOIVIG_TRY_ASSIGN(table, design.table("crossover", false));
  if (!table) return std::optional<domain::Crossover>();
  TomlTableReader reader(*table, "design.crossover");
  MYOIVIG_TRY_ASSIGN(from_arm, reader.string("from_arm"));
  MYOIVIG_TRY_ASSIGN(to_arm, reader.string("to_arm"));
  MYOIVIG_TRY_ASSIGN(trigger, reader.string("trigger", "confirmed_deterioration"));
  MYOIVIG_TRY(reader.refuse_unknown());
  return std::optional(domain::Crossover{from_arm, to_arm, trigger});
}

}  // namespace

util::Expected<domain::StudyDesign> read_design(TomlTableReader& root) {
  domain::StudyDesign design;
  MYOIVIG_TRY_ASSIGN(table, root.table("design", false));
  if (!table) return design;
  TomlTableReader reader(*table, "design");
  MYOIVIG_TRY_ASSIGN(kind_text, reader.string("kind", "single_arm"));
  auto kind = domain::parse_design_kind(kind_text);
  if (!kind) return kind.error().with_context("design.kind");
  design.kind = *kind;
  MYOIVIG_TRY_ASSIGN(blinded, reader.boolean("blinded", false));
  design.blinded = blinded;
  MYOIVIG_TRY_ASSIGN(until, reader.optional_integer("blinded_until_week"));
  if (until) design.blinded_until_week = static_cast<int>(*until);
  MYOIVIG_TRY_ASSIGN(arms, read_arms(reader));
  design.arms = std::move(arms);
  MYOIVIG_TRY_ASSIGN(randomisation, read_randomisation(reader));
  design.randomisation = std::move(randomisation);
  MYOIVIG_TRY_ASSIGN(crossover, read_crossover(reader));
  design.crossover = std::move(crossover);
  MYOIVIG_TRY(reader.refuse_unknown());
  return design;
}

}  // namespace myoivig::io
