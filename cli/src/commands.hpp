// Internal: how subcommands plug into the application. Each command file
// defines one add_<name> function that registers its CLI11 subcommand and,
// when that subcommand is chosen, stores the work to do in `action`.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace stakegraph::cli {

struct GlobalOptions {
  bool quiet = false;
  bool verbose = false;
};

using Action = std::function<void()>;

// One line per subcommand; each is defined in cmd_<name>.cpp.
void add_extract(CLI::App& app, GlobalOptions& global, Action& action);
void add_lexicon(CLI::App& app, GlobalOptions& global, Action& action);
void add_analyse(CLI::App& app, GlobalOptions& global, Action& action);
void add_render(CLI::App& app, GlobalOptions& global, Action& action);
void add_export(CLI::App& app, GlobalOptions& global, Action& action);

// Writes a one-line notice to stderr unless --quiet.
void notice(const GlobalOptions& global, const std::string& line);

}  // namespace stakegraph::cli
