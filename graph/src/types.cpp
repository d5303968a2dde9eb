// String conversions for node and relation types.
#include "stakegraph/graph/types.hpp"

namespace stakegraph::graph {

std::string_view to_string(NodeType t) noexcept {
  switch (t) {
    case NodeType::organisation: return "organisation";
    case NodeType::person: return "person";
    case NodeType::country: return "country";
    case NodeType::initiative: return "initiative";
    case NodeType::resolution: return "resolution";
    case NodeType::event: return "event";
  }
  return "organisation";  // unreachable: every enumerator is handled
}

std::string_view to_string(RelationType t) noexcept {
  switch (t) {
    case RelationType::organised_by: return "organised_by";
    case RelationType::partner_of: return "partner_of";
    case RelationType::chaired_by: return "chaired_by";
    case RelationType::moderated_by: return "moderated_by";
    case RelationType::spoke_at: return "spoke_at";
    case RelationType::opened_by: return "opened_by";
    case RelationType::affiliated_with: return "affiliated_with";
    case RelationType::member_of: return "member_of";
    case RelationType::references: return "references";
    case RelationType::proposed: return "proposed";
    case RelationType::established_by: return "established_by";
    case RelationType::hosted_by: return "hosted_by";
    case RelationType::co_mentioned: return "co_mentioned";
  }
  return "co_mentioned";  // unreachable
}

std::optional<NodeType> parse_node_type(std::string_view s) noexcept {
  for (NodeType t : kAllNodeTypes)
    if (to_string(t) == s) return t;
  return std::nullopt;
}

std::optional<RelationType> parse_relation_type(std::string_view s) noexcept {
  for (RelationType t : kAllRelationTypes)
    if (to_string(t) == s) return t;
  return std::nullopt;
}

}  // namespace stakegraph::graph
