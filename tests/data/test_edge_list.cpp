// Edge lists: formats, header, merging, and every malformed-line error with its position.
#include <doctest/doctest.h>

#include "stakegraph/data/edge_list.hpp"
#include "stakegraph/data/error.hpp"

using namespace stakegraph::data;

namespace {

// The "FILE:LINE:COL" of the error `text` raises.
std::string error_at(const std::string& text, const std::string& file = "in.tsv") {
  try {
    parse_edge_list(text, file);
  } catch (const ParseError& e) {
    return e.where().to_string() + " " + e.message();
  }
  return "no error";
}

}  // namespace

TEST_CASE("data: edge lists read tab, space and comma separated lines") {
  const EdgeList t = parse_edge_list("# comment\nb\ta\t2.5\n\nc\ta\t1\n", "x.tsv");
  CHECK(t.ids == std::vector<std::string>{"a", "b", "c"});
  REQUIRE(t.edges.size() == 2);
  CHECK(t.edges[0].u == 1);
  CHECK(t.edges[0].v == 0);
  CHECK(t.edges[0].w == 2.5);
  const EdgeList s = parse_edge_list("x y\ny  z\r\n", "-");
  CHECK(s.ids == std::vector<std::string>{"x", "y", "z"});
  CHECK(s.edges[1].w == 1.0);
  const EdgeList c = parse_edge_list("UN Women,UNODC,3\n", "x.csv");
  CHECK(c.ids == std::vector<std::string>{"UN Women", "UNODC"});
}

TEST_CASE("data: edge list header line is skipped only in its documented form") {
  CHECK(parse_edge_list("Source\tTarget\tWeight\na\tb\t1\n", "x.tsv").edges.size() == 1);
  CHECK(parse_edge_list("source,target\na,b\n", "x.csv").edges.size() == 1);
  CHECK(error_at("from\tto\tweight\na\tb\t1\n") == "in.tsv:1:9 weight 'weight' is not a number");
}

TEST_CASE("data: edge list multi-edges merge and self-loops are dropped") {
  const EdgeList l = parse_edge_list("a\tb\t1\nb\ta\t2\na\ta\t5\n", "x.tsv");
  CHECK(l.self_loops == 1);
  const auto g = to_graph(l);
  CHECK(g.node_count() == 2);
  REQUIRE(g.edge_count() == 1);
  CHECK(g.edges().begin()->second.weight == 3.0);
  CHECK(g.at("a").type == stakegraph::graph::NodeType::organisation);
}

TEST_CASE("data: edge list with a wrong column count is rejected") {
  CHECK(error_at("a\tb\tc\td\n") ==
        "in.tsv:1:1 expected 2 or 3 columns (source, target, "
        "optional weight), found 4");
  CHECK(error_at("a\n") ==
        "in.tsv:1:1 expected 2 or 3 columns (source, target, optional "
        "weight), found 1");
  CHECK(error_at("a\tb\t1\nc\td\n") ==
        "in.tsv:2:4 expected 3 columns like the first line, found 2");
}

TEST_CASE("data: edge list weights must be finite non-negative numbers") {
  CHECK(error_at("a\tb\tx1\n") == "in.tsv:1:5 weight 'x1' is not a number");
  CHECK(error_at("a\tb\t1.5kg\n") == "in.tsv:1:5 weight '1.5kg' is not a number");
  CHECK(error_at("a\tb\t-1\n") == "in.tsv:1:5 weight is negative");
  CHECK(error_at("a\tb\tnan\n") == "in.tsv:1:5 weight is NaN");
  CHECK(error_at("a\tb\tinf\n") == "in.tsv:1:5 weight is infinite");
  CHECK(error_at("a\tb\t\n") == "in.tsv:1:5 weight '' is not a number");
}

TEST_CASE("data: empty edge lists and empty ids are rejected") {
  CHECK(error_at("") == "in.tsv:1:1 the edge list has no edges");
  CHECK(error_at("# only a comment\n\n") == "in.tsv:2:1 the edge list has no edges");
  CHECK(error_at("a\ta\n") == "in.tsv:1:1 the edge list has only self-loops");
  CHECK(error_at("\tb\n") == "in.tsv:1:1 empty source id");
  CHECK(error_at("\"a\",b\n", "x.csv") == "x.csv:1:1 quoted CSV fields are not supported");
}

TEST_CASE("data: edge list vertex numbers do not depend on line order") {
  const EdgeList a = parse_edge_list("z\ty\ny\tx\n", "-");
  const EdgeList b = parse_edge_list("y\tx\nz\ty\n", "-");
  CHECK(a.ids == b.ids);
  CHECK(to_graph(a).edges().size() == to_graph(b).edges().size());
}
