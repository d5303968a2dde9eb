// Views of a stakeholder graph: the full typed graph, the actor projection
// (organisations, persons and countries linked through what they share), a
// node-type filter and the ego network of one node. Every view is a new
// StakeholderGraph that keeps the documents (so cluster themes can still be
// computed), the merge records of the nodes it keeps, and the analysis only
// when the view has exactly the nodes and edges of its input (otherwise the
// analysis would describe another graph and is dropped).
#pragma once

#include <optional>
#include <set>
#include <string_view>

#include "stakegraph/graph/model.hpp"

namespace stakegraph::graph {

enum class View { full, actors };

// "full" | "actors"; std::nullopt for anything else (exact, case-sensitive).
std::optional<View> parse_view(std::string_view s) noexcept;
std::string_view to_string(View v) noexcept;

// True for the actor types: organisation, person, country.
constexpr bool is_actor(NodeType t) noexcept {
  return t == NodeType::organisation || t == NodeType::person || t == NodeType::country;
}

// The actor projection (a weighted bipartite projection with Newman's
// weighting, M. E. J. Newman, "Scientific collaboration networks. II",
// Phys. Rev. E 64, 016132, 2001).
//
// Contexts: every initiative, event and resolution node (its actors are the
// actor nodes joined to it by an edge of any type and direction), and every
// sentence or paragraph span (the co_mentioned edges are grouped by the
// (document, start, end) of their evidence; the actors of a span are the
// actor endpoints of those edges). Two actors that share a context with k
// actors receive 1/(k-1) from it, so that each actor distributes at most a
// weight of 1 per context. A co_mentioned edge between two actors that has no
// evidence contributes its own weight. Edges of other relation types between
// two actors are kept unchanged (typed and directed).
//
// Returns a graph of the actor nodes (copied with mentions and attributes, also
// isolated actors) and co_mentioned edges whose weight is the summed
// projection weight and whose evidence is the union of the spans (sentence
// contexts) or of the evidence of the edges joining both actors to the shared
// node (node contexts). Complexity O(sum over contexts of k^2 log E + E log E).
StakeholderGraph actor_view(const StakeholderGraph& g);

// The nodes whose type is in `keep` and the edges between two of them.
// O((V + E) log V).
StakeholderGraph type_filter(const StakeholderGraph& g, const std::set<NodeType>& keep);

// The ego network: every node within `depth` undirected steps of
// `center_id` (breadth-first search over edges of every type) and all edges
// among them. Throws Error(ErrorKind::usage) for an unknown centre or a
// negative depth. O((V + E) log V).
StakeholderGraph ego_view(const StakeholderGraph& g, std::string_view center_id, int depth);

// full: an exact copy; actors: actor_view(g).
StakeholderGraph make_view(const StakeholderGraph& g, View v);

}  // namespace stakegraph::graph
