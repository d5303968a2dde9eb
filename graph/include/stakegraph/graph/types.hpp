// Node and relation types of the stakegraph/1 model, with string conversions
// that reject unknown strings instead of mapping them to a default.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace stakegraph::graph {

enum class NodeType { organisation, person, country, initiative, resolution, event };

enum class RelationType {
  organised_by,
  partner_of,
  chaired_by,
  moderated_by,
  spoke_at,
  opened_by,
  affiliated_with,
  member_of,
  references,
  proposed,
  established_by,
  hosted_by,
  co_mentioned,
};

inline constexpr std::array<NodeType, 6> kAllNodeTypes = {
    NodeType::organisation, NodeType::person,     NodeType::country,
    NodeType::initiative,   NodeType::resolution, NodeType::event};

inline constexpr std::array<RelationType, 13> kAllRelationTypes = {
    RelationType::organised_by,    RelationType::partner_of,     RelationType::chaired_by,
    RelationType::moderated_by,    RelationType::spoke_at,       RelationType::opened_by,
    RelationType::affiliated_with, RelationType::member_of,      RelationType::references,
    RelationType::proposed,        RelationType::established_by, RelationType::hosted_by,
    RelationType::co_mentioned};

std::string_view to_string(NodeType t) noexcept;
std::string_view to_string(RelationType t) noexcept;

// Exact, case-sensitive parse; std::nullopt for anything not in the lists above.
std::optional<NodeType> parse_node_type(std::string_view s) noexcept;
std::optional<RelationType> parse_relation_type(std::string_view s) noexcept;

// True for co_mentioned, whose endpoints are stored in sorted order and whose
// weights add up; every other relation is directed source -> target.
constexpr bool is_symmetric(RelationType t) noexcept {
  return t == RelationType::co_mentioned;
}

}  // namespace stakegraph::graph
