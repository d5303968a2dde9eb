// The analysis section of a stakegraph/1 document: plain data written by the
// analysis algorithms and read by renderers, reports and exports.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace stakegraph::graph {

struct ClusterSummary {
  int id = 0;
  std::string label;                   // its most central member's label
  std::vector<std::string> members;    // node ids, sorted
  std::map<std::string, int> by_type;  // node type -> count
  std::vector<std::string> theme;      // distinctive words (TF-IDF)
  double stability = 1.0;              // share of runs that reproduce it

  friend bool operator==(const ClusterSummary&, const ClusterSummary&) = default;
};

// Per-node results: the cluster, numeric metrics by name and categorical
// roles by name (e.g. "role" -> "connector", "brokerage" -> "liaison").
struct NodeMetrics {
  int cluster = -1;
  std::map<std::string, double> values;
  std::map<std::string, std::string> roles;

  friend bool operator==(const NodeMetrics&, const NodeMetrics&) = default;
};

// A weak link between two otherwise large clusters.
struct CoordinationGap {
  int a = 0;
  int b = 0;
  double weight = 0.0;    // total weight of links between them
  double expected = 0.0;  // what their sizes and degrees would predict

  friend bool operator==(const CoordinationGap&, const CoordinationGap&) = default;
};

struct Analysis {
  std::string algorithm = "leiden";
  std::string objective = "modularity";
  std::string view = "full";
  std::uint64_t seed = 1;
  double resolution = 1.0;
  int runs = 1;
  double modularity = 0.0;
  std::vector<ClusterSummary> clusters;
  std::map<std::string, NodeMetrics> metrics;      // node id -> metrics
  std::vector<std::vector<double>> cluster_links;  // inter-cluster link matrix
  std::vector<CoordinationGap> gaps;
  std::map<std::string, std::string> notes;  // e.g. betweenness sampling, conventions

  friend bool operator==(const Analysis&, const Analysis&) = default;
};

}  // namespace stakegraph::graph
