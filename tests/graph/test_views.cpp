// Views: actor projection with Newman weights, type filter, ego network.
#include <doctest/doctest.h>

#include "stakegraph/graph/views.hpp"

using namespace stakegraph::graph;

namespace {

Evidence sentence(std::size_t start, std::size_t end) {
  return Evidence{"doc", 1, start, end, "s"};
}

// Three organisations and a person in one sentence (k = 4, 1/3 each pair), two
// of them again in a second sentence (k = 2, 1 each), an initiative proposed by
// one organisation and partnered by another (k = 2), and an event.
StakeholderGraph sample() {
  StakeholderGraph g;
  const auto a = g.add_node(NodeType::organisation, "Alpha");
  const auto b = g.add_node(NodeType::organisation, "Beta");
  const auto c = g.add_node(NodeType::country, "Gamma");
  const auto p = g.add_node(NodeType::person, "Pat Doe");
  const auto i = g.add_node(NodeType::initiative, "Blue Heart");
  const auto e = g.add_node(NodeType::event, "Summit");
  for (auto [x, y] : {std::pair{a, b}, {a, c}, {a, p}, {b, c}, {b, p}, {c, p}})
    g.add_edge(x, y, RelationType::co_mentioned, sentence(0, 10));
  g.add_edge(a, b, RelationType::co_mentioned, sentence(20, 30));
  g.add_edge(a, i, RelationType::co_mentioned, sentence(20, 30));  // span has 2 actors
  g.add_edge(i, a, RelationType::established_by, sentence(40, 50));
  g.add_edge(c, i, RelationType::partner_of, sentence(60, 70));
  g.add_edge(p, b, RelationType::affiliated_with, sentence(80, 90));
  g.add_edge(e, a, RelationType::organised_by);
  g.documents().push_back(Document{"doc", "t", "p", "", {}});
  return g;
}

}  // namespace

TEST_CASE("graph: parse_view accepts full and actors only") {
  CHECK(parse_view("full") == View::full);
  CHECK(parse_view("actors") == View::actors);
  CHECK_FALSE(parse_view("Actors").has_value());
  CHECK_FALSE(parse_view("").has_value());
}

TEST_CASE("graph: actor view weights shared contexts by 1/(k-1)") {
  const StakeholderGraph g = sample();
  const StakeholderGraph v = actor_view(g);
  CHECK(v.node_count() == 4);
  CHECK(v.documents().size() == 1);
  auto w = [&](const std::string& x, const std::string& y) {
    auto it = v.edges().find({std::min(x, y), std::max(x, y), RelationType::co_mentioned});
    return it == v.edges().end() ? 0.0 : it->second.weight;
  };
  const std::string a = "organisation:alpha", b = "organisation:beta", c = "country:gamma",
                    p = "person:pat-doe";
  CHECK(w(a, b) == doctest::Approx(1.0 / 3 + 1.0));  // sentence 1 (k=4) + sentence 2 (k=2)
  CHECK(w(a, c) == doctest::Approx(1.0 / 3 + 1.0));  // sentence 1 + initiative (k=2)
  CHECK(w(b, c) == doctest::Approx(1.0 / 3));
  CHECK(w(c, p) == doctest::Approx(1.0 / 3));
  // The event has a single actor: no pair. The typed actor-actor edge is kept.
  CHECK(v.edges().count({p, b, RelationType::affiliated_with}) == 1);
  // Evidence: the sentence plus the three edges joining both to the initiative.
  const Edge& ac = v.edges().at({c, a, RelationType::co_mentioned});
  CHECK(ac.evidence.size() == 4);
}

TEST_CASE("graph: views drop an analysis that no longer fits and keep an identical one") {
  StakeholderGraph g = sample();
  g.analysis() = Analysis{};
  CHECK(make_view(g, View::full).analysis().has_value());
  CHECK_FALSE(make_view(g, View::actors).analysis().has_value());
  CHECK_FALSE(type_filter(g, {NodeType::organisation}).analysis().has_value());
}

TEST_CASE("graph: type filter keeps the induced subgraph") {
  const StakeholderGraph v = type_filter(sample(), {NodeType::organisation, NodeType::initiative});
  CHECK(v.node_count() == 3);
  CHECK(v.edge_count() == 3);  // a-b co_mentioned, a-i co_mentioned, i->a established_by
}

TEST_CASE("graph: ego view walks edges in both directions to the given depth") {
  const StakeholderGraph g = sample();
  const StakeholderGraph d0 = ego_view(g, "event:summit", 0);
  CHECK(d0.node_count() == 1);
  const StakeholderGraph d1 = ego_view(g, "event:summit", 1);
  CHECK(d1.node_count() == 2);
  const StakeholderGraph d2 = ego_view(g, "event:summit", 2);
  CHECK(d2.node_count() == 6);
  CHECK_THROWS_AS(ego_view(g, "event:nowhere", 1), stakegraph::Error);
  CHECK_THROWS_AS(ego_view(g, "event:summit", -1), stakegraph::Error);
}
