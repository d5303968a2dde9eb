// Edge lists: formats, header, merging, and every malformed-line error with its position.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

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

TEST_CASE("data: edge list errors after the first line name their line and column") {
  CHECK(error_at("a\tb\t1\nc\td\tx\n") == "in.tsv:2:5 weight 'x' is not a number");
  CHECK(error_at("a\tb\t1\nc\td\t-2\r\n") == "in.tsv:2:5 weight is negative");
  CHECK(error_at("a\tb\t1\nc\td\t\r\n") == "in.tsv:2:5 weight '' is not a number");
  CHECK(error_at("a\tb\t1\nc\td\t1\t4\n") ==
        "in.tsv:2:7 expected 3 columns like the first line, found 4");
  CHECK(error_at("a\tb\nc\td\t\n") == "in.tsv:2:5 expected 2 columns like the first line, found 3");
  CHECK(error_at("a\tb\nc\t\r\n") == "in.tsv:2:3 empty target id");
  CHECK(error_at("a\tb\n# note\n\tb\n") == "in.tsv:3:1 empty source id");
  CHECK(error_at("a\tb\ncd\n") == "in.tsv:2:3 expected 2 columns like the first line, found 1");
  CHECK(error_at("a,b\nc,\"d\"\n", "x.csv") == "x.csv:2:3 quoted CSV fields are not supported");
}

TEST_CASE("data: edge lists give the same graph whatever their line ends, comments and blanks") {
  // Random ids of 1 to 80 bytes, so that ids and lines cross the 64-byte
  // blocks the reader scans and the 8- and 16-byte words it compares.
  std::mt19937 rng(7);
  std::vector<std::string> pool;
  for (int i = 0; i < 60; ++i) {
    std::string id(1 + rng() % 80, 'a');
    for (char& ch : id) ch = static_cast<char>('a' + rng() % 3);
    pool.push_back(id);
  }
  std::vector<std::tuple<std::string, std::string, int>> edges;
  for (int i = 0; i < 400; ++i) {
    const std::string& u = pool[rng() % pool.size()];
    const std::string& v = pool[rng() % pool.size()];
    if (u != v) edges.emplace_back(u, v, static_cast<int>(rng() % 9));
  }
  // The expected result, computed without the reader: ids in byte order,
  // edges in line order.
  std::vector<std::string> ids;
  for (const auto& [u, v, w] : edges) {
    ids.push_back(u);
    ids.push_back(v);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  auto number = [&](const std::string& id) {
    return static_cast<std::uint32_t>(std::lower_bound(ids.begin(), ids.end(), id) - ids.begin());
  };
  for (const char* end : {"\n", "\r\n"}) {
    for (const bool weighted : {false, true}) {
      for (const bool extras : {false, true}) {
        for (const bool final_end : {false, true}) {
          std::string text;
          for (std::size_t i = 0; i < edges.size(); ++i) {
            const auto& [u, v, w] = edges[i];
            if (extras && i % 7 == 3) text += std::string("# comment\t") + end + end + " \t" + end;
            text += u + "\t" + v;
            if (weighted) text += "\t" + std::to_string(w);
            if (final_end || i + 1 < edges.size()) text += end;
          }
          const EdgeList l = parse_edge_list(text, "x.tsv");
          CAPTURE(end);
          CAPTURE(extras);
          CAPTURE(final_end);
          CAPTURE(weighted);
          CHECK(l.ids == ids);
          REQUIRE(l.edges.size() == edges.size());
          bool all_equal = true;
          for (std::size_t i = 0; i < edges.size(); ++i) {
            const auto& [u, v, w] = edges[i];
            all_equal = all_equal && l.edges[i].u == number(u) && l.edges[i].v == number(v) &&
                        l.edges[i].w == (weighted ? static_cast<double>(w) : 1.0);
          }
          CHECK(all_equal);
        }
      }
    }
  }
}
