// The root of stakegraph's exceptions. Every module derives its own errors from
// stakegraph::Error; the command line maps the kind to an exit code (README,
// "Exit codes") and prints the location and message on one line.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace stakegraph {

// What went wrong, in the terms of the exit-code contract.
enum class ErrorKind {
  usage,        // 64: a bad flag or argument
  data,         // 65: input data rejected (bad text, JSON, lexicon, edge list, a limit)
  missing,      // 66: input missing or unreadable
  internal,     // 70: a bug or a renderer crash or timeout
  cant_create,  // 73: output cannot be created
  io,           // 74: an I/O error while reading or writing
};

// Where in an input a problem sits. line/column are 1-based; 0 means unknown.
struct Location {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;

  // "file:line:col", "file:line", "file" or "" depending on what is known.
  std::string to_string() const;
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string message, Location where = {});

  ErrorKind kind() const noexcept { return kind_; }
  const Location& where() const noexcept { return where_; }
  // The message without the location.
  const std::string& message() const noexcept { return message_; }

 private:
  ErrorKind kind_;
  std::string message_;
  Location where_;
};

// The process exit code for an error kind (64, 65, 66, 70, 73, 74).
int exit_code(ErrorKind kind) noexcept;

}  // namespace stakegraph
