// The edge-list fast path of `stakegraph analyse`: merged_edges,
// graph::analyse_edge_list and write_edge_list_json must give exactly what the
// model (to_graph, analyse, write_graph_json) gives, on the parser's edge
// cases (header, comments, CRLF, a last line without newline, ids with spaces
// and characters JSON escapes, multi-edges in both orientations, self-loops,
// weights of 0 and -0).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "stakegraph/data/edge_list.hpp"
#include "stakegraph/data/graph_json.hpp"
#include "stakegraph/graph/analyse.hpp"

using namespace stakegraph;

namespace {

// The document `stakegraph analyse` wrote before the fast path: the model.
std::string through_model(const data::EdgeList& list, const graph::AnalyseOptions& o) {
  graph::StakeholderGraph g = data::to_graph(list);
  g.analysis() = graph::analyse(g, o);
  return data::write_graph_json(g);
}

std::string direct(const data::EdgeList& list, const graph::AnalyseOptions& o) {
  const auto merged = data::merged_edges(list);
  const graph::CsrGraph csr = graph::build_csr(list.ids.size(), merged);
  const graph::Analysis a = graph::analyse_edge_list(csr, list.ids, o);
  return data::write_edge_list_json(list.ids, merged, &a);
}

const char* const kEdgeCases =
    "# a comment\n"
    "Source\tTarget\tWeight\r\n"
    "alpha one\tbeta\t2\r\n"
    "beta\talpha one\t0.5\n"
    "alpha one\talpha one\t3\n"
    "\n"
    "   \n"
    "#x\tz\n"
    "gamma\tbeta\t1e-3\n"
    "beta\tgamma\t0\n"
    "delta\tdelta\t1\n"
    "zeta\tgamma\t-0\n"
    "\xc3\x84rger\tzeta\t7\n"
    "eta\ttheta\t0\n"
    "q\"uote\tback\\slash\t1\n"
    "back\\slash\tctl\x01"
    "char\t2\n"
    "ctl\x01"
    "char\tq\"uote\t0.25\n"
    "gamma\t\xc3\x84rger\t1.25";  // no final newline

}  // namespace

TEST_CASE("data: merged edges sum both orientations in sorted order and keep weight 0") {
  const data::EdgeList l =
      data::parse_edge_list("b\ta\t2\na\tb\t0.5\nc\tb\t0\nb\tb\t4\nb\ta\t1\n", "x.tsv");
  CHECK(l.self_loops == 1);
  const auto m = data::merged_edges(l);
  REQUIRE(m.size() == 2);
  CHECK(m[0].u == 0);
  CHECK(m[0].v == 1);
  CHECK(m[0].w == 3.5);
  CHECK(m[1].u == 1);
  CHECK(m[1].v == 2);
  CHECK(m[1].w == 0.0);
  const auto g = data::to_graph(l);
  REQUIRE(g.edge_count() == 2);
  CHECK(g.edges().begin()->second.weight == 3.5);
}

TEST_CASE("data: the edge-list analyse path writes the model's bytes on parser edge cases") {
  const data::EdgeList list = data::parse_edge_list(kEdgeCases, "edge.tsv");
  CHECK(list.self_loops == 2);
  CHECK(list.lines == 18);
  CHECK(list.edges.size() == 11);
  // Byte order; ids kept exactly (spaces, quotes, control bytes, UTF-8); an
  // id seen only in a self-loop is still a node.
  CHECK(list.ids == std::vector<std::string>{"alpha one", "back\\slash", "beta",
                                             "ctl\x01"
                                             "char",
                                             "delta", "eta", "gamma", "q\"uote", "theta", "zeta",
                                             "\xc3\x84rger"});
  CHECK(list.edges.back().w == 1.25);  // the last line, without a newline
  graph::AnalyseOptions o;
  const std::string model = through_model(list, o);
  CHECK(direct(list, o) == model);
  CHECK(model.find("\"ctl\\u0001char\"") != std::string::npos);
  CHECK(model.find("\"q\\\"uote\"") != std::string::npos);
  o.runs = 3;
  o.seed = 7;
  CHECK(direct(list, o) == through_model(list, o));
  o.runs = 1;
  o.algorithm = graph::CommunityAlgorithm::louvain;
  graph::parse_metrics("degree,brokerage", o);
  o.brokerage_group = graph::BrokerageGroup::type;
  CHECK(direct(list, o) == through_model(list, o));
  o.objective = graph::Objective::cpm;
  o.resolution = 0.05;
  graph::parse_metrics("none", o);
  CHECK(direct(list, o) == through_model(list, o));
}

TEST_CASE("data: the edge-list analyse path matches the model on a larger random graph") {
  // Every id a shared prefix and a varying tail (the parser's prefix sort),
  // spaces as separators, both orientations and duplicates.
  std::string text;
  std::uint64_t x = 12345;
  for (int i = 0; i < 3000; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    const auto a = (x >> 33) % 400, b = (x >> 13) % 400;
    text += "organisation_" + std::to_string(a) + "  organisation_" + std::to_string(b) + " " +
            std::to_string(1 + (x >> 50) % 4) + "\n";
  }
  const data::EdgeList list = data::parse_edge_list(text, "r.txt");
  graph::AnalyseOptions o;
  CHECK(direct(list, o) == through_model(list, o));
}

TEST_CASE("data: write_edge_list_json without analysis is write_graph_json of to_graph") {
  const data::EdgeList list = data::parse_edge_list(kEdgeCases, "edge.tsv");
  CHECK(data::write_edge_list_json(list.ids, data::merged_edges(list), nullptr) ==
        data::write_graph_json(data::to_graph(list)));
  CHECK_THROWS_AS(data::write_edge_list_json({"a"}, {{0, 1, 1.0}}, nullptr), std::out_of_range);
}
