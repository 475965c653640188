#include "store/stored_record.hpp"

#include "util/enum_names.hpp"

namespace myoivig::store {
namespace {

constexpr util::EnumNames<Entity, 10> k_entities{{
    {Entity::patients, "patients"},
    {Entity::allocations, "allocations"},
    {Entity::conditions, "conditions"},
    {Entity::steroid_doses, "steroid_doses"},
    {Entity::courses, "courses"},
    {Entity::administrations, "administrations"},
    {Entity::visits, "visits"},
    {Entity::assessments, "assessments"},
    {Entity::muscle_grades, "muscle_grades"},
    {Entity::adverse_events, "adverse_events"},
}};

template <typename T>
void append_records(std::vector<T>& to, const std::vector<Stored<T>>& from) {
  to.reserve(from.size());
  for (const Stored<T>& stored : from) to.push_back(stored.record);
}

}  // namespace

std::string_view code(Entity entity) {
  return util::name_of(k_entities, entity);
}

util::Expected<Entity> parse_entity(std::string_view text) {
  auto entity = util::value_of(k_entities, text);
  if (!entity) return entity.error().with_context("entity");
  return entity;
}

domain::StudyData PatientRecords::data() const {
  domain::StudyData data;
  data.patients.push_back(patient.record);
  if (allocation) data.allocations.push_back(allocation->record);
  append_records(data.conditions, conditions);
  append_records(data.steroid_doses, steroid_doses);
  append_records(data.courses, courses);
  append_records(data.administrations, administrations);
  append_records(data.visits, visits);
  append_records(data.assessments, assessments);
  append_records(data.muscle_grades, muscle_grades);
  append_records(data.adverse_events, adverse_events);
  return data;
}

}  // namespace myoivig::store
