// A compact undirected weighted graph (compressed sparse rows) that every
// algorithm in graph/ runs on, built from an edge list or from the model.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "stakegraph/graph/model.hpp"

namespace stakegraph::graph {

struct WeightedEdge {
  std::uint32_t u = 0;
  std::uint32_t v = 0;
  double w = 1.0;
};

// Conventions: each undirected edge {u,v}, u != v, appears in the rows of u
// and of v with the same weight; neighbours are sorted by index. A self-loop
// is not in the rows but in self_loops[u] (its weight, counted once).
// strength[u] = sum of the row + 2 * self_loops[u] (a loop adds to the degree
// twice, as in networkx). total_weight m = sum over undirected edges, each
// once, loops included, so sum(strength) = 2m. size[u] is the number of
// original vertices u stands for (1 unless aggregated).
struct CsrGraph {
  std::size_t n = 0;
  std::vector<std::size_t> offsets;  // n + 1
  std::vector<std::uint32_t> targets;
  std::vector<double> weights;
  std::vector<double> self_loops;
  std::vector<double> strength;
  std::vector<double> size;
  double total_weight = 0.0;

  std::size_t degree(std::size_t u) const { return offsets[u + 1] - offsets[u]; }
};

// Builds the CSR of an undirected graph on vertices 0..n-1. Parallel edges
// (in either orientation) are merged by summing their weights, after sorting
// the edges so that the result does not depend on input order; edges of weight
// 0 are dropped. Throws Error(ErrorKind::data) for an endpoint >= n or a
// weight that is negative, NaN or infinite. O(E log E) time, 16 bytes per
// directed entry plus O(n).
CsrGraph build_csr(std::size_t n, std::vector<WeightedEdge> edges);

// The model as a CSR graph: vertex i is the i-th node in id order (ids[i]);
// all relations between a pair, in either direction, are merged by summing
// weights (edge direction is ignored).
struct ModelCsr {
  CsrGraph graph;
  std::vector<std::string> ids;
};
ModelCsr to_csr(const StakeholderGraph& g);

// Connected components (labels 0.. in order of the smallest vertex). O(V + E).
std::vector<int> connected_components(const CsrGraph& g);

// Components of the subgraph of the edges {u, w} for which joins(u, w) holds
// (asked once per edge seen from a labelled u to an unlabelled w, so joins
// should be symmetric): labels 0.. in order of the smallest vertex, found by
// depth-first search from each unlabelled vertex in index order.
// O(V + E) calls of joins.
template <class Joins>
std::vector<int> component_labels(const CsrGraph& g, Joins joins) {
  std::vector<int> label(g.n, -1);
  std::vector<std::uint32_t> stack;
  int next = 0;
  for (std::size_t s = 0; s < g.n; ++s) {
    if (label[s] >= 0) continue;
    label[s] = next;
    stack.push_back(static_cast<std::uint32_t>(s));
    while (!stack.empty()) {
      const std::uint32_t u = stack.back();
      stack.pop_back();
      for (std::size_t k = g.offsets[u]; k < g.offsets[u + 1]; ++k) {
        const std::uint32_t w = g.targets[k];
        if (label[w] < 0 && joins(u, w)) {
          label[w] = next;
          stack.push_back(w);
        }
      }
    }
    ++next;
  }
  return label;
}

}  // namespace stakegraph::graph
