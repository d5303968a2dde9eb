// `stakegraph extract`: documents -> one stakegraph/1 graph. Documents are
// read and streamed through data::Extractor one at a time (extracted in
// parallel batches, their text dropped once folded into the graph), so memory
// is bounded by the graph rather than the corpus; a bad input still leaves no
// output because the graph is written atomically only at the end.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <thread>

#include "commands.hpp"
#include "progress.hpp"
#include "stakegraph/cli/pipeline.hpp"
#include "stakegraph/data/document.hpp"
#include "stakegraph/data/error.hpp"
#include "stakegraph/data/extract.hpp"
#include "stakegraph/data/files.hpp"
#include "stakegraph/data/graph_json.hpp"
#include "stakegraph/data/lexicon.hpp"
#include "stakegraph/data/paths.hpp"

namespace stakegraph::cli {

namespace {

struct ExtractArgs {
  std::vector<std::string> docs;
  std::vector<std::string> lexicons;
  bool no_default_lexicons = false;
  bool lenient = false;
  unsigned jobs = 0;
  std::size_t max_input_bytes = data::ReadOptions{}.max_input_bytes;
  std::size_t max_line_bytes = data::ReadOptions{}.max_line_bytes;
  std::size_t max_paragraphs = data::ReadOptions{}.max_paragraphs;
  std::string output = "-";
};

void run_extract(const ExtractArgs& a, GlobalOptions& global) {
  global.details.push_back("lexicons: " + describe_lexicons(a.lexicons, a.no_default_lexicons));
  const auto lexicon = data::load_lexicons(a.lexicons, a.no_default_lexicons);
  data::ReadOptions ro;
  ro.lenient = a.lenient;
  ro.max_input_bytes = a.max_input_bytes;
  ro.max_line_bytes = a.max_line_bytes;
  ro.max_paragraphs = a.max_paragraphs;
  const auto paths = a.docs.empty() ? bundled_documents() : a.docs;
  // Progress: one step per document read and handed to the streaming
  // extractor (which extracts in bounded batches), then the last batch.
  Progress bar(global.quiet);
  data::ExtractOptions eo;
  eo.jobs = a.jobs;
  data::Extractor extractor(lexicon, eo);
  for (std::size_t i = 0; i < paths.size(); ++i) {
    bar.update("extracting " + std::filesystem::path(paths[i]).filename().string(), i,
               paths.size());
    extractor.add(data::read_document(paths[i], ro));
  }
  bar.update("extracting", paths.size(), paths.size());
  auto result = extractor.finish();
  bar.clear();
  for (const auto& d : result.diagnostics) notice(global, "warning: " + d);
  data::write_file_atomic_streamed(
      a.output, [&](const data::ByteSink& sink) { data::write_graph_json(result.graph, sink); });
  if (global.verbose)
    notice(global, "extracted " + std::to_string(result.graph.node_count()) + " nodes and " +
                       std::to_string(result.graph.edge_count()) + " edges from " +
                       std::to_string(paths.size()) + " document(s)");
}

}  // namespace

void add_extract(CLI::App& app, GlobalOptions& global, Action& action) {
  auto args = std::make_shared<ExtractArgs>();
  auto* cmd = app.add_subcommand(
      "extract", "Extract a stakeholder graph (stakegraph/1 JSON) from UTF-8 text documents");
  cmd->footer(
      "Without DOC, every .txt file of the bundled corpus is read. The lexicons in the\n"
      "shipped lexicon folder are loaded in file-name order, then each --lexicon FILE\n"
      "(same type and name overrides an entry; ignore rules and forbidden merges add up).\n"
      "Output is identical for any --jobs. Errors: 65 bad text, lexicon or a limit\n"
      "exceeded; 66 missing input; 73/74 output problems; no output file is left behind.\n\n"
      "Examples:\n"
      "  stakegraph extract -o graph.json\n"
      "  stakegraph extract report.txt summary.txt --lexicon my-bodies.json -o graph.json\n"
      "  cat notes.txt | stakegraph extract - --lenient > graph.json\n\n" +
      std::string(kExitCodeHelp));
  add_document_options(*cmd, args->docs, args->lexicons, args->no_default_lexicons, args->lenient);
  cmd->add_option("-j,--jobs", args->jobs, "documents processed in parallel (default: all cores)")
      ->check(CLI::Range(1u, 1024u));
  cmd->add_option("--max-input-bytes", args->max_input_bytes,
                  "largest document accepted (default 64 MiB)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--max-line-bytes", args->max_line_bytes, "longest line accepted (default 1 MiB)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--max-paragraphs", args->max_paragraphs,
                  "most paragraphs per document (default 1000000)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("-o,--output", args->output, "output file (default - = standard output)");
  cmd->callback(
      [args, &global, &action] { action = [args, &global] { run_extract(*args, global); }; });
}

}  // namespace stakegraph::cli
