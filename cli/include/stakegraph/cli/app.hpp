// The stakegraph command line as a library: parse arguments, run the chosen
// subcommand, map errors to the exit codes of the README, and print at most
// one error line to `err`.
#pragma once

#include <iosfwd>

namespace stakegraph::cli {

// Runs the command line; returns the process exit code. Never throws.
int run(int argc, const char* const* argv);

}  // namespace stakegraph::cli
