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
  for (std::size_t k = 1; k < g.weights.size(); ++k)
    if (g.weights[k] != g.weights[0]) uniform = false;
  const double unit = g.weights.empty() ? 1.0 : 1.0 / g.weights[0];

  std::vector<double> dist(n), sigma(n), delta(n);
  std::vector<std::uint32_t> order;
  order.reserve(n);
  std::vector<std::uint32_t> queue(n);
  using Item = std::pair<double, std::uint32_t>;
  std::priority_queue<Item, std::vector<Item>, std::greater<>> heap;
  const double inf = std::numeric_limits<double>::infinity();

  for (std::uint32_t s : sources) {
    std::fill(dist.begin(), dist.end(), inf);
    std::fill(sigma.begin(), sigma.end(), 0.0);
    std::fill(delta.begin(), delta.end(), 0.0);
    order.clear();
    dist[s] = 0.0;
    sigma[s] = 1.0;
    if (uniform) {
      std::size_t head = 0, tail = 0;
      queue[tail++] = s;
      while (head < tail) {
        const std::uint32_t v = queue[head++];
        order.push_back(v);
        for (std::size_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k) {
          const std::uint32_t w = g.targets[k];
          if (dist[w] == inf) {
            dist[w] = dist[v] + unit;
            queue[tail++] = w;
          }
          if (dist[w] == dist[v] + unit) sigma[w] += sigma[v];
        }
      }
    } else {
      heap.push({0.0, s});
      while (!heap.empty()) {
        auto [d, v] = heap.top();
        heap.pop();
        if (d > dist[v]) continue;
        order.push_back(v);
        for (std::size_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k) {
          const std::uint32_t w = g.targets[k];
          const double nd = d + 1.0 / g.weights[k];
          const double tol = 1e-12 * nd;
          if (nd < dist[w] - tol) {
            dist[w] = nd;
            sigma[w] = sigma[v];
            heap.push({nd, w});
          } else if (std::abs(nd - dist[w]) <= tol) {
            sigma[w] += sigma[v];
          }
        }
      }
    }
    for (std::size_t i = order.size(); i-- > 0;) {
      const std::uint32_t w = order[i];
      if (w != s) out.closeness[w] += 1.0 / dist[w];
      for (std::size_t k = g.offsets[w]; k < g.offsets[w + 1]; ++k) {
        const std::uint32_t v = g.targets[k];
        const double len = uniform ? unit : 1.0 / g.weights[k];
        const double tol = 1e-12 * dist[w];
        if (std::abs(dist[v] + len - dist[w]) <= tol && dist[v] < dist[w])
          delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
      }
      if (w != s) out.betweenness[w] += delta[w];
    }
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
