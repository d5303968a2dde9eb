// The model: nodes, merging, ids, aliases, edges, deterministic iteration.
#include <doctest/doctest.h>

#include "stakegraph/graph/boost_view.hpp"
#include "stakegraph/graph/model.hpp"
#include "stakegraph/graph/text.hpp"

using namespace stakegraph::graph;

TEST_CASE("graph: node ids are type:slug of the canonical name") {
  StakeholderGraph g;
  CHECK(g.add_node(NodeType::organisation, "United Nations Office on Drugs and Crime", "UNODC") ==
        "organisation:united-nations-office-on-drugs-and-crime");
  CHECK(g.add_node(NodeType::person, "Dalius Čekuolis") == "person:dalius-cekuolis");
  CHECK(g.add_node(NodeType::resolution, "Resolution 61/144") == "resolution:resolution-61-144");
  CHECK(g.at("organisation:united-nations-office-on-drugs-and-crime").label == "UNODC");
}

TEST_CASE("graph: adding the same entity twice merges instead of duplicating") {
  StakeholderGraph g;
  const std::string a = g.add_node(NodeType::country, "Philippines");
  const std::string b = g.add_node(NodeType::country, "philippines");
  CHECK(a == b);
  CHECK(g.node_count() == 1);
  // Same name, other type: a different node.
  const std::string c = g.add_node(NodeType::organisation, "Philippines");
  CHECK(c != a);
  CHECK(g.node_count() == 2);
}

TEST_CASE("graph: slug collisions are disambiguated deterministically") {
  StakeholderGraph g;
  // Different entities (distinct alias keys) whose slugs coincide: a
  // non-Latin letter is written as its code point in the slug.
  const std::string a = g.add_node(NodeType::organisation, "Group Ж");
  const std::string b = g.add_node(NodeType::organisation, "Group U0416");
  const std::string c = g.add_node(NodeType::organisation, "Group-u0416");
  CHECK(a == "organisation:group-u0416");
  CHECK(b == "organisation:group-u0416-2");
  CHECK(c == "organisation:group-u0416-2");  // same entity as b: alias keys equal
  CHECK(g.node_count() == 2);
  // Re-adding in another session gives the same ids in the same order.
  StakeholderGraph h;
  CHECK(h.add_node(NodeType::organisation, "Group Ж") == a);
  CHECK(h.add_node(NodeType::organisation, "Group U0416") == b);
}

TEST_CASE("graph: alias lookup is case, punctuation and diacritic insensitive") {
  StakeholderGraph g;
  const std::string id = g.add_node(NodeType::country, "United States");
  g.add_alias(id, "U.S.");
  g.add_alias(id, "United States of America");
  const std::string p = g.add_node(NodeType::person, "Dalius Čekuolis");
  REQUIRE(g.find_by_alias("US") != nullptr);
  CHECK(g.find_by_alias("us")->id == id);
  CHECK(g.find_by_alias("united states of america")->id == id);
  CHECK(g.find_by_alias("Dalius Cekuolis")->id == p);
  CHECK(g.find_by_alias("UK") == nullptr);
  CHECK(g.find_by_alias("US", NodeType::person) == nullptr);
}

TEST_CASE("graph: merging nodes unites aliases and mentions and moves edges") {
  StakeholderGraph g;
  const std::string long_form =
      g.add_node(NodeType::organisation, "International Organization for Migration");
  const std::string acronym = g.add_node(NodeType::organisation, "IOM");
  const std::string event = g.add_node(NodeType::event, "Conference");
  g.add_mention(acronym, Evidence{"doc", 1, 10, 13, "IOM"});
  g.add_edge(event, acronym, RelationType::partner_of, Evidence{"doc", 1, 0, 50, "..."});
  g.merge_nodes(long_form, acronym, "acronym definition");
  CHECK(g.node_count() == 2);
  const Node& n = g.at(long_form);
  CHECK(n.mentions.size() == 1);
  CHECK(std::find(n.aliases.begin(), n.aliases.end(), "IOM") != n.aliases.end());
  CHECK(g.find_by_alias("IOM")->id == long_form);
  REQUIRE(g.edge_count() == 1);
  CHECK(g.edges().begin()->second.target == long_form);
  REQUIRE(g.merges().size() == 1);
  CHECK(g.merges()[0].reason == "acronym definition");
}

TEST_CASE("graph: parallel edges merge evidence and co-mention weights add up") {
  StakeholderGraph g;
  const std::string a = g.add_node(NodeType::organisation, "UNICEF");
  const std::string b = g.add_node(NodeType::organisation, "IOM");
  g.add_edge(a, b, RelationType::co_mentioned, Evidence{"d", 1, 0, 10, "s1"});
  g.add_edge(b, a, RelationType::co_mentioned, Evidence{"d", 2, 20, 30, "s2"});
  g.add_edge(a, b, RelationType::co_mentioned,
             Evidence{"d", 2, 20, 30, "s2"});  // same sentence again
  REQUIRE(g.edge_count() == 1);
  const Edge& e = g.edges().begin()->second;
  CHECK(e.weight == doctest::Approx(2.0));
  CHECK(e.evidence.size() == 2);
  CHECK(e.source < e.target);

  g.add_edge(a, b, RelationType::partner_of, Evidence{"d", 3, 0, 5, "p"});
  g.add_edge(a, b, RelationType::partner_of, Evidence{"d", 4, 0, 5, "q"});
  CHECK(g.edge_count() == 2);
}

TEST_CASE("graph: invalid edges are rejected") {
  StakeholderGraph g;
  const std::string a = g.add_node(NodeType::organisation, "UNICEF");
  CHECK_THROWS_AS(g.add_edge(a, a, RelationType::partner_of), GraphError);
  CHECK_THROWS_AS(g.add_edge(a, "organisation:nope", RelationType::partner_of), GraphError);
  const std::string b = g.add_node(NodeType::organisation, "IOM");
  CHECK_THROWS_AS(g.add_edge(a, b, RelationType::partner_of, std::nullopt, -1.0), GraphError);
  CHECK_THROWS_AS(g.add_edge(a, b, RelationType::partner_of, std::nullopt, 0.0 / 0.0), GraphError);
}

TEST_CASE("graph: iteration order does not depend on insertion order") {
  StakeholderGraph g1, g2;
  for (const char* n : {"Zeta", "Alpha", "Mu"}) g1.add_node(NodeType::organisation, n);
  for (const char* n : {"Mu", "Zeta", "Alpha"}) g2.add_node(NodeType::organisation, n);
  std::vector<std::string> o1, o2;
  for (const auto& [id, n] : g1.nodes()) o1.push_back(id);
  for (const auto& [id, n] : g2.nodes()) o2.push_back(id);
  CHECK(o1 == o2);
  CHECK(o1.front() == "organisation:alpha");
}

TEST_CASE("graph: type strings round-trip and unknown strings are rejected") {
  for (NodeType t : kAllNodeTypes) CHECK(parse_node_type(to_string(t)) == t);
  for (RelationType t : kAllRelationTypes) CHECK(parse_relation_type(to_string(t)) == t);
  CHECK_FALSE(parse_node_type("alien").has_value());
  CHECK_FALSE(parse_node_type("Organisation").has_value());
  CHECK_FALSE(parse_relation_type("funds").has_value());
}

TEST_CASE("graph: the Boost view merges parallel relations into one weighted edge") {
  StakeholderGraph g;
  const std::string a = g.add_node(NodeType::organisation, "UNICEF");
  const std::string b = g.add_node(NodeType::organisation, "IOM");
  const std::string c = g.add_node(NodeType::country, "Sweden");
  g.add_edge(a, b, RelationType::co_mentioned, std::nullopt, 2.0);
  g.add_edge(a, b, RelationType::partner_of);
  g.add_edge(c, a, RelationType::hosted_by);
  const UndirectedGraph ug = to_boost(g);
  CHECK(boost::num_vertices(ug) == 3);
  CHECK(boost::num_edges(ug) == 2);
  double total = 0;
  for (auto [it, end] = boost::edges(ug); it != end; ++it) total += ug[*it].weight;
  CHECK(total == doctest::Approx(4.0));
}

TEST_CASE("graph: cited paragraphs group by document in first-cited order") {
  using stakegraph::graph::Evidence;
  const std::vector<Evidence> ev = {{"b", 7, 0, 1, "x"},
                                    {"a", 3, 0, 1, "x"},
                                    {"b", 2, 0, 1, "x"},
                                    {"b", 7, 5, 6, "y"},
                                    {"a", 1, 0, 1, "x"}};
  const auto cited = stakegraph::graph::cited_paragraphs(ev);
  REQUIRE(cited.size() == 2);
  CHECK(cited[0].document == "b");
  CHECK(cited[0].paragraphs == std::vector<std::int64_t>{2, 7});
  CHECK(cited[1].document == "a");
  CHECK(cited[1].paragraphs == std::vector<std::int64_t>{1, 3});
  CHECK(stakegraph::graph::cited_paragraphs({}).empty());
}

TEST_CASE("graph: shared evidence text compares by content and copies by reference") {
  const SharedText sentence(std::string("UNODC and IOM met."));
  const SharedText copy = sentence;
  CHECK(&copy.str() == &sentence.str());  // one buffer
  CHECK(copy == SharedText("UNODC and IOM met."));
  CHECK(SharedText("a") < SharedText("b"));
  CHECK(SharedText() == SharedText(""));
  CHECK(SharedText().empty());
  CHECK(SharedText().str().empty());
  const Evidence a{"d", 1, 0, 5, sentence}, b{"d", 1, 0, 5, "UNODC and IOM met."};
  CHECK(a == b);
  CHECK_FALSE(a < b);
  CHECK(Evidence{"d", 1, 0, 5, "x"} < Evidence{"d", 1, 0, 5, "y"});
}
