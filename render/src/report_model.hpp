// Internal: what report.html and report.md both show, computed once so the two
// files always agree: metric and role columns, the stakeholder order, broker
// lists, cluster lookups, paragraph lookups, mention excerpts and number
// formatting.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "stakegraph/graph/model.hpp"

namespace stakegraph::render::detail {

// A mention located in its paragraph: the quote is before + match + after;
// `located` is false when the offsets do not fall inside a known paragraph
// (then `after` holds the start of the paragraph, or nothing).
struct Excerpt {
  std::string before;
  std::string match;
  std::string after;
  bool located = false;
  bool cut_before = false;
  bool cut_after = false;
  const graph::Paragraph* paragraph = nullptr;
};

struct RoleGroup {
  std::string role;   // role name, e.g. "role"
  std::string value;  // e.g. "connector"
  std::vector<const graph::Node*> members;
};

class ReportModel {
 public:
  ReportModel(const graph::StakeholderGraph& g, std::size_t top);

  const graph::StakeholderGraph& graph() const { return g_; }
  const graph::Analysis* analysis() const { return a_; }

  // Metric columns: degree, strength, betweenness, pagerank, constraint,
  // participation, core first (those present), then the rest by name.
  const std::vector<std::string>& metric_names() const { return metric_names_; }
  const std::vector<std::string>& role_names() const { return role_names_; }
  // Stakeholders by pagerank (else degree) descending, then id.
  const std::vector<const graph::Node*>& stakeholders() const { return order_; }
  // Nodes in id order.
  const std::vector<const graph::Node*>& by_id() const { return by_id_; }

  const graph::NodeMetrics* metrics(const std::string& id) const;
  std::optional<double> value(const std::string& id, const std::string& metric) const;
  const graph::ClusterSummary* cluster(int id) const;
  // "C2 · ECPAT" style name of a cluster ("C2" when it has no label).
  std::string cluster_name(int id) const;

  std::vector<const graph::Node*> top_by(const std::string& metric, bool ascending) const;
  std::vector<RoleGroup> role_groups() const;
  // Edges touching `id` in (source, target, type) order.
  const std::vector<const graph::Edge*>& edges_of(const std::string& id) const;

  Excerpt excerpt(const graph::Evidence& e, std::size_t bytes) const;
  const graph::Document* document(const std::string& id) const;

 private:
  const graph::StakeholderGraph& g_;
  const graph::Analysis* a_ = nullptr;
  std::size_t top_;
  std::vector<std::string> metric_names_;
  std::vector<std::string> role_names_;
  std::vector<const graph::Node*> order_;
  std::vector<const graph::Node*> by_id_;
  std::map<int, const graph::ClusterSummary*> clusters_;
  std::map<std::string, std::vector<const graph::Edge*>> edges_of_;
  std::map<std::string, std::map<std::int64_t, const graph::Paragraph*>> paragraphs_;
  std::map<std::string, const graph::Document*> documents_;
};

// For tables: integers as integers, else three decimals ("0.000" becomes
// "1.2e-05" style for tiny non-zero values). Locale-independent.
std::string display_number(double v);
// Shortest round-trip form, for sort keys.
std::string exact_number(double v);
// "forum-2009 ¶1, ¶5; other ¶2" for a list of evidence.
std::string paragraph_refs(const std::vector<graph::Evidence>& evidence);

}  // namespace stakegraph::render::detail
