// `stakegraph analyse`: reads a stakegraph/1 graph or an edge list, applies the
// view and type filter, runs graph::analyse and writes the graph with its
// analysis section atomically (standard output by default).
#include <memory>
#include <sstream>

#include "commands.hpp"
#include "stakegraph/data/edge_list.hpp"
#include "stakegraph/data/files.hpp"
#include "stakegraph/data/graph_json.hpp"
#include "stakegraph/graph/analyse.hpp"

namespace stakegraph::cli {

namespace {

struct AnalyseArgs {
  std::string input;
  std::string output = "-";
  std::string algorithm = "leiden";
  std::string objective = "modularity";
  double resolution = 1.0;
  std::uint64_t seed = 1;
  int runs = 1;
  std::string view = "full";
  std::string types;
  std::string metrics = "all";
  std::string brokerage_group = "cluster";
};

graph::AnalyseOptions to_options(const AnalyseArgs& a) {
  graph::AnalyseOptions o;
  const auto alg = graph::parse_algorithm(a.algorithm);
  if (!alg) throw Error(ErrorKind::usage, "--algorithm must be leiden or louvain");
  o.algorithm = *alg;
  const auto obj = graph::parse_objective(a.objective);
  if (!obj) throw Error(ErrorKind::usage, "--objective must be modularity or cpm");
  o.objective = *obj;
  o.resolution = a.resolution;
  o.seed = a.seed;
  o.runs = a.runs;
  const auto view = graph::parse_view(a.view);
  if (!view) throw Error(ErrorKind::usage, "--view must be full or actors");
  o.view = *view;
  std::stringstream types(a.types);
  for (std::string t; std::getline(types, t, ',');) {
    const auto nt = graph::parse_node_type(t);
    if (!nt)
      throw Error(ErrorKind::usage, "unknown node type '" + t +
                                        "' in --types (organisation, person, country, "
                                        "initiative, resolution, event)");
    o.types.insert(*nt);
  }
  graph::parse_metrics(a.metrics, o);
  if (a.brokerage_group == "type") {
    o.brokerage_group = graph::BrokerageGroup::type;
  } else if (a.brokerage_group != "cluster") {
    throw Error(ErrorKind::usage, "--brokerage-group must be cluster or type");
  }
  graph::validate(o);
  return o;
}

}  // namespace

void add_analyse(CLI::App& app, GlobalOptions& global, Action& action) {
  auto args = std::make_shared<AnalyseArgs>();
  CLI::App* cmd = app.add_subcommand(
      "analyse", "find coordination clusters, brokers and per-node metrics of a graph");
  cmd->add_option("INPUT", args->input,
                  "stakegraph/1 JSON graph, or an edge list (.tsv, .csv, .txt); - for stdin "
                  "(JSON, or an edge list with --edge-list)")
      ->required();
  auto edge_list = std::make_shared<bool>(false);
  cmd->add_flag("--edge-list", *edge_list, "read INPUT as an edge list whatever its name");
  cmd->add_option("-o,--output", args->output, "output file (default: standard output)");
  cmd->add_option("--algorithm", args->algorithm, "leiden (default) or louvain");
  cmd->add_option("--objective", args->objective, "modularity (default) or cpm");
  cmd->add_option("--resolution", args->resolution,
                  "resolution gamma (default 1; > 0 for modularity, >= 0 for cpm)");
  cmd->add_option("--seed", args->seed, "random seed (default 1)");
  cmd->add_option("--runs", args->runs, "runs for the consensus and stability (default 1)");
  cmd->add_option("--view", args->view, "full (default) or actors");
  cmd->add_option("--types", args->types, "keep only these node types, comma-separated");
  cmd->add_option("--metrics", args->metrics, "all (default), none or a comma-separated list");
  cmd->add_option("--brokerage-group", args->brokerage_group,
                  "groups for brokerage roles: cluster (default) or type");
  cmd->footer(
      "Writes the graph with an \"analysis\" section (clusters with labels, themes and\n"
      "stability; per-node metrics and roles; link matrix; coordination gaps).\n\n"
      "Examples:\n"
      "  stakegraph analyse graph.json -o analysed.json\n"
      "  stakegraph analyse graph.json --runs 20 --seed 7 --view actors -o actors.json\n"
      "  stakegraph analyse links.tsv --algorithm louvain > analysed.json\n"
      "  cut -f1,2 links.tsv | stakegraph analyse - --edge-list -o analysed.json\n\n" +
      std::string(kExitCodeHelp));
  cmd->callback([args, edge_list, &global, &action] {
    action = [args, edge_list, &global] {
      const graph::AnalyseOptions options = to_options(*args);
      graph::StakeholderGraph g;
      const bool from_list = *edge_list || data::is_edge_list_path(args->input);
      if (from_list) {
        data::EdgeList list = data::load_edge_list(args->input);
        if (list.self_loops > 0)
          notice(global,
                 args->input + ": " + std::to_string(list.self_loops) + " self-loop(s) ignored");
        if (options.view == graph::View::full && options.types.empty()) {
          // The full, unfiltered view of an edge list's graph is the graph
          // itself, and all it holds is ids and merged edges: analysed and
          // written from those directly, with the bytes the model would give
          // (on a million edges the model took most of the time and memory).
          const std::vector<graph::WeightedEdge> merged = data::merged_edges(list);
          list.edges = {};
          const graph::CsrGraph csr = graph::build_csr(list.ids.size(), merged);
          const graph::Analysis analysis = graph::analyse_edge_list(csr, list.ids, options);
          data::write_file_atomic_streamed(args->output, [&](const data::ByteSink& sink) {
            data::write_edge_list_json(list.ids, merged, &analysis, sink);
          });
          return;
        }
        g = data::to_graph(list);
      } else {
        g = data::load_graph_file(args->input);
      }
      graph::StakeholderGraph view = graph::analysed_graph(g, options);
      view.analysis() = graph::analyse(view, options);
      data::write_file_atomic_streamed(
          args->output, [&](const data::ByteSink& sink) { data::write_graph_json(view, sink); });
    };
  });
}

}  // namespace stakegraph::cli
