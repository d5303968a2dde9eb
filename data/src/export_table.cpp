// The attribute tables shared by every export (export_table.hpp). Column
// names are a contract documented in exports.hpp and the README: tools and
// scripts select them by name, so names are fixed and collisions between
// free-form names (metrics, roles, node attributes) and the fixed columns are
// resolved by a prefix instead of silently overwriting a value.
#include "export_table.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "stakegraph/graph/text.hpp"

namespace stakegraph::data::detail {

using graph::Evidence;
using graph::StakeholderGraph;

std::string valid_utf8(std::string_view text) {
  if (!graph::first_invalid_utf8(text)) return std::string(text);
  return graph::repair_utf8(text);
}

std::string paragraph_list(const std::vector<Evidence>& evidence) {
  std::string out;
  for (const auto& cited : graph::cited_paragraphs(evidence)) {
    if (!out.empty()) out += "; ";
    out += valid_utf8(cited.document);
    out += ':';
    bool first = true;
    for (auto p : cited.paragraphs) {
      if (!first) out += ',';
      out += std::to_string(p);
      first = false;
    }
  }
  return out;
}

const char* graphml_type(ColumnType t) noexcept {
  switch (t) {
    case ColumnType::string: return "string";
    case ColumnType::integer: return "int";
    case ColumnType::real: return "double";
    case ColumnType::boolean: return "boolean";
  }
  return "string";
}

namespace {

// Picks a column name not used yet: `name`, else prefix + name, else with a
// numeric suffix (only reachable with contrived names).
std::string unique_name(std::set<std::string>& used, const std::string& name,
                        const std::string& prefix) {
  std::string candidate = name;
  if (used.count(candidate)) candidate = prefix + name;
  for (int i = 2; used.count(candidate); ++i) candidate = prefix + name + "_" + std::to_string(i);
  used.insert(candidate);
  return candidate;
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += valid_utf8(items[i]);
  }
  return out;
}

template <class Map>
const typename Map::mapped_type* lookup(const Map& map, const std::string& key) {
  auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

}  // namespace

Table node_table(const StakeholderGraph& g) {
  Table t;
  std::set<std::string> used = {"id"};  // "id" is the node key in every format
  auto add = [&](const std::string& name, ColumnType type, const std::string& prefix) {
    t.columns.push_back({unique_name(used, name, prefix), type});
  };
  add("label", ColumnType::string, "");
  add("name", ColumnType::string, "");
  add("type", ColumnType::string, "");
  add("aliases", ColumnType::string, "");
  add("mention_count", ColumnType::integer, "");
  add("paragraphs", ColumnType::string, "");
  add("first_mention", ColumnType::string, "");

  const auto& analysis = g.analysis();
  std::set<std::string> metric_names, role_names, attribute_names;
  std::map<int, std::string> cluster_labels;
  if (analysis) {
    for (const auto& [id, m] : analysis->metrics) {
      for (const auto& [k, v] : m.values) metric_names.insert(k);
      for (const auto& [k, v] : m.roles) role_names.insert(k);
    }
    for (const auto& c : analysis->clusters) cluster_labels[c.id] = c.label;
    add("cluster", ColumnType::integer, "");
    add("cluster_label", ColumnType::string, "");
  }
  for (const auto& [id, n] : g.nodes())
    for (const auto& [k, v] : n.attributes) attribute_names.insert(k);

  for (const auto& k : metric_names) add(k, ColumnType::real, "metric_");
  for (const auto& k : role_names) add(k, ColumnType::string, "role_");
  for (const auto& k : attribute_names) add("attr_" + k, ColumnType::string, "attribute_");

  for (const auto& [id, n] : g.nodes()) {
    std::vector<Cell> row;
    row.reserve(t.columns.size());
    row.emplace_back(valid_utf8(n.label));
    row.emplace_back(valid_utf8(n.name));
    row.emplace_back(std::string(graph::to_string(n.type)));
    row.emplace_back(join(n.aliases, "; "));
    row.emplace_back(static_cast<std::int64_t>(n.mentions.size()));
    row.emplace_back(paragraph_list(n.mentions));
    row.emplace_back(n.mentions.empty() ? std::string() : valid_utf8(n.mentions.front().text));
    const graph::NodeMetrics* m = nullptr;
    if (analysis) {
      auto it = analysis->metrics.find(id);
      if (it != analysis->metrics.end()) m = &it->second;
      if (m && m->cluster >= 0) {
        row.emplace_back(static_cast<std::int64_t>(m->cluster));
        auto cl = cluster_labels.find(m->cluster);
        row.emplace_back(cl == cluster_labels.end() ? Cell{} : Cell{valid_utf8(cl->second)});
      } else {
        row.emplace_back();
        row.emplace_back();
      }
    }
    for (const auto& k : metric_names) {
      const double* v = m ? lookup(m->values, k) : nullptr;
      row.push_back(v ? Cell{*v} : Cell{});
    }
    for (const auto& k : role_names) {
      const std::string* v = m ? lookup(m->roles, k) : nullptr;
      row.push_back(v ? Cell{valid_utf8(*v)} : Cell{});
    }
    for (const auto& k : attribute_names) {
      const std::string* v = lookup(n.attributes, k);
      row.push_back(v ? Cell{valid_utf8(*v)} : Cell{});
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

Table edge_table(const StakeholderGraph& g) {
  Table t;
  t.columns = {{"relation", ColumnType::string},   {"weight", ColumnType::real},
               {"symmetric", ColumnType::boolean}, {"evidence_count", ColumnType::integer},
               {"paragraphs", ColumnType::string}, {"first_evidence", ColumnType::string}};
  for (const auto& [key, e] : g.edges()) {
    std::vector<Cell> row;
    row.emplace_back(std::string(graph::to_string(e.type)));
    row.emplace_back(e.weight);
    row.emplace_back(graph::is_symmetric(e.type));
    row.emplace_back(static_cast<std::int64_t>(e.evidence.size()));
    row.emplace_back(paragraph_list(e.evidence));
    row.emplace_back(e.evidence.empty() ? std::string() : valid_utf8(e.evidence.front().text));
    t.rows.push_back(std::move(row));
  }
  return t;
}

std::vector<std::pair<Column, Cell>> graph_attributes(const StakeholderGraph& g) {
  std::vector<std::pair<Column, Cell>> out;
  out.push_back({{"schema", ColumnType::string}, std::string("stakegraph/1")});
  out.push_back({{"generator", ColumnType::string}, valid_utf8(g.generator())});
  std::string docs;
  for (const auto& d : g.documents()) {
    if (!docs.empty()) docs += "; ";
    docs += valid_utf8(d.id);
    if (!d.sha256.empty()) docs += " sha256:" + valid_utf8(d.sha256);
  }
  out.push_back({{"documents", ColumnType::string}, docs});
  if (const auto& a = g.analysis()) {
    out.push_back({{"algorithm", ColumnType::string}, valid_utf8(a->algorithm)});
    out.push_back({{"seed", ColumnType::integer}, static_cast<std::int64_t>(a->seed)});
    out.push_back({{"resolution", ColumnType::real}, a->resolution});
    out.push_back({{"runs", ColumnType::integer}, static_cast<std::int64_t>(a->runs)});
    out.push_back({{"modularity", ColumnType::real}, a->modularity});
  }
  return out;
}

}  // namespace stakegraph::data::detail
