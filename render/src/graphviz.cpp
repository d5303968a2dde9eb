// The Graphviz wrapper: the only translation unit that includes gvc.h (last,
// because it defines TRUE, MAX, ... as macros). Every cgraph/gvc call is made
// here under one mutex (the library is not thread-safe, cdt even reorganises
// on lookups: ../shared/API-NOTES.md §2.7), through RAII handles, with
// Graphviz's messages collected by agseterrf and agerrors() reset before and
// checked after each job, because return codes alone lie (RELIABILITY-NOTES
// §4.6). Attributes pass a whitelist with clamped numeric values (§4.5:
// minlen=40000 crashes 2.42; image/shapefile/fontpath read files).
#include "graphviz.hpp"

#include <graphviz/gvc.h>  // last: defines object-like macros

#include <array>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "scene.hpp"
#include "stakegraph/render/figure.hpp"

namespace stakegraph::render::detail {
namespace {

std::mutex& graphviz_mutex() {
  static std::mutex m;
  return m;
}

char* cs(const std::string& s) {
  return const_cast<char*>(s.c_str());
}
char* cs(const char* s) {
  return const_cast<char*>(s);
}

// --- messages -----------------------------------------------------------

std::string* g_messages = nullptr;  // only touched under graphviz_mutex

int collect_message(char* piece) {
  if (g_messages != nullptr && piece != nullptr && g_messages->size() < 64 * 1024) {
    g_messages->append(piece);
  }
  return 0;
}

// Installs the collector and clears the error level for one job; restores the
// previous handler afterwards.
class MessageCapture {
 public:
  MessageCapture() {
    g_messages = &text_;
    previous_ = agseterrf(collect_message);
    agreseterrors();
  }
  ~MessageCapture() {
    agreseterrors();
    agseterrf(previous_);
    g_messages = nullptr;
  }
  MessageCapture(const MessageCapture&) = delete;
  MessageCapture& operator=(const MessageCapture&) = delete;

  bool failed() const { return agerrors() >= AGERR; }
  const std::string& text() const { return text_; }

  // The first "Error: ..." line, or the first line, or `fallback`.
  std::string summary(std::string_view fallback) const {
    std::string first;
    std::size_t pos = 0;
    while (pos < text_.size()) {
      std::size_t end = text_.find('\n', pos);
      if (end == std::string::npos) end = text_.size();
      std::string line = text_.substr(pos, end - pos);
      pos = end + 1;
      if (line.empty()) continue;
      if (line.rfind("Error", 0) == 0) return line;
      if (first.empty()) first = line;
    }
    return first.empty() ? std::string(fallback) : first;
  }

 private:
  std::string text_;
  agusererrf previous_ = nullptr;
};

[[noreturn]] void fail(const MessageCapture& capture, std::string_view what) {
  throw RenderError(ErrorKind::internal,
                    "Graphviz " + std::string(what) + ": " + capture.summary("failed"),
                    capture.text());
}

// --- handles --------------------------------------------------------------

struct ContextCloser {
  void operator()(GVC_t* c) const {
    if (c != nullptr) gvFreeContext(c);
  }
};
struct GraphCloser {
  void operator()(Agraph_t* g) const {
    if (g != nullptr) agclose(g);
  }
};
struct RenderDataFree {
  void operator()(char* p) const {
    if (p != nullptr) gvFreeRenderData(p);
  }
};
using ContextPtr = std::unique_ptr<GVC_t, ContextCloser>;
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;
using RenderDataPtr = std::unique_ptr<char, RenderDataFree>;

// Frees the layout of a graph before the graph itself is closed.
class LayoutGuard {
 public:
  LayoutGuard(GVC_t* gvc, Agraph_t* g) : gvc_(gvc), g_(g) {}
  ~LayoutGuard() {
    if (g_ != nullptr) gvFreeLayout(gvc_, g_);
  }
  LayoutGuard(const LayoutGuard&) = delete;
  LayoutGuard& operator=(const LayoutGuard&) = delete;

  // Leaves the layout allocated (the process is about to end).
  void release() { g_ = nullptr; }

 private:
  GVC_t* gvc_;
  Agraph_t* g_;
};

// A context whose plugin configuration is present: with a missing or stale
// config6a, gvContext() succeeds but knows no layout engine.
ContextPtr make_context(const MessageCapture& capture) {
  ContextPtr gvc{gvContext()};
  if (!gvc) fail(capture, "context");
  int count = 0;
  char** list = gvPluginList(gvc.get(), "layout", &count, nullptr);
  for (int i = 0; i < count; ++i) std::free(list[i]);
  std::free(list);
  if (count == 0) {
    throw RenderError(ErrorKind::internal,
                      "Graphviz has no layout plugins (its config6a is missing: run `dot -c` "
                      "as root or reinstall libgvc6)");
  }
  return gvc;
}

// --- attribute whitelist ----------------------------------------------------

enum class Check { text, number, shape, token };

struct AttrRule {
  std::string_view name;
  Check check;
  double lo = 0.0;
  double hi = 0.0;
};

// Everything the figure builder may set. Numbers are clamped into [lo, hi];
// "token" values may only hold [A-Za-z0-9_.,:;#+!-] and spaces (colours,
// styles, sizes, splines=...); "text" values are labels and tooltips that
// were escaped by escape_label.
constexpr std::array<AttrRule, 54> kRules = {{
    {"label", Check::text},
    {"URL", Check::token},  // "#<report anchor>": [A-Za-z0-9_-] after '#'

    {"tooltip", Check::text},
    {"id", Check::token},
    {"class", Check::token},
    {"shape", Check::shape},
    {"style", Check::token},
    {"color", Check::token},
    {"fillcolor", Check::token},
    {"fontcolor", Check::token},
    {"bgcolor", Check::token},
    {"pencolor", Check::token},
    {"fontname", Check::token},
    {"fontsize", Check::number, 1, 96},
    {"penwidth", Check::number, 0, 12},
    {"width", Check::number, 0.01, 20},
    {"height", Check::number, 0.01, 20},
    {"margin", Check::token},
    {"fixedsize", Check::token},
    {"peripheries", Check::number, 0, 3},
    {"arrowhead", Check::token},
    {"arrowtail", Check::token},
    {"arrowsize", Check::number, 0, 4},
    {"dir", Check::token},
    {"weight", Check::number, 0, 1000},
    {"minlen", Check::number, 0, 10},
    {"len", Check::number, 0.01, 20},
    {"constraint", Check::token},
    {"labelloc", Check::token},
    {"labeljust", Check::token},
    {"rankdir", Check::token},
    {"ranksep", Check::number, 0.02, 10},
    {"nodesep", Check::number, 0.02, 10},
    {"overlap", Check::token},
    {"splines", Check::token},
    {"sep", Check::token},
    {"esep", Check::token},
    {"start", Check::number, 1, 2147483647},
    {"size", Check::token},
    {"ratio", Check::token},
    {"dpi", Check::number, 36, 600},
    {"pad", Check::number, 0, 10},
    {"pack", Check::token},
    {"packmode", Check::token},
    {"outputorder", Check::token},
    {"K", Check::number, 0.01, 10},
    {"compound", Check::token},
    {"newrank", Check::token},
    {"rankdir", Check::token},
    {"layout", Check::token},
    {"rank", Check::token},
    {"group", Check::token},
    {"center", Check::token},
    {"mode", Check::token},
}};

constexpr std::array<std::string_view, 12> kShapes = {
    "box",   "ellipse", "hexagon", "parallelogram", "note",    "octagon",
    "point", "plain",   "circle",  "plaintext",     "diamond", "doublecircle"};

const AttrRule* find_rule(std::string_view name) {
  for (const auto& r : kRules) {
    if (r.name == name) return &r;
  }
  return nullptr;
}

std::string format_number(double v) {
  std::array<char, 32> buf{};
  auto res = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed, 3);
  std::string s(buf.data(), res.ptr);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s.empty() ? "0" : s;
}

// The value to hand to Graphviz, or throws RenderError(internal): a value
// that breaks the whitelist is a bug in the figure builder, never user input.
std::string checked_value(std::string_view name, const std::string& value) {
  const AttrRule* rule = find_rule(name);
  if (rule == nullptr) {
    throw RenderError(ErrorKind::internal,
                      "attribute '" + std::string(name) + "' is not in the whitelist");
  }
  switch (rule->check) {
    case Check::text: return value;
    case Check::number: {
      double v = 0.0;
      auto res = std::from_chars(value.data(), value.data() + value.size(), v);
      if (res.ec != std::errc{} || res.ptr != value.data() + value.size() || !(v == v)) {
        throw RenderError(ErrorKind::internal,
                          "attribute " + std::string(name) + " is not a number: '" + value + "'");
      }
      if (v < rule->lo) v = rule->lo;
      if (v > rule->hi) v = rule->hi;
      return format_number(v);
    }
    case Check::shape:
      for (auto s : kShapes) {
        if (s == value) return value;
      }
      throw RenderError(ErrorKind::internal, "shape '" + value + "' is not in the whitelist");
    case Check::token:
      for (char c : value) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') ||
                        std::string_view("_.,:;#+!- ").find(c) != std::string_view::npos;
        if (!ok) {
          throw RenderError(ErrorKind::internal,
                            "attribute " + std::string(name) + " has a bad value '" + value + "'");
        }
      }
      return value;
  }
  return value;
}

void apply_attrs(void* obj, const Attrs& attrs) {
  for (const auto& [name, value] : attrs) {
    const std::string v = checked_value(name, value);
    agsafeset(obj, cs(name), cs(v), cs(""));
  }
}

void declare_defaults(Agraph_t* g, int kind, const Attrs& attrs) {
  for (const auto& [name, value] : attrs) {
    const std::string v = checked_value(name, value);
    agattr(g, kind, cs(name), cs(v));
  }
}

// --- deterministic object ids -----------------------------------------------
//
// cgraph's default id discipline uses the address of a name's interned string
// as the object's id, and iterates subgraphs in id order: the order of
// clusters in the layout and the output then depends on the heap state of the
// process (what it allocated before), so the same scene rendered after other
// work came out with its clusters in another order. This discipline numbers
// named objects in creation order (even ids, as cgraph expects of named ones;
// anonymous ones odd), so the order is the scene's.

struct IdState {
  std::map<std::string, IDTYPE, std::less<>> ids;
  std::deque<std::string> names;  // names[k] has id 2 * (k + 1); stable addresses
  IDTYPE anonymous = 1;
};

void* id_open(Agraph_t*, Agdisc_t*) {
  return new IdState;
}

long id_map(void* state, int, char* str, IDTYPE* id, int createflag) {
  auto* s = static_cast<IdState*>(state);
  if (str == nullptr) {
    *id = s->anonymous;
    s->anonymous += 2;
    return 1;
  }
  const auto it = s->ids.find(std::string_view(str));
  if (it != s->ids.end()) {
    *id = it->second;
    return 1;
  }
  if (createflag == 0) return 0;
  s->names.emplace_back(str);
  *id = 2 * static_cast<IDTYPE>(s->names.size());
  s->ids.emplace(s->names.back(), *id);
  return 1;
}

long id_alloc(void*, int, IDTYPE) {
  return 0;  // callers may not choose ids (as in cgraph's default)
}

void id_free(void*, int, IDTYPE) {}  // names live until the graph is closed

char* id_print(void* state, int, IDTYPE id) {
  const auto* s = static_cast<const IdState*>(state);
  if (id % 2 != 0 || id == 0 || id / 2 > s->names.size()) return nullptr;
  return const_cast<char*>(s->names[id / 2 - 1].c_str());
}

void id_close(void* state) {
  delete static_cast<IdState*>(state);
}

void id_register(void*, int, void*) {}

Agiddisc_t g_id_disc = {id_open, id_map, id_alloc, id_free, id_print, id_close, id_register};
Agdisc_t g_disc = {&AgMemDisc, &g_id_disc, &AgIoDisc};

GraphPtr build(const Scene& scene) {
  GraphPtr g{agopen(cs(scene.name), Agdirected, &g_disc)};
  if (!g) throw RenderError(ErrorKind::internal, "Graphviz could not open a graph");
  declare_defaults(g.get(), AGRAPH, scene.graph_attrs);
  declare_defaults(g.get(), AGNODE, scene.node_defaults);
  declare_defaults(g.get(), AGEDGE, scene.edge_defaults);
  std::vector<Agraph_t*> subs;
  subs.reserve(scene.subgraphs.size());
  for (const auto& s : scene.subgraphs) {
    Agraph_t* sub = agsubg(g.get(), cs(s.name), 1);
    apply_attrs(sub, s.attrs);
    subs.push_back(sub);
  }
  std::vector<Agnode_t*> nodes;
  nodes.reserve(scene.nodes.size());
  for (const auto& n : scene.nodes) {
    Agraph_t* parent = n.subgraph >= 0 ? subs.at(static_cast<std::size_t>(n.subgraph)) : g.get();
    Agnode_t* node = agnode(parent, cs(n.name), 1);
    apply_attrs(node, n.attrs);
    nodes.push_back(node);
  }
  for (const auto& e : scene.edges) {
    Agedge_t* edge = agedge(g.get(), nodes.at(e.tail), nodes.at(e.head), nullptr, 1);
    apply_attrs(edge, e.attrs);
  }
  return g;
}

// The scene without its legend, and the legend alone (its subgraph, nodes
// and edges, under the scene's fonts and defaults), for drawing apart.
std::pair<Scene, Scene> split_legend(const Scene& scene) {
  Scene main, legend;
  main.name = legend.name = scene.name;
  main.graph_attrs = scene.graph_attrs;
  for (const auto& [name, value] : scene.graph_attrs)
    if (name == "fontname" || name == "fontsize") legend.graph_attrs.emplace_back(name, value);
  legend.graph_attrs.emplace_back("nodesep", "0.12");
  legend.graph_attrs.emplace_back("ranksep", "0.2");
  main.node_defaults = legend.node_defaults = scene.node_defaults;
  main.edge_defaults = legend.edge_defaults = scene.edge_defaults;
  const auto at = static_cast<std::size_t>(scene.legend);
  std::vector<int> subgraph_in_main(scene.subgraphs.size(), -1);
  for (std::size_t i = 0; i < scene.subgraphs.size(); ++i) {
    if (i == at) continue;
    subgraph_in_main[i] = static_cast<int>(main.subgraphs.size());
    main.subgraphs.push_back(scene.subgraphs[i]);
  }
  legend.subgraphs.push_back(scene.subgraphs[at]);
  std::vector<std::pair<bool, std::size_t>> where(scene.nodes.size());  // (in legend, index)
  for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
    SceneNode n = scene.nodes[i];
    const bool in_legend = n.subgraph == scene.legend;
    Scene& part = in_legend ? legend : main;
    n.subgraph =
        in_legend ? 0
                  : (n.subgraph < 0 ? -1 : subgraph_in_main[static_cast<std::size_t>(n.subgraph)]);
    where[i] = {in_legend, part.nodes.size()};
    part.nodes.push_back(std::move(n));
  }
  for (const auto& e : scene.edges) {
    if (where[e.tail].first != where[e.head].first)
      throw RenderError(ErrorKind::internal, "an edge joins the legend to the figure");
    Scene& part = where[e.tail].first ? legend : main;
    part.edges.push_back({where[e.tail].second, where[e.head].second, e.attrs});
  }
  return {std::move(main), std::move(legend)};
}

// A Graphviz position value ("x,y"; a spline "e,x,y x,y ..."; a box
// "llx,lly,urx,ury") with every point moved by (dx, dy).
std::string shifted(std::string_view value, double dx, double dy) {
  std::string out;
  std::size_t pos = 0;
  while (pos < value.size()) {
    const std::size_t end = std::min(value.find(' ', pos), value.size());
    std::string_view token = value.substr(pos, end - pos);
    pos = end + 1;
    if (token.empty()) continue;
    if (!out.empty()) out += ' ';
    if (token.size() > 2 && (token[0] == 'e' || token[0] == 's') && token[1] == ',') {
      out += token.substr(0, 2);
      token.remove_prefix(2);
    }
    std::size_t i = 0, start = 0;
    while (start <= token.size()) {
      const std::size_t comma = std::min(token.find(',', start), token.size());
      double v = 0.0;
      const auto res = std::from_chars(token.data() + start, token.data() + comma, v);
      if (res.ec != std::errc{} || res.ptr != token.data() + comma)
        throw RenderError(ErrorKind::internal,
                          "Graphviz wrote a position that is not a number list: '" +
                              std::string(value.substr(0, 60)) + "'");
      if (i > 0) out += ',';
      out += format_number(v + (i % 2 == 0 ? dx : dy));
      ++i;
      start = comma + 1;
    }
  }
  return out;
}

struct Box {
  double llx = 0, lly = 0, urx = 0, ury = 0;
};

Box box_of(Agraph_t* g) {
  const char* bb = agget(g, cs("bb"));
  Box b;
  if (bb == nullptr || std::sscanf(bb, "%lf,%lf,%lf,%lf", &b.llx, &b.lly, &b.urx, &b.ury) != 4)
    throw RenderError(ErrorKind::internal, "Graphviz wrote no bounding box");
  return b;
}

bool is_position(std::string_view name) {
  return name == "pos" || name == "bb" || name == "lp" || name == "head_lp" || name == "tail_lp" ||
         name == "xlp";
}

// Copies the attributes of `from` (an object of graph `src`, of `kind`) onto
// `to` in graph `dst`, positions moved by (dx, dy).
void copy_attrs(Agraph_t* src, int kind, void* from, void* to, double dx, double dy) {
  for (Agsym_t* sym = agnxtattr(src, kind, nullptr); sym != nullptr;
       sym = agnxtattr(src, kind, sym)) {
    const std::string_view name = sym->name;
    const char* value = agxget(from, sym);
    if (value == nullptr || *value == '\0' || name == "layout") continue;
    const std::string v = is_position(name) ? shifted(value, dx, dy) : std::string(value);
    agsafeset(to, sym->name, cs(v), cs(""));
  }
}

// cairo 1.16 stamps every PDF with the time it was written
// ("/CreationDate (D:YYYYMMDDHHMMSSZ)") and reads no SOURCE_DATE_EPOCH, so the
// same figure gave different bytes on every run. The stamp's digits are
// replaced by those of SOURCE_DATE_EPOCH (the reproducible-builds
// convention) when it is set, else of 1970-01-01 00:00:00 UTC: same length,
// so the cross-reference offsets stay valid.
void fix_pdf_creation_date(std::string& pdf) {
  static constexpr std::string_view kKey = "/CreationDate (D:";
  const std::size_t at = pdf.find(kKey);
  if (at == std::string::npos) return;
  std::time_t when = 0;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    long long seconds = 0;
    const char* end = epoch + std::strlen(epoch);
    const auto res = std::from_chars(epoch, end, seconds);
    if (res.ec == std::errc() && res.ptr == end && seconds >= 0)
      when = static_cast<std::time_t>(seconds);
  }
  std::tm utc{};
  gmtime_r(&when, &utc);
  char digits[32];
  std::snprintf(digits, sizeof digits, "%04d%02d%02d%02d%02d%02d", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
  std::size_t next = 0;  // of `digits`
  for (std::size_t i = at + kKey.size(); i < pdf.size() && pdf[i] != ')' && digits[next]; ++i)
    if (pdf[i] >= '0' && pdf[i] <= '9') pdf[i] = digits[next++];
}

// Lays out `scene` with `engine`, apart from its legend, which dot lays out
// alone; the positions of both layouts are written into their graphs as
// attributes (attach_attrs, as for -Tdot output) and the legend is copied
// into the figure's graph below its left edge. The result has every position
// fixed, for the nop2 engine to render as it stands.
GraphPtr laid_out_with_legend_apart(GVC_t* gvc, const MessageCapture& capture, const Scene& scene,
                                    const std::string& engine) {
  const auto [main, legend] = split_legend(scene);
  auto drawn = [&](const Scene& part, const std::string& with) {
    GraphPtr g = build(part);
    if (capture.failed()) fail(capture, "graph construction failed");
    if (gvLayout(gvc, g.get(), with.c_str()) != 0 || capture.failed())
      fail(capture, "layout (" + with + ") failed");
    attach_attrs(g.get());
    gvFreeLayout(gvc, g.get());
    if (capture.failed()) fail(capture, "layout (" + with + ") failed");
    return g;
  };
  GraphPtr figure = drawn(main, engine);
  GraphPtr key = drawn(legend, "dot");
  const Box f = box_of(figure.get()), k = box_of(key.get());
  constexpr double kGap = 10.0;  // points between the figure and the legend
  const double dx = f.llx - k.llx, dy = f.lly - kGap - k.ury;
  Agraph_t* key_cluster = agfstsubg(key.get());
  if (key_cluster == nullptr) throw RenderError(ErrorKind::internal, "the legend has no cluster");
  Agraph_t* cluster = agsubg(figure.get(), agnameof(key_cluster), 1);
  copy_attrs(key.get(), AGRAPH, key_cluster, cluster, dx, dy);
  for (Agnode_t* n = agfstnode(key.get()); n != nullptr; n = agnxtnode(key.get(), n)) {
    Agnode_t* copy = agnode(cluster, agnameof(n), 1);
    copy_attrs(key.get(), AGNODE, n, copy, dx, dy);
  }
  for (Agnode_t* n = agfstnode(key.get()); n != nullptr; n = agnxtnode(key.get(), n)) {
    for (Agedge_t* e = agfstout(key.get(), n); e != nullptr; e = agnxtout(key.get(), e)) {
      Agedge_t* copy = agedge(figure.get(), agnode(figure.get(), agnameof(agtail(e)), 0),
                              agnode(figure.get(), agnameof(aghead(e)), 0), nullptr, 1);
      copy_attrs(key.get(), AGEDGE, e, copy, dx, dy);
    }
  }
  // The legend starts at the figure's left edge (dx) and hangs below it.
  const Box all{f.llx, k.lly + dy, std::max(f.urx, k.urx + dx), f.ury};
  const std::string bb = format_number(all.llx) + "," + format_number(all.lly) + "," +
                         format_number(all.urx) + "," + format_number(all.ury);
  agsafeset(figure.get(), cs("bb"), cs(bb), cs(""));
  // gvLayout prefers the graph's own "layout" attribute to its argument.
  agsafeset(figure.get(), cs("layout"), cs("nop2"), cs(""));
  if (capture.failed()) fail(capture, "joining the legend to the figure failed");
  return figure;
}

}  // namespace

std::string gv_scene_dot(const Scene& scene) {
  std::lock_guard<std::mutex> lock(graphviz_mutex());
  MessageCapture capture;
  // Checked through the same whitelist, then written by our own writer:
  // agwrite's order of subgraphs and attributes depends on heap addresses.
  GraphPtr g = build(scene);
  if (capture.failed()) fail(capture, "graph construction failed");
  return scene_to_dot(scene);
}

std::vector<std::string> gv_layout_and_render(const Scene& scene, std::string_view engine,
                                              const std::vector<std::string>& formats,
                                              double png_dpi, Teardown teardown) {
  std::lock_guard<std::mutex> lock(graphviz_mutex());
  MessageCapture capture;
  ContextPtr gvc = make_context(capture);  // declared first: destroyed last
  std::string engine_name(engine);
  GraphPtr g;
  if (scene.legend_apart && scene.legend >= 0) {
    g = laid_out_with_legend_apart(gvc.get(), capture, scene, engine_name);
    engine_name = "nop2";
  } else {
    g = build(scene);
    if (capture.failed()) fail(capture, "graph construction failed");
  }
  if (gvLayout(gvc.get(), g.get(), engine_name.c_str()) != 0 || capture.failed()) {
    fail(capture, "layout (" + engine_name + ") failed");
  }
  LayoutGuard layout(gvc.get(), g.get());
  std::vector<std::string> out;
  out.reserve(formats.size());
  for (const auto& format_name : formats) {
    // The resolution is read from the graph's "dpi" attribute by graph_init,
    // before layout, and only used by the renderers (and for image sizes,
    // which figures never have): set it per output on the laid-out graph.
    GD_drawing(g.get())->dpi = format_name == "png" ? png_dpi : 0.0;
    char* data = nullptr;
    unsigned int length = 0;
    const int rc = gvRenderData(gvc.get(), g.get(), format_name.c_str(), &data, &length);
    RenderDataPtr owned(data);
    if (rc != 0 || capture.failed() || data == nullptr) {
      fail(capture, "rendering (" + format_name + ") failed");
    }
    out.emplace_back(data, length);
    if (format_name == "pdf") fix_pdf_creation_date(out.back());
  }
  if (teardown == Teardown::skip) {
    // Freed by the process's end: gvFreeLayout and agclose walk every node,
    // edge and attribute record again.
    layout.release();
    static_cast<void>(g.release());
    static_cast<void>(gvc.release());
  }
  return out;
}

bool gv_parses(std::string_view dot, std::string* error) {
  std::lock_guard<std::mutex> lock(graphviz_mutex());
  MessageCapture capture;
  const std::string text(dot);
  GraphPtr g{agmemread(text.c_str())};
  if (!g || capture.failed()) {
    if (error != nullptr) *error = capture.summary("syntax error");
    return false;
  }
  return true;
}

std::string gv_version() {
  std::lock_guard<std::mutex> lock(graphviz_mutex());
  ContextPtr gvc{gvContext()};
  const char* v = gvc ? gvcVersion(gvc.get()) : nullptr;
  return v != nullptr ? v : "unknown";
}

}  // namespace stakegraph::render::detail
