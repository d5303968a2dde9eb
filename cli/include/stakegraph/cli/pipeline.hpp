// The whole pipeline behind `stakegraph report`, as a library call: documents
// -> extract -> analyse -> figures -> exports -> report.html and report.md.
//
// make_report computes every output file in memory (nothing touches the
// output directory, so a failure anywhere leaves no trace); write_report
// then commits the set to a directory: the files are first written (and
// fsynced) into a staging folder inside the target directory and renamed
// into place only once all of them are complete. A library user can call
// make_report alone and ship the bytes elsewhere (a web service, an archive).
//
// Outputs (relative paths, see report_file_names): graph.json (stakegraph/1
// with the analysis), graph.graphml, graph.gexf, nodes.csv, edges.csv,
// graph.nodelink.json, graph.dot, figures/{full,actors,clusters}.{svg,png,pdf},
// report.md, report.html. Output is deterministic for the same documents,
// lexicons and options (PDF up to cairo's /CreationDate).
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "stakegraph/data/document.hpp"
#include "stakegraph/graph/analyse.hpp"
#include "stakegraph/graph/model.hpp"
#include "stakegraph/render/figure.hpp"
#include "stakegraph/render/report.hpp"

namespace stakegraph::cli {

struct ReportOptions {
  std::vector<std::string> documents;  // empty: bundled_documents()
  std::vector<std::string> lexicons;   // extra lexicon files, after the shipped ones
  bool no_default_lexicons = false;
  data::ReadOptions read;
  unsigned jobs = 0;               // extraction threads; 0 = all cores
  graph::AnalyseOptions analysis;  // seed, runs, ... (defaults as `analyse`)
  std::vector<render::View> views = {render::View::full, render::View::actors,
                                     render::View::clusters};
  std::vector<render::Format> formats = {render::Format::svg, render::Format::png,
                                         render::Format::pdf};
  double render_timeout = 60.0;  // seconds per figure render
  render::ReportOptions page;    // title and table sizes of the report
};

// Called when a step starts: `step` names it ("reading chairs-summary-2007.txt",
// "extracting", "analysing", "figures: actors", "exports", "report"), and
// `done` of `total` steps are finished; a last call ("done", total, total)
// ends the run.
using ReportProgress =
    std::function<void(std::string_view step, std::size_t done, std::size_t total)>;

struct ReportOutputs {
  std::map<std::string, std::string> files;  // relative path -> bytes
  graph::StakeholderGraph graph;             // the extracted graph with its analysis
  std::vector<std::string> diagnostics;      // soft problems of reading and extraction
};

// Every .txt file of data::default_corpus_dir(), sorted by name. Throws
// Error(missing) when there is none.
std::vector<std::string> bundled_documents();

// The relative paths make_report produces for `options`, in the order they
// are listed above.
std::vector<std::string> report_file_names(const ReportOptions& options);

// Runs the pipeline and returns every file's bytes. Throws the errors of the
// stages: data::ParseError (65) for bad documents or lexicons, Error(missing)
// (66), render::RenderError (70 for a Graphviz failure or timeout, 65 for a
// graph too large to draw), Error(usage) (64) for bad options. Cost: that of
// extract + analyse + one Graphviz layout per view and format.
ReportOutputs make_report(const ReportOptions& options, const ReportProgress& progress = {});

// Fails with Error(cant_create) (73) unless `dir` is an existing writable
// directory or can be created in an existing writable parent. Cheap; call it
// before make_report so a bad -o fails before any work.
void check_report_directory(const std::string& dir);

// Writes `outputs.files` under `dir` (created if missing, parents are not):
// all files are written and fsynced into a staging folder inside `dir`, then
// renamed into place, then the directories are fsynced. If staging fails
// (73 cannot create, 74 I/O error such as EFBIG or ENOSPC), the staging
// folder is removed, `dir` is removed if this call created it, and existing
// files are untouched. A staging folder left by a killed run is removed by
// the next run. Returns the path of report.html (or of the first file).
std::string write_report(const ReportOutputs& outputs, const std::string& dir);

}  // namespace stakegraph::cli
