// Centrality over CSR arrays: Brandes' accumulation with a breadth-first
// search (equal weights) or Dijkstra (1/weight lengths), optionally from
// Brandes-Pich random pivots; harmonic closeness from the same searches;
// PageRank by power iteration with uniform redistribution of dangling mass.
#include "stakegraph/graph/centrality.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <queue>
#include <random>

namespace stakegraph::graph {

std::vector<double> degree(const CsrGraph& g) {
  std::vector<double> d(g.n);
  for (std::size_t v = 0; v < g.n; ++v) d[v] = static_cast<double>(g.degree(v));
  return d;
}

std::vector<double> weighted_degree(const CsrGraph& g) {
  std::vector<double> d(g.n, 0.0);
  for (std::size_t v = 0; v < g.n; ++v)
    for (std::size_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k) d[v] += g.weights[k];
  return d;
}

double sampling_error(std::size_t pivots) {
  return pivots == 0 ? 1.0 : std::sqrt(std::log(2.0 / 0.05) / (2.0 * static_cast<double>(pivots)));
}

namespace {

// Scratch state of the single-source searches, allocated once and reset only
// where a search wrote (the vertices in `order`).
struct Searches {
  const CsrGraph& g;
  std::vector<double> sigma, delta, dist;
  std::vector<std::int32_t> hops;  // breadth-first distances, -1 = unreached
  std::vector<std::uint32_t> order;
  std::vector<double> length;  // 1 / weight per CSR entry (weighted graphs)
  using Item = std::pair<double, std::uint32_t>;
  std::vector<Item> heap;

  explicit Searches(const CsrGraph& graph) : g(graph) {
    const std::size_t n = g.n;
    sigma.assign(n, 0.0);
    delta.assign(n, 0.0);
    order.reserve(n);
  }

  // Unit lengths: a breadth-first search with integer distances; the queue is
  // `order` itself (vertices leave it in non-decreasing distance).
  void bfs(std::uint32_t s, std::vector<double>& betweenness, std::vector<double>& closeness,
           double unit) {
    const std::size_t* off = g.offsets.data();
    const std::uint32_t* tg = g.targets.data();
    order.clear();
    hops[s] = 0;
    sigma[s] = 1.0;
    order.push_back(s);
    for (std::size_t head = 0; head < order.size(); ++head) {
      const std::uint32_t v = order[head];
      const std::int32_t dv = hops[v] + 1;
      const double sv = sigma[v];
      for (std::size_t k = off[v]; k < off[v + 1]; ++k) {
        const std::uint32_t w = tg[k];
        if (hops[w] < 0) {
          hops[w] = dv;
          order.push_back(w);
        }
        if (hops[w] == dv) sigma[w] += sv;
      }
    }
    for (std::size_t i = order.size(); i-- > 1;) {
      const std::uint32_t w = order[i];
      const std::int32_t dw = hops[w] - 1;
      const double coeff = (1.0 + delta[w]) / sigma[w];
      for (std::size_t k = off[w]; k < off[w + 1]; ++k) {
        const std::uint32_t v = tg[k];
        if (hops[v] == dw) delta[v] += sigma[v] * coeff;
      }
      closeness[w] += 1.0 / (unit * hops[w]);
      betweenness[w] += delta[w];
    }
    for (std::uint32_t v : order) {
      hops[v] = -1;
      sigma[v] = 0.0;
      delta[v] = 0.0;
    }
  }

  // Lengths 1/weight: Dijkstra with a binary heap (lazy deletion).
  void dijkstra(std::uint32_t s, std::vector<double>& betweenness, std::vector<double>& closeness) {
    const double inf = std::numeric_limits<double>::infinity();
    const std::size_t* off = g.offsets.data();
    const std::uint32_t* tg = g.targets.data();
    order.clear();
    dist[s] = 0.0;
    sigma[s] = 1.0;
    heap.clear();
    heap.push_back({0.0, s});
    const auto later = std::greater<>();
    while (!heap.empty()) {
      std::pop_heap(heap.begin(), heap.end(), later);
      const auto [d, v] = heap.back();
      heap.pop_back();
      if (d > dist[v]) continue;
      order.push_back(v);
      for (std::size_t k = off[v]; k < off[v + 1]; ++k) {
        const std::uint32_t w = tg[k];
        const double nd = d + length[k];
        const double tol = 1e-12 * nd;
        if (nd < dist[w] - tol) {
          dist[w] = nd;
          sigma[w] = sigma[v];
          heap.push_back({nd, w});
          std::push_heap(heap.begin(), heap.end(), later);
        } else if (std::abs(nd - dist[w]) <= tol) {
          sigma[w] += sigma[v];
        }
      }
    }
    for (std::size_t i = order.size(); i-- > 1;) {
      const std::uint32_t w = order[i];
      const double coeff = (1.0 + delta[w]) / sigma[w];
      const double tol = 1e-12 * dist[w];
      for (std::size_t k = off[w]; k < off[w + 1]; ++k) {
        const std::uint32_t v = tg[k];
        if (dist[v] < dist[w] && std::abs(dist[v] + length[k] - dist[w]) <= tol)
          delta[v] += sigma[v] * coeff;
      }
      closeness[w] += 1.0 / dist[w];
      betweenness[w] += delta[w];
    }
    for (std::uint32_t v : order) {
      dist[v] = inf;
      sigma[v] = 0.0;
      delta[v] = 0.0;
    }
  }
};

}  // namespace

PathCentrality path_centrality(const CsrGraph& g, std::size_t pivots, std::uint64_t seed) {
  const std::size_t n = g.n;
  PathCentrality out;
  out.betweenness.assign(n, 0.0);
  out.closeness.assign(n, 0.0);
  if (n == 0) return out;
  std::vector<std::uint32_t> sources(n);
  std::iota(sources.begin(), sources.end(), 0u);
  if (pivots > 0 && pivots < n) {
    std::mt19937_64 rng(seed);
    for (std::size_t i = 0; i < pivots; ++i) {  // partial Fisher-Yates
      const std::size_t j = i + static_cast<std::size_t>(rng() % (n - i));
      std::swap(sources[i], sources[j]);
    }
    sources.resize(pivots);
    std::sort(sources.begin(), sources.end());
    out.sampled = true;
  }
  out.sources = sources.size();

  bool uniform = true;
  for (std::size_t k = 1; k < g.weights.size() && uniform; ++k)
    if (g.weights[k] != g.weights[0]) uniform = false;

  Searches search(g);
  if (uniform) {
    const double unit = g.weights.empty() ? 1.0 : 1.0 / g.weights[0];
    search.hops.assign(n, -1);
    for (std::uint32_t s : sources) search.bfs(s, out.betweenness, out.closeness, unit);
  } else {
    search.dist.assign(n, std::numeric_limits<double>::infinity());
    search.length.resize(g.weights.size());
    for (std::size_t k = 0; k < g.weights.size(); ++k) search.length[k] = 1.0 / g.weights[k];
    for (std::uint32_t s : sources) search.dijkstra(s, out.betweenness, out.closeness);
  }
  const double scale = static_cast<double>(n) / static_cast<double>(out.sources);
  // Every ordered pair was seen (from s and from t): halve to count {s,t} once.
  const double pairs = n >= 3 ? static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0 : 0;
  for (auto& b : out.betweenness) b = pairs > 0 ? b * scale / 2.0 / pairs : 0.0;
  // From a pivot p the sum over v collects 1/d(p, v); by symmetry that is
  // v's closeness term for p, so scaling by n / pivots estimates the sum.
  for (auto& c : out.closeness) c = n > 1 ? c * scale / static_cast<double>(n - 1) : 0.0;
  return out;
}

std::vector<double> pagerank(const CsrGraph& g, double damping) {
  const std::size_t n = g.n;
  if (n == 0) return {};
  const std::vector<double> out_w = weighted_degree(g);
  std::vector<double> r(n, 1.0 / static_cast<double>(n)), next(n);
  for (int it = 0; it < 1000; ++it) {
    double dangling = 0.0;
    for (std::size_t v = 0; v < n; ++v)
      if (out_w[v] <= 0.0) dangling += r[v];
    const double base = (1.0 - damping + damping * dangling) / static_cast<double>(n);
    std::fill(next.begin(), next.end(), base);
    for (std::size_t v = 0; v < n; ++v) {
      if (out_w[v] <= 0.0) continue;
      const double share = damping * r[v] / out_w[v];
      for (std::size_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k)
        next[g.targets[k]] += share * g.weights[k];
    }
    double change = 0.0, sum = 0.0;
    for (std::size_t v = 0; v < n; ++v) sum += next[v];
    for (std::size_t v = 0; v < n; ++v) {
      next[v] /= sum;
      change += std::abs(next[v] - r[v]);
    }
    r.swap(next);
    if (change < 1e-12) break;
  }
  return r;
}

}  // namespace stakegraph::graph
