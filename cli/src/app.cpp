// Top-level command line: global flags, subcommand dispatch, and the single
// place where errors become exit codes and one "stakegraph: error: ..." line.
#include "stakegraph/cli/app.hpp"

#include <exception>
#include <iostream>
#include <new>

#include "commands.hpp"
#include "stakegraph/graph/error.hpp"
#include "stakegraph/render/version.hpp"

namespace stakegraph::cli {

void notice(const GlobalOptions& global, const std::string& line) {
  if (!global.quiet) std::cerr << "stakegraph: " << line << '\n';
}

namespace {

void print_error(const std::string& what) {
  std::cerr << "stakegraph: error: " << what << '\n';
}

constexpr const char* kExitCodes =
    "Exit codes: 0 success; 64 usage; 65 input data rejected (bad text, JSON, lexicon,\n"
    "edge list, a limit exceeded); 66 input missing or unreadable; 70 internal error\n"
    "(including a renderer crash or timeout); 73 cannot create output; 74 I/O error.";

}  // namespace

int run(int argc, const char* const* argv) {
  CLI::App app{"stakegraph: stakeholder networks from policy documents", "stakegraph"};
  app.footer(kExitCodes);
  app.require_subcommand(1);
  app.fallthrough();  // --quiet and --verbose also after the subcommand
  app.set_version_flag("--version", std::string("stakegraph ") + STAKEGRAPH_VERSION +
                                        " (Graphviz " + render::graphviz_version() + ")");
  GlobalOptions global;
  app.add_flag("-q,--quiet", global.quiet, "print nothing but errors");
  app.add_flag("-v,--verbose", global.verbose, "print details of errors and progress");

  Action action;
  add_extract(app, global, action);
  add_lexicon(app, global, action);
  add_analyse(app, global, action);
  add_render(app, global, action);
  add_export(app, global, action);

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
  } catch (const Error& e) {
    print_error(e.what());
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
