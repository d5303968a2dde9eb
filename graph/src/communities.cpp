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
#include <map>
#include <numeric>
#include <random>

namespace stakegraph::graph {

namespace {

using Rng = std::mt19937_64;

// Fills p[0..n) with 0..n-1 in random order: Fisher-Yates with a modulo
// draw, identical on every standard library (std::shuffle's use of the
// engine is implementation-defined).
void shuffled_iota(std::uint32_t* p, std::size_t n, Rng& rng) {
  std::iota(p, p + n, 0u);
  for (std::size_t i = n; i > 1; --i) {
    const std::size_t j = static_cast<std::size_t>(rng() % i);
    std::swap(p[i - 1], p[j]);
  }
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

// Scratch arrays shared by every level of one optimisation: sized once for
// the base graph (levels only shrink), so no level allocates. The dense
// accumulator `nw` plus the `touched` list replaces a map in the hot loops;
// `nw` is reset only at the touched entries.
struct Workspace {
  std::vector<double> tot, nw, ext;
  std::vector<std::uint32_t> count, empty, queue, touched;
  std::vector<char> queued, seen;

  explicit Workspace(std::size_t n)
      : tot(n), nw(n, 0.0), ext(n), count(n), queue(n), queued(n), seen(n, 0) {
    empty.reserve(n);
    touched.reserve(n);
  }

  // Adds weight w towards community c of the vertex being examined.
  void add(std::uint32_t c, double w) {
    if (!seen[c]) {
      seen[c] = 1;
      touched.push_back(c);
    }
    nw[c] += w;
  }
  void clear_touched() {
    for (std::uint32_t c : touched) {
      nw[c] = 0.0;
      seen[c] = 0;
    }
    touched.clear();
  }
};

// The vertex weights a_v of the objective.
const double* vertex_weights(const CsrGraph& g, const Objective_& obj) {
  return obj.cpm ? g.size.data() : g.strength.data();
}

// Fast local moving (Algorithm A.2, MoveNodesFast). The queue is a ring
// buffer of capacity n: a vertex is in it at most once (the queued flags).
void move_nodes(const CsrGraph& g, std::vector<int>& comm, const Objective_& obj, Rng& rng,
                Workspace& ws) {
  const std::size_t n = g.n;
  const double* a = vertex_weights(g, obj);
  std::fill_n(ws.tot.begin(), n, 0.0);
  std::fill_n(ws.count.begin(), n, 0u);
  for (std::size_t v = 0; v < n; ++v) {
    ws.tot[static_cast<std::size_t>(comm[v])] += a[v];
    ++ws.count[static_cast<std::size_t>(comm[v])];
  }
  ws.empty.clear();
  for (std::size_t c = n; c-- > 0;)
    if (ws.count[c] == 0) ws.empty.push_back(static_cast<std::uint32_t>(c));

  std::uint32_t* queue = ws.queue.data();
  shuffled_iota(queue, n, rng);
  std::fill_n(ws.queued.begin(), n, 1);
  std::size_t head = 0, queued = n;
  const std::uint32_t* targets = g.targets.data();
  const double* weights = g.weights.data();

  while (queued > 0) {
    const std::uint32_t v = queue[head];
    head = head + 1 == n ? 0 : head + 1;
    --queued;
    ws.queued[v] = 0;
    const auto own = static_cast<std::uint32_t>(comm[v]);
    const double av = a[v];
    const std::size_t begin = g.offsets[v], end = g.offsets[v + 1];
    ws.add(own, 0.0);  // staying is always a candidate
    for (std::size_t k = begin; k < end; ++k)
      ws.add(static_cast<std::uint32_t>(comm[targets[k]]), weights[k]);
    ws.tot[own] -= av;
    --ws.count[own];
    std::uint32_t best = own;
    double best_gain = ws.nw[own] - obj.gamma * av * ws.tot[own];
    for (std::uint32_t c : ws.touched) {
      const double gain = ws.nw[c] - obj.gamma * av * ws.tot[c];
      if (gain > best_gain) {
        best_gain = gain;
        best = c;
      }
    }
    if (best_gain < 0.0) {  // an empty community (gain 0) is better
      if (ws.count[own] == 0) {
        best = own;
      } else {
        best = ws.empty.back();
        ws.empty.pop_back();
      }
    }
    ws.tot[best] += av;
    ++ws.count[best];
    ws.clear_touched();
    if (best == own) continue;
    if (ws.count[own] == 0) ws.empty.push_back(own);
    comm[v] = static_cast<int>(best);
    for (std::size_t k = begin; k < end; ++k) {
      const std::uint32_t u = targets[k];
      if (!ws.queued[u] && static_cast<std::uint32_t>(comm[u]) != best) {
        ws.queued[u] = 1;
        std::size_t tail = head + queued;
        if (tail >= n) tail -= n;
        queue[tail] = u;
        ++queued;
      }
    }
  }
}

// Refinement (Algorithm A.2, RefinePartition / MergeNodesSubset) for all
// communities at once. Returns the refined labels (not compacted).
std::vector<int> refine(const CsrGraph& g, const std::vector<int>& comm, const Objective_& obj,
                        Rng& rng, Workspace& ws) {
  const std::size_t n = g.n;
  const double* a = vertex_weights(g, obj);
  std::vector<int> refined(n);
  std::iota(refined.begin(), refined.end(), 0);
  // tot: the community totals A_C; ext: w(S, C - S) of each refined part S
  // (initially the singletons); count: refined part sizes; queue holds the
  // random vertex order.
  std::vector<double>& ctot = ws.tot;
  std::vector<double>& ext = ws.ext;
  std::vector<double> rtot(a, a + n);
  std::fill_n(ctot.begin(), n, 0.0);
  std::fill_n(ws.count.begin(), n, 1u);
  for (std::size_t v = 0; v < n; ++v) {
    ctot[static_cast<std::size_t>(comm[v])] += a[v];
    double e = 0.0;
    for (std::size_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k)
      if (comm[g.targets[k]] == comm[v]) e += g.weights[k];
    ext[v] = e;
  }
  std::uint32_t* order = ws.queue.data();
  shuffled_iota(order, n, rng);
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t v = order[i];
    const auto rv = static_cast<std::size_t>(refined[v]);
    if (ws.count[rv] != 1) continue;  // no longer a singleton
    const double av = a[v];
    const double cv = ctot[static_cast<std::size_t>(comm[v])];
    if (ext[rv] < obj.gamma * av * (cv - av)) continue;  // v not well connected
    for (std::size_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k) {
      const std::uint32_t u = g.targets[k];
      if (comm[u] == comm[v]) ws.add(static_cast<std::uint32_t>(refined[u]), g.weights[k]);
    }
    std::size_t best = n;
    double best_gain = 0.0;
    for (std::uint32_t s : ws.touched) {
      if (s == rv) continue;
      if (ext[s] < obj.gamma * rtot[s] * (cv - rtot[s])) continue;  // S not well connected
      const double gain = ws.nw[s] - obj.gamma * av * rtot[s];
      if (gain > best_gain) {
        best_gain = gain;
        best = s;
      }
    }
    if (best < n) {
      ext[best] = ext[best] + ext[rv] - 2.0 * ws.nw[best];
      rtot[best] += av;
      ++ws.count[best];
      ws.count[rv] = 0;
      refined[v] = static_cast<int>(best);
    }
    ws.clear_touched();
  }
  return refined;
}

// The graph of the k parts of `part` (0..k-1): loops hold the internal
// weight, sizes and strengths add up. Rows are built part by part from the
// members' rows with the dense accumulator, so no sort is needed; a row lists
// its neighbours in order of first encounter, which depends only on `g` and
// `part`, never on the input order.
CsrGraph aggregate(const CsrGraph& g, const std::vector<int>& part, int k, Workspace& ws) {
  const auto kk = static_cast<std::size_t>(k);
  CsrGraph a;
  a.n = kk;
  a.offsets.assign(kk + 1, 0);
  a.self_loops.assign(kk, 0.0);
  a.strength.assign(kk, 0.0);
  a.size.assign(kk, 0.0);
  a.total_weight = g.total_weight;
  // Members of each part, in vertex order (a counting sort).
  std::vector<std::size_t> start(kk + 1, 0);
  for (std::size_t v = 0; v < g.n; ++v) ++start[static_cast<std::size_t>(part[v]) + 1];
  for (std::size_t c = 0; c < kk; ++c) start[c + 1] += start[c];
  std::uint32_t* members = ws.queue.data();
  {
    std::vector<std::size_t> pos(start.begin(), start.end() - 1);
    for (std::size_t v = 0; v < g.n; ++v)
      members[pos[static_cast<std::size_t>(part[v])]++] = static_cast<std::uint32_t>(v);
  }
  a.targets.reserve(g.targets.size() / 2);
  a.weights.reserve(g.targets.size() / 2);
  for (std::size_t c = 0; c < kk; ++c) {
    double inner = 0.0;
    for (std::size_t i = start[c]; i < start[c + 1]; ++i) {
      const std::uint32_t v = members[i];
      a.size[c] += g.size[v];
      a.strength[c] += g.strength[v];
      a.self_loops[c] += g.self_loops[v];
      for (std::size_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
        const auto d = static_cast<std::uint32_t>(part[g.targets[e]]);
        if (d == c) {
          inner += g.weights[e];
        } else {
          ws.add(d, g.weights[e]);
        }
      }
    }
    a.self_loops[c] += inner / 2.0;  // each internal edge was seen from both ends
    for (std::uint32_t d : ws.touched) {
      a.targets.push_back(d);
      a.weights.push_back(ws.nw[d]);
    }
    ws.clear_touched();
    a.offsets[c + 1] = a.targets.size();
  }
  a.targets.shrink_to_fit();
  a.weights.shrink_to_fit();
  return a;
}

// One pass of levels from `membership` on g; returns the new membership.
std::vector<int> one_pass(const CsrGraph& base, std::vector<int> membership, bool leiden,
                          const Objective_& obj, Rng& rng, Workspace& ws) {
  std::vector<std::uint32_t> node_of(base.n);
  std::iota(node_of.begin(), node_of.end(), 0u);
  CsrGraph level;
  const CsrGraph* cur = &base;
  std::vector<int> comm = std::move(membership);
  for (;;) {
    move_nodes(*cur, comm, obj, rng, ws);
    const int k = compact(comm);
    std::vector<int> refined = leiden ? refine(*cur, comm, obj, rng, ws) : comm;
    const int kr = leiden ? compact(refined) : k;
    if (static_cast<std::size_t>(kr) == cur->n) break;  // nothing to aggregate
    std::vector<int> next(static_cast<std::size_t>(kr));
    for (std::size_t v = 0; v < cur->n; ++v) next[static_cast<std::size_t>(refined[v])] = comm[v];
    for (auto& x : node_of) x = static_cast<std::uint32_t>(refined[x]);
    CsrGraph up = aggregate(*cur, refined, kr, ws);
    level = std::move(up);
    cur = &level;
    comm = std::move(next);
  }
  std::vector<int> out(base.n);
  for (std::size_t v = 0; v < base.n; ++v) out[v] = comm[node_of[v]];
  return out;
}

// Splits every community into its connected components.
std::vector<int> split_disconnected(const CsrGraph& g, const std::vector<int>& membership) {
  return component_labels(
      g, [&](std::uint32_t u, std::uint32_t w) { return membership[w] == membership[u]; });
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
    Workspace ws(g.n);
    std::vector<int> best = canonical_labels(membership);
    for (int pass = 0; pass < options.max_passes; ++pass) {
      membership = canonical_labels(one_pass(g, std::move(membership), leiden, obj, rng, ws));
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
  const std::vector<int> label = component_labels(g, [&](std::uint32_t u, std::uint32_t w) {
    std::size_t together = 0;
    for (const auto& m : all) together += m[u] == m[w] ? 1 : 0;
    return 2 * together > nruns;
  });
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
