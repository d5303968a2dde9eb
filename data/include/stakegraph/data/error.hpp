// Errors of the data module: rejected input with its position.
#pragma once

#include <string>

#include "stakegraph/graph/error.hpp"

namespace stakegraph::data {

// Input data rejected (exit 65): bad text, JSON, schema, lexicon, edge list or
// a limit exceeded. `where` names the file and, when known, line and column.
class ParseError : public Error {
 public:
  ParseError(std::string message, Location where)
      : Error(ErrorKind::data, std::move(message), std::move(where)) {}
};

// Line and column (1-based, column counted in bytes) of a byte offset.
Location location_of(const std::string& file, std::string_view text, std::size_t offset);

}  // namespace stakegraph::data
