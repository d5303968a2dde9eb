// `stakegraph report`: the README's main command. Parses options into a
// cli::ReportOptions, checks the output directory before any work, runs
// make_report with a progress bar (per stage, on a terminal only) and commits
// the files with write_report (pipeline.hpp holds the logic).
#include <memory>

#include "commands.hpp"
#include "progress.hpp"
#include "stakegraph/cli/pipeline.hpp"
#include "stakegraph/data/lexicon.hpp"

namespace stakegraph::cli {

namespace {

struct ReportArgs {
  std::vector<std::string> docs;
  std::vector<std::string> lexicons;
  bool no_default_lexicons = false;
  bool lenient = false;
  std::string output = "stakegraph-report";
  std::uint64_t seed = 1;
  int runs = 1;
  unsigned jobs = 0;
  double timeout = 60.0;
  std::string title;
};

void run_report(const ReportArgs& a, GlobalOptions& global) {
  ReportOptions o;
  o.documents = a.docs;
  o.lexicons = a.lexicons;
  o.no_default_lexicons = a.no_default_lexicons;
  o.read.lenient = a.lenient;
  o.jobs = a.jobs;
  o.analysis.seed = a.seed;
  o.analysis.runs = a.runs;
  o.render_timeout = a.timeout;
  if (!a.title.empty()) o.page.title = a.title;
  global.details.push_back("lexicons: " + describe_lexicons(a.lexicons, a.no_default_lexicons));

  check_report_directory(a.output);  // a bad -o fails before any work
  Progress bar(global.quiet);
  const ReportOutputs out =
      make_report(o, [&](std::string_view step, std::size_t done, std::size_t total) {
        bar.update(step, done, total);
      });
  bar.update("writing " + a.output, 1, 1);
  const std::string page = write_report(out, a.output);
  bar.clear();
  for (const auto& d : out.diagnostics) notice(global, "warning: " + d);
  if (global.verbose)
    for (const auto& [name, bytes] : out.files)
      notice(global,
             "wrote " + a.output + "/" + name + " (" + std::to_string(bytes.size()) + " bytes)");
  const std::size_t clusters = out.graph.analysis() ? out.graph.analysis()->clusters.size() : 0;
  notice(global, "report written to " + page + " (" + std::to_string(out.graph.node_count()) +
                     " nodes, " + std::to_string(out.graph.edge_count()) + " edges, " +
                     std::to_string(clusters) + " clusters)");
}

}  // namespace

void add_report(CLI::App& app, GlobalOptions& global, Action& action) {
  auto args = std::make_shared<ReportArgs>();
  auto* cmd = app.add_subcommand(
      "report", "Documents to a report folder: graph, analysis, figures, exports, report.html");
  cmd->footer(
      "Without DOC, every .txt file of the bundled corpus (the Chairs' Summary) is read.\n"
      "DIR receives graph.json (with the analysis), graph.graphml, graph.gexf, nodes.csv,\n"
      "edges.csv, graph.nodelink.json, graph.dot, figures/{full,actors,clusters}.{svg,png,pdf},\n"
      "report.md and report.html (self-contained; opens offline). DIR is created if missing\n"
      "(its parent must exist); files are staged and renamed into place only when all are\n"
      "complete, so a failure leaves DIR as it was.\n\n"
      "Examples:\n"
      "  stakegraph report                               # bundled summary -> ./stakegraph-report\n"
      "  stakegraph report minutes/*.txt -o out --runs 10 --seed 7\n"
      "  stakegraph report notes.txt --lexicon my-bodies.json -o notes-report\n\n" +
      std::string(kExitCodeHelp));
  add_document_options(*cmd, args->docs, args->lexicons, args->no_default_lexicons, args->lenient);
  cmd->add_option("-o,--output", args->output, "output directory (default ./stakegraph-report)");
  cmd->add_option("--seed", args->seed, "seed of the clustering and the layouts (default 1)");
  cmd->add_option("--runs", args->runs,
                  "clustering runs for the consensus and stability (default 1)")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("-j,--jobs", args->jobs, "documents extracted in parallel (default: all cores)")
      ->check(CLI::Range(1u, 1024u));
  cmd->add_option("--timeout", args->timeout,
                  "stop a figure's renderer after S seconds (default 60; exit 70)");
  cmd->add_option("--title", args->title, "title of the report page");
  cmd->callback(
      [args, &global, &action] { action = [args, &global] { run_report(*args, global); }; });
}

}  // namespace stakegraph::cli
