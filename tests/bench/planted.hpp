// A planted-partition generator with LFR-like community sizes (A. Lancichinetti,
// S. Fortunato, F. Radicchi, Phys. Rev. E 78, 046110, 2008) and homogeneous
// expected degrees, plus normalised mutual information. Community sizes follow
// a power law with exponent -1 between min_size and max_size; each vertex has
// on average (1 - mu) * degree neighbours inside its community and
// mu * degree outside (mu is the mixing parameter). Edges are drawn as random
// pairs; the rare duplicates and loops are dropped. Deterministic for a seed.
// Header-only so that the quick ctest test and the benchmarks share it.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <utility>
#include <vector>

namespace stakegraph::bench {

struct Planted {
  std::size_t n = 0;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  std::vector<int> truth;
};

inline Planted planted_partition(std::size_t n, double degree, double mu, std::size_t min_size,
                                 std::size_t max_size, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto uniform = [&]() { return static_cast<double>(rng() >> 11) * 0x1.0p-53; };
  Planted p;
  p.n = n;
  p.truth.resize(n);
  std::vector<std::size_t> start;  // first vertex of each community
  std::size_t v = 0;
  while (v < n) {
    // Inverse CDF of p(s) ~ 1/s on [min, max].
    const double r = uniform();
    auto s = static_cast<std::size_t>(static_cast<double>(min_size) *
                                      std::pow(static_cast<double>(max_size) / min_size, r));
    s = std::clamp(s, min_size, max_size);
    if (n - v < s + min_size) s = n - v;  // the remainder joins the last community
    start.push_back(v);
    for (std::size_t i = 0; i < s; ++i) p.truth[v + i] = static_cast<int>(start.size() - 1);
    v += s;
  }
  start.push_back(n);
  std::set<std::pair<std::uint32_t, std::uint32_t>> seen;
  auto add = [&](std::uint64_t a, std::uint64_t b) {
    if (a == b) return;
    const auto x = static_cast<std::uint32_t>(std::min(a, b));
    const auto y = static_cast<std::uint32_t>(std::max(a, b));
    const std::pair<std::uint32_t, std::uint32_t> e{x, y};
    if (seen.insert(e).second) p.edges.push_back(e);
  };
  for (std::size_t c = 0; c + 1 < start.size(); ++c) {
    const std::size_t s = start[c + 1] - start[c];
    const auto m = static_cast<std::size_t>(std::llround(s * (1.0 - mu) * degree / 2.0));
    for (std::size_t i = 0; i < m; ++i) add(start[c] + rng() % s, start[c] + rng() % s);
  }
  const auto inter = static_cast<std::size_t>(std::llround(n * mu * degree / 2.0));
  for (std::size_t i = 0; i < inter;) {
    const std::uint64_t a = rng() % n, b = rng() % n;
    if (p.truth[a] == p.truth[b]) continue;
    add(a, b);
    ++i;
  }
  return p;
}

// Normalised mutual information, 2 I(X;Y) / (H(X) + H(Y)) (1 when both are trivial).
inline double nmi(const std::vector<int>& x, const std::vector<int>& y) {
  const double n = static_cast<double>(x.size());
  std::map<int, double> px, py;
  std::map<std::pair<int, int>, double> pxy;
  for (std::size_t i = 0; i < x.size(); ++i) {
    px[x[i]] += 1;
    py[y[i]] += 1;
    pxy[{x[i], y[i]}] += 1;
  }
  double hx = 0, hy = 0, i = 0;
  for (auto& [k, c] : px) hx -= c / n * std::log(c / n);
  for (auto& [k, c] : py) hy -= c / n * std::log(c / n);
  for (auto& [k, c] : pxy)
    i += c / n * std::log((c / n) / ((px[k.first] / n) * (py[k.second] / n)));
  if (hx + hy == 0) return 1.0;
  return 2 * i / (hx + hy);
}

}  // namespace stakegraph::bench
