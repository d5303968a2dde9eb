// StakeholderGraph: node identity (type + alias key of the canonical name),
// id slugs with deterministic disambiguation, alias index, and edge merging.
#include "stakegraph/graph/model.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "stakegraph/graph/text.hpp"

namespace stakegraph::graph {

namespace {

template <typename T>
bool insert_sorted_unique(std::vector<T>& v, T value) {
  auto it = std::lower_bound(v.begin(), v.end(), value);
  if (it != v.end() && *it == value) return false;
  v.insert(it, std::move(value));
  return true;
}

void check_weight(double weight) {
  if (!std::isfinite(weight) || weight < 0.0)
    throw GraphError("edge weight must be finite and non-negative");
}

}  // namespace

std::vector<CitedParagraphs> cited_paragraphs(const std::vector<Evidence>& evidence) {
  std::vector<CitedParagraphs> out;
  for (const auto& e : evidence) {
    auto it = std::find_if(out.begin(), out.end(),
                           [&](const CitedParagraphs& c) { return c.document == e.document; });
    if (it == out.end()) it = out.insert(out.end(), CitedParagraphs{e.document, {}});
    it->paragraphs.push_back(e.paragraph);
  }
  for (auto& c : out) {
    std::sort(c.paragraphs.begin(), c.paragraphs.end());
    c.paragraphs.erase(std::unique(c.paragraphs.begin(), c.paragraphs.end()), c.paragraphs.end());
  }
  return out;
}

void StakeholderGraph::index_alias(const Node& node, std::string_view alias) {
  std::string key = alias_key(alias);
  if (key.empty()) return;
  insert_sorted_unique(alias_index_[key], node.id);
}

const std::string& StakeholderGraph::add_node(NodeType type, std::string_view name,
                                              std::string_view label) {
  const std::string key = alias_key(name);
  if (auto it = name_index_.find({type, key}); it != name_index_.end()) return it->second;

  const std::string base = std::string(to_string(type)) + ":" + slugify(name);
  std::string id = base;
  for (int n = 2; nodes_.count(id) != 0; ++n) id = base + "-" + std::to_string(n);

  Node node;
  node.id = id;
  node.type = type;
  node.name = std::string(name);
  node.label = label.empty() ? node.name : std::string(label);
  node.aliases.push_back(node.name);
  if (node.label != node.name) insert_sorted_unique(node.aliases, node.label);
  auto [pos, inserted] = nodes_.emplace(id, std::move(node));
  (void)inserted;
  for (const auto& a : pos->second.aliases) index_alias(pos->second, a);
  auto [nit, ok] = name_index_.emplace(std::make_pair(type, key), id);
  (void)ok;
  return nit->second;
}

void StakeholderGraph::insert_node(Node node) {
  // Readers and views insert in id order: then the new id is past the last
  // one, and the map insertion takes the end as its hint (amortised O(1)).
  const bool at_end = nodes_.empty() || nodes_.rbegin()->first < node.id;
  if (!at_end && nodes_.count(node.id) != 0)
    throw GraphError("duplicate node id '" + node.id + "'");
  std::sort(node.aliases.begin(), node.aliases.end());
  node.aliases.erase(std::unique(node.aliases.begin(), node.aliases.end()), node.aliases.end());
  std::sort(node.mentions.begin(), node.mentions.end());
  node.mentions.erase(std::unique(node.mentions.begin(), node.mentions.end()), node.mentions.end());
  const std::string id = node.id;
  name_index_.emplace(std::make_pair(node.type, alias_key(node.name)), id);
  const auto pos = at_end ? nodes_.emplace_hint(nodes_.end(), id, std::move(node))
                          : nodes_.emplace(id, std::move(node)).first;
  index_alias(pos->second, pos->second.name);
  for (const auto& a : pos->second.aliases) index_alias(pos->second, a);
}

const Node* StakeholderGraph::find(std::string_view id) const {
  auto it = nodes_.find(id);
  return it == nodes_.end() ? nullptr : &it->second;
}

Node& StakeholderGraph::at(std::string_view id) {
  auto it = nodes_.find(id);
  if (it == nodes_.end()) throw GraphError("unknown node id '" + std::string(id) + "'");
  return it->second;
}

const Node& StakeholderGraph::at(std::string_view id) const {
  auto it = nodes_.find(id);
  if (it == nodes_.end()) throw GraphError("unknown node id '" + std::string(id) + "'");
  return it->second;
}

const Node* StakeholderGraph::find_by_alias(std::string_view surface,
                                            std::optional<NodeType> type) const {
  return find_by_key(alias_key(surface), type);
}

const Node* StakeholderGraph::find_by_key(std::string_view key,
                                          std::optional<NodeType> type) const {
  auto it = alias_index_.find(key);
  if (it == alias_index_.end()) return nullptr;
  for (const auto& id : it->second) {
    const Node* n = find(id);
    if (n && (!type || n->type == *type)) return n;
  }
  return nullptr;
}

// (A caller holding the graph can edit the node it found without looking its
// id up again.)
Node* StakeholderGraph::find_by_alias(std::string_view surface, std::optional<NodeType> type) {
  return const_cast<Node*>(std::as_const(*this).find_by_alias(surface, type));
}

Node* StakeholderGraph::find_by_key(std::string_view key, std::optional<NodeType> type) {
  return const_cast<Node*>(std::as_const(*this).find_by_key(key, type));
}

void StakeholderGraph::add_alias(std::string_view id, std::string_view alias) {
  Node& n = at(id);
  if (alias.empty()) return;
  // Looked up as a view first: a known alias (the usual case) costs no copy.
  auto it = std::lower_bound(n.aliases.begin(), n.aliases.end(), alias,
                             [](const std::string& a, std::string_view b) { return a < b; });
  if (it != n.aliases.end() && *it == alias) return;
  n.aliases.insert(it, std::string(alias));
  index_alias(n, alias);
}

void StakeholderGraph::add_mention(std::string_view id, Evidence mention) {
  insert_sorted_unique(at(id).mentions, std::move(mention));
}

void StakeholderGraph::set_attribute(std::string_view id, std::string key, std::string value) {
  at(id).attributes[std::move(key)] = std::move(value);
}

void StakeholderGraph::add_edge(std::string_view source, std::string_view target, RelationType type,
                                std::optional<Evidence> evidence, double weight) {
  check_weight(weight);
  at(source);
  at(target);
  if (source == target) throw GraphError("self-loop on '" + std::string(source) + "'");
  std::string s(source), t(target);
  if (is_symmetric(type) && t < s) std::swap(s, t);
  EdgeKey key{s, t, type};
  auto it = edges_.find(key);
  if (it == edges_.end()) {
    Edge e;
    e.source = std::move(s);
    e.target = std::move(t);
    e.type = type;
    e.weight = weight;
    if (evidence) e.evidence.push_back(std::move(*evidence));
    edges_.emplace(std::move(key), std::move(e));
    return;
  }
  Edge& e = it->second;
  const bool is_new = !evidence || insert_sorted_unique(e.evidence, std::move(*evidence));
  if (is_symmetric(type)) {
    if (is_new) e.weight += weight;
  } else {
    e.weight = std::max(e.weight, weight);
  }
}

void StakeholderGraph::insert_edge(Edge edge) {
  check_weight(edge.weight);
  EdgeKey key{edge.source, edge.target, edge.type};
  const bool at_end = edges_.empty() || edges_.rbegin()->first < key;  // as for nodes
  // Every edge's endpoints exist: a source shared with the last edge (the
  // common case of sorted input) needs no lookup.
  if (edges_.empty() || edges_.rbegin()->second.source != edge.source) at(edge.source);
  at(edge.target);
  if (!at_end && edges_.count(key) != 0)
    throw GraphError("duplicate edge " + edge.source + " -> " + edge.target + " (" +
                     std::string(to_string(edge.type)) + ")");
  // Readers and the extractor usually hand over sorted, distinct evidence:
  // one O(n) pass that finds it strictly increasing spares them a sort and
  // the pass that drops duplicates.
  auto& ev = edge.evidence;
  const auto not_increasing = [](const Evidence& a, const Evidence& b) { return !(a < b); };
  if (std::adjacent_find(ev.begin(), ev.end(), not_increasing) != ev.end()) {
    if (!std::is_sorted(ev.begin(), ev.end())) std::sort(ev.begin(), ev.end());
    ev.erase(std::unique(ev.begin(), ev.end()), ev.end());
  }
  if (at_end) {
    edges_.emplace_hint(edges_.end(), std::move(key), std::move(edge));
  } else {
    edges_.emplace(std::move(key), std::move(edge));
  }
}

void StakeholderGraph::merge_nodes(std::string_view keep_id, std::string_view drop_id,
                                   std::string reason) {
  if (keep_id == drop_id) return;
  const std::string keep(keep_id), drop(drop_id);
  Node dropped = at(drop);
  at(keep);

  MergeRecord record;
  record.node = keep;
  record.forms = dropped.aliases;
  record.reason = std::move(reason);
  merges_.push_back(std::move(record));

  for (const auto& a : dropped.aliases) add_alias(keep, a);
  for (auto& m : dropped.mentions) add_mention(keep, m);
  Node& kept = at(keep);
  for (auto& [k, v] : dropped.attributes) kept.attributes.emplace(k, v);

  // Re-point edges.
  std::vector<Edge> moved;
  for (auto it = edges_.begin(); it != edges_.end();) {
    if (it->second.source == drop || it->second.target == drop) {
      moved.push_back(std::move(it->second));
      it = edges_.erase(it);
    } else {
      ++it;
    }
  }
  nodes_.erase(drop);
  for (auto& [key, ids] : alias_index_) {
    auto pos = std::find(ids.begin(), ids.end(), drop);
    if (pos != ids.end()) ids.erase(pos);
  }
  for (auto it = name_index_.begin(); it != name_index_.end(); ++it)
    if (it->second == drop) it->second = keep;

  for (auto& e : moved) {
    if (e.source == drop) e.source = keep;
    if (e.target == drop) e.target = keep;
    if (e.source == e.target) continue;
    if (e.evidence.empty()) {
      add_edge(e.source, e.target, e.type, std::nullopt, e.weight);
      continue;
    }
    // Weight per evidence keeps co-mention counts meaningful after the merge.
    const double per = e.weight / static_cast<double>(e.evidence.size());
    for (auto& ev : e.evidence)
      add_edge(e.source, e.target, e.type, std::move(ev), is_symmetric(e.type) ? per : e.weight);
  }
  std::sort(merges_.begin(), merges_.end());
}

}  // namespace stakegraph::graph
