// Publication figures of a stakeholder graph through Graphviz (cgraph + gvc
// linked in-process, never a shell-out). Node shape by type, fill by cluster
// (Okabe–Ito), size by a centrality metric, brokers outlined, edge style by
// relation, width by weight, a legend, a title and a caption naming the
// source documents. SVG output carries a tooltip and a stable id on every
// node and edge so that a line in the figure can be traced to its paragraph.
//
// Safety (../shared/RELIABILITY-NOTES.md §3.5, §4): node names are synthetic,
// user text only appears in escaped plain labels and tooltips, attributes come
// from a whitelist with clamped values, no record shapes and no HTML labels;
// layout and rendering run in a forked child with an address-space limit, a
// CPU limit and a wall-clock kill, so a Graphviz crash, exit() or blow-up
// becomes a RenderError instead of taking the caller down.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "stakegraph/graph/error.hpp"
#include "stakegraph/graph/model.hpp"
#include "stakegraph/graph/types.hpp"

namespace stakegraph::render {

enum class Format { svg, png, pdf, dot };
// `automatic` ("auto") picks dot or sfdp from the size of the drawn graph
// (choose_layout); the others are Graphviz engines used as given.
enum class Layout { dot, neato, fdp, sfdp, circo, automatic };
enum class View { full, actors, clusters, ego };
enum class SizeBy { pagerank, betweenness, degree };
enum class Preset { paper, slide, poster };

std::string_view to_string(Format f) noexcept;
std::string_view to_string(Layout l) noexcept;
std::string_view to_string(View v) noexcept;
std::string_view to_string(SizeBy s) noexcept;
std::string_view to_string(Preset p) noexcept;
std::optional<Format> parse_format(std::string_view s) noexcept;
std::optional<Layout> parse_layout(std::string_view s) noexcept;
std::optional<View> parse_view(std::string_view s) noexcept;
std::optional<SizeBy> parse_size_by(std::string_view s) noexcept;
std::optional<Preset> parse_preset(std::string_view s) noexcept;

// The format implied by a file name's extension (".svg", ".PNG", ...), or
// nullopt for anything else.
std::optional<Format> format_from_path(std::string_view path) noexcept;

struct RenderLimits {
  std::size_t max_dot_nodes = 2000;  // dot's layout time explodes past these
  std::size_t max_dot_edges = 5000;
  double wall_seconds = 60.0;                      // the child is killed after this
  std::uint64_t address_space_bytes = 2ull << 30;  // RLIMIT_AS of the child (0 = none)
  std::size_t label_bytes = 256;                   // labels are cut on a UTF-8 boundary
  std::size_t tooltip_bytes = 1000;
};

struct FigureOptions {
  Format format = Format::svg;        // render_figure only; render_figures takes a list
  Layout layout = Layout::automatic;  // resolved by choose_layout
  View view = View::full;
  std::string focus;                // node id, for View::ego
  int depth = 1;                    // ego radius, 0..10
  std::set<graph::NodeType> types;  // empty = every type
  std::size_t top = 0;              // keep the N most central nodes; 0 = all
  // Drop co_mentioned edges lighter than this. Unset = automatic: when the
  // figure would draw more than edge_budget(nodes) edges, co-mentions lighter
  // than automatic_min_weight() are dropped and the caption says so. A value
  // (also 0 = draw all) is used as given.
  std::optional<double> min_weight;
  SizeBy size_by = SizeBy::pagerank;
  Preset preset = Preset::paper;
  std::string title;    // empty = no title
  bool caption = true;  // "Source: <document titles>" under the figure
  bool legend = true;
  std::uint64_t seed = 1;  // start=<seed> for neato, fdp and sfdp
  // SVG for report.html: each stakeholder node links to "#" +
  // report_anchor(id) (report.hpp), each node of the clusters view to
  // "#cluster-<id>". Off for standalone figures.
  bool report_links = false;
  RenderLimits limits;
};

// A Graphviz failure (kind internal, exit 70: an error message from the
// library, a crash of the render child, a timeout) or a figure that cannot be
// drawn as asked (kind data, exit 65: a size cap, an unknown focus node).
// `messages()` holds what Graphviz said, one message per line.
class RenderError : public Error {
 public:
  RenderError(ErrorKind kind, std::string message, std::string messages = {})
      : Error(kind, std::move(message)), messages_(std::move(messages)) {}
  const std::string& messages() const noexcept { return messages_; }

 private:
  std::string messages_;
};

// What render_figure(s) decided: the engine that laid the figure out, why
// (choose_layout's reason) and the size of the drawn graph (legend excluded).
struct FigureInfo {
  Layout layout = Layout::dot;
  std::string layout_reason;
  std::size_t nodes = 0;
  std::size_t edges = 0;
};

// Draws `g` as `options` ask and returns the bytes of the figure (SVG/DOT
// text, PNG or PDF). The graph is first narrowed (view, types, top, min
// weight; see figure_graph), then a fresh cgraph graph is built with nodes in
// sorted-id order and laid out and rendered in a child process. Output is
// deterministic for equal input, options and seed (PDF up to cairo's
// /CreationDate). Cost: Graphviz's layout (dot is superlinear; capped by
// limits.max_dot_*), plus O((n + m) log n) here. When `info` is given it
// receives the layout used and why. Throws RenderError.
std::string render_figure(const graph::StakeholderGraph& g, const FigureOptions& options,
                          FigureInfo* info = nullptr);

// The same figure in several formats from ONE layout: the graph is narrowed
// and the scene built once, laid out once in one child process, then
// rendered once per format (options.format is ignored). Each value is
// byte-identical to what render_figure gives for that format. Format::dot is
// written without layout. Duplicates in `formats` are rendered once; an empty
// list gives an empty map without starting a child. Cost: one layout plus one
// render per format. `info` as for render_figure. Throws RenderError like
// render_figure.
std::map<Format, std::string> render_figures(const graph::StakeholderGraph& g,
                                             const FigureOptions& options,
                                             const std::vector<Format>& formats,
                                             FigureInfo* info = nullptr);

// The automatic layout. dot draws layered, readable figures with cluster
// boxes, but its crossing minimisation explodes on dense cores: measured with
// the dot CLI on this machine, a clique of 15 nodes (105 edges) takes 0.5 s,
// of 20 (190 edges) 2 s, of 25 (300 edges) 12 s, of 30 (435 edges) 55 s, and
// a document listing 38 countries in one sentence (a 40-node co-mention
// clique) about 40 s; sparse graphs are cheap (300 nodes, 600 random edges:
// 1.5 s). dot_edge_budget(n) = clamp(kDotEdgesPerNode * n, kDotMinEdges,
// kDotMaxEdges) bounds the average degree (dense cores) and the total.
// choose_layout(automatic, n, m) is dot when n <= limits.max_dot_nodes and
// m <= dot_edge_budget(n), else sfdp (with overlap removal; splines when
// small, see the README); any other `requested` layout is returned as is.
// `reason` says why, for the user: "412 edges > budget 300 for dot". O(1).
inline constexpr std::size_t kDotMinEdges = 120;
inline constexpr std::size_t kDotEdgesPerNode = 3;
inline constexpr std::size_t kDotMaxEdges = 600;
std::size_t dot_edge_budget(std::size_t nodes) noexcept;
struct LayoutChoice {
  Layout layout = Layout::dot;
  std::string reason;
};
LayoutChoice choose_layout(Layout requested, std::size_t nodes, std::size_t edges,
                           const RenderLimits& limits = {});

// The graph a figure of `options` would draw: the view (full, actors, ego
// around options.focus to options.depth, or clusters collapsed to one node
// each), then the type filter, then `min_weight` and `top`, then (min_weight
// unset) the automatic co-mention threshold. The analysis is
// carried over for the surviving nodes. Throws RenderError(data) for an
// unknown focus node.
graph::StakeholderGraph figure_graph(const graph::StakeholderGraph& g,
                                     const FigureOptions& options);

// The automatic co-mention threshold. A figure of n nodes may draw
// edge_budget(n) = max(kMinEdgeBudget, kEdgesPerNode * n) edges; stated
// relations are always drawn. When stated relations plus co-mentions exceed
// the budget, automatic_min_weight(g) is the lightest co-mention weight w
// such that the stated relations plus the co-mentions of weight >= w fit (or
// the heaviest weight, if none fits), else 0 (draw all); also 0 when that
// would leave fewer than budget / 4 edges (a skeleton, not the network). Co-mention weight is
// the number of shared sentences. Keeps figures readable and the layout fast
// (on the bundled summary: 706 edges, 631 of them co-mentions, become 121).
// O(m log m).
inline constexpr std::size_t kMinEdgeBudget = 40;
inline constexpr std::size_t kEdgesPerNode = 2;
std::size_t edge_budget(std::size_t nodes) noexcept;
double automatic_min_weight(const graph::StakeholderGraph& g);

// One node per cluster of g.analysis() (id "cluster:<id>", label the cluster
// label, type organisation), joined by undirected co_mentioned edges whose
// weight is the total weight of the edges between the two clusters. Each
// cluster node gets metrics: its size ("members"), and the sums of its members'
// pagerank/betweenness/degree. Nodes without a cluster are dropped. O(n + m).
// Without an analysis, returns an empty graph.
graph::StakeholderGraph collapse_clusters(const graph::StakeholderGraph& g);

// Makes `text` safe as a Graphviz plain label (an escString set through the
// cgraph API): invalid UTF-8 is repaired, control characters become spaces,
// the result is cut to `max_bytes` on a code-point boundary (with "…"), then
// '\' becomes "\\" (so \N, \G, \L, \n render literally) and '&' becomes
// "&amp;" (Graphviz decodes entities even in plain labels). O(n).
std::string escape_label(std::string_view text, std::size_t max_bytes);

// True if `dot` parses with Graphviz's own reader (agmemread); otherwise
// false with Graphviz's message in `error`. Runs under the Graphviz lock, in
// process (parsing only, no layout).
bool dot_parses(std::string_view dot, std::string* error = nullptr);

}  // namespace stakegraph::render
