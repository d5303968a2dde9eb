// Leiden / Louvain: quality on published networks, connectedness, modularity
// against a from-scratch oracle, determinism, options, consensus, planted partitions.
#include <doctest/doctest.h>

#include <algorithm>
#include <limits>
#include <random>

#include "../bench/planted.hpp"
#include "fixture_graphs.hpp"
#include "stakegraph/graph/communities.hpp"

using namespace stakegraph::graph;
using stakegraph::test::communities_connected;
using stakegraph::test::random_graph;
using stakegraph::test::read_fixture;

namespace {

// Modularity straight from the definition on a dense matrix:
// Q = 1/2m sum_ij (A_ij - gamma k_i k_j / 2m) delta(c_i, c_j), with A_ii = 2 * loop.
double modularity_oracle(std::size_t n, const std::vector<WeightedEdge>& edges,
                         const std::vector<int>& m, double gamma) {
  std::vector<std::vector<double>> a(n, std::vector<double>(n, 0.0));
  for (const auto& e : edges) {
    if (e.u == e.v) {
      a[e.u][e.u] += 2 * e.w;
    } else {
      a[e.u][e.v] += e.w;
      a[e.v][e.u] += e.w;
    }
  }
  std::vector<double> k(n, 0.0);
  double two_m = 0;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) k[i] += a[i][j];
  for (double x : k) two_m += x;
  double q = 0;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      if (m[i] == m[j]) q += a[i][j] - gamma * k[i] * k[j] / two_m;
  return q / two_m;
}

Partition best_of(const stakegraph::test::EdgeFile& f, CommunityAlgorithm alg) {
  CommunityOptions o;
  o.algorithm = alg;
  o.seed = 1;
  return find_communities(f.names.size(), f.edges, o);
}

}  // namespace

TEST_CASE("graph: leiden reaches igraph's modularity on the karate club") {
  const auto f = read_fixture("karate.tsv", false);
  REQUIRE(f.names.size() == 34);
  REQUIRE(f.edges.size() == 78);
  const Partition p = best_of(f, CommunityAlgorithm::leiden);
  CHECK(p.modularity >= 0.4197);
  CHECK(p.modularity == doctest::Approx(modularity_oracle(34, f.edges, p.membership, 1.0)));
  CHECK(communities_connected(34, f.edges, p.membership));
}

TEST_CASE("graph: leiden reaches igraph's modularity on the weighted karate club") {
  const auto f = read_fixture("karate-weighted.tsv");
  const Partition p = best_of(f, CommunityAlgorithm::leiden);
  CHECK(p.modularity >= 0.4449);
  CHECK(p.modularity == doctest::Approx(modularity_oracle(34, f.edges, p.membership, 1.0)));
  CHECK(communities_connected(34, f.edges, p.membership));
}

TEST_CASE("graph: leiden reaches igraph's modularity on les miserables") {
  const auto f = read_fixture("lesmis.tsv");
  REQUIRE(f.names.size() == 77);
  const Partition p = best_of(f, CommunityAlgorithm::leiden);
  CHECK(p.modularity >= 0.5658);
  CHECK(p.modularity == doctest::Approx(modularity_oracle(77, f.edges, p.membership, 1.0)));
  CHECK(communities_connected(77, f.edges, p.membership));
}

TEST_CASE("graph: louvain finds good partitions with connected communities") {
  const auto f = read_fixture("lesmis.tsv");
  const Partition p = best_of(f, CommunityAlgorithm::louvain);
  CHECK(p.modularity >= 0.55);
  CHECK(communities_connected(77, f.edges, p.membership));
}

TEST_CASE("graph: modularity matches the definition on random graphs") {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const std::size_t n = 5 + seed % 20;
    auto edges = random_graph(n, 0.25, seed, seed % 2 == 0);
    if (seed % 3 == 0) edges.push_back({0, 0, 2.0});  // a loop
    if (edges.empty()) continue;
    std::mt19937_64 rng(seed);
    std::vector<int> m(n);
    for (auto& x : m) x = static_cast<int>(rng() % 4);
    const CsrGraph g = build_csr(n, edges);
    for (double gamma : {0.5, 1.0, 2.0})
      CHECK(modularity(g, m, gamma) == doctest::Approx(modularity_oracle(n, edges, m, gamma)));
  }
}

TEST_CASE("graph: every community is connected on random graphs for both objectives") {
  for (std::uint64_t seed = 1; seed <= 30; ++seed) {
    const std::size_t n = 10 + seed % 30;
    const auto edges = random_graph(n, 0.12, seed, seed % 2 == 1);
    for (auto alg : {CommunityAlgorithm::leiden, CommunityAlgorithm::louvain})
      for (auto obj : {Objective::modularity, Objective::cpm}) {
        CommunityOptions o;
        o.algorithm = alg;
        o.objective = obj;
        o.resolution = obj == Objective::cpm ? 0.1 : 1.0;
        o.seed = seed;
        const Partition p = find_communities(n, edges, o);
        CHECK(communities_connected(n, edges, p.membership));
        // Never worse than all singletons (modularity) / the optimiser's own start.
        if (obj == Objective::modularity) {
          std::vector<int> single(n);
          for (std::size_t i = 0; i < n; ++i) single[i] = static_cast<int>(i);
          CHECK(p.modularity >= modularity(build_csr(n, edges), single) - 1e-12);
        }
      }
  }
}

TEST_CASE("graph: the same seed gives the same partition whatever the edge order") {
  const auto f = read_fixture("lesmis.tsv");
  CommunityOptions o;
  o.seed = 7;
  const Partition a = find_communities(f.names.size(), f.edges, o);
  const Partition b = find_communities(f.names.size(), f.edges, o);
  CHECK(a.membership == b.membership);
  auto shuffled = f.edges;
  std::mt19937_64 rng(3);
  std::shuffle(shuffled.begin(), shuffled.end(), rng);
  for (auto& e : shuffled)
    if (rng() % 2) std::swap(e.u, e.v);
  const Partition c = find_communities(f.names.size(), shuffled, o);
  CHECK(a.membership == c.membership);
  CHECK(a.modularity == c.modularity);
}

TEST_CASE("graph: community labels are canonical - largest first") {
  const auto f = read_fixture("karate.tsv", false);
  const Partition p = best_of(f, CommunityAlgorithm::leiden);
  std::vector<int> size(static_cast<std::size_t>(p.count), 0);
  for (int c : p.membership) ++size[static_cast<std::size_t>(c)];
  CHECK(std::is_sorted(size.rbegin(), size.rend()));
}

TEST_CASE("graph: CPM at resolution 0 yields the connected components") {
  std::vector<WeightedEdge> e{{0, 1, 1}, {1, 2, 1}, {3, 4, 1}};
  CommunityOptions o;
  o.objective = Objective::cpm;
  o.resolution = 0.0;
  const Partition p = find_communities(6, e, o);
  CHECK(p.count == 3);
  CHECK(p.membership == std::vector<int>{0, 0, 0, 1, 1, 2});
  CHECK(p.quality == doctest::Approx(3.0));
}

TEST_CASE("graph: CPM at high resolution keeps cliques only") {
  // Two triangles joined by one edge: at gamma 0.6 each triangle (3 - 0.6*3 = 1.2)
  // beats the union (7 - 0.6*15 < 0).
  std::vector<WeightedEdge> e{{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {3, 4, 1},
                              {4, 5, 1}, {3, 5, 1}, {2, 3, 1}};
  CommunityOptions o;
  o.objective = Objective::cpm;
  o.resolution = 0.6;
  const Partition p = find_communities(6, e, o);
  CHECK(p.count == 2);
  CHECK(p.quality == doctest::Approx(2.4));
  CHECK(p.quality == doctest::Approx(cpm_quality(build_csr(6, e), p.membership, 0.6)));
}

TEST_CASE("graph: a graph without edges gives singletons and modularity 0") {
  const Partition p = find_communities(4, {}, CommunityOptions{});
  CHECK(p.count == 4);
  CHECK(p.modularity == 0.0);
}

TEST_CASE("graph: bad community options are usage errors") {
  CommunityOptions o;
  o.resolution = 0.0;
  CHECK_THROWS_AS(validate(o), stakegraph::Error);
  o.resolution = -1.0;
  CHECK_THROWS_AS(validate(o), stakegraph::Error);
  o.resolution = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_AS(validate(o), stakegraph::Error);
  o.objective = Objective::cpm;
  o.resolution = 0.0;
  CHECK_NOTHROW(validate(o));
  o.resolution = -0.5;
  try {
    validate(o);
    FAIL("no error");
  } catch (const stakegraph::Error& e) {
    CHECK(e.kind() == stakegraph::ErrorKind::usage);
  }
  CHECK_THROWS_AS(consensus_communities(build_csr(2, {{0, 1, 1}}), CommunityOptions{}, 0),
                  stakegraph::Error);
}

TEST_CASE("graph: bad edges are data errors") {
  CHECK_THROWS_AS(build_csr(2, {{0, 2, 1}}), stakegraph::Error);
  CHECK_THROWS_AS(build_csr(2, {{0, 1, -1}}), stakegraph::Error);
  CHECK_THROWS_AS(build_csr(2, {{0, 1, std::numeric_limits<double>::infinity()}}),
                  stakegraph::Error);
}

TEST_CASE("graph: parallel edges are merged and loops kept once") {
  const CsrGraph g = build_csr(3, {{0, 1, 1}, {1, 0, 2}, {2, 2, 1.5}, {1, 2, 0}});
  CHECK(g.targets.size() == 2);
  CHECK(g.weights[0] == 3.0);
  CHECK(g.self_loops[2] == 1.5);
  CHECK(g.strength[2] == 3.0);
  CHECK(g.total_weight == 4.5);
}

TEST_CASE("graph: consensus of one run is that run with stability 1") {
  const auto f = read_fixture("karate.tsv", false);
  const CsrGraph g = build_csr(34, f.edges);
  CommunityOptions o;
  const Consensus c = consensus_communities(g, o, 1);
  CHECK(c.partition.membership == find_communities(g, o).membership);
  for (double s : c.node_stability) CHECK(s == 1.0);
  for (double s : c.cluster_stability) CHECK(s == 1.0);
}

TEST_CASE("graph: consensus over runs reports stability between 0 and 1") {
  const auto f = read_fixture("lesmis.tsv");
  const CsrGraph g = build_csr(f.names.size(), f.edges);
  const Consensus c = consensus_communities(g, CommunityOptions{}, 10);
  CHECK(c.runs == 10);
  CHECK(c.node_stability.size() == 77);
  CHECK(c.cluster_stability.size() == static_cast<std::size_t>(c.partition.count));
  for (double s : c.node_stability) CHECK((s >= 0.0 && s <= 1.0));
  for (double s : c.cluster_stability) CHECK((s > 0.0 && s <= 1.0));
  CHECK(communities_connected(77, f.edges, c.partition.membership));
  CHECK(c.partition.modularity > 0.5);
}

TEST_CASE("graph: two cliques joined by a bridge are perfectly stable") {
  std::vector<WeightedEdge> e;
  for (std::uint32_t a = 0; a < 5; ++a)
    for (std::uint32_t b = a + 1; b < 5; ++b) {
      e.push_back({a, b, 1});
      e.push_back({a + 5, b + 5, 1});
    }
  e.push_back({0, 5, 1});
  const Consensus c = consensus_communities(build_csr(10, e), CommunityOptions{}, 8);
  CHECK(c.partition.count == 2);
  for (double s : c.node_stability) CHECK(s == 1.0);
}

TEST_CASE("graph: leiden recovers a planted partition at mixing 0.3") {
  const auto p = stakegraph::bench::planted_partition(2000, 20, 0.3, 20, 100, 42);
  std::vector<WeightedEdge> e;
  for (auto [u, v] : p.edges) e.push_back({u, v, 1.0});
  const Partition r = find_communities(p.n, e, CommunityOptions{});
  CHECK(stakegraph::bench::nmi(p.truth, r.membership) >= 0.95);
}
