// The analysis of a stakeholder graph: communities (optionally a consensus of
// several runs), cluster summaries with themes, per-node metrics and roles,
// the inter-cluster link matrix and coordination gaps.
#pragma once

#include <array>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "stakegraph/graph/centrality.hpp"
#include "stakegraph/graph/communities.hpp"
#include "stakegraph/graph/csr.hpp"
#include "stakegraph/graph/model.hpp"
#include "stakegraph/graph/views.hpp"

namespace stakegraph::graph {

// Metric names accepted by AnalyseOptions::metrics (and --metrics).
// "degree" (links), "strength" (weighted degree), "betweenness",
// "closeness" (harmonic), "pagerank", "core", "articulation" (0/1),
// "bridges" (incident bridges), "constraint", "effective_size", "hierarchy",
// "participation" (with within_module_z and the Guimera-Amaral "role"),
// "brokerage" (Gould-Fernandez counts and the "brokerage" role).
inline constexpr std::array<std::string_view, 12> kMetricNames = {
    "degree",       "strength", "betweenness", "closeness",      "pagerank",  "core",
    "articulation", "bridges",  "constraint",  "effective_size", "hierarchy", "participation"};

enum class BrokerageGroup { cluster, type };

struct AnalyseOptions {
  CommunityAlgorithm algorithm = CommunityAlgorithm::leiden;
  Objective objective = Objective::modularity;
  double resolution = 1.0;
  std::uint64_t seed = 1;
  int runs = 1;
  View view = View::full;
  std::set<NodeType> types;       // empty: all types of the view
  std::set<std::string> metrics;  // names of kMetricNames or "brokerage"
  bool all_metrics = true;        // ignore `metrics` and compute all
  BrokerageGroup brokerage_group = BrokerageGroup::cluster;
  // Betweenness/closeness are sampled when n * m exceeds this (kExactBetweennessWork).
  double exact_betweenness_work = kExactBetweennessWork;
  // With all_metrics (the default), betweenness and closeness are skipped on
  // graphs with more undirected edges than this (kDefaultPathMetricsMaxEdges):
  // even sampled (1000 pivots) they cost 1000 searches over all edges, a
  // minute at 1M edges. Naming them in `metrics` computes them at any size.
  std::size_t path_metrics_max_edges = 200000;
  std::size_t theme_words = 8;
};

// Parses "all", "none" or a comma-separated list of metric names. Throws
// Error(usage) for an unknown name.
void parse_metrics(std::string_view list, AnalyseOptions& options);

// Throws Error(usage) for a bad option (resolution, runs < 1, ...).
void validate(const AnalyseOptions& options);

// Applies the view and the type filter of `options` (what analyse() runs on).
StakeholderGraph analysed_graph(const StakeholderGraph& g, const AnalyseOptions& options);

// Analyses `g` as given (apply analysed_graph() first for views). Nodes are the
// CSR vertices in id order; relations merged and undirected for clusters and
// centralities (csr.hpp); directed non-co_mentioned relations for brokerage.
//
// Clusters: consensus_communities(runs); id = canonical label (largest
// first); label = the label of the member with the highest PageRank (ties:
// smallest id); theme = the `theme_words` words with the highest TF-IDF in the
// paragraphs where members are mentioned (or their edges' evidence lies), a
// cluster's paragraphs forming one document against the other clusters' ones
// (tf = count / words, idf = ln(1 + clusters / clusters containing the word));
// words are lower-cased ASCII letters of length >= 3 not in a stop list.
// Link matrix: summed weight between clusters (diagonal: inside).
// Coordination gaps: pairs of clusters each with >= max(3, 10% of nodes)
// members whose observed link weight w_ab is below the configuration-model
// expectation K_a K_b / 2m, sorted by w_ab / expected, at most 10.
// Throws Error(usage) for bad options. O(runs * Leiden + metrics).
Analysis analyse(const StakeholderGraph& g, const AnalyseOptions& options);

// analyse() of the graph of an edge list without building the model: vertex v
// of `g` is the node ids[v] (ids sorted, as the CSR of the model numbers them),
// every node an organisation labelled by its id, without mentions, every
// relation co_mentioned, no documents. Equal to analyse() of that model (e.g.
// data::to_graph) when `g` is its CSR (to_csr); views and type filters are
// not applied (an edge list's graph is its own full view). No brokerage arcs
// (co_mentioned is undirected) and no themes (no paragraphs). Throws
// Error(internal) when ids.size() != g.n. Same complexity as analyse().
Analysis analyse_edge_list(const CsrGraph& g, const std::vector<std::string>& ids,
                           const AnalyseOptions& options);

}  // namespace stakegraph::graph
