// StakeholderGraph -> boost::adjacency_list with merged parallel relations.
#include "stakegraph/graph/boost_view.hpp"

#include <map>
#include <utility>

namespace stakegraph::graph {

UndirectedGraph to_boost(const StakeholderGraph& g, const RelationWeight& weight) {
  UndirectedGraph out(g.node_count());
  std::map<std::string, std::size_t, std::less<>> index;
  std::size_t i = 0;
  for (const auto& [id, node] : g.nodes()) {
    out[i].id = id;
    index.emplace(id, i++);
  }
  std::map<std::pair<std::size_t, std::size_t>, double> merged;
  for (const auto& [key, e] : g.edges()) {
    const double w = weight ? weight(e) : e.weight;
    if (!(w > 0.0)) continue;
    std::size_t a = index.at(e.source), b = index.at(e.target);
    if (a == b) continue;
    if (b < a) std::swap(a, b);
    merged[{a, b}] += w;
  }
  for (const auto& [pair, w] : merged) boost::add_edge(pair.first, pair.second, BoostEdge{w}, out);
  return out;
}

}  // namespace stakegraph::graph
