// Centrality on the undirected weighted CsrGraph: degree, strength,
// betweenness (exact or sampled), harmonic closeness and PageRank.
#pragma once

#include <cstdint>
#include <vector>

#include "stakegraph/graph/csr.hpp"

namespace stakegraph::graph {

// Number of distinct neighbours (loops not counted). O(V).
std::vector<double> degree(const CsrGraph& g);
// Summed weight of the incident edges, loops not counted. O(V + E).
std::vector<double> weighted_degree(const CsrGraph& g);

// Betweenness and harmonic closeness from one set of single-source shortest
// path searches (U. Brandes, "A faster algorithm for betweenness centrality",
// J. Math. Sociol. 25, 2001).
//
// Conventions: weights are strengths, so the length of an edge is 1 / weight
// (a breadth-first search when every weight is equal). Path lengths within a
// relative 1e-12 count as equal. The graph is undirected and each unordered
// pair {s, t} is counted once; betweenness is divided by (n-1)(n-2)/2, so it
// lies in [0, 1] (the centre of a star scores 1); 0 for n < 3. Harmonic
// closeness H(v) = 1/(n-1) sum over u != v of 1 / d(v, u) (1/inf = 0, so
// disconnected graphs work; Marchiori & Latora 2000), with d in 1/weight units.
//
// Exact: all n sources, O(V E + V^2 log V). Sampled (pivots > 0 and < n):
// U. Brandes, C. Pich, "Centrality estimation in large networks" (2007):
// `pivots` sources drawn uniformly without replacement with mt19937_64(seed),
// contributions scaled by n / pivots. Each node's normalised estimate then has
// absolute error <= sqrt(ln(2/0.05) / (2 pivots)) with probability 0.95
// (Hoeffding; see sampling_error()).
struct PathCentrality {
  std::vector<double> betweenness;
  std::vector<double> closeness;
  std::size_t sources = 0;  // searches run (n when exact)
  bool sampled = false;
};
PathCentrality path_centrality(const CsrGraph& g, std::size_t pivots = 0, std::uint64_t seed = 1);

// Above this work estimate (n * number of undirected edges) analyse() samples.
// Exact betweenness and closeness cost about 1e-7 CPU-seconds per unit here
// (a 10,000-node, 90,000-edge graph, n*m = 9e8: 94 s on a loaded 2-core
// machine), so the exact default stays within ~20 s.
inline constexpr double kExactBetweennessWork = 2e8;
// Pivots used when sampling.
inline constexpr std::size_t kBetweennessPivots = 1000;
// The 95% Hoeffding error bound of a sampled normalised value.
double sampling_error(std::size_t pivots);

// PageRank (Brin & Page 1998) of the undirected weighted graph: a walker
// follows an edge with probability proportional to its weight; damping 0.85;
// the mass of vertices without edges is spread uniformly; power iteration
// until the L1 change < 1e-12 or 1000 iterations. Sums to 1. O(iterations * E).
std::vector<double> pagerank(const CsrGraph& g, double damping = 0.85);

}  // namespace stakegraph::graph
