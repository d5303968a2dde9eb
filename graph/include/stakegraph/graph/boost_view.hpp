// Conversion of a StakeholderGraph into a Boost.Graph structure for the
// algorithms: an undirected simple graph whose vertex index is the position of
// the node in id order, and whose edge weight is the sum of the weights of all
// relations between the pair (parallel relations are merged, because parallel
// edges would count as distinct shortest paths in Boost's betweenness).
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <functional>
#include <string>
#include <vector>

#include "stakegraph/graph/model.hpp"

namespace stakegraph::graph {

struct BoostVertex {
  std::string id;
};
struct BoostEdge {
  double weight = 1.0;
};
using UndirectedGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, BoostVertex, BoostEdge>;

// Which relations count, and with what weight. Returns the weight an edge
// contributes, or a value <= 0 to leave it out. The default keeps every
// relation with its own weight.
using RelationWeight = std::function<double(const Edge&)>;

// O((V + E) log V). Vertex i is the i-th node in id order; each pair appears
// once with the summed weight of the relations `weight` keeps.
UndirectedGraph to_boost(const StakeholderGraph& g, const RelationWeight& weight = {});

}  // namespace stakegraph::graph
