// Internal: how subcommands plug into the application. Each command file
// defines one add_<name> function that registers its CLI11 subcommand and,
// when that subcommand is chosen, stores the work to do in `action`.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace stakegraph::cli {

struct GlobalOptions {
  bool quiet = false;
  bool verbose = false;
  // Context a command records while it runs (e.g. the lexicon files it
  // loads); printed after the error line with --verbose when it fails.
  std::vector<std::string> details;
};

using Action = std::function<void()>;

// The exit-code table, appended to every subcommand's --help.
inline constexpr const char* kExitCodeHelp =
    "Exit codes: 0 success; 64 usage; 65 input data rejected (bad text, JSON, lexicon,\n"
    "edge list, a limit exceeded); 66 input missing or unreadable; 70 internal error\n"
    "(including a renderer crash or timeout); 73 cannot create output; 74 I/O error.\n"
    "A failure prints one line: stakegraph: error: FILE:LINE:COL: what (more with -v).";

// One line per subcommand; each is defined in cmd_<name>.cpp.
void add_extract(CLI::App& app, GlobalOptions& global, Action& action);
void add_lexicon(CLI::App& app, GlobalOptions& global, Action& action);
void add_analyse(CLI::App& app, GlobalOptions& global, Action& action);
void add_render(CLI::App& app, GlobalOptions& global, Action& action);
void add_export(CLI::App& app, GlobalOptions& global, Action& action);
void add_report(CLI::App& app, GlobalOptions& global, Action& action);

// The options every subcommand that reads documents shares: DOC...,
// --lexicon FILE (repeatable), --no-default-lexicons and --lenient.
void add_document_options(CLI::App& cmd, std::vector<std::string>& docs,
                          std::vector<std::string>& lexicons, bool& no_default_lexicons,
                          bool& lenient);

// Writes a one-line notice to stderr unless --quiet.
void notice(const GlobalOptions& global, const std::string& line);

// The lexicon files a run loads, in order ("a.json b.json mine.json"), for
// --verbose error details.
std::string describe_lexicons(const std::vector<std::string>& user_files, bool no_defaults);

}  // namespace stakegraph::cli
