// `stakegraph export INPUT -o FILE [--format F]`: a stakegraph/1 graph to
// GraphML, GEXF, CSV, node-link JSON or DOT (data/exports.hpp). The format
// comes from --format or from FILE's extension. CSV writes two tables: with
// `-o DIR/` (a trailing slash or an existing directory) DIR/nodes.csv and
// DIR/edges.csv (a folder implies CSV); otherwise `-o NAME.csv` writes NAME.nodes.csv and
// NAME.edges.csv. `-` means standard input for INPUT and standard output for
// single-file formats.
#include <filesystem>

#include "commands.hpp"
#include "stakegraph/data/exports.hpp"
#include "stakegraph/data/files.hpp"
#include "stakegraph/data/graph_json.hpp"
#include "stakegraph/graph/error.hpp"

namespace stakegraph::cli {

namespace {

struct ExportOptions {
  std::string input;
  std::string output;
  std::string format;
  std::size_t max_json_bytes = data::JsonReadLimits{}.max_bytes;
};

[[noreturn]] void usage(const std::string& what) {
  throw Error(ErrorKind::usage, what);
}

// `-o DIR/` or `-o DIR` naming an existing directory.
bool is_directory_target(const std::string& output) {
  std::error_code ec;
  return !output.empty() && (output.back() == '/' || std::filesystem::is_directory(output, ec));
}

// The two CSV paths for `-o`.
std::pair<std::string, std::string> csv_paths(const std::string& output) {
  namespace fs = std::filesystem;
  if (is_directory_target(output)) {
    const fs::path dir(output);
    return {(dir / "nodes.csv").string(), (dir / "edges.csv").string()};
  }
  std::string stem = output;
  const auto slash = stem.find_last_of('/');
  const auto dot = stem.find_last_of('.');
  if (dot != std::string::npos && (slash == std::string::npos || dot > slash + 1)) {
    std::string ext = stem.substr(dot + 1);
    for (auto& c : ext) c = static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
    if (ext == "csv") stem.erase(dot);
  }
  return {stem + ".nodes.csv", stem + ".edges.csv"};
}

void run_export(const ExportOptions& o, const GlobalOptions& global) {
  if (o.output.empty()) usage("-o: the output name is empty");
  std::optional<data::ExportFormat> format;
  if (!o.format.empty()) {
    format = data::parse_export_format(o.format);
    if (!format)
      usage("--format: unknown format \"" + o.format +
            "\" (expected graphml, gexf, csv, nodelink or dot)");
  } else if (o.output == "-") {
    usage("--format is required when writing to standard output");
  } else if (is_directory_target(o.output)) {
    format = data::ExportFormat::csv;  // the only format that writes a folder
  } else {
    format = data::export_format_from_path(o.output);
    if (!format)
      usage("cannot tell the format from \"" + o.output +
            "\"; use --format graphml|gexf|csv|nodelink|dot or the extension .graphml, .gexf, "
            ".csv, .json, .dot or .gv");
  }
  if (*format == data::ExportFormat::csv && o.output == "-")
    usage("CSV writes two files (nodes and edges); give -o NAME.csv or -o DIR/, not -");

  const graph::StakeholderGraph g = data::load_graph_file(o.input, {o.max_json_bytes});

  switch (*format) {
    case data::ExportFormat::graphml:
      data::write_file_atomic(o.output, data::write_graphml(g));
      break;
    case data::ExportFormat::gexf: data::write_file_atomic(o.output, data::write_gexf(g)); break;
    case data::ExportFormat::nodelink:
      data::write_file_atomic(o.output, data::write_node_link_json(g));
      break;
    case data::ExportFormat::dot: data::write_file_atomic(o.output, data::write_dot(g)); break;
    case data::ExportFormat::csv: {
      const auto tables = data::write_csv(g);
      const auto [nodes_path, edges_path] = csv_paths(o.output);
      data::write_file_atomic(nodes_path, tables.nodes);
      data::write_file_atomic(edges_path, tables.edges);
      if (global.verbose) notice(global, "wrote " + nodes_path + " and " + edges_path);
      return;
    }
  }
  if (global.verbose && o.output != "-")
    notice(global, "wrote " + o.output + " (" + std::string(data::to_string(*format)) + ", " +
                       std::to_string(g.node_count()) + " nodes, " +
                       std::to_string(g.edge_count()) + " edges)");
}

}  // namespace

void add_export(CLI::App& app, GlobalOptions& global, Action& action) {
  auto opts = std::make_shared<ExportOptions>();
  auto* cmd = app.add_subcommand(
      "export", "Export a stakegraph/1 graph to GraphML, GEXF, CSV, node-link JSON or DOT");
  cmd->add_option("INPUT", opts->input, "stakegraph/1 JSON graph (- for standard input)")
      ->required();
  cmd->add_option("-o,--output", opts->output,
                  "output file (- for standard output); for CSV NAME.csv writes NAME.nodes.csv "
                  "and NAME.edges.csv, DIR/ writes DIR/nodes.csv and DIR/edges.csv")
      ->required();
  cmd->add_option("-f,--format", opts->format,
                  "graphml, gexf, csv, nodelink or dot (default: from the extension: .graphml "
                  ".gexf .csv .json .dot .gv)");
  cmd->add_option("--max-json-bytes", opts->max_json_bytes,
                  "largest graph JSON input to read (default 256 MiB)");
  cmd->footer(
      "Examples:\n"
      "  stakegraph export graph.json -o graph.graphml     # Gephi, Cytoscape, yEd, NetworkX\n"
      "  stakegraph export graph.json -o graph.gexf        # GEXF 1.3 for Gephi\n"
      "  stakegraph export graph.json -o tables/           # tables/nodes.csv, tables/edges.csv\n"
      "  stakegraph export graph.json -o graph.json.csv    # graph.json.nodes.csv, ...\n"
      "  stakegraph export graph.json -o - --format dot | less\n"
      "Edges are directed; co_mentioned edges are written once with symmetric=true.\n\n" +
      std::string(kExitCodeHelp));
  cmd->callback(
      [opts, &global, &action] { action = [opts, &global] { run_export(*opts, global); }; });
}

}  // namespace stakegraph::cli
