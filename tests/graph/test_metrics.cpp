// Metrics: hand-computed values on small drawn graphs and brute-force oracles
// (all shortest paths by Floyd-Warshall, removal tests, peeling) on random graphs.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "fixture_graphs.hpp"
#include "stakegraph/graph/analyse.hpp"
#include "stakegraph/graph/centrality.hpp"
#include "stakegraph/graph/structure.hpp"

using namespace stakegraph::graph;
using stakegraph::test::random_graph;

namespace {

// Star: centre 0, leaves 1..3; plus path 3-4.
CsrGraph star_path() {
  return build_csr(5, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {3, 4, 1}});
}

struct Apsp {
  std::vector<std::vector<double>> d;
  std::vector<std::vector<double>> count;
};

// Floyd-Warshall with path counts; weights from {1, 2, 4} give exact 1/w sums.
Apsp all_pairs(std::size_t n, const std::vector<WeightedEdge>& edges) {
  const double inf = std::numeric_limits<double>::infinity();
  Apsp a{std::vector<std::vector<double>>(n, std::vector<double>(n, inf)),
         std::vector<std::vector<double>>(n, std::vector<double>(n, 0))};
  for (std::size_t i = 0; i < n; ++i) {
    a.d[i][i] = 0;
    a.count[i][i] = 1;
  }
  for (const auto& e : edges) a.d[e.u][e.v] = a.d[e.v][e.u] = 1.0 / e.w;
  for (std::size_t k = 0; k < n; ++k)
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < n; ++j) a.d[i][j] = std::min(a.d[i][j], a.d[i][k] + a.d[k][j]);
  // Count shortest paths by enumerating predecessors in distance order.
  for (std::size_t s = 0; s < n; ++s) {
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](auto x, auto y) { return a.d[s][x] < a.d[s][y]; });
    for (std::size_t t : order) {
      if (t == s || a.d[s][t] == inf) continue;
      for (const auto& e : edges)
        for (auto [p, q] : {std::pair{e.u, e.v}, {e.v, e.u}})
          if (q == t && a.d[s][p] + 1.0 / e.w == a.d[s][t]) a.count[s][t] += a.count[s][p];
    }
  }
  return a;
}

std::vector<WeightedEdge> random_weighted(std::size_t n, std::uint64_t seed) {
  auto e = random_graph(n, 0.3, seed, true);
  for (auto& x : e) x.w = std::pow(2.0, static_cast<double>(static_cast<int>(x.w) % 3));
  return e;
}

std::size_t components_without(std::size_t n, const std::vector<WeightedEdge>& edges,
                               std::size_t skip_vertex, std::size_t skip_edge) {
  std::vector<WeightedEdge> kept;
  for (std::size_t i = 0; i < edges.size(); ++i)
    if (i != skip_edge && edges[i].u != skip_vertex && edges[i].v != skip_vertex)
      kept.push_back(edges[i]);
  const auto label = connected_components(build_csr(n, kept));
  std::set<int> distinct;
  for (std::size_t v = 0; v < n; ++v)
    if (v != skip_vertex) distinct.insert(label[v]);
  return distinct.size();
}

}  // namespace

TEST_CASE("graph: degree and strength on a drawn graph") {
  const CsrGraph g = build_csr(3, {{0, 1, 2}, {1, 2, 3}, {0, 1, 1}});
  CHECK(degree(g) == std::vector<double>{1, 2, 1});
  CHECK(weighted_degree(g) == std::vector<double>{3, 6, 3});
}

TEST_CASE("graph: betweenness counts each unordered pair once") {
  // Star centre 0 lies on the 3 leaf pairs among {1,2,3} plus {1,4},{2,4}:
  // 5 of (n-1)(n-2)/2 = 6 pairs; vertex 3 lies on {0,4},{1,4},{2,4}: 3/6.
  const PathCentrality pc = path_centrality(star_path());
  CHECK(pc.betweenness[0] == doctest::Approx(5.0 / 6.0));
  CHECK(pc.betweenness[3] == doctest::Approx(3.0 / 6.0));
  CHECK(pc.betweenness[1] == 0.0);
  // Harmonic closeness of vertex 4: 1/1 + 1/2 + 1/3 + 1/3, over n-1 = 4.
  CHECK(pc.closeness[4] == doctest::Approx((1 + 0.5 + 2.0 / 3.0) / 4.0));
  CHECK_FALSE(pc.sampled);
}

TEST_CASE("graph: weighted betweenness follows 1/weight lengths") {
  // Triangle 0-1-2 with a strong detour: 0-2 weight 1 (length 1), 0-1 and 1-2
  // weight 4 (length 1/4 each): the path 0-1-2 (1/2) is shorter, so 1 lies
  // on pair {0,2}: 1 of 1 pair.
  const CsrGraph g = build_csr(3, {{0, 2, 1}, {0, 1, 4}, {1, 2, 4}});
  CHECK(path_centrality(g).betweenness[1] == doctest::Approx(1.0));
}

TEST_CASE("graph: betweenness and closeness match all shortest paths on random graphs") {
  for (std::uint64_t seed = 1; seed <= 15; ++seed) {
    const std::size_t n = 6 + seed % 9;
    const auto edges = random_weighted(n, seed);
    const Apsp a = all_pairs(n, edges);
    const PathCentrality pc = path_centrality(build_csr(n, edges));
    const double pairs = (n - 1.0) * (n - 2.0) / 2.0;
    for (std::size_t v = 0; v < n; ++v) {
      double b = 0, h = 0;
      for (std::size_t s = 0; s < n; ++s) {
        if (s != v && a.d[v][s] > 0 && std::isfinite(a.d[v][s])) h += 1.0 / a.d[v][s];
        for (std::size_t t = s + 1; t < n; ++t) {
          if (s == v || t == v || a.count[s][t] == 0) continue;
          if (a.d[s][v] + a.d[v][t] == a.d[s][t])
            b += a.count[s][v] * a.count[v][t] / a.count[s][t];
        }
      }
      CHECK(pc.betweenness[v] == doctest::Approx(b / pairs));
      CHECK(pc.closeness[v] == doctest::Approx(h / (n - 1.0)));
    }
  }
}

TEST_CASE("graph: sampled betweenness with all pivots equals exact and states its error") {
  const auto edges = random_weighted(30, 5);
  const CsrGraph g = build_csr(30, edges);
  const PathCentrality exact = path_centrality(g);
  const PathCentrality all = path_centrality(g, 30, 9);
  CHECK_FALSE(all.sampled);
  const PathCentrality some = path_centrality(g, 10, 9);
  CHECK(some.sampled);
  CHECK(some.sources == 10);
  for (std::size_t v = 0; v < 30; ++v)
    CHECK(all.betweenness[v] == doctest::Approx(exact.betweenness[v]));
  CHECK(sampling_error(1000) == doctest::Approx(std::sqrt(std::log(40.0) / 2000.0)));
}

TEST_CASE("graph: pagerank sums to 1 and solves the stationary equation") {
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    const std::size_t n = 5 + seed;
    auto edges = random_graph(n, 0.3, seed, true);
    const CsrGraph g = build_csr(n + 1, edges);  // vertex n is dangling
    const auto pr = pagerank(g);
    double sum = 0;
    for (double x : pr) sum += x;
    CHECK(sum == doctest::Approx(1.0));
    const auto s = weighted_degree(g);
    double dangling = 0;
    for (std::size_t v = 0; v <= n; ++v)
      if (s[v] == 0) dangling += pr[v];
    for (std::size_t v = 0; v <= n; ++v) {
      double in = 0;
      for (std::size_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k)
        in += pr[g.targets[k]] * g.weights[k] / s[g.targets[k]];
      const double expect = (0.15 + 0.85 * dangling) / static_cast<double>(n + 1) + 0.85 * in;
      CHECK(pr[v] == doctest::Approx(expect).epsilon(1e-9));
    }
  }
}

TEST_CASE("graph: core numbers on a drawn graph and by peeling on random graphs") {
  // K4 on 0..3 with a tail 3-4-5.
  const CsrGraph g = build_csr(
      6, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {1, 2, 1}, {1, 3, 1}, {2, 3, 1}, {3, 4, 1}, {4, 5, 1}});
  CHECK(core_numbers(g) == std::vector<int>{3, 3, 3, 3, 1, 1});
  for (std::uint64_t seed = 1; seed <= 15; ++seed) {
    const std::size_t n = 8 + seed;
    const auto edges = random_graph(n, 0.35, seed, false);
    const CsrGraph r = build_csr(n, edges);
    const auto core = core_numbers(r);
    for (int k = 0; k <= static_cast<int>(n); ++k) {
      // Peel vertices of degree < k until none is left.
      std::vector<char> alive(n, 1);
      for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t v = 0; v < n; ++v) {
          if (!alive[v]) continue;
          int d = 0;
          for (std::size_t e = r.offsets[v]; e < r.offsets[v + 1]; ++e) d += alive[r.targets[e]];
          if (d < k) {
            alive[v] = 0;
            changed = true;
          }
        }
      }
      for (std::size_t v = 0; v < n; ++v) CHECK((alive[v] != 0) == (core[v] >= k));
    }
  }
}

TEST_CASE("graph: articulation points and bridges match removal tests") {
  const CutStructure s = cut_structure(star_path());
  CHECK(s.articulation == std::vector<bool>{true, false, false, true, false});
  CHECK(s.bridges.size() == 4);
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const std::size_t n = 6 + seed % 10;
    const auto edges = random_graph(n, 0.22, seed, false);
    const CutStructure c = cut_structure(build_csr(n, edges));
    const std::size_t base = components_without(n, edges, n, edges.size());
    for (std::size_t v = 0; v < n; ++v) {
      std::size_t deg = 0;
      for (const auto& e : edges) deg += (e.u == v || e.v == v);
      // Removing an isolated vertex removes a component; only count real cuts.
      const std::size_t after = components_without(n, edges, v, edges.size());
      CHECK(c.articulation[v] == (deg > 0 && after > base));
    }
    std::size_t bridges = 0;
    for (std::size_t i = 0; i < edges.size(); ++i)
      bridges += components_without(n, edges, n, i) > base ? 1 : 0;
    CHECK(c.bridges.size() == bridges);
  }
}

TEST_CASE("graph: Burt's measures on a star and a triangle") {
  // Star: centre p = 1/3 to each leaf, no indirect paths: 3 * 1/9.
  const StructuralHoles star = structural_holes(build_csr(4, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}}));
  CHECK(star.constraint[0] == doctest::Approx(1.0 / 3.0));
  CHECK(star.effective_size[0] == doctest::Approx(3.0));
  CHECK(star.hierarchy[0] == doctest::Approx(0.0));
  CHECK(star.constraint[1] == doctest::Approx(1.0));
  // Triangle: (1/2 + 1/2 * 1/2)^2 * 2 = 9/8; effective size 2 - 2 * 1/2 = 1.
  const StructuralHoles tri = structural_holes(build_csr(3, {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}}));
  CHECK(tri.constraint[0] == doctest::Approx(1.125));
  CHECK(tri.effective_size[0] == doctest::Approx(1.0));
  const StructuralHoles iso = structural_holes(build_csr(2, {}));
  CHECK_FALSE(iso.has_value[0]);
}

TEST_CASE("graph: participation coefficient and Guimera-Amaral roles") {
  // Vertex 0 links to 2 vertices in its module and 2 in another: P = 1 - (1/4 + 1/4) = 0.5.
  const CsrGraph g = build_csr(5, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {0, 4, 1}, {3, 4, 1}});
  const ModuleRoles r = module_roles(g, {0, 0, 0, 1, 1});
  CHECK(r.participation[0] == doctest::Approx(0.5));
  CHECK(r.participation[1] == doctest::Approx(0.0));
  CHECK(r.role[1] == "ultra-peripheral");
  CHECK(r.role[0] == "peripheral");
  // Module 0 internal degrees 2, 1, 1: mean 4/3, sd sqrt(2/9).
  CHECK(r.within_module_z[0] == doctest::Approx((2 - 4.0 / 3) / std::sqrt(2.0 / 9)));
  // A hub: 30 leaves in its module, z large; its P = 0 -> provincial hub.
  std::vector<WeightedEdge> e;
  for (std::uint32_t i = 1; i <= 30; ++i) e.push_back({0, i, 1});
  const ModuleRoles h = module_roles(build_csr(31, e), std::vector<int>(31, 0));
  CHECK(h.within_module_z[0] >= 2.5);
  CHECK(h.role[0] == "provincial hub");
}

TEST_CASE("graph: Gould-Fernandez roles by group pattern") {
  // Brokers: b = 1 in every two-path a -> 1 -> c.
  auto role_of = [](std::vector<int> group) {
    const Brokerage b = brokerage(3, {{0, 1}, {1, 2}}, group);
    for (std::size_t r = 0; r < 5; ++r)
      if (b.counts[1][r] == 1.0) return kBrokerageRoles[r];
    return std::string_view("none");
  };
  CHECK(role_of({0, 0, 0}) == "coordinator");
  CHECK(role_of({1, 0, 0}) == "gatekeeper");
  CHECK(role_of({0, 0, 1}) == "representative");
  CHECK(role_of({0, 1, 0}) == "itinerant");
  CHECK(role_of({0, 1, 2}) == "liaison");
  // A closed two-path (a -> c exists) brokers nothing.
  const Brokerage closed = brokerage(3, {{0, 1}, {1, 2}, {0, 2}}, {0, 1, 2});
  for (double x : closed.counts[1]) CHECK(x == 0.0);
}

TEST_CASE("graph: analyse fills clusters, metrics, links and notes") {
  StakeholderGraph g;
  std::vector<std::string> ids;
  for (int i = 0; i < 10; ++i)
    ids.push_back(g.add_node(NodeType::organisation, "Org " + std::to_string(i)));
  for (int a = 0; a < 5; ++a)
    for (int b = a + 1; b < 5; ++b) {
      g.add_edge(ids[a], ids[b], RelationType::co_mentioned);
      g.add_edge(ids[a + 5], ids[b + 5], RelationType::co_mentioned);
    }
  g.add_edge(ids[0], ids[5], RelationType::partner_of);
  AnalyseOptions o;
  o.runs = 3;
  const Analysis a = analyse(g, o);
  CHECK(a.clusters.size() == 2);
  CHECK(a.metrics.size() == 10);
  CHECK(a.cluster_links[0][1] == 1.0);
  CHECK(a.cluster_links[0][0] == 10.0);
  CHECK(a.metrics.at(ids[0]).values.at("articulation") == 1.0);
  CHECK(a.metrics.at(ids[0]).values.count("stability") == 1);
  CHECK(a.notes.count("betweenness") == 1);
  CHECK(a.gaps.size() == 1);
  CHECK(a.gaps[0].expected == doctest::Approx(21.0 * 21.0 / 42.0));
  AnalyseOptions none;
  parse_metrics("none", none);
  const Analysis b = analyse(g, none);
  CHECK(b.metrics.at(ids[0]).values.empty());
  CHECK(b.metrics.at(ids[0]).cluster == a.metrics.at(ids[0]).cluster);
  CHECK_THROWS_AS(parse_metrics("degree,bogus", none), stakegraph::Error);
  AnalyseOptions bad;
  bad.runs = 0;
  CHECK_THROWS_AS(analyse(g, bad), stakegraph::Error);
}

TEST_CASE("graph: cluster themes are the distinctive words of their paragraphs") {
  StakeholderGraph g;
  Document d{"doc", "t", "p", "", {}};
  d.paragraphs.push_back({1, "", 0, 10, "Fisheries fisheries ocean policy."});
  d.paragraphs.push_back({2, "", 11, 20, "Health vaccines health policy."});
  g.documents().push_back(d);
  const auto a = g.add_node(NodeType::organisation, "A"),
             b = g.add_node(NodeType::organisation, "B");
  const auto c = g.add_node(NodeType::organisation, "C"),
             e = g.add_node(NodeType::organisation, "E");
  g.add_mention(a, Evidence{"doc", 1, 0, 1, "A"});
  g.add_mention(c, Evidence{"doc", 2, 11, 12, "C"});
  g.add_edge(a, b, RelationType::co_mentioned);
  g.add_edge(c, e, RelationType::co_mentioned);
  const Analysis an = analyse(g, AnalyseOptions{});
  REQUIRE(an.clusters.size() == 2);
  const auto& t0 = an.clusters[0].theme;
  const auto& t1 = an.clusters[1].theme;
  const bool fish_first = an.clusters[0].members[0] == a;
  CHECK((fish_first ? t0 : t1).front() == "fisheries");
  CHECK((fish_first ? t1 : t0).front() == "health");
}

namespace {

// Burt's measures straight from the definition (structure.hpp), with an
// adjacency matrix: the reference for structural_holes on larger graphs.
StructuralHoles naive_holes(std::size_t n, const std::vector<WeightedEdge>& edges) {
  std::vector<std::vector<double>> w(n, std::vector<double>(n, 0.0));
  for (const auto& e : edges) {
    w[e.u][e.v] += e.w;
    w[e.v][e.u] += e.w;
  }
  StructuralHoles out;
  out.constraint.assign(n, 0.0);
  out.effective_size.assign(n, 0.0);
  out.hierarchy.assign(n, 0.0);
  out.has_value.assign(n, false);
  std::vector<double> sum(n, 0.0), mx(n, 0.0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) {
      sum[i] += w[i][j];
      mx[i] = std::max(mx[i], w[i][j]);
    }
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<double> local;
    for (std::size_t j = 0; j < n; ++j) {
      if (w[i][j] == 0.0) continue;
      double indirect = 0.0, redundancy = 0.0;
      for (std::size_t q = 0; q < n; ++q) {
        if (q == i || q == j || w[i][q] == 0.0 || w[q][j] == 0.0) continue;
        indirect += w[i][q] / sum[i] * w[q][j] / sum[q];
        redundancy += w[i][q] / sum[i] * w[q][j] / mx[j];
      }
      const double c = w[i][j] / sum[i] + indirect;
      local.push_back(c * c);
      out.constraint[i] += c * c;
      out.effective_size[i] += 1.0 - redundancy;
    }
    if (local.empty()) continue;
    out.has_value[i] = true;
    const double nn = static_cast<double>(local.size());
    if (local.size() > 1 && out.constraint[i] > 0.0) {
      double h = 0.0;
      for (double cij : local) {
        const double r = cij / (out.constraint[i] / nn);
        if (r > 0.0) h += r * std::log(r);
      }
      out.hierarchy[i] = h / (nn * std::log(nn));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("graph: structural holes match the definition on graphs with hubs") {
  // Two hubs joined to many leaves (the hub's row is long, a leaf's short:
  // both ways of finding common neighbours are taken) plus random links.
  const std::size_t n = 80;
  std::vector<WeightedEdge> edges = random_graph(n, 0.04, 11, true);
  for (std::uint32_t v = 2; v < n; ++v) {
    edges.push_back({0, v, 1.0 + v % 3});
    if (v % 3 == 0) edges.push_back({v, 1, 2.0});
  }
  const StructuralHoles got = structural_holes(build_csr(n, edges));
  const StructuralHoles want = naive_holes(n, edges);
  for (std::size_t v = 0; v < n; ++v) {
    CAPTURE(v);
    CHECK(got.has_value[v] == want.has_value[v]);
    CHECK(got.constraint[v] == doctest::Approx(want.constraint[v]).epsilon(1e-12));
    CHECK(got.effective_size[v] == doctest::Approx(want.effective_size[v]).epsilon(1e-12));
    CHECK(got.hierarchy[v] == doctest::Approx(want.hierarchy[v]).epsilon(1e-12));
  }
}

TEST_CASE("graph: analyse_edge_list equals analyse of the same graph as a model") {
  const auto f = stakegraph::test::read_fixture("lesmis.tsv");
  StakeholderGraph g;
  for (const auto& id : f.names) {
    Node n;
    n.id = id;
    n.name = id;
    n.label = id;
    n.aliases = {id};
    g.insert_node(std::move(n));
  }
  std::map<std::pair<std::string, std::string>, double> merged;
  for (const auto& e : f.edges) {
    auto a = f.names[e.u], b = f.names[e.v];
    if (b < a) std::swap(a, b);
    merged[{a, b}] += e.w;
  }
  for (const auto& [key, w] : merged) {
    Edge e;
    e.source = key.first;
    e.target = key.second;
    e.weight = w;
    g.insert_edge(std::move(e));
  }
  const ModelCsr mc = to_csr(g);
  AnalyseOptions o;
  o.runs = 2;
  const Analysis fast = analyse_edge_list(mc.graph, mc.ids, o);
  CHECK(fast == analyse(g, o));
  CHECK(fast.clusters.size() > 1);
  CHECK_THROWS_AS(analyse_edge_list(mc.graph, {"a"}, o), stakegraph::Error);
}
