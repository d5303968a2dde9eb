// Leiden and Louvain community detection over CSR arrays, and a consensus of
// seeded runs. The structure follows Traag, Waltman & van Eck (2019), "From
// Louvain to Leiden", Algorithms A.1-A.2: fast local moving with a queue,
// refinement from singletons inside each community (only well-connected
// vertices into well-connected sub-communities, so refined communities are
// connected), aggregation on the refined partition while the unrefined one
// seeds the next level. Both objectives share one form of the move gain:
//   gain(v -> C) = w(v, C) - g' * a_v * A_C,
// modularity: a = strength, g' = gamma / 2m; CPM: a = vertex count, g' = gamma.
#include "stakegraph/graph/communities.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <numeric>
#include <random>

namespace stakegraph::graph {

namespace {

using Rng = std::mt19937_64;

// Fisher-Yates with a modulo draw: identical on every standard library
// (std::shuffle's use of the engine is implementation-defined).
void shuffle(std::vector<std::uint32_t>& v, Rng& rng) {
  for (std::size_t i = v.size(); i > 1; --i) {
    const std::size_t j = static_cast<std::size_t>(rng() % i);
    std::swap(v[i - 1], v[j]);
  }
}

std::vector<std::uint32_t> shuffled_order(std::size_t n, Rng& rng) {
  std::vector<std::uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  shuffle(order, rng);
  return order;
}

// Renumbers to 0..k-1 in order of first appearance; returns k.
int compact(std::vector<int>& labels) {
  std::vector<int> map(labels.size(), -1);
  int k = 0;
  for (auto& l : labels) {
    if (map[static_cast<std::size_t>(l)] < 0) map[static_cast<std::size_t>(l)] = k++;
    l = map[static_cast<std::size_t>(l)];
  }
  return k;
}

struct Objective_ {
  bool cpm = false;
  double gamma = 1.0;  // g' of the file comment
  double a(const CsrGraph& g, std::size_t v) const { return cpm ? g.size[v] : g.strength[v]; }
};

// Fast local moving (Algorithm A.2, MoveNodesFast). Returns true if a vertex moved.
bool move_nodes(const CsrGraph& g, std::vector<int>& comm, const Objective_& obj, Rng& rng) {
  const std::size_t n = g.n;
  std::vector<double> tot(n, 0.0);
  std::vector<std::uint32_t> count(n, 0);
  for (std::size_t v = 0; v < n; ++v) {
    tot[static_cast<std::size_t>(comm[v])] += obj.a(g, v);
    ++count[static_cast<std::size_t>(comm[v])];
  }
  std::vector<int> empty;
  for (std::size_t c = n; c-- > 0;)
    if (count[c] == 0) empty.push_back(static_cast<int>(c));

  std::deque<std::uint32_t> queue;
  {
    auto order = shuffled_order(n, rng);
    queue.assign(order.begin(), order.end());
  }
  std::vector<char> queued(n, 1);
  std::vector<double> nw(n, 0.0);
  std::vector<char> seen(n, 0);
  std::vector<int> touched;
  bool moved = false;

  while (!queue.empty()) {
    const std::uint32_t v = queue.front();
    queue.pop_front();
    queued[v] = 0;
    const int own = comm[v];
    const double av = obj.a(g, v);
    touched.clear();
    for (std::size_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k) {
      const int c = comm[g.targets[k]];
      if (!seen[static_cast<std::size_t>(c)]) {
        seen[static_cast<std::size_t>(c)] = 1;
        touched.push_back(c);
      }
      nw[static_cast<std::size_t>(c)] += g.weights[k];
    }
    const auto o = static_cast<std::size_t>(own);
    tot[o] -= av;
    --count[o];
    int best = own;
    double best_gain = nw[o] - obj.gamma * av * tot[o];
    for (int c : touched) {
      const auto cc = static_cast<std::size_t>(c);
      const double gain = nw[cc] - obj.gamma * av * tot[cc];
      if (gain > best_gain) {
        best_gain = gain;
        best = c;
      }
    }
    if (best_gain < 0.0) {  // an empty community (gain 0) is better
      if (count[o] == 0) {
        best = own;
      } else {
        best = empty.back();
        empty.pop_back();
      }
    }
    const auto b = static_cast<std::size_t>(best);
    tot[b] += av;
    ++count[b];
    if (best != own) {
      if (count[o] == 0) empty.push_back(own);
      comm[v] = best;
      moved = true;
      for (std::size_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k) {
        const std::uint32_t u = g.targets[k];
        if (!queued[u] && comm[u] != best) {
          queued[u] = 1;
          queue.push_back(u);
        }
      }
    }
    for (int c : touched) {
      nw[static_cast<std::size_t>(c)] = 0.0;
      seen[static_cast<std::size_t>(c)] = 0;
    }
  }
  return moved;
}

// Refinement (Algorithm A.2, RefinePartition / MergeNodesSubset) for all
// communities at once. Returns the refined labels (not compacted).
std::vector<int> refine(const CsrGraph& g, const std::vector<int>& comm, const Objective_& obj,
                        Rng& rng) {
  const std::size_t n = g.n;
  std::vector<int> refined(n);
  std::iota(refined.begin(), refined.end(), 0);
  std::vector<double> ctot(n, 0.0), rtot(n, 0.0), ext(n, 0.0);
  std::vector<std::uint32_t> rsize(n, 1);
  for (std::size_t v = 0; v < n; ++v) {
    ctot[static_cast<std::size_t>(comm[v])] += obj.a(g, v);
    rtot[v] = obj.a(g, v);
    for (std::size_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k)
      if (comm[g.targets[k]] == comm[v]) ext[v] += g.weights[k];
  }
  std::vector<double> nw(n, 0.0);
  std::vector<char> seen(n, 0);
  std::vector<int> touched;
  for (std::uint32_t v : shuffled_order(n, rng)) {
    const auto rv = static_cast<std::size_t>(refined[v]);
    if (rsize[rv] != 1) continue;  // no longer a singleton
    const double av = obj.a(g, v);
    const double cv = ctot[static_cast<std::size_t>(comm[v])];
    if (ext[rv] < obj.gamma * av * (cv - av)) continue;  // v not well connected
    touched.clear();
    for (std::size_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k) {
      const std::uint32_t u = g.targets[k];
      if (comm[u] != comm[v]) continue;
      const int s = refined[u];
      if (!seen[static_cast<std::size_t>(s)]) {
        seen[static_cast<std::size_t>(s)] = 1;
        touched.push_back(s);
      }
      nw[static_cast<std::size_t>(s)] += g.weights[k];
    }
    int best = -1;
    double best_gain = 0.0;
    for (int s : touched) {
      const auto ss = static_cast<std::size_t>(s);
      if (ss == rv) continue;
      if (ext[ss] < obj.gamma * rtot[ss] * (cv - rtot[ss])) continue;  // S not well connected
      const double gain = nw[ss] - obj.gamma * av * rtot[ss];
      if (gain > best_gain) {
        best_gain = gain;
        best = s;
      }
    }
    if (best >= 0) {
      const auto bs = static_cast<std::size_t>(best);
      ext[bs] = ext[bs] + ext[rv] - 2.0 * nw[bs];
      rtot[bs] += av;
      ++rsize[bs];
      rsize[rv] = 0;
      refined[v] = best;
    }
    for (int s : touched) {
      nw[static_cast<std::size_t>(s)] = 0.0;
      seen[static_cast<std::size_t>(s)] = 0;
    }
  }
  return refined;
}

// The graph of the k parts of `part` (0..k-1): loops hold the internal
// weight, sizes and strengths add up, rows sorted.
CsrGraph aggregate(const CsrGraph& g, const std::vector<int>& part, int k) {
  const auto kk = static_cast<std::size_t>(k);
  CsrGraph a;
  a.n = kk;
  a.offsets.assign(kk + 1, 0);
  a.self_loops.assign(kk, 0.0);
  a.strength.assign(kk, 0.0);
  a.size.assign(kk, 0.0);
  a.total_weight = g.total_weight;
  // Members of each part, in vertex order.
  std::vector<std::size_t> start(kk + 1, 0);
  for (std::size_t v = 0; v < g.n; ++v) ++start[static_cast<std::size_t>(part[v]) + 1];
  for (std::size_t c = 0; c < kk; ++c) start[c + 1] += start[c];
  std::vector<std::uint32_t> members(g.n);
  {
    std::vector<std::size_t> pos(start.begin(), start.end() - 1);
    for (std::size_t v = 0; v < g.n; ++v)
      members[pos[static_cast<std::size_t>(part[v])]++] = static_cast<std::uint32_t>(v);
  }
  std::vector<double> nw(kk, 0.0);
  std::vector<char> seen(kk, 0);
  std::vector<std::uint32_t> touched;
  a.targets.reserve(g.targets.size() / 2);
  a.weights.reserve(g.targets.size() / 2);
  for (std::size_t c = 0; c < kk; ++c) {
    double inner = 0.0;
    touched.clear();
    for (std::size_t i = start[c]; i < start[c + 1]; ++i) {
      const std::uint32_t v = members[i];
      a.size[c] += g.size[v];
      a.strength[c] += g.strength[v];
      a.self_loops[c] += g.self_loops[v];
      for (std::size_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
        const auto d = static_cast<std::uint32_t>(part[g.targets[e]]);
        if (d == c) {
          inner += g.weights[e];
          continue;
        }
        if (!seen[d]) {
          seen[d] = 1;
          touched.push_back(d);
        }
        nw[d] += g.weights[e];
      }
    }
    a.self_loops[c] += inner / 2.0;  // each internal edge was seen from both ends
    std::sort(touched.begin(), touched.end());
    for (std::uint32_t d : touched) {
      a.targets.push_back(d);
      a.weights.push_back(nw[d]);
      nw[d] = 0.0;
      seen[d] = 0;
    }
    a.offsets[c + 1] = a.targets.size();
  }
  return a;
}

// One pass of levels from `membership` on g; returns the new membership.
std::vector<int> one_pass(const CsrGraph& base, std::vector<int> membership, bool leiden,
                          const Objective_& obj, Rng& rng) {
  std::vector<std::uint32_t> node_of(base.n);
  std::iota(node_of.begin(), node_of.end(), 0u);
  CsrGraph level;
  const CsrGraph* cur = &base;
  std::vector<int> comm = std::move(membership);
  for (;;) {
    move_nodes(*cur, comm, obj, rng);
    const int k = compact(comm);
    std::vector<int> refined = leiden ? refine(*cur, comm, obj, rng) : comm;
    const int kr = leiden ? compact(refined) : k;
    if (static_cast<std::size_t>(kr) == cur->n) break;  // nothing to aggregate
    std::vector<int> next(static_cast<std::size_t>(kr));
    for (std::size_t v = 0; v < cur->n; ++v) next[static_cast<std::size_t>(refined[v])] = comm[v];
    for (auto& x : node_of) x = static_cast<std::uint32_t>(refined[x]);
    level = aggregate(*cur, refined, kr);
    cur = &level;
    comm = std::move(next);
  }
  std::vector<int> out(base.n);
  for (std::size_t v = 0; v < base.n; ++v) out[v] = comm[node_of[v]];
  return out;
}

// Splits every community into its connected components.
std::vector<int> split_disconnected(const CsrGraph& g, const std::vector<int>& membership) {
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
        if (label[w] < 0 && membership[w] == membership[u]) {
          label[w] = next;
          stack.push_back(w);
        }
      }
    }
    ++next;
  }
  return label;
}

void fill_quality(const CsrGraph& g, const CommunityOptions& o, Partition& p) {
  p.modularity = modularity(g, p.membership, o.resolution);
  p.quality =
      o.objective == Objective::cpm ? cpm_quality(g, p.membership, o.resolution) : p.modularity;
}

}  // namespace

std::optional<CommunityAlgorithm> parse_algorithm(std::string_view s) noexcept {
  if (s == "leiden") return CommunityAlgorithm::leiden;
  if (s == "louvain") return CommunityAlgorithm::louvain;
  return std::nullopt;
}

std::optional<Objective> parse_objective(std::string_view s) noexcept {
  if (s == "modularity") return Objective::modularity;
  if (s == "cpm") return Objective::cpm;
  return std::nullopt;
}

std::string_view to_string(CommunityAlgorithm a) noexcept {
  return a == CommunityAlgorithm::louvain ? "louvain" : "leiden";
}

std::string_view to_string(Objective o) noexcept {
  return o == Objective::cpm ? "cpm" : "modularity";
}

void validate(const CommunityOptions& o) {
  if (!std::isfinite(o.resolution))
    throw Error(ErrorKind::usage, "resolution must be a finite number");
  if (o.objective == Objective::modularity && !(o.resolution > 0.0))
    throw Error(ErrorKind::usage,
                "resolution must be > 0 for modularity (got " + std::to_string(o.resolution) + ")");
  if (o.objective == Objective::cpm && o.resolution < 0.0)
    throw Error(ErrorKind::usage,
                "resolution must be >= 0 for CPM (got " + std::to_string(o.resolution) + ")");
  if (o.max_passes < 1) throw Error(ErrorKind::usage, "the number of passes must be >= 1");
}

double modularity(const CsrGraph& g, const std::vector<int>& membership, double resolution) {
  if (g.total_weight <= 0.0) return 0.0;
  std::vector<double> inner(g.n, 0.0), tot(g.n, 0.0);
  for (std::size_t v = 0; v < g.n; ++v) {
    const auto c = static_cast<std::size_t>(membership[v]);
    tot[c] += g.strength[v];
    inner[c] += 2.0 * g.self_loops[v];
    for (std::size_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k)
      if (membership[g.targets[k]] == membership[v]) inner[c] += g.weights[k];
  }
  const double m = g.total_weight;
  double q = 0.0;
  for (std::size_t c = 0; c < g.n; ++c)
    q += inner[c] / (2.0 * m) - resolution * (tot[c] / (2.0 * m)) * (tot[c] / (2.0 * m));
  return q;
}

double cpm_quality(const CsrGraph& g, const std::vector<int>& membership, double resolution) {
  std::vector<double> inner(g.n, 0.0), size(g.n, 0.0);
  for (std::size_t v = 0; v < g.n; ++v) {
    const auto c = static_cast<std::size_t>(membership[v]);
    size[c] += g.size[v];
    inner[c] += 2.0 * g.self_loops[v];
    for (std::size_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k)
      if (membership[g.targets[k]] == membership[v]) inner[c] += g.weights[k];
  }
  double h = 0.0;
  for (std::size_t c = 0; c < g.n; ++c)
    h += inner[c] / 2.0 - resolution * size[c] * (size[c] - 1.0) / 2.0;
  return h;
}

std::vector<int> canonical_labels(const std::vector<int>& membership) {
  std::vector<int> labels = membership;
  const int k = compact(labels);  // first appearance = smallest vertex
  std::vector<std::size_t> size(static_cast<std::size_t>(k), 0);
  for (int l : labels) ++size[static_cast<std::size_t>(l)];
  std::vector<int> order(static_cast<std::size_t>(k));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return size[static_cast<std::size_t>(a)] > size[static_cast<std::size_t>(b)];
  });
  std::vector<int> rank(static_cast<std::size_t>(k));
  for (std::size_t i = 0; i < order.size(); ++i)
    rank[static_cast<std::size_t>(order[i])] = static_cast<int>(i);
  for (auto& l : labels) l = rank[static_cast<std::size_t>(l)];
  return labels;
}

Partition find_communities(const CsrGraph& g, const CommunityOptions& options) {
  validate(options);
  Objective_ obj;
  obj.cpm = options.objective == Objective::cpm;
  obj.gamma = obj.cpm ? options.resolution
                      : (g.total_weight > 0.0 ? options.resolution / (2.0 * g.total_weight) : 0.0);
  Rng rng(options.seed);
  std::vector<int> membership(g.n);
  std::iota(membership.begin(), membership.end(), 0);
  const bool leiden = options.algorithm == CommunityAlgorithm::leiden;
  if (g.total_weight > 0.0 || obj.cpm) {
    std::vector<int> best = canonical_labels(membership);
    for (int pass = 0; pass < options.max_passes; ++pass) {
      membership = canonical_labels(one_pass(g, std::move(membership), leiden, obj, rng));
      if (membership == best) break;
      best = membership;
    }
  }
  Partition p;
  p.membership = canonical_labels(split_disconnected(g, membership));
  p.count = 0;
  for (int l : p.membership) p.count = std::max(p.count, l + 1);
  fill_quality(g, options, p);
  return p;
}

Partition find_communities(std::size_t n, std::vector<WeightedEdge> edges,
                           const CommunityOptions& options) {
  validate(options);
  return find_communities(build_csr(n, std::move(edges)), options);
}

Consensus consensus_communities(const CsrGraph& g, const CommunityOptions& options, int runs) {
  validate(options);
  if (runs < 1)
    throw Error(ErrorKind::usage, "runs must be >= 1 (got " + std::to_string(runs) + ")");
  const auto nruns = static_cast<std::size_t>(runs);
  std::vector<std::vector<int>> all;
  all.reserve(nruns);
  Consensus out;
  out.runs = runs;
  out.best_run_modularity = -1.0;
  for (std::size_t r = 0; r < nruns; ++r) {
    CommunityOptions o = options;
    o.seed = options.seed + r;
    Partition p = find_communities(g, o);
    out.best_run_modularity = std::max(out.best_run_modularity, p.modularity);
    all.push_back(std::move(p.membership));
  }
  // Majority co-assignment components.
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
        if (label[w] >= 0) continue;
        std::size_t together = 0;
        for (const auto& m : all) together += m[u] == m[w] ? 1 : 0;
        if (2 * together > nruns) {
          label[w] = next;
          stack.push_back(w);
        }
      }
    }
    ++next;
  }
  out.partition.membership = canonical_labels(label);
  for (int l : out.partition.membership) out.partition.count = std::max(out.partition.count, l + 1);
  fill_quality(g, options, out.partition);

  const auto k = static_cast<std::size_t>(out.partition.count);
  const auto& cons = out.partition.membership;
  std::vector<double> csize(k, 0.0);
  for (int c : cons) csize[static_cast<std::size_t>(c)] += 1.0;
  out.node_stability.assign(g.n, 0.0);
  out.cluster_stability.assign(k, 0.0);
  for (const auto& m : all) {
    // Overlap of each consensus cluster with each run community (sparse).
    std::vector<std::map<int, std::size_t>> overlap(k);
    for (std::size_t v = 0; v < g.n; ++v) ++overlap[static_cast<std::size_t>(cons[v])][m[v]];
    std::vector<int> core(k, -1);
    std::vector<std::size_t> first(k, g.n);  // smallest vertex of C in each candidate core
    for (std::size_t v = 0; v < g.n; ++v) {
      const auto c = static_cast<std::size_t>(cons[v]);
      const std::size_t ov = overlap[c][m[v]];
      const std::size_t best = core[c] < 0 ? 0 : overlap[c][core[c]];
      if (ov > best) {  // vertices visited in order: ties keep the earlier one
        core[c] = m[v];
        first[c] = v;
      }
    }
    std::vector<double> run_size;
    {
      int mx = 0;
      for (int x : m) mx = std::max(mx, x + 1);
      run_size.assign(static_cast<std::size_t>(mx), 0.0);
      for (int x : m) run_size[static_cast<std::size_t>(x)] += 1.0;
    }
    for (std::size_t v = 0; v < g.n; ++v)
      if (m[v] == core[static_cast<std::size_t>(cons[v])]) out.node_stability[v] += 1.0;
    for (std::size_t c = 0; c < k; ++c) {
      const double inter = static_cast<double>(overlap[c][core[c]]);
      const double uni = csize[c] + run_size[static_cast<std::size_t>(core[c])] - inter;
      out.cluster_stability[c] += inter / uni;
    }
  }
  for (auto& s : out.node_stability) s /= static_cast<double>(runs);
  for (auto& s : out.cluster_stability) s /= static_cast<double>(runs);
  return out;
}

}  // namespace stakegraph::graph
