// analyse(): runs the community search (or a consensus of seeded runs) on the
// CSR form of the graph, summarises clusters (label by PageRank, themes by
// TF-IDF of the paragraphs their members are mentioned in), computes the
// selected per-node metrics, the inter-cluster link matrix and coordination
// gaps (links weaker than the configuration model expects), and records the
// conventions in notes so that a reader of the JSON knows what the numbers mean.
#include "stakegraph/graph/analyse.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "stakegraph/graph/centrality.hpp"
#include "stakegraph/graph/structure.hpp"

namespace stakegraph::graph {

namespace {

constexpr std::string_view kStopWords[] = {
    "a",       "about", "above", "after",  "again", "against", "all",    "also",      "among",
    "and",     "any",   "are",   "as",     "at",    "be",      "been",   "before",    "being",
    "between", "both",  "but",   "by",     "can",   "could",   "did",    "do",        "does",
    "during",  "each",  "for",   "from",   "had",   "has",     "have",   "he",        "her",
    "his",     "how",   "in",    "into",   "is",    "it",      "its",    "more",      "most",
    "not",     "of",    "on",    "one",    "only",  "or",      "other",  "our",       "out",
    "over",    "same",  "she",   "should", "so",    "some",    "such",   "than",      "that",
    "the",     "their", "them",  "then",   "there", "these",   "they",   "this",      "those",
    "through", "to",    "under", "until",  "very",  "was",     "we",     "were",      "what",
    "when",    "where", "which", "while",  "who",   "whom",    "why",    "will",      "with",
    "would",   "you",   "your",  "well",   "said",  "within",  "upon",   "including", "made",
    "must",    "may",   "new",   "two",    "three", "first",   "second", "many",      "like",
    "just",    "own"};

bool is_stop(std::string_view w) {
  for (auto s : kStopWords)
    if (s == w) return true;
  return false;
}

void count_words(std::string_view text, std::map<std::string, double>& counts, double& total) {
  std::string w;
  auto flush = [&] {
    if (w.size() >= 3 && !is_stop(w)) {
      counts[w] += 1.0;
      total += 1.0;
    }
    w.clear();
  };
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      w.push_back(static_cast<char>(c | 0x20));
    } else {
      flush();
    }
  }
  flush();
}

std::string fmt(double x) {
  std::ostringstream s;
  s << x;
  return s.str();
}

bool wants(const AnalyseOptions& o, std::string_view name) {
  return o.all_metrics || o.metrics.count(std::string(name)) != 0;
}

}  // namespace

void parse_metrics(std::string_view list, AnalyseOptions& options) {
  options.metrics.clear();
  if (list == "all") {
    options.all_metrics = true;
    return;
  }
  options.all_metrics = false;
  if (list == "none") return;
  std::size_t pos = 0;
  while (pos <= list.size()) {
    const std::size_t comma = std::min(list.find(',', pos), list.size());
    const std::string_view name = list.substr(pos, comma - pos);
    const bool known = name == "brokerage" || std::find(kMetricNames.begin(), kMetricNames.end(),
                                                        name) != kMetricNames.end();
    if (!known)
      throw Error(ErrorKind::usage, "unknown metric '" + std::string(name) +
                                        "' (all, none, or a list of degree, strength, "
                                        "betweenness, closeness, pagerank, core, articulation, "
                                        "bridges, constraint, effective_size, hierarchy, "
                                        "participation, brokerage)");
    options.metrics.insert(std::string(name));
    pos = comma + 1;
  }
}

void validate(const AnalyseOptions& o) {
  CommunityOptions c;
  c.objective = o.objective;
  c.resolution = o.resolution;
  validate(c);
  if (o.runs < 1)
    throw Error(ErrorKind::usage, "runs must be >= 1 (got " + std::to_string(o.runs) + ")");
}

StakeholderGraph analysed_graph(const StakeholderGraph& g, const AnalyseOptions& o) {
  StakeholderGraph v = make_view(g, o.view);
  if (!o.types.empty()) v = type_filter(v, o.types);
  v.analysis().reset();
  return v;
}

namespace {

// analyse() on the CSR form: vertex v is the node ids[v]. `model` is the graph
// the CSR was built from (its nodes in id order, its directed relations and
// documents), or null for an edge list's graph, whose nodes are organisations
// labelled by their ids without evidence and whose relations are all
// co_mentioned (undirected): no brokerage arcs and no paragraphs for themes.
Analysis analyse_csr(const CsrGraph& csr, const std::vector<std::string>& ids,
                     const StakeholderGraph* model, const AnalyseOptions& o) {
  validate(o);
  Analysis a;
  a.algorithm = std::string(to_string(o.algorithm));
  a.objective = std::string(to_string(o.objective));
  a.view = std::string(to_string(o.view));
  a.seed = o.seed;
  a.resolution = o.resolution;
  a.runs = o.runs;

  const std::size_t n = csr.n;
  // Vertex v is the v-th node in id order (to_csr): its node without a lookup.
  std::vector<const Node*> node_of;
  if (model) {
    node_of.reserve(n);
    for (const auto& [id, node] : model->nodes()) node_of.push_back(&node);
  }
  auto type_of = [&](std::size_t v) { return model ? node_of[v]->type : NodeType::organisation; };
  auto label_of = [&](std::size_t v) -> const std::string& {
    return model ? node_of[v]->label : ids[v];
  };
  CommunityOptions co;
  co.algorithm = o.algorithm;
  co.objective = o.objective;
  co.resolution = o.resolution;
  co.seed = o.seed;
  const Consensus cons = consensus_communities(csr, co, o.runs);
  const std::vector<int>& member = cons.partition.membership;
  a.modularity = cons.partition.modularity;
  const auto k = static_cast<std::size_t>(cons.partition.count);

  const std::vector<double> pr = pagerank(csr);
  std::vector<std::map<std::string, double>> values(n);
  std::vector<std::map<std::string, std::string>> roles(n);

  if (wants(o, "degree")) {
    const auto d = degree(csr);
    for (std::size_t v = 0; v < n; ++v) values[v]["degree"] = d[v];
  }
  if (wants(o, "strength")) {
    const auto d = weighted_degree(csr);
    for (std::size_t v = 0; v < n; ++v) values[v]["strength"] = d[v];
  }
  if (wants(o, "pagerank"))
    for (std::size_t v = 0; v < n; ++v) values[v]["pagerank"] = pr[v];
  const std::size_t edge_count = csr.targets.size() / 2;
  const bool skip_paths = o.all_metrics && edge_count > o.path_metrics_max_edges;
  if (skip_paths) {
    const std::string why = "not computed by default: " + std::to_string(edge_count) + " edges > " +
                            std::to_string(o.path_metrics_max_edges) +
                            "; request it with --metrics (sampled above the exact-work limit)";
    a.notes["betweenness"] = why;
    a.notes["closeness"] = why;
  } else if (wants(o, "betweenness") || wants(o, "closeness")) {
    const double work = static_cast<double>(n) * static_cast<double>(csr.targets.size() / 2);
    const std::size_t pivots = work > o.exact_betweenness_work ? kBetweennessPivots : 0;
    const PathCentrality pc = path_centrality(csr, pivots, o.seed);
    for (std::size_t v = 0; v < n; ++v) {
      if (wants(o, "betweenness")) values[v]["betweenness"] = pc.betweenness[v];
      if (wants(o, "closeness")) values[v]["closeness"] = pc.closeness[v];
    }
    a.notes["betweenness"] =
        pc.sampled
            ? "sampled (Brandes-Pich): " + std::to_string(pc.sources) + " random pivots of " +
                  std::to_string(n) + " nodes; absolute error of each normalised value <= " +
                  fmt(sampling_error(pc.sources)) + " with probability 0.95 (Hoeffding)"
            : "exact (Brandes); undirected, each unordered pair once, divided by "
              "(n-1)(n-2)/2; edge length 1/weight";
    a.notes["closeness"] = std::string("harmonic: 1/(n-1) sum 1/d, edge length 1/weight") +
                           (pc.sampled ? "; estimated from the same pivots" : "");
  }
  if (wants(o, "core")) {
    const auto c = core_numbers(csr);
    for (std::size_t v = 0; v < n; ++v) values[v]["core"] = c[v];
  }
  if (wants(o, "articulation") || wants(o, "bridges")) {
    const CutStructure cs = cut_structure(csr);
    std::vector<double> nb(n, 0.0);
    for (auto [u, v] : cs.bridges) {
      nb[u] += 1;
      nb[v] += 1;
    }
    for (std::size_t v = 0; v < n; ++v) {
      if (wants(o, "articulation")) values[v]["articulation"] = cs.articulation[v] ? 1.0 : 0.0;
      if (wants(o, "bridges")) values[v]["bridges"] = nb[v];
    }
  }
  if (wants(o, "constraint") || wants(o, "effective_size") || wants(o, "hierarchy")) {
    const StructuralHoles sh = structural_holes(csr);
    for (std::size_t v = 0; v < n; ++v) {
      if (!sh.has_value[v]) continue;
      if (wants(o, "constraint")) values[v]["constraint"] = sh.constraint[v];
      if (wants(o, "effective_size")) values[v]["effective_size"] = sh.effective_size[v];
      if (wants(o, "hierarchy")) values[v]["hierarchy"] = sh.hierarchy[v];
    }
    a.notes["constraint"] = "Burt, weighted as networkx; isolated nodes have no value";
  }
  if (wants(o, "participation")) {
    const ModuleRoles mr = module_roles(csr, member);
    for (std::size_t v = 0; v < n; ++v) {
      values[v]["participation"] = mr.participation[v];
      values[v]["within_module_z"] = mr.within_module_z[v];
      roles[v]["role"] = std::string(mr.role[v]);
    }
    a.notes["role"] = "Guimera-Amaral (2005) from link counts: z >= 2.5 is a hub";
  }
  if (wants(o, "brokerage")) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
    if (model) {
      std::map<std::string_view, std::uint32_t> index;
      for (std::size_t v = 0; v < n; ++v) index.emplace(ids[v], static_cast<std::uint32_t>(v));
      for (const auto& [key, e] : model->edges())
        if (!is_symmetric(e.type)) arcs.emplace_back(index.at(e.source), index.at(e.target));
    }
    std::vector<int> group(n);
    for (std::size_t v = 0; v < n; ++v)
      group[v] =
          o.brokerage_group == BrokerageGroup::cluster ? member[v] : static_cast<int>(type_of(v));
    const Brokerage b = brokerage(n, std::move(arcs), group);
    for (std::size_t v = 0; v < n; ++v) {
      double best = 0.0;
      for (std::size_t r = 0; r < kBrokerageRoles.size(); ++r) {
        values[v]["brokerage_" + std::string(kBrokerageRoles[r])] = b.counts[v][r];
        if (b.counts[v][r] > best) {
          best = b.counts[v][r];
          roles[v]["brokerage"] = std::string(kBrokerageRoles[r]);
        }
      }
    }
    a.notes["brokerage"] = std::string(
                               "Gould-Fernandez on directed relations (co_mentioned "
                               "excluded), open two-paths, group = ") +
                           (o.brokerage_group == BrokerageGroup::cluster ? "cluster" : "node type");
  }
  if (o.runs > 1)
    a.notes["stability"] =
        "node: share of runs with its consensus cluster's core; "
        "cluster: mean Jaccard with its core over runs";

  for (std::size_t v = 0; v < n; ++v) {
    NodeMetrics m;
    m.cluster = member[v];
    m.values = std::move(values[v]);
    if (o.runs > 1) m.values["stability"] = cons.node_stability[v];
    m.roles = std::move(roles[v]);
    a.metrics.emplace_hint(a.metrics.end(), ids[v], std::move(m));
  }

  // Clusters.
  a.clusters.resize(k);
  std::vector<std::size_t> central(k, n);
  for (std::size_t v = 0; v < n; ++v) {
    const auto c = static_cast<std::size_t>(member[v]);
    a.clusters[c].members.push_back(ids[v]);
    a.clusters[c].by_type[std::string(to_string(type_of(v)))] += 1;
    if (central[c] == n || pr[v] > pr[central[c]]) central[c] = v;
  }
  for (std::size_t c = 0; c < k; ++c) {
    a.clusters[c].id = static_cast<int>(c);
    a.clusters[c].label = label_of(central[c]);
    a.clusters[c].stability = cons.cluster_stability[c];
  }

  // Themes: paragraphs per cluster, TF-IDF across clusters.
  std::map<std::pair<std::string, std::int64_t>, const Paragraph*> paragraphs;
  if (model)
    for (const auto& d : model->documents())
      for (const auto& p : d.paragraphs) paragraphs[{d.id, p.number}] = &p;
  std::vector<std::set<std::pair<std::string, std::int64_t>>> where(k);
  std::vector<std::vector<std::string>> loose(k);  // evidence text without a known paragraph
  auto note_evidence = [&](std::size_t c, const Evidence& e) {
    if (paragraphs.count({e.document, e.paragraph}) != 0) {
      where[c].insert({e.document, e.paragraph});
    } else if (!e.text.empty()) {
      loose[c].push_back(e.text);
    }
  };
  for (std::size_t v = 0; model && v < n; ++v)
    for (const auto& m : node_of[v]->mentions)
      note_evidence(static_cast<std::size_t>(member[v]), m);
  std::vector<std::map<std::string, double>> tf(k);
  std::vector<double> total(k, 0.0);
  for (std::size_t c = 0; c < k; ++c) {
    for (const auto& key : where[c]) count_words(paragraphs.at(key)->text, tf[c], total[c]);
    std::sort(loose[c].begin(), loose[c].end());
    loose[c].erase(std::unique(loose[c].begin(), loose[c].end()), loose[c].end());
    for (const auto& t : loose[c]) count_words(t, tf[c], total[c]);
  }
  std::map<std::string, double> df;
  for (const auto& counts : tf)
    for (const auto& [w, x] : counts) df[w] += 1.0;
  for (std::size_t c = 0; c < k; ++c) {
    std::vector<std::pair<double, std::string>> scored;
    for (const auto& [w, x] : tf[c])
      scored.emplace_back(-(x / total[c]) * std::log(1.0 + static_cast<double>(k) / df[w]), w);
    std::sort(scored.begin(), scored.end());
    for (std::size_t i = 0; i < scored.size() && i < o.theme_words; ++i)
      a.clusters[c].theme.push_back(scored[i].second);
  }

  // Inter-cluster link matrix and coordination gaps.
  a.cluster_links.assign(k, std::vector<double>(k, 0.0));
  std::vector<double> ktot(k, 0.0);
  for (std::size_t v = 0; v < n; ++v) {
    const auto c = static_cast<std::size_t>(member[v]);
    ktot[c] += csr.strength[v];
    a.cluster_links[c][c] += csr.self_loops[v];
    for (std::size_t e = csr.offsets[v]; e < csr.offsets[v + 1]; ++e) {
      const auto d = static_cast<std::size_t>(member[csr.targets[e]]);
      // Each edge is seen from both ends: inside counts half from each.
      a.cluster_links[c][d] += c == d ? csr.weights[e] / 2.0 : csr.weights[e];
    }
  }
  const double min_size = std::max(3.0, 0.1 * static_cast<double>(n));
  std::vector<std::pair<double, CoordinationGap>> gaps;
  if (csr.total_weight > 0.0)
    for (std::size_t x = 0; x < k; ++x)
      for (std::size_t y = x + 1; y < k; ++y) {
        if (static_cast<double>(a.clusters[x].members.size()) < min_size ||
            static_cast<double>(a.clusters[y].members.size()) < min_size)
          continue;
        CoordinationGap gap;
        gap.a = static_cast<int>(x);
        gap.b = static_cast<int>(y);
        gap.weight = a.cluster_links[x][y];
        gap.expected = ktot[x] * ktot[y] / (2.0 * csr.total_weight);
        if (gap.expected > 0.0 && gap.weight < gap.expected)
          gaps.emplace_back(gap.weight / gap.expected, gap);
      }
  std::stable_sort(gaps.begin(), gaps.end(),
                   [](const auto& l, const auto& r) { return l.first < r.first; });
  for (std::size_t i = 0; i < gaps.size() && i < 10; ++i) a.gaps.push_back(gaps[i].second);
  a.notes["gaps"] =
      "cluster pairs with >= max(3, 10% of nodes) members each whose link weight is "
      "below the configuration-model expectation K_a K_b / 2m; weakest ratio first";
  a.notes["modularity"] =
      "Newman-Girvan at the given resolution on the undirected graph with "
      "relations between a pair summed";
  return a;
}

}  // namespace

Analysis analyse(const StakeholderGraph& g, const AnalyseOptions& o) {
  const ModelCsr mc = to_csr(g);
  return analyse_csr(mc.graph, mc.ids, &g, o);
}

Analysis analyse_edge_list(const CsrGraph& g, const std::vector<std::string>& ids,
                           const AnalyseOptions& o) {
  if (ids.size() != g.n)
    throw Error(ErrorKind::internal, "analyse_edge_list: " + std::to_string(ids.size()) +
                                         " ids for " + std::to_string(g.n) + " vertices");
  return analyse_csr(g, ids, nullptr, o);
}

}  // namespace stakegraph::graph
