// `stakegraph render`: draws a stakegraph/1 graph as SVG, PNG, PDF or DOT
// through render::render_figure (format from the output's extension). A graph
// without an analysis is analysed first with default options so that clusters
// and centralities exist. The figure is written atomically.
#include <memory>
#include <optional>
#include <sstream>

#include "commands.hpp"
#include "stakegraph/data/files.hpp"
#include "stakegraph/data/graph_json.hpp"
#include "stakegraph/graph/analyse.hpp"
#include "stakegraph/render/figure.hpp"

namespace stakegraph::cli {

namespace {

struct RenderArgs {
  std::string input;
  std::string output;
  std::string format;
  std::string layout = "auto";
  std::string view = "full";
  std::string focus;
  int depth = 1;
  std::string types;
  std::size_t top = 0;
  double min_weight = 0.0;
  bool min_weight_given = false;  // else the automatic threshold (figure.hpp)
  std::string size_by = "pagerank";
  std::string preset = "paper";
  std::string title;
  std::uint64_t seed = 1;
  double timeout = 60.0;
  bool no_legend = false;
  bool no_caption = false;
  std::size_t max_json_bytes = data::JsonReadLimits{}.max_bytes;
};

// The parsed value of an option, or a usage error with `message`.
template <typename T>
T parsed(const std::optional<T>& value, const char* message) {
  if (!value) throw Error(ErrorKind::usage, message);
  return *value;
}

render::FigureOptions to_options(const RenderArgs& a) {
  render::FigureOptions o;
  std::optional<render::Format> format;
  if (!a.format.empty()) {
    format = render::parse_format(a.format);
    if (!format) throw Error(ErrorKind::usage, "--format must be svg, png, pdf or dot");
  } else if (a.output == "-") {
    throw Error(ErrorKind::usage, "--format is required when writing to standard output");
  } else {
    format = render::format_from_path(a.output);
    if (!format) {
      throw Error(ErrorKind::usage, "-o must end in .svg, .png, .pdf or .dot (got '" + a.output +
                                        "'), or give --format");
    }
  }
  o.format = *format;
  o.layout = parsed(render::parse_layout(a.layout),
                    "--layout must be auto, dot, neato, fdp, sfdp or circo");
  o.view = parsed(render::parse_view(a.view), "--view must be full, actors, clusters or ego");
  if (o.view == render::View::ego && a.focus.empty()) {
    throw Error(ErrorKind::usage, "--view ego needs --focus NAME");
  }
  if (!a.focus.empty() && o.view == render::View::full) o.view = render::View::ego;
  o.focus = a.focus;
  if (a.depth < 0 || a.depth > 10) throw Error(ErrorKind::usage, "--depth must be 0..10");
  o.depth = a.depth;
  std::stringstream types(a.types);
  for (std::string t; std::getline(types, t, ',');) {
    const auto nt = graph::parse_node_type(t);
    if (!nt) {
      throw Error(ErrorKind::usage, "unknown node type '" + t +
                                        "' in --types (organisation, person, country, "
                                        "initiative, resolution, event)");
    }
    o.types.insert(*nt);
  }
  o.top = a.top;
  if (a.min_weight_given) {
    if (!(a.min_weight >= 0.0)) throw Error(ErrorKind::usage, "--min-weight must be >= 0");
    o.min_weight = a.min_weight;
  }
  o.size_by =
      parsed(render::parse_size_by(a.size_by), "--size-by must be pagerank, betweenness or degree");
  o.preset = parsed(render::parse_preset(a.preset), "--preset must be paper, slide or poster");
  o.title = a.title;
  o.seed = a.seed;
  if (!(a.timeout > 0.0 && a.timeout <= 3600.0)) {
    throw Error(ErrorKind::usage, "--timeout must be in (0, 3600] seconds");
  }
  o.limits.wall_seconds = a.timeout;
  o.legend = !a.no_legend;
  o.caption = !a.no_caption;
  return o;
}

}  // namespace

void add_render(CLI::App& app, GlobalOptions& global, Action& action) {
  auto args = std::make_shared<RenderArgs>();
  CLI::App* cmd = app.add_subcommand("render", "draw a graph as an SVG, PNG, PDF or DOT figure");
  cmd->add_option("INPUT", args->input, "stakegraph/1 JSON graph (- for stdin)")->required();
  cmd->add_option("-o,--output", args->output,
                  "figure file: .svg, .png, .pdf or .dot (- for stdout with --format)")
      ->required();
  cmd->add_option("-f,--format", args->format, "svg, png, pdf or dot (default: from -o)");
  cmd->add_option("--layout", args->layout,
                  "auto (default: dot unless the figure is dense, then sfdp), dot, neato, fdp, "
                  "sfdp or circo");
  cmd->add_option("--view", args->view, "full (default), actors, clusters or ego");
  cmd->add_option("--focus", args->focus, "centre of the ego view: a node id or any alias");
  cmd->add_option("--depth", args->depth, "radius of the ego view (default 1)");
  cmd->add_option("--types", args->types, "node types to keep, comma-separated");
  cmd->add_option("--top", args->top, "keep the N most central nodes (by --size-by)");
  CLI::Option* min_weight = cmd->add_option(
      "--min-weight", args->min_weight,
      "drop co-mentions lighter than W (default: automatic for dense figures; 0 draws all)");
  cmd->add_option("--size-by", args->size_by, "pagerank (default), betweenness or degree");
  cmd->add_option("--preset", args->preset, "paper (default), slide or poster");
  cmd->add_option("--title", args->title, "title drawn above the figure");
  cmd->add_option("--seed", args->seed, "layout seed for neato, fdp and sfdp (default 1)");
  cmd->add_option("--timeout", args->timeout, "stop the renderer after S seconds (default 60)");
  cmd->add_option("--max-json-bytes", args->max_json_bytes,
                  "largest graph JSON input to read (default 256 MiB)");
  cmd->add_flag("--no-legend", args->no_legend, "draw no legend");
  cmd->add_flag("--no-caption", args->no_caption, "do not name the source documents");
  cmd->footer(
      "A graph without an analysis is analysed first with the defaults of `analyse`.\n"
      "Dense figures drop light co-mentions automatically (the caption says so);\n"
      "--min-weight W (also 0) overrides that. Without --layout the engine is chosen\n"
      "from the drawn graph: dot while it has at most clamp(3 x nodes, 120, 600)\n"
      "edges (and at most 2,000 nodes), else sfdp, whose time grows gently; a line\n"
      "on stderr says which and why unless -o - (\"layout: sfdp (780 edges > budget\n"
      "300 for dot)\"). An explicit --layout is always used. The renderer runs in a\n"
      "child process; a crash or --timeout gives exit 70 (Graphviz's messages with\n"
      "-v), a graph too large for dot exit 65.\n\n"
      "Examples:\n"
      "  stakegraph render graph.json -o figure.svg\n"
      "  stakegraph render graph.json -o actors.pdf --view actors --preset slide\n"
      "  stakegraph render graph.json -o unodc.png --focus UNODC --depth 2\n"
      "  stakegraph render graph.json -o - --format svg --top 30 > top.svg\n\n" +
      std::string(kExitCodeHelp));
  cmd->callback([args, &global, &action, min_weight] {
    action = [args, &global, min_weight] {
      args->min_weight_given = min_weight->count() > 0;
      const render::FigureOptions options = to_options(*args);
      graph::StakeholderGraph g = data::load_graph_file(args->input, {args->max_json_bytes});
      if (!g.analysis()) g.analysis() = graph::analyse(g, {});
      render::FigureInfo info;
      const std::string bytes = render::render_figure(g, options, &info);
      data::write_file_atomic(args->output, bytes);
      // Like "wrote", not said when the figure goes to standard output (a pipe).
      if (options.layout == render::Layout::automatic && args->output != "-") {
        notice(global, "layout: " + std::string(render::to_string(info.layout)) + " (" +
                           info.layout_reason + ")");
      }
      if (args->output != "-")
        notice(global, "wrote " + args->output + " (" + std::to_string(bytes.size()) + " bytes)");
    };
  });
}

}  // namespace stakegraph::cli
