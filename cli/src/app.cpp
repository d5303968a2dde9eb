// Top-level command line: global flags, subcommand dispatch, and the single
// place where errors become exit codes and one "stakegraph: error: ..." line.
#include "stakegraph/cli/app.hpp"

#include <exception>
#include <functional>
#include <iostream>
#include <new>
#include <string>

#include "commands.hpp"
#include "stakegraph/data/lexicon.hpp"
#include "stakegraph/graph/error.hpp"
#include "stakegraph/render/figure.hpp"
#include "stakegraph/render/version.hpp"

namespace stakegraph::cli {

void add_document_options(CLI::App& cmd, std::vector<std::string>& docs,
                          std::vector<std::string>& lexicons, bool& no_default_lexicons,
                          bool& lenient) {
  cmd.add_option("DOC", docs, "documents to read (- = standard input)");
  cmd.add_option("--lexicon", lexicons, "an extra lexicon file (repeatable)");
  cmd.add_flag("--no-default-lexicons", no_default_lexicons, "do not load the shipped lexicons");
  cmd.add_flag("--lenient", lenient,
               "replace invalid UTF-8 with U+FFFD instead of rejecting the file");
}

void notice(const GlobalOptions& global, const std::string& line) {
  if (!global.quiet) std::cerr << "stakegraph: " << line << '\n';
}

std::string describe_lexicons(const std::vector<std::string>& user_files, bool no_defaults) {
  std::string out;
  std::vector<std::string> files;
  if (!no_defaults) {
    try {
      files = data::default_lexicon_files();
    } catch (const std::exception&) {
      // The load itself reports a missing lexicon folder.
    }
  }
  files.insert(files.end(), user_files.begin(), user_files.end());
  for (const auto& f : files) out += (out.empty() ? "" : " ") + f;
  return out.empty() ? "(none)" : out;
}

namespace {

void print_error(const std::string& what) {
  std::cerr << "stakegraph: error: " << what << '\n';
}

// The --verbose lines after the error line: what the command recorded, then
// (for a render error) Graphviz's own messages.
void print_details(const GlobalOptions& global, const std::string& messages) {
  if (!global.verbose) return;
  for (const auto& d : global.details) std::cerr << "stakegraph: " << d << '\n';
  std::size_t start = 0;
  while (start < messages.size()) {
    std::size_t end = messages.find('\n', start);
    if (end == std::string::npos) end = messages.size();
    if (end > start)
      std::cerr << "stakegraph: graphviz: " << messages.substr(start, end - start) << '\n';
    start = end + 1;
  }
}

constexpr const char* kExamples =
    "Examples:\n"
    "  stakegraph report                        # the bundled summary -> ./stakegraph-report\n"
    "  stakegraph extract notes.txt -o graph.json\n"
    "  stakegraph analyse graph.json --runs 10 -o analysed.json\n"
    "  stakegraph render analysed.json -o figure.svg --view actors\n"
    "  stakegraph export analysed.json -o graph.graphml\n"
    "  stakegraph lexicon --check my-bodies.json\n"
    "Run stakegraph SUBCOMMAND --help for its options.\n\n";

}  // namespace

int run(int argc, const char* const* argv) {
  CLI::App app{"stakegraph: stakeholder networks from policy documents", "stakegraph"};
  app.footer(std::string(kExamples) + kExitCodeHelp);
  app.require_subcommand(1);
  app.fallthrough();  // --quiet and --verbose also after the subcommand
  // Asked only for --version: a Graphviz context loads its plugin
  // configuration, which every other command would pay for at start-up.
  app.set_version_flag("--version", std::function<std::string()>([] {
                         return std::string("stakegraph ") + STAKEGRAPH_VERSION + " (Graphviz " +
                                render::graphviz_version() + ")";
                       }));
  GlobalOptions global;
  app.add_flag("-q,--quiet", global.quiet, "print nothing but errors");
  app.add_flag("-v,--verbose", global.verbose, "print details of errors and progress");

  Action action;
  add_extract(app, global, action);
  add_lexicon(app, global, action);
  add_analyse(app, global, action);
  add_render(app, global, action);
  add_export(app, global, action);
  add_report(app, global, action);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    print_error(e.what());
    return 64;
  }

  try {
    if (action) action();
    return 0;
  } catch (const render::RenderError& e) {
    print_error(e.what());
    print_details(global, e.messages());
    return exit_code(e.kind());
  } catch (const Error& e) {
    print_error(e.what());
    print_details(global, {});
    return exit_code(e.kind());
  } catch (const std::bad_alloc&) {
    print_error("out of memory");
    return 70;
  } catch (const std::exception& e) {
    print_error(std::string("internal error: ") + e.what());
    return 70;
  }
}

}  // namespace stakegraph::cli
