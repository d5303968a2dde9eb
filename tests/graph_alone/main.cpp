// Links every part of graph/ (through a use of the model and the Boost view).
#include "stakegraph/graph/boost_view.hpp"
#include "stakegraph/graph/model.hpp"

int main() {
  stakegraph::graph::StakeholderGraph g;
  const std::string a = g.add_node(stakegraph::graph::NodeType::organisation, "United Nations");
  const std::string b = g.add_node(stakegraph::graph::NodeType::country, "Belarus");
  g.add_edge(a, b, stakegraph::graph::RelationType::co_mentioned);
  return boost::num_edges(stakegraph::graph::to_boost(g)) == 1 ? 0 : 1;
}
