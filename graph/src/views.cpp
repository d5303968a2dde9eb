// Views: actor projection with Newman's 1/(k-1) weighting (Newman 2001,
// Phys. Rev. E 64, 016132), type filters and ego networks. Each view copies
// the nodes and edges it keeps exactly (insert_node / insert_edge), the
// documents, and the merge records of its nodes; the analysis survives only an
// identical node and edge set.
#include "stakegraph/graph/views.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace stakegraph::graph {

namespace {

// Copies documents, generator and the merges of kept nodes; keeps the
// analysis only when nodes and edges are exactly those of the input.
void finish_view(const StakeholderGraph& in, StakeholderGraph& out) {
  out.documents() = in.documents();
  out.generator() = in.generator();
  for (const auto& m : in.merges())
    if (out.find(m.node) != nullptr) out.merges().push_back(m);
  bool same = in.node_count() == out.node_count() && in.edge_count() == out.edge_count();
  if (same) {
    for (const auto& [id, n] : in.nodes())
      if (out.find(id) == nullptr) {
        same = false;
        break;
      }
  }
  if (same) {
    for (const auto& [key, e] : in.edges())
      if (out.edges().count(key) == 0) {
        same = false;
        break;
      }
  }
  if (same) out.analysis() = in.analysis();
}

StakeholderGraph induced(const StakeholderGraph& g,
                         const std::set<std::string, std::less<>>& keep) {
  StakeholderGraph out;
  for (const auto& [id, n] : g.nodes())
    if (keep.count(id) != 0) out.insert_node(n);
  for (const auto& [key, e] : g.edges())
    if (keep.count(e.source) != 0 && keep.count(e.target) != 0) out.insert_edge(e);
  finish_view(g, out);
  return out;
}

struct Projected {
  double weight = 0.0;
  std::vector<Evidence> evidence;
};

}  // namespace

std::optional<View> parse_view(std::string_view s) noexcept {
  if (s == "full") return View::full;
  if (s == "actors") return View::actors;
  return std::nullopt;
}

std::string_view to_string(View v) noexcept {
  return v == View::actors ? "actors" : "full";
}

StakeholderGraph actor_view(const StakeholderGraph& g) {
  StakeholderGraph out;
  for (const auto& [id, n] : g.nodes())
    if (is_actor(n.type)) out.insert_node(n);

  // Context -> (actor -> evidence linking the actor to it). Node contexts are
  // keyed by node id, span contexts by (document, start, end).
  std::map<std::string, std::map<std::string, std::vector<Evidence>>> node_ctx;
  using SpanKey = std::tuple<std::string, std::size_t, std::size_t>;
  std::map<SpanKey, std::pair<Evidence, std::set<std::string>>> span_ctx;
  std::map<std::pair<std::string, std::string>, Projected> pairs;

  for (const auto& [key, e] : g.edges()) {
    const Node& s = g.at(e.source);
    const Node& t = g.at(e.target);
    const bool sa = is_actor(s.type), ta = is_actor(t.type);
    if (sa && ta) {
      if (e.type != RelationType::co_mentioned) {
        out.insert_edge(e);
        continue;
      }
      if (e.evidence.empty()) {
        Projected& p = pairs[{e.source, e.target}];  // co_mentioned endpoints are sorted
        p.weight += e.weight;
        continue;
      }
    }
    if (e.type == RelationType::co_mentioned) {
      for (const auto& ev : e.evidence) {
        auto& ctx = span_ctx[SpanKey{ev.document, ev.start, ev.end}];
        if (ctx.second.empty()) ctx.first = ev;
        if (sa) ctx.second.insert(e.source);
        if (ta) ctx.second.insert(e.target);
      }
    }
    // An actor joined to an initiative, event or resolution (any relation).
    if (sa != ta) {
      const Node& actor = sa ? s : t;
      const Node& other = sa ? t : s;
      auto& ev = node_ctx[other.id][actor.id];
      ev.insert(ev.end(), e.evidence.begin(), e.evidence.end());
    }
  }

  auto add_context = [&](const std::vector<std::string>& actors, auto&& evidence_of) {
    const std::size_t k = actors.size();
    if (k < 2) return;
    const double w = 1.0 / static_cast<double>(k - 1);
    for (std::size_t i = 0; i < k; ++i)
      for (std::size_t j = i + 1; j < k; ++j) {
        Projected& p = pairs[{actors[i], actors[j]}];
        p.weight += w;
        evidence_of(actors[i], actors[j], p.evidence);
      }
  };
  for (const auto& entry : node_ctx) {
    // A named reference, not a structured binding: clang 14 (the fuzz
    // build) cannot capture structured bindings in a lambda.
    const auto& members = entry.second;
    std::vector<std::string> actors;
    for (const auto& [id, ev] : members) actors.push_back(id);
    add_context(actors, [&](const std::string& a, const std::string& b, std::vector<Evidence>& to) {
      const auto& ea = members.at(a);
      const auto& eb = members.at(b);
      to.insert(to.end(), ea.begin(), ea.end());
      to.insert(to.end(), eb.begin(), eb.end());
    });
  }
  for (const auto& [key, ctx] : span_ctx) {
    std::vector<std::string> actors(ctx.second.begin(), ctx.second.end());
    const Evidence& ev = ctx.first;
    add_context(actors, [&](const std::string&, const std::string&, std::vector<Evidence>& to) {
      to.push_back(ev);
    });
  }
  for (auto& [pair, p] : pairs) {
    Edge e;
    e.source = pair.first;
    e.target = pair.second;
    e.type = RelationType::co_mentioned;
    e.weight = p.weight;
    e.evidence = std::move(p.evidence);
    out.insert_edge(std::move(e));  // insert_edge sorts and de-duplicates evidence
  }
  finish_view(g, out);
  return out;
}

StakeholderGraph type_filter(const StakeholderGraph& g, const std::set<NodeType>& keep) {
  std::set<std::string, std::less<>> ids;
  for (const auto& [id, n] : g.nodes())
    if (keep.count(n.type) != 0) ids.insert(id);
  return induced(g, ids);
}

StakeholderGraph ego_view(const StakeholderGraph& g, std::string_view center_id, int depth) {
  if (g.find(center_id) == nullptr)
    throw Error(ErrorKind::usage, "unknown node '" + std::string(center_id) + "' for the ego view");
  if (depth < 0) throw Error(ErrorKind::usage, "ego depth must be >= 0");
  std::map<std::string, std::vector<std::string>, std::less<>> adj;
  for (const auto& [key, e] : g.edges()) {
    adj[e.source].push_back(e.target);
    adj[e.target].push_back(e.source);
  }
  std::set<std::string, std::less<>> seen{std::string(center_id)};
  std::deque<std::pair<std::string, int>> queue{{std::string(center_id), 0}};
  while (!queue.empty()) {
    auto [id, d] = queue.front();
    queue.pop_front();
    if (d == depth) continue;
    auto it = adj.find(id);
    if (it == adj.end()) continue;
    for (const auto& next : it->second)
      if (seen.insert(next).second) queue.emplace_back(next, d + 1);
  }
  return induced(g, seen);
}

StakeholderGraph make_view(const StakeholderGraph& g, View v) {
  if (v == View::actors) return actor_view(g);
  std::set<std::string, std::less<>> all;
  for (const auto& [id, n] : g.nodes()) all.insert(id);
  return induced(g, all);
}

}  // namespace stakegraph::graph
