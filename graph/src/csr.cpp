// CSR construction: validation, canonical (sorted) edge order, merging of
// parallel edges, and connected components. Sorting before summing makes the
// floating-point sums, and hence every algorithm downstream, independent of the
// order in which equal data arrive.
#include "stakegraph/graph/csr.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace stakegraph::graph {

CsrGraph build_csr(std::size_t n, std::vector<WeightedEdge> edges) {
  for (const auto& e : edges) {
    if (e.u >= n || e.v >= n)
      throw Error(ErrorKind::data, "edge endpoint " + std::to_string(std::max(e.u, e.v)) +
                                       " out of range (" + std::to_string(n) + " vertices)");
    if (!std::isfinite(e.w) || e.w < 0.0)
      throw Error(ErrorKind::data, "edge weight must be finite and non-negative");
  }
  for (auto& e : edges)
    if (e.v < e.u) std::swap(e.u, e.v);
  std::sort(edges.begin(), edges.end(), [](const WeightedEdge& a, const WeightedEdge& b) {
    if (a.u != b.u) return a.u < b.u;
    if (a.v != b.v) return a.v < b.v;
    return a.w < b.w;
  });
  // Merge in place.
  std::size_t out = 0;
  for (std::size_t i = 0; i < edges.size();) {
    WeightedEdge m = edges[i];
    std::size_t j = i + 1;
    for (; j < edges.size() && edges[j].u == m.u && edges[j].v == m.v; ++j) m.w += edges[j].w;
    if (m.w > 0.0) edges[out++] = m;
    i = j;
  }
  edges.resize(out);

  CsrGraph g;
  g.n = n;
  g.offsets.assign(n + 1, 0);
  g.self_loops.assign(n, 0.0);
  g.strength.assign(n, 0.0);
  g.size.assign(n, 1.0);
  for (const auto& e : edges) {
    if (e.u == e.v) continue;
    ++g.offsets[e.u + 1];
    ++g.offsets[e.v + 1];
  }
  for (std::size_t i = 0; i < n; ++i) g.offsets[i + 1] += g.offsets[i];
  g.targets.resize(g.offsets[n]);
  g.weights.resize(g.offsets[n]);
  std::vector<std::size_t> pos(g.offsets.begin(), g.offsets.end() - 1);
  // Edges are sorted by (u, v) with u < v: filling rows in this order gives
  // each row the lower neighbours first (from earlier u), then the higher
  // ones, both ascending, so rows end up sorted.
  for (const auto& e : edges) {
    if (e.u == e.v) {
      g.self_loops[e.u] += e.w;
      g.total_weight += e.w;
      continue;
    }
    g.targets[pos[e.v]] = e.u;
    g.weights[pos[e.v]++] = e.w;
    g.total_weight += e.w;
  }
  for (const auto& e : edges) {
    if (e.u == e.v) continue;
    g.targets[pos[e.u]] = e.v;
    g.weights[pos[e.u]++] = e.w;
  }
  for (std::size_t u = 0; u < n; ++u) {
    double s = 2.0 * g.self_loops[u];
    for (std::size_t k = g.offsets[u]; k < g.offsets[u + 1]; ++k) s += g.weights[k];
    g.strength[u] = s;
  }
  return g;
}

ModelCsr to_csr(const StakeholderGraph& g) {
  ModelCsr out;
  // Only looked up, never iterated: the hash order cannot reach the output.
  std::unordered_map<std::string_view, std::uint32_t> index;
  index.reserve(g.node_count());
  for (const auto& [id, node] : g.nodes()) {
    index.emplace(id, static_cast<std::uint32_t>(out.ids.size()));
    out.ids.push_back(id);
  }
  std::vector<WeightedEdge> edges;
  edges.reserve(g.edge_count());
  for (const auto& [key, e] : g.edges())
    edges.push_back({index.at(e.source), index.at(e.target), e.weight});
  out.graph = build_csr(out.ids.size(), std::move(edges));
  return out;
}

std::vector<int> connected_components(const CsrGraph& g) {
  return component_labels(g, [](std::uint32_t, std::uint32_t) { return true; });
}

}  // namespace stakegraph::graph
