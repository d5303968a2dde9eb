// Structural positions: Batagelj-Zaversnik cores, Hopcroft-Tarjan cut
// vertices and bridges (iterative, so deep graphs do not overflow the stack),
// Burt's constraint / effective size / hierarchy, Guimera-Amaral roles and
// Gould-Fernandez brokerage counts.
#include "stakegraph/graph/structure.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace stakegraph::graph {

std::vector<int> core_numbers(const CsrGraph& g) {
  const std::size_t n = g.n;
  std::vector<int> deg(n);
  int md = 0;
  for (std::size_t v = 0; v < n; ++v) {
    deg[v] = static_cast<int>(g.degree(v));
    md = std::max(md, deg[v]);
  }
  std::vector<std::size_t> bin(static_cast<std::size_t>(md) + 2, 0), pos(n), vert(n);
  for (std::size_t v = 0; v < n; ++v) ++bin[static_cast<std::size_t>(deg[v])];
  std::size_t start = 0;
  for (auto& b : bin) {
    const std::size_t c = b;
    b = start;
    start += c;
  }
  for (std::size_t v = 0; v < n; ++v) {
    pos[v] = bin[static_cast<std::size_t>(deg[v])]++;
    vert[pos[v]] = v;
  }
  for (std::size_t d = bin.size() - 1; d > 0; --d) bin[d] = bin[d - 1];
  bin[0] = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t v = vert[i];
    for (std::size_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k) {
      const std::size_t u = g.targets[k];
      if (deg[u] > deg[v]) {
        const auto du = static_cast<std::size_t>(deg[u]);
        const std::size_t pu = pos[u], pw = bin[du], w = vert[pw];
        if (u != w) {
          pos[u] = pw;
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
        }
        ++bin[du];
        --deg[u];
      }
    }
  }
  return deg;
}

CutStructure cut_structure(const CsrGraph& g) {
  const std::size_t n = g.n;
  CutStructure out;
  out.articulation.assign(n, false);
  std::vector<std::size_t> disc(n, 0), low(n, 0), next(n);
  std::vector<std::uint32_t> parent(n, 0);
  std::size_t time = 0;
  std::vector<std::uint32_t> stack;
  for (std::size_t r = 0; r < n; ++r) {
    if (disc[r] != 0) continue;
    std::size_t root_children = 0;
    disc[r] = low[r] = ++time;
    next[r] = g.offsets[r];
    parent[r] = static_cast<std::uint32_t>(r);
    stack.push_back(static_cast<std::uint32_t>(r));
    while (!stack.empty()) {
      const std::uint32_t v = stack.back();
      if (next[v] < g.offsets[v + 1]) {
        const std::uint32_t w = g.targets[next[v]++];
        if (disc[w] == 0) {
          parent[w] = v;
          disc[w] = low[w] = ++time;
          next[w] = g.offsets[w];
          stack.push_back(w);
          if (v == r) ++root_children;
        } else if (w != parent[v]) {
          low[v] = std::min(low[v], disc[w]);
        }
        continue;
      }
      stack.pop_back();
      if (v == r) continue;
      const std::uint32_t p = parent[v];
      low[p] = std::min(low[p], low[v]);
      if (low[v] > disc[p]) out.bridges.emplace_back(std::min(p, v), std::max(p, v));
      if (p != r && low[v] >= disc[p]) out.articulation[p] = true;
    }
    if (root_children > 1) out.articulation[r] = true;
  }
  std::sort(out.bridges.begin(), out.bridges.end());
  return out;
}

namespace {

// Weight of edge (u, v) by binary search in u's sorted row; 0 when absent.
double edge_weight(const CsrGraph& g, std::size_t u, std::uint32_t v) {
  auto first = g.targets.begin() + static_cast<std::ptrdiff_t>(g.offsets[u]);
  auto last = g.targets.begin() + static_cast<std::ptrdiff_t>(g.offsets[u + 1]);
  auto it = std::lower_bound(first, last, v);
  if (it == last || *it != v) return 0.0;
  return g.weights[static_cast<std::size_t>(it - g.targets.begin())];
}

}  // namespace

StructuralHoles structural_holes(const CsrGraph& g) {
  const std::size_t n = g.n;
  StructuralHoles out;
  out.constraint.assign(n, 0.0);
  out.effective_size.assign(n, 0.0);
  out.hierarchy.assign(n, 0.0);
  out.has_value.assign(n, false);
  std::vector<double> sum(n, 0.0), mx(n, 0.0);
  for (std::size_t v = 0; v < n; ++v)
    for (std::size_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k) {
      sum[v] += g.weights[k];
      mx[v] = std::max(mx[v], g.weights[k]);
    }
  std::vector<double> local;
  // at[q] = 1 + the position of q in i's row, 0 when q is not i's neighbour.
  std::vector<std::uint32_t> at(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t deg = g.degree(i);
    if (deg == 0) continue;
    out.has_value[i] = true;
    local.assign(deg, 0.0);
    for (std::size_t b = 0; b < deg; ++b)
      at[g.targets[g.offsets[i] + b]] = static_cast<std::uint32_t>(b + 1);
    double c = 0.0, eff = 0.0;
    for (std::size_t a = 0; a < deg; ++a) {
      const std::size_t kj = g.offsets[i] + a;
      const std::uint32_t j = g.targets[kj];
      const double pij = g.weights[kj] / sum[i];
      double indirect = 0.0, redundancy = 0.0;
      // The common neighbours q of i and j in ascending order (both rows are
      // sorted, so either walk adds the same terms in the same order): along
      // j's row with the at[] marks when it is short, else along i's row with
      // a binary search in q's row (a hub next to a leaf costs the leaf's
      // degree either way, not the hub's).
      if (g.degree(j) <= 4 * deg) {
        for (std::size_t kq = g.offsets[j]; kq < g.offsets[j + 1]; ++kq) {
          const std::uint32_t q = g.targets[kq];
          if (at[q] == 0) continue;  // not i's neighbour (j and i never are)
          const double wqj = g.weights[kq];
          if (wqj == 0.0) continue;
          const double piq = g.weights[g.offsets[i] + at[q] - 1] / sum[i];
          indirect += piq * wqj / sum[q];
          redundancy += piq * wqj / mx[j];
        }
      } else {
        for (std::size_t b = 0; b < deg; ++b) {
          const std::size_t kq = g.offsets[i] + b;
          const std::uint32_t q = g.targets[kq];
          if (q == j) continue;
          const double wqj = edge_weight(g, q, j);
          if (wqj == 0.0) continue;
          const double piq = g.weights[kq] / sum[i];
          indirect += piq * wqj / sum[q];
          redundancy += piq * wqj / mx[j];
        }
      }
      local[a] = (pij + indirect) * (pij + indirect);
      c += local[a];
      eff += 1.0 - redundancy;
    }
    for (std::size_t b = 0; b < deg; ++b) at[g.targets[g.offsets[i] + b]] = 0;
    out.constraint[i] = c;
    out.effective_size[i] = eff;
    if (deg > 1 && c > 0.0) {
      const double nn = static_cast<double>(deg);
      double h = 0.0;
      for (double cij : local) {
        const double r = cij / (c / nn);
        if (r > 0.0) h += r * std::log(r);
      }
      out.hierarchy[i] = h / (nn * std::log(nn));
    }
  }
  return out;
}

ModuleRoles module_roles(const CsrGraph& g, const std::vector<int>& membership) {
  const std::size_t n = g.n;
  ModuleRoles out;
  out.participation.assign(n, 0.0);
  out.within_module_z.assign(n, 0.0);
  out.role.assign(n, "ultra-peripheral");
  std::vector<double> kin(n, 0.0);
  std::map<int, std::pair<double, double>> moments;  // module -> (sum, sum of squares)
  std::map<int, double> count;
  std::map<int, double> per;
  for (std::size_t v = 0; v < n; ++v) {
    const double k = static_cast<double>(g.degree(v));
    per.clear();
    for (std::size_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e)
      per[membership[g.targets[e]]] += 1.0;
    kin[v] = per.count(membership[v]) ? per[membership[v]] : 0.0;
    if (k > 0.0) {
      double s = 0.0;
      for (auto& [m, x] : per) s += (x / k) * (x / k);
      out.participation[v] = 1.0 - s;
    }
    auto& mo = moments[membership[v]];
    mo.first += kin[v];
    mo.second += kin[v] * kin[v];
    count[membership[v]] += 1.0;
  }
  for (std::size_t v = 0; v < n; ++v) {
    const auto& mo = moments[membership[v]];
    const double c = count[membership[v]];
    const double mean = mo.first / c;
    const double var = std::max(0.0, mo.second / c - mean * mean);
    const double sd = std::sqrt(var);
    out.within_module_z[v] = sd > 1e-12 ? (kin[v] - mean) / sd : 0.0;
    const double p = out.participation[v];
    if (out.within_module_z[v] < 2.5) {
      out.role[v] = p <= 0.05   ? "ultra-peripheral"
                    : p <= 0.62 ? "peripheral"
                    : p <= 0.80 ? "non-hub connector"
                                : "non-hub kinless";
    } else {
      out.role[v] = p <= 0.30 ? "provincial hub" : p <= 0.75 ? "connector hub" : "kinless hub";
    }
  }
  return out;
}

Brokerage brokerage(std::size_t n, std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs,
                    const std::vector<int>& group) {
  Brokerage out;
  out.counts.assign(n, {0, 0, 0, 0, 0});
  arcs.erase(std::remove_if(arcs.begin(), arcs.end(), [](auto& a) { return a.first == a.second; }),
             arcs.end());
  std::sort(arcs.begin(), arcs.end());
  arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());
  std::vector<std::vector<std::uint32_t>> in(n), outs(n);
  for (auto [a, b] : arcs) {
    outs[a].push_back(b);
    in[b].push_back(a);
  }
  auto has_arc = [&](std::uint32_t a, std::uint32_t c) {
    return std::binary_search(outs[a].begin(), outs[a].end(), c);
  };
  for (std::size_t b = 0; b < n; ++b)
    for (std::uint32_t a : in[b])
      for (std::uint32_t c : outs[b]) {
        if (a == c || has_arc(a, c)) continue;
        const int ga = group[a], gb = group[b], gc = group[c];
        std::size_t role;
        if (ga == gb && gb == gc)
          role = 0;
        else if (gb == gc)
          role = 1;
        else if (ga == gb)
          role = 2;
        else if (ga == gc)
          role = 3;
        else
          role = 4;
        out.counts[b][role] += 1.0;
      }
  return out;
}

}  // namespace stakegraph::graph
