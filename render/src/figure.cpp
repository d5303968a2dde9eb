// Figures of a stakeholder graph: narrowing the graph to what is drawn
// (views, type filter, --top, --min-weight), the visual encoding (shape by
// type, Okabe–Ito fill by cluster, size by centrality, thick outline for
// brokers, line style by relation, width by weight), the legend, title and
// caption, and the SVG trace-back aids (a tooltip and a stable id on every
// node and edge). The result is a Scene handed to graphviz.cpp inside the
// sandbox child (sandbox.cpp).
//
// Palette: M. Okabe and K. Ito, "Color Universal Design" (2002), the 8-colour
// set recommended by Wong, Nature Methods 8:441 (2011), without black (a fill
// under black text). Safety rules: ../shared/RELIABILITY-NOTES.md §2.3, §4.
#include "stakegraph/render/figure.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <map>
#include <set>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "graphviz.hpp"
#include "sandbox.hpp"
#include "scene.hpp"
#include "stakegraph/graph/text.hpp"
#include "stakegraph/graph/views.hpp"
#include "stakegraph/render/report.hpp"

namespace stakegraph::render {

using graph::Edge;
using graph::Node;
using graph::NodeType;
using graph::RelationType;
using graph::StakeholderGraph;

// --- names ------------------------------------------------------------------

namespace {

template <typename E, std::size_t N>
std::optional<E> parse_enum(std::string_view s, const std::array<std::string_view, N>& names) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == s) return static_cast<E>(i);
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 4> kFormatNames = {"svg", "png", "pdf", "dot"};
constexpr std::array<std::string_view, 6> kLayoutNames = {"dot",  "neato", "fdp",
                                                          "sfdp", "circo", "auto"};
constexpr std::array<std::string_view, 4> kViewNames = {"full", "actors", "clusters", "ego"};
constexpr std::array<std::string_view, 3> kSizeByNames = {"pagerank", "betweenness", "degree"};
constexpr std::array<std::string_view, 3> kPresetNames = {"paper", "slide", "poster"};

}  // namespace

std::string_view to_string(Format f) noexcept {
  return kFormatNames[static_cast<int>(f)];
}
std::string_view to_string(Layout l) noexcept {
  return kLayoutNames[static_cast<int>(l)];
}
std::string_view to_string(View v) noexcept {
  return kViewNames[static_cast<int>(v)];
}
std::string_view to_string(SizeBy s) noexcept {
  return kSizeByNames[static_cast<int>(s)];
}
std::string_view to_string(Preset p) noexcept {
  return kPresetNames[static_cast<int>(p)];
}
std::optional<Format> parse_format(std::string_view s) noexcept {
  return parse_enum<Format>(s, kFormatNames);
}
std::optional<Layout> parse_layout(std::string_view s) noexcept {
  return parse_enum<Layout>(s, kLayoutNames);
}
std::optional<View> parse_view(std::string_view s) noexcept {
  return parse_enum<View>(s, kViewNames);
}
std::optional<SizeBy> parse_size_by(std::string_view s) noexcept {
  return parse_enum<SizeBy>(s, kSizeByNames);
}
std::optional<Preset> parse_preset(std::string_view s) noexcept {
  return parse_enum<Preset>(s, kPresetNames);
}

std::optional<Format> format_from_path(std::string_view path) noexcept {
  const auto dot = path.rfind('.');
  const auto slash = path.rfind('/');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    return std::nullopt;
  }
  std::string ext;
  for (char c : path.substr(dot + 1)) ext += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  if (ext == "gv") return Format::dot;
  return parse_format(ext);
}

// --- escaping ---------------------------------------------------------------

std::string escape_label(std::string_view text, std::size_t max_bytes) {
  std::string clean = graph::repair_utf8(text);
  for (char& c : clean) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) c = ' ';
  }
  // U+2028/U+2029 and the BOM are invisible or break lines in renderers.
  for (std::string_view bad : {"\xE2\x80\xA8", "\xE2\x80\xA9", "\xEF\xBB\xBF"}) {
    for (auto pos = clean.find(bad); pos != std::string::npos; pos = clean.find(bad, pos)) {
      clean.replace(pos, bad.size(), " ");
    }
  }
  clean = graph::truncate_utf8(clean, max_bytes);
  std::string out;
  out.reserve(clean.size() + 8);
  for (char c : clean) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '&') {
      out += "&amp;";
    } else {
      out += c;
    }
  }
  return out;
}

bool dot_parses(std::string_view dot, std::string* error) {
  return detail::gv_parses(dot, error);
}

// --- narrowing the graph ----------------------------------------------------

namespace {

// `g`'s nodes for which keep_node holds and its edges for which both ends are
// kept and keep_edge holds; documents are copied; no analysis.
template <typename NodePred, typename EdgePred>
StakeholderGraph induced(const StakeholderGraph& g, NodePred keep_node, EdgePred keep_edge) {
  StakeholderGraph out;
  for (const auto& [id, n] : g.nodes()) {
    if (keep_node(n)) out.insert_node(n);
  }
  for (const auto& [key, e] : g.edges()) {
    if (out.find(e.source) != nullptr && out.find(e.target) != nullptr && keep_edge(e)) {
      out.insert_edge(e);
    }
  }
  out.documents() = g.documents();
  out.generator() = g.generator();
  return out;
}

std::map<std::string, double, std::less<>> degrees(const StakeholderGraph& g) {
  std::map<std::string, double, std::less<>> deg;
  for (const auto& [id, n] : g.nodes()) deg[id] = 0.0;
  for (const auto& [key, e] : g.edges()) {
    deg[e.source] += 1.0;
    deg[e.target] += 1.0;
  }
  return deg;
}

// The metric a node is sized and ranked by: the analysis value when there is
// one, else the node's degree in `g`.
double metric_of(const StakeholderGraph& g, const std::map<std::string, double, std::less<>>& deg,
                 const std::string& id, SizeBy by) {
  if (g.analysis()) {
    const auto it = g.analysis()->metrics.find(id);
    if (it != g.analysis()->metrics.end()) {
      const auto v = it->second.values.find(std::string(to_string(by)));
      if (v != it->second.values.end() && std::isfinite(v->second)) return v->second;
    }
  }
  const auto d = deg.find(id);
  return d != deg.end() ? d->second : 0.0;
}

// The analysis of `from`, restricted to the nodes of `to`. Every cluster is
// kept (possibly empty) so that colours stay the same across views.
void carry_analysis(const StakeholderGraph& from, StakeholderGraph& to) {
  if (!from.analysis()) return;
  graph::Analysis a = *from.analysis();
  for (auto it = a.metrics.begin(); it != a.metrics.end();) {
    it = to.find(it->first) == nullptr ? a.metrics.erase(it) : std::next(it);
  }
  for (auto& c : a.clusters) {
    std::erase_if(c.members, [&](const std::string& id) { return to.find(id) == nullptr; });
  }
  to.analysis() = std::move(a);
}

}  // namespace

StakeholderGraph collapse_clusters(const StakeholderGraph& g) {
  StakeholderGraph out;
  out.documents() = g.documents();
  out.generator() = g.generator();
  if (!g.analysis()) return out;
  const graph::Analysis& a = *g.analysis();
  std::map<std::string, int> cluster_of;
  for (const auto& [id, m] : a.metrics) cluster_of[id] = m.cluster;
  for (const auto& c : a.clusters) {
    for (const auto& id : c.members) cluster_of.emplace(id, c.id);
  }
  graph::Analysis collapsed;
  collapsed.algorithm = a.algorithm;
  collapsed.seed = a.seed;
  collapsed.view = "clusters";
  std::map<int, std::string> node_of;
  for (const auto& c : a.clusters) {
    std::size_t present = 0;
    for (const auto& id : c.members) present += g.find(id) != nullptr ? 1 : 0;
    if (present == 0) continue;
    Node n;
    n.id = "cluster:" + std::to_string(c.id);
    n.type = NodeType::organisation;
    const std::string base = c.label.empty() ? "cluster " + std::to_string(c.id) : c.label;
    n.label = base + " (" + std::to_string(present) + ")";
    n.name = base;
    n.attributes["members"] = std::to_string(present);
    std::string theme;
    for (const auto& w : c.theme) theme += (theme.empty() ? "" : ", ") + w;
    if (!theme.empty()) n.attributes["theme"] = theme;
    node_of[c.id] = n.id;
    graph::NodeMetrics m;
    m.cluster = c.id;
    m.values["members"] = static_cast<double>(present);
    for (const auto& id : c.members) {
      const auto it = a.metrics.find(id);
      if (it == a.metrics.end()) continue;
      for (const char* key : {"pagerank", "betweenness", "degree"}) {
        const auto v = it->second.values.find(key);
        if (v != it->second.values.end()) m.values[key] += v->second;
      }
    }
    collapsed.metrics[n.id] = m;
    graph::ClusterSummary s = c;
    s.members = {n.id};
    collapsed.clusters.push_back(std::move(s));
    out.insert_node(std::move(n));
  }
  struct Link {
    double weight = 0.0;
    std::vector<graph::Evidence> evidence;
  };
  std::map<std::pair<std::string, std::string>, Link> links;
  for (const auto& [key, e] : g.edges()) {
    const auto s = cluster_of.find(e.source), t = cluster_of.find(e.target);
    if (s == cluster_of.end() || t == cluster_of.end() || s->second == t->second) continue;
    const auto ns = node_of.find(s->second), nt = node_of.find(t->second);
    if (ns == node_of.end() || nt == node_of.end()) continue;
    auto ends = std::minmax(ns->second, nt->second);
    Link& l = links[{ends.first, ends.second}];
    l.weight += e.weight;
    for (const auto& ev : e.evidence) {
      if (l.evidence.size() < 5) l.evidence.push_back(ev);
    }
  }
  for (auto& [ends, l] : links) {
    Edge e;
    e.source = ends.first;
    e.target = ends.second;
    e.type = RelationType::co_mentioned;
    e.weight = l.weight;
    std::sort(l.evidence.begin(), l.evidence.end());
    l.evidence.erase(std::unique(l.evidence.begin(), l.evidence.end()), l.evidence.end());
    e.evidence = std::move(l.evidence);
    out.insert_edge(std::move(e));
  }
  out.analysis() = std::move(collapsed);
  return out;
}

std::size_t edge_budget(std::size_t nodes) noexcept {
  return std::max<std::size_t>(kMinEdgeBudget, kEdgesPerNode * nodes);
}

double automatic_min_weight(const StakeholderGraph& g) {
  std::size_t stated = 0;
  std::vector<double> weights;  // co-mentions, heaviest first
  for (const auto& [key, e] : g.edges()) {
    if (e.type == RelationType::co_mentioned) {
      weights.push_back(e.weight);
    } else {
      ++stated;
    }
  }
  const std::size_t budget = edge_budget(g.node_count());
  if (stated + weights.size() <= budget || weights.empty()) return 0.0;
  std::sort(weights.begin(), weights.end(), std::greater<>());
  // The lightest weight w such that the co-mentions of weight >= w fit; if
  // not even the heaviest ones fit, keep only those. A threshold that would
  // leave fewer than a quarter of the budget draws a skeleton of the network
  // rather than the network, so then nothing is dropped.
  double chosen = weights.front();
  std::size_t kept = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const bool last_of_weight = i + 1 == weights.size() || weights[i + 1] != weights[i];
    if (!last_of_weight) continue;
    if (stated + i + 1 > budget) break;
    chosen = weights[i];
    kept = stated + i + 1;
  }
  if (kept == 0)
    kept = stated + static_cast<std::size_t>(std::count(weights.begin(), weights.end(), chosen));
  return 4 * kept < budget ? 0.0 : chosen;
}

std::size_t dot_edge_budget(std::size_t nodes) noexcept {
  return std::clamp(kDotEdgesPerNode * nodes, kDotMinEdges, kDotMaxEdges);
}

LayoutChoice choose_layout(Layout requested, std::size_t nodes, std::size_t edges,
                           const RenderLimits& limits) {
  if (requested != Layout::automatic) return {requested, "as requested with --layout"};
  if (nodes > limits.max_dot_nodes) {
    return {Layout::sfdp, std::to_string(nodes) + " nodes > " +
                              std::to_string(limits.max_dot_nodes) + " for dot"};
  }
  const std::size_t budget = dot_edge_budget(nodes);
  if (edges > budget) {
    return {Layout::sfdp,
            std::to_string(edges) + " edges > budget " + std::to_string(budget) + " for dot"};
  }
  return {Layout::dot,
          std::to_string(edges) + " edges <= budget " + std::to_string(budget) + " for dot"};
}

namespace {

// The drawn graph and what the automatic co-mention threshold removed.
struct Narrowed {
  StakeholderGraph graph;
  double auto_min_weight = 0.0;  // 0: no automatic threshold applied
  std::size_t omitted = 0;       // co-mentions it removed
  std::size_t co_mentions = 0;   // co-mentions before it
};

Narrowed narrow(const StakeholderGraph& g, const FigureOptions& options) {
  StakeholderGraph view;
  switch (options.view) {
    case View::full: view = g; break;
    case View::actors: view = graph::actor_view(g); break;
    case View::ego: {
      const Node* center = g.find(options.focus);
      if (center == nullptr) center = g.find_by_alias(options.focus);
      if (center == nullptr) {
        throw RenderError(ErrorKind::data,
                          "no node has the id or alias '" + options.focus + "' (--focus)");
      }
      if (options.depth < 0 || options.depth > 10) {
        throw RenderError(ErrorKind::usage, "--depth must be between 0 and 10");
      }
      view = graph::ego_view(g, center->id, options.depth);
      break;
    }
    case View::clusters: view = collapse_clusters(g); break;
  }
  if (options.view != View::clusters) carry_analysis(g, view);

  const auto keep_analysis = [&](StakeholderGraph next) {
    carry_analysis(view, next);
    view = std::move(next);
  };
  if (!options.types.empty() && options.view != View::clusters) {
    keep_analysis(induced(
        view, [&](const Node& n) { return options.types.count(n.type) != 0; },
        [](const Edge&) { return true; }));
  }
  const auto drop_lighter = [&](double w) {
    keep_analysis(induced(
        view, [](const Node&) { return true; },
        [&](const Edge& e) { return e.type != RelationType::co_mentioned || e.weight >= w; }));
  };
  if (options.min_weight && *options.min_weight > 0.0) drop_lighter(*options.min_weight);
  if (options.top > 0 && options.top < view.node_count()) {
    const auto deg = degrees(view);
    std::vector<std::pair<double, std::string>> ranked;
    for (const auto& [id, n] : view.nodes()) {
      ranked.emplace_back(-metric_of(view, deg, id, options.size_by), id);
    }
    std::sort(ranked.begin(), ranked.end());
    std::set<std::string, std::less<>> keep;
    for (std::size_t i = 0; i < options.top; ++i) keep.insert(ranked[i].second);
    keep_analysis(induced(
        view, [&](const Node& n) { return keep.count(n.id) != 0; },
        [](const Edge&) { return true; }));
  }
  Narrowed out;
  if (!options.min_weight) {
    const double w = automatic_min_weight(view);
    if (w > 0.0) {
      for (const auto& [key, e] : view.edges()) {
        if (e.type != RelationType::co_mentioned) continue;
        ++out.co_mentions;
        out.omitted += e.weight < w ? 1 : 0;
      }
      if (out.omitted > 0) {
        drop_lighter(w);
        out.auto_min_weight = w;
      }
    }
  }
  out.graph = std::move(view);
  return out;
}

}  // namespace

StakeholderGraph figure_graph(const StakeholderGraph& g, const FigureOptions& options) {
  return narrow(g, options).graph;
}

// --- visual encoding --------------------------------------------------------

namespace {

using detail::Attrs;
using detail::Scene;
using detail::SceneEdge;
using detail::SceneNode;
using detail::SceneSubgraph;

// Okabe–Ito without black, in the order of their mutual distinctness.
constexpr std::array<const char*, 7> kPalette = {"#E69F00", "#56B4E9", "#009E73", "#F0E442",
                                                 "#0072B2", "#D55E00", "#CC79A7"};
constexpr const char* kNoCluster = "#E5E5E5";
// edges x nodes^2 above which neato, fdp, sfdp and circo draw straight lines
// instead of routing splines around nodes (see graph_attributes()).
constexpr double kSplineWork = 2e4;
constexpr const char* kOtherClusters = "#BBBBBB";
constexpr std::size_t kStyledClusters = 2 * kPalette.size();  // second round: dashed outline

struct ClusterStyle {
  std::string fill = kNoCluster;
  std::string font = "#000000";
  bool dashed = false;
};

ClusterStyle cluster_style(int position) {
  ClusterStyle s;
  if (position < 0) return s;
  const auto p = static_cast<std::size_t>(position);
  if (p >= kStyledClusters) {
    s.fill = kOtherClusters;
    return s;
  }
  s.fill = kPalette[p % kPalette.size()];
  s.font = (s.fill == std::string("#0072B2")) ? "#FFFFFF" : "#000000";
  s.dashed = p >= kPalette.size();
  return s;
}

// Fixed mapping, documented in README "Figures".
const char* shape_of(NodeType t) {
  switch (t) {
    case NodeType::organisation: return "box";
    case NodeType::person: return "ellipse";
    case NodeType::country: return "hexagon";
    case NodeType::initiative: return "parallelogram";
    case NodeType::resolution: return "note";
    case NodeType::event: return "octagon";
  }
  return "box";
}

// Relations grouped by how they are drawn.
enum class LineGroup { co_mention, organising, event_role, membership, partnership, reference };

LineGroup group_of(RelationType t) {
  switch (t) {
    case RelationType::co_mentioned: return LineGroup::co_mention;
    case RelationType::organised_by:
    case RelationType::hosted_by:
    case RelationType::established_by: return LineGroup::organising;
    case RelationType::chaired_by:
    case RelationType::moderated_by:
    case RelationType::opened_by:
    case RelationType::spoke_at: return LineGroup::event_role;
    case RelationType::affiliated_with:
    case RelationType::member_of: return LineGroup::membership;
    case RelationType::partner_of: return LineGroup::partnership;
    case RelationType::references:
    case RelationType::proposed: return LineGroup::reference;
  }
  return LineGroup::reference;
}

const char* group_name(LineGroup g) {
  switch (g) {
    case LineGroup::co_mention: return "co-mentioned (width = weight)";
    case LineGroup::organising: return "organised / hosted / established by";
    case LineGroup::event_role: return "chaired / moderated / opened by, spoke at";
    case LineGroup::membership: return "affiliated with / member of";
    case LineGroup::partnership: return "partner of";
    case LineGroup::reference: return "references / proposed";
  }
  return "";
}

// Style of a line group; `scaled` in [0, 1] is the weight relative to the
// heaviest edge of the figure.
Attrs line_style(LineGroup g, double scaled) {
  char width[16];
  switch (g) {
    case LineGroup::co_mention:
      std::snprintf(width, sizeof width, "%.2f", 0.4 + 2.6 * std::sqrt(scaled));
      return {{"color", "#8C8C8C"}, {"dir", "none"}, {"penwidth", width}};
    case LineGroup::organising:
      return {{"color", "#303030"}, {"arrowhead", "normal"}, {"penwidth", "1.2"}};
    case LineGroup::event_role:
      return {{"color", "#303030"}, {"style", "dashed"}, {"arrowhead", "vee"}, {"penwidth", "1.2"}};
    case LineGroup::membership:
      return {{"color", "#303030"}, {"arrowhead", "onormal"}, {"penwidth", "1.2"}};
    case LineGroup::partnership: return {{"color", "#303030"}, {"style", "bold"}, {"dir", "none"}};
    case LineGroup::reference:
      return {
          {"color", "#303030"}, {"style", "dotted"}, {"arrowhead", "normal"}, {"penwidth", "1.4"}};
  }
  return {};
}

struct PresetStyle {
  const char* font;
  double fontsize;
  double legend_fontsize;
  double title_fontsize;
  const char* size;  // inches: maximum width,height
  int dpi;           // PNG only
  std::size_t legend_columns;
  std::size_t wrap;  // node labels are broken into lines of about this many bytes
};

PresetStyle preset_style(Preset p) {
  switch (p) {
    case Preset::paper:  // a single journal column (3.5 in), serif like the body text
      return {"DejaVu Serif", 8, 7, 10, "3.5,5", 300, 3, 16};
    case Preset::slide:  // 16:9 at 13.33 x 7.5 in (1280 x 720 px at 96 dpi), large sans labels
      return {"DejaVu Sans", 16, 12, 24, "13.333,7.5!", 96, 4, 22};
    case Preset::poster:  // A0 portrait
      return {"DejaVu Sans", 14, 12, 36, "33.1,46.8", 150, 4, 24};
  }
  return {"DejaVu Sans", 10, 8, 12, "7,7", 96, 3, 20};
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", v);
  return buf;
}

// An id usable in SVG/XML and CSS selectors: [A-Za-z0-9_.:-], others '_'.
std::string sanitise_id(std::string_view s) {
  std::string out;
  for (char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '.' || c == ':' || c == '-';
    out += ok ? c : '_';
  }
  return out;
}

std::string unique_id(std::string base, std::set<std::string>& used) {
  std::string id = base;
  for (int k = 2; !used.insert(id).second; ++k) id = base + "-" + std::to_string(k);
  return id;
}

// "¶ 3, 8: “quote”" lines for up to three pieces of evidence.
std::string evidence_lines(const std::vector<graph::Evidence>& ev) {
  if (ev.empty()) return {};
  std::set<std::int64_t> paragraphs;
  for (const auto& e : ev) paragraphs.insert(e.paragraph);
  std::string out = paragraphs.size() == 1 ? "paragraph " : "paragraphs ";
  std::size_t shown = 0;
  for (auto p : paragraphs) {
    if (shown++ == 12) {
      out += ", …";
      break;
    }
    out += (shown > 1 ? ", " : "") + std::to_string(p);
  }
  for (std::size_t i = 0; i < ev.size() && i < 2; ++i) {
    if (ev[i].text.empty()) continue;
    out += "\n¶" + std::to_string(ev[i].paragraph) + ": “" + graph::truncate_utf8(ev[i].text, 160) +
           "”";
  }
  return out;
}

// Escapes each line of a multi-line tooltip and joins them with Graphviz's
// "\n" line break.
std::string escape_lines(const std::string& text, std::size_t max_bytes) {
  std::string out;
  std::size_t pos = 0;
  std::size_t budget = max_bytes;
  while (pos <= text.size() && budget > 0) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string line = escape_label(std::string_view(text).substr(pos, end - pos), budget);
    // Graphviz 2.42 substitutes escapes in tooltips twice (once when the
    // object is emitted, once for the SVG anchor), so a literal backslash
    // needs four.
    for (auto at = line.find('\\'); at != std::string::npos; at = line.find('\\', at + 2)) {
      line.insert(at, 1, '\\');
    }
    budget = line.size() >= budget ? 0 : budget - line.size();
    if (!out.empty()) out += "\\n";
    out += line;
    pos = end + 1;
  }
  return out;
}

// An escaped label broken into lines of about `width` bytes at spaces, joined
// with Graphviz's "\n" (unambiguous: escape_label doubled every backslash and
// its output holds no space inside an escape).
std::string wrapped_label(std::string_view text, std::size_t max_bytes, std::size_t width) {
  const std::string escaped = escape_label(text, max_bytes);
  std::string out, line;
  std::size_t pos = 0;
  while (pos <= escaped.size()) {
    std::size_t end = escaped.find(' ', pos);
    if (end == std::string::npos) end = escaped.size();
    const std::string word = escaped.substr(pos, end - pos);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      out += (out.empty() ? "" : "\\n") + line;
      line = word;
    } else {
      line += (line.empty() ? "" : " ") + word;
    }
    pos = end + 1;
  }
  if (!line.empty()) out += (out.empty() ? "" : "\\n") + line;
  return out;
}

// Brokers: Guimerà–Amaral connectors and kinless nodes (role "connector hub",
// "non-hub connector", "kinless hub", ...), Gould–Fernandez brokerage roles
// "liaison" and "itinerant", and articulation points.
bool is_broker(const graph::NodeMetrics& m) {
  for (const auto& [key, value] : m.roles) {
    for (std::string_view word : {"connector", "kinless", "liaison", "itinerant", "broker"}) {
      if (value.find(word) != std::string::npos) return true;
    }
  }
  for (const char* key : {"articulation", "articulation_point"}) {
    const auto ap = m.values.find(key);
    if (ap != m.values.end() && ap->second > 0.0) return true;
  }
  return false;
}

bool has_clusters_drawn(Layout l) {
  return l == Layout::dot || l == Layout::fdp;
}

class SceneBuilder {
 public:
  SceneBuilder(const Narrowed& n, const FigureOptions& o)
      : g_(n.graph), narrowed_(n), o_(o), style_(preset_style(o.preset)) {}

  Scene build() {
    graph_attributes();
    index_clusters();
    add_nodes();
    add_edges();
    if (o_.legend || o_.caption) add_legend();
    return std::move(scene_);
  }

 private:
  void graph_attributes() {
    Attrs& a = scene_.graph_attrs;
    a.emplace_back("layout", std::string(to_string(o_.layout)));
    a.emplace_back("fontname", style_.font);
    a.emplace_back("fontsize", num(style_.title_fontsize));
    a.emplace_back("size", style_.size);
    a.emplace_back("pad", "0.1");
    a.emplace_back("outputorder", "edgesfirst");
    if (!o_.title.empty()) {
      a.emplace_back("label", escape_label(o_.title, o_.limits.label_bytes));
      a.emplace_back("labelloc", "t");
      a.emplace_back("labeljust", "c");
    }
    // Spline routing around nodes (splines=true) finds a shortest path in
    // the visibility graph of all node outlines for every edge, about
    // edges x nodes^2 work: on the 71-node summary with 706 edges it took
    // 11.8 s of sfdp's 12.1 s (0.3 s with straight lines), and still 1.3 s
    // of fdp's 1.5 s on its 54-actor, 80-edge view. Figures whose
    // edges x nodes^2 is over kSplineWork (about 0.05 s of routing) get
    // straight lines; overlap removal still keeps nodes and labels apart.
    const double n = static_cast<double>(g_.node_count());
    const bool large = static_cast<double>(g_.edge_count()) * n * n > kSplineWork;
    switch (o_.layout) {
      case Layout::automatic:  // resolved by render_figures before the scene is built
      case Layout::dot:
        a.emplace_back("ranksep", "0.35");
        a.emplace_back("nodesep", "0.12");
        a.emplace_back("newrank", "true");
        // A single column is tall and narrow, and dot's top-down drawings of
        // stakeholder graphs are wide (one rank holds most nodes): left to
        // right, the five dot-drawn test documents fit the 3.5 x 5 in box at
        // 1.4-2.9 times the scale (the bundled summary: 0.048 -> 0.132).
        if (o_.preset == Preset::paper) a.emplace_back("rankdir", "LR");
        break;
      case Layout::neato:
      case Layout::fdp:
      case Layout::sfdp:
        a.emplace_back("start", std::to_string(std::max<std::uint64_t>(1, o_.seed % 2147483647)));
        a.emplace_back("overlap", "prism");
        a.emplace_back("sep", "+6");
        a.emplace_back("splines", large ? "line" : "true");
        a.emplace_back("pack", "true");
        if (o_.layout == Layout::fdp) a.emplace_back("K", "0.5");
        break;
      case Layout::circo:
        a.emplace_back("splines", large ? "line" : "true");
        a.emplace_back("pack", "true");
        break;
    }
    scene_.node_defaults = {{"fontname", style_.font},
                            {"fontsize", num(style_.fontsize)},
                            {"margin", "0.05,0.02"},
                            {"height", "0.2"},
                            {"width", "0.3"}};
    scene_.edge_defaults = {{"arrowsize", "0.6"}};
  }

  void index_clusters() {
    if (!g_.analysis()) return;
    const auto& clusters = g_.analysis()->clusters;
    for (std::size_t i = 0; i < clusters.size(); ++i) {
      position_[clusters[i].id] = static_cast<int>(i);
    }
    for (const auto& [id, m] : g_.analysis()->metrics) cluster_of_[id] = m.cluster;
    for (const auto& c : clusters) {
      for (const auto& id : c.members) cluster_of_.emplace(id, c.id);
    }
    if (!has_clusters_drawn(o_.layout)) return;
    for (std::size_t i = 0; i < clusters.size(); ++i) {
      const auto& c = clusters[i];
      if (c.members.empty()) continue;
      if (o_.view == View::clusters) continue;  // one node per cluster already
      const ClusterStyle cs = cluster_style(static_cast<int>(i));
      const std::string label = c.label.empty() ? "cluster " + std::to_string(c.id) : c.label;
      subgraph_of_[c.id] = static_cast<int>(scene_.subgraphs.size());
      scene_.subgraphs.push_back(
          {"cluster_" + std::to_string(c.id),
           {{"label", escape_label(label, std::min<std::size_t>(o_.limits.label_bytes, 60))},
            {"style", cs.dashed ? "rounded,dashed" : "rounded"},
            {"color", cs.fill},
            {"penwidth", "1.5"},
            {"fontsize", num(style_.legend_fontsize)},
            {"fontcolor", "#404040"},
            {"labeljust", "l"},
            {"id", "cluster-" + std::to_string(c.id)},
            {"tooltip", escape_label("cluster " + std::to_string(c.id) + ": " + label + " (" +
                                         std::to_string(c.members.size()) + " members)",
                                     o_.limits.tooltip_bytes)}}});
    }
  }

  int cluster_position(const std::string& id) const {
    const auto c = cluster_of_.find(id);
    if (c == cluster_of_.end()) return -1;
    const auto p = position_.find(c->second);
    return p == position_.end() ? -1 : p->second;
  }

  std::string cluster_label(int cluster) const {
    if (g_.analysis()) {
      for (const auto& c : g_.analysis()->clusters) {
        if (c.id == cluster) return c.label.empty() ? "cluster " + std::to_string(c.id) : c.label;
      }
    }
    return "none";
  }

  void add_nodes() {
    const auto deg = degrees(g_);
    double max_metric = 0.0;
    for (const auto& [id, n] : g_.nodes()) {
      max_metric = std::max(max_metric, metric_of(g_, deg, id, o_.size_by));
    }
    std::set<std::string> used_ids;
    for (const auto& [id, n] : g_.nodes()) {
      index_[id] = scene_.nodes.size();
      types_.insert(n.type);
      const int pos = cluster_position(id);
      const ClusterStyle cs = cluster_style(pos);
      if (pos >= 0) clusters_present_.insert(pos);
      const graph::NodeMetrics* m = nullptr;
      if (g_.analysis()) {
        const auto it = g_.analysis()->metrics.find(id);
        if (it != g_.analysis()->metrics.end()) m = &it->second;
      }
      const bool broker = m != nullptr && is_broker(*m);
      any_broker_ = any_broker_ || broker;
      const double metric = metric_of(g_, deg, id, o_.size_by);
      const double scaled = max_metric > 0.0 ? std::sqrt(std::max(0.0, metric) / max_metric) : 0.0;

      std::string style = "filled";
      if (n.type == NodeType::organisation) style += ",rounded";
      if (cs.dashed) style += ",dashed";
      std::string klass = "node-" + std::string(graph::to_string(n.type));
      if (broker) klass += " broker";
      if (pos >= 0) klass += " cluster-" + std::to_string(cluster_of_.at(id));

      SceneNode sn;
      sn.name = "n" + std::to_string(scene_.nodes.size());
      const auto c = cluster_of_.find(id);
      if (c != cluster_of_.end()) {
        const auto s = subgraph_of_.find(c->second);
        if (s != subgraph_of_.end()) sn.subgraph = s->second;
      }
      sn.attrs = {
          {"label",
           wrapped_label(n.label.empty() ? n.name : n.label, o_.limits.label_bytes, style_.wrap)},
          {"shape", shape_of(n.type)},
          {"style", style},
          {"fillcolor", cs.fill},
          {"fontcolor", cs.font},
          {"color", broker ? "#000000" : "#4D4D4D"},
          {"penwidth", broker ? "3" : "0.8"},
          {"fontsize", num(style_.fontsize * (1.0 + 0.7 * scaled))},
          {"id", unique_id("node-" + sanitise_id(id), used_ids)},
          {"class", klass},
          {"tooltip", escape_lines(node_tooltip(n, m, broker), o_.limits.tooltip_bytes)},
      };
      if (o_.report_links) {
        const bool cluster_node = o_.view == View::clusters && m != nullptr && m->cluster >= 0;
        sn.attrs.emplace_back("URL", cluster_node ? "#cluster-" + std::to_string(m->cluster)
                                                  : "#" + report_anchor(id));
      }
      scene_.nodes.push_back(std::move(sn));
    }
    used_ids_ = std::move(used_ids);
  }

  std::string node_tooltip(const Node& n, const graph::NodeMetrics* m, bool broker) const {
    std::string t = n.name.empty() ? n.label : n.name;
    t += " (" + std::string(graph::to_string(n.type)) + ")";
    t += "\nid: " + n.id;
    if (m != nullptr) {
      if (m->cluster >= 0) {
        t += "\ncluster " + std::to_string(m->cluster) + ": " + cluster_label(m->cluster);
      }
      std::string metrics;
      for (const char* key : {"degree", "pagerank", "betweenness", "members"}) {
        const auto v = m->values.find(key);
        if (v != m->values.end())
          metrics += (metrics.empty() ? "" : ", ") + std::string(key) + " " + num(v->second);
      }
      if (!metrics.empty()) t += "\n" + metrics;
      for (const auto& [key, value] : m->roles) t += "\n" + key + ": " + value;
    }
    if (broker) t += "\nbroker";
    const std::string ev = evidence_lines(n.mentions);
    if (!ev.empty()) t += "\n" + ev;
    return t;
  }

  void add_edges() {
    double max_weight = 0.0;
    for (const auto& [key, e] : g_.edges()) {
      if (e.type == RelationType::co_mentioned) max_weight = std::max(max_weight, e.weight);
    }
    std::set<std::string>& used = used_ids_;
    for (const auto& [key, e] : g_.edges()) {
      const LineGroup group = group_of(e.type);
      groups_.insert(group);
      const double scaled = max_weight > 0.0 ? e.weight / max_weight : 0.0;
      SceneEdge se;
      se.tail = index_.at(e.source);
      se.head = index_.at(e.target);
      se.attrs = line_style(group, scaled);
      const Node& s = g_.at(e.source);
      const Node& t = g_.at(e.target);
      std::string tip = (s.label.empty() ? s.name : s.label) + " — " +
                        std::string(graph::to_string(e.type)) + " — " +
                        (t.label.empty() ? t.name : t.label) + " (weight " + num(e.weight) + ")";
      const std::string ev = evidence_lines(e.evidence);
      if (!ev.empty()) tip += "\n" + ev;
      se.attrs.emplace_back("tooltip", escape_lines(tip, o_.limits.tooltip_bytes));
      se.attrs.emplace_back(
          "id",
          unique_id("edge-" + sanitise_id(e.source + "--" + std::string(graph::to_string(e.type)) +
                                          "--" + e.target),
                    used));
      se.attrs.emplace_back("class", "edge-" + std::string(graph::to_string(e.type)));
      if (o_.layout == Layout::dot) {
        se.attrs.emplace_back("weight",
                              std::to_string(std::max(1L, std::lround(std::min(e.weight, 100.0)))));
      }
      scene_.edges.push_back(std::move(se));
    }
  }

  // A legend of small plain-label nodes (never HTML: cluster labels are
  // document text), laid out as a grid of `legend_columns` columns that dot
  // keeps together through invisible edges, plus the caption.
  void add_legend() {
    legend_ = static_cast<int>(scene_.subgraphs.size());
    scene_.subgraphs.push_back({"cluster_legend",
                                {{"id", "legend"},
                                 {"label", "Legend"},
                                 {"style", "rounded"},
                                 {"color", "#BBBBBB"},
                                 {"fontsize", num(style_.legend_fontsize)},
                                 {"labeljust", "l"}}});
    scene_.legend = legend_;
    scene_.legend_apart = !has_clusters_drawn(o_.layout);
    const std::string fs = num(style_.legend_fontsize);
    std::vector<std::size_t> entries;
    auto add = [&](Attrs a) {
      SceneNode n;
      n.name = "n" + std::to_string(scene_.nodes.size());
      n.subgraph = legend_;
      n.attrs = std::move(a);
      n.attrs.emplace_back("fontsize", fs);
      scene_.nodes.push_back(std::move(n));
      return scene_.nodes.size() - 1;
    };
    if (o_.legend && !scene_.nodes.empty()) {
      if (o_.view != View::clusters) {
        for (NodeType t : graph::kAllNodeTypes) {
          if (types_.count(t) == 0) continue;
          entries.push_back(
              add({{"label", std::string(graph::to_string(t))},
                   {"shape", shape_of(t)},
                   {"style", t == NodeType::organisation ? "filled,rounded" : "filled"},
                   {"fillcolor", "#FFFFFF"},
                   {"class", "legend-type"}}));
        }
      }
      bool other = false;
      for (int pos : clusters_present_) {
        if (static_cast<std::size_t>(pos) >= kStyledClusters) {
          other = true;
          continue;
        }
        const ClusterStyle cs = cluster_style(pos);
        const auto& c = g_.analysis()->clusters[static_cast<std::size_t>(pos)];
        const std::string label = c.label.empty() ? "cluster " + std::to_string(c.id) : c.label;
        entries.push_back(
            add({{"label", escape_label(label, std::min<std::size_t>(o_.limits.label_bytes, 40))},
                 {"shape", "box"},
                 {"style", cs.dashed ? "filled,dashed" : "filled"},
                 {"fillcolor", cs.fill},
                 {"fontcolor", cs.font},
                 {"class", "legend-cluster"}}));
      }
      if (other) {
        entries.push_back(add({{"label", "other clusters"},
                               {"shape", "box"},
                               {"style", "filled"},
                               {"fillcolor", kOtherClusters},
                               {"class", "legend-cluster"}}));
      }
      if (any_broker_) {
        entries.push_back(add({{"label", "broker"},
                               {"shape", "ellipse"},
                               {"style", "filled"},
                               {"fillcolor", "#FFFFFF"},
                               {"penwidth", "3"},
                               {"color", "#000000"},
                               {"class", "legend-broker"}}));
      }
      for (LineGroup grp : groups_) {
        const std::size_t label =
            add({{"label", group_name(grp)}, {"shape", "plaintext"}, {"class", "legend-line"}});
        const std::size_t end = add({{"label", ""},
                                     {"shape", "point"},
                                     {"width", "0.03"},
                                     {"height", "0.03"},
                                     {"color", "#303030"}});
        Attrs a = line_style(grp, 0.5);
        a.emplace_back("constraint", "false");
        a.emplace_back("minlen", "1");
        scene_.edges.push_back({end, label, std::move(a)});
        samples_.emplace_back(label, end);
        entries.push_back(label);
      }
    }
    if (o_.caption) {
      std::string caption;
      for (const auto& d : g_.documents()) {
        caption += (caption.empty() ? "" : "; ") + (d.title.empty() ? d.id : d.title);
      }
      std::string text = caption.empty() ? std::string() : "Source: " + caption;
      if (o_.legend && !scene_.nodes.empty()) {
        text += std::string(text.empty() ? "" : ". ") +
                "Node size: " + std::string(to_string(o_.size_by)) + ".";
      }
      if (narrowed_.auto_min_weight > 0.0) {
        text += std::string(text.empty() ? "" : " ") + "Co-mentions with fewer than " +
                num(narrowed_.auto_min_weight) + " shared sentences omitted (" +
                std::to_string(narrowed_.omitted) + " of " + std::to_string(narrowed_.co_mentions) +
                "; --min-weight to choose).";
      }
      if (!text.empty()) {
        // Wrapped: one long line would widen the whole figure and shrink it.
        entries.push_back(
            add({{"label", wrapped_label(text, 2 * o_.limits.label_bytes, 3 * style_.wrap)},
                 {"shape", "plaintext"},
                 {"class", "caption"}}));
      }
    }
    // Grid: entry i sits one rank below entry i - columns. Point ends of line
    // samples sit on their label's rank (the sample edge does not constrain).
    const std::size_t cols = style_.legend_columns;
    for (std::size_t i = cols; i < entries.size(); ++i) {
      scene_.edges.push_back({entries[i - cols], entries[i], {{"style", "invis"}}});
    }
    for (const auto& [label, end] : samples_) {
      const auto it = std::find(entries.begin(), entries.end(), label);
      const auto i = static_cast<std::size_t>(it - entries.begin());
      if (i >= cols) scene_.edges.push_back({entries[i - cols], end, {{"style", "invis"}}});
    }
    if (entries.empty()) {
      scene_.subgraphs.pop_back();
      scene_.legend = -1;
      scene_.legend_apart = false;
    }
  }

  const StakeholderGraph& g_;
  const Narrowed& narrowed_;
  const FigureOptions& o_;
  PresetStyle style_;
  Scene scene_;
  std::map<int, int> position_;  // cluster id -> position in analysis.clusters
  std::map<std::string, int> cluster_of_;
  std::map<int, int> subgraph_of_;  // cluster id -> scene subgraph
  std::map<std::string, std::size_t> index_;
  std::set<NodeType> types_;
  std::set<int> clusters_present_;
  std::set<LineGroup> groups_;
  std::set<std::string> used_ids_;
  std::vector<std::pair<std::size_t, std::size_t>> samples_;
  bool any_broker_ = false;
  int legend_ = -1;
};

}  // namespace

namespace {

// Length-prefixed pieces ("<decimal length>:<bytes>"), the answer of the
// render child for several formats.
std::string frame(const std::vector<std::string>& pieces) {
  std::size_t total = 0;
  for (const auto& p : pieces) total += p.size() + 21;
  std::string out;
  out.reserve(total);
  for (const auto& p : pieces) {
    out += std::to_string(p.size());
    out += ':';
    out += p;
  }
  return out;
}

std::vector<std::string> unframe(const std::string& data, std::size_t count) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (out.size() < count) {
    const auto colon = data.find(':', pos);
    std::size_t n = 0;
    const auto res =
        std::from_chars(data.data() + pos, data.data() + std::min(colon, data.size()), n);
    if (colon == std::string::npos || res.ec != std::errc{} || res.ptr != data.data() + colon ||
        data.size() - colon - 1 < n) {
      throw RenderError(ErrorKind::internal, "renderer sent a malformed answer");
    }
    out.push_back(data.substr(colon + 1, n));
    pos = colon + 1 + n;
  }
  if (pos != data.size())
    throw RenderError(ErrorKind::internal, "renderer sent a malformed answer");
  return out;
}

}  // namespace

std::map<Format, std::string> render_figures(const StakeholderGraph& g,
                                             const FigureOptions& requested,
                                             const std::vector<Format>& formats, FigureInfo* info) {
  std::map<Format, std::string> out;
  if (formats.empty()) return out;
  const Narrowed narrowed = narrow(g, requested);
  const StakeholderGraph& drawn = narrowed.graph;
  const LayoutChoice choice =
      choose_layout(requested.layout, drawn.node_count(), drawn.edge_count(), requested.limits);
  FigureOptions options = requested;
  options.layout = choice.layout;
  if (info != nullptr)
    *info = {choice.layout, choice.reason, drawn.node_count(), drawn.edge_count()};
  std::vector<Format> laid_out;  // formats that need a layout, each once, in request order
  for (Format f : formats) {
    if (f != Format::dot && std::find(laid_out.begin(), laid_out.end(), f) == laid_out.end()) {
      laid_out.push_back(f);
    }
  }
  if (options.layout == Layout::dot && !laid_out.empty() &&
      (drawn.node_count() > options.limits.max_dot_nodes ||
       drawn.edge_count() > options.limits.max_dot_edges)) {
    throw RenderError(ErrorKind::data,
                      "graph too large for the dot layout: " + std::to_string(drawn.node_count()) +
                          " nodes and " + std::to_string(drawn.edge_count()) + " edges (limits " +
                          std::to_string(options.limits.max_dot_nodes) + " and " +
                          std::to_string(options.limits.max_dot_edges) +
                          "); use --layout sfdp, or --top N / --min-weight W to draw fewer");
  }
  const detail::Scene scene = SceneBuilder(narrowed, options).build();
  if (std::find(formats.begin(), formats.end(), Format::dot) != formats.end()) {
    // No layout: the DOT a user can feed to any Graphviz tool. Built in
    // process (parsing and writing only, no layout code runs).
    out[Format::dot] = detail::gv_scene_dot(scene);
  }
  if (laid_out.empty()) return out;
  const std::string engine(to_string(options.layout));
  std::vector<std::string> names;
  for (Format f : laid_out) names.emplace_back(to_string(f));
  const double dpi = preset_style(options.preset).dpi;
  detail::SandboxLimits limits;
  limits.wall_seconds = options.limits.wall_seconds;
  limits.address_space_bytes = options.limits.address_space_bytes;
  const std::string answer = detail::run_sandboxed(
      [&] {
        // cairo writes a PDF's /CreationDate in local time, with the zone's
        // offset: rendered in UTC, its length and so the PDF's bytes do not
        // depend on TZ (gv_layout_and_render then fixes the time itself).
        // This runs in the forked child, which has one thread.
        ::setenv("TZ", "UTC0", 1);
        ::tzset();
        // The child _exits after answering: nothing of Graphviz's is freed.
        return frame(
            detail::gv_layout_and_render(scene, engine, names, dpi, detail::Teardown::skip));
      },
      limits);
  std::vector<std::string> pieces = unframe(answer, laid_out.size());
  for (std::size_t i = 0; i < laid_out.size(); ++i) out[laid_out[i]] = std::move(pieces[i]);
  return out;
}

std::string render_figure(const StakeholderGraph& g, const FigureOptions& options,
                          FigureInfo* info) {
  auto figures = render_figures(g, options, {options.format}, info);
  return std::move(figures.at(options.format));
}

}  // namespace stakegraph::render
