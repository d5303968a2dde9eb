// Internal: strict JSON parsing shared by every JSON reader of the data module
// (graphs, lexicons): size cap, NUL check, UTF-8 validation with position,
// nesting depth and duplicate keys enforced by a streaming pre-scan (so that
// a 100,000-deep document is rejected before any DOM exists), nlohmann
// errors turned into ParseError with line and column, and the position of a
// JSON pointer for schema errors.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "stakegraph/data/error.hpp"

namespace stakegraph::data::detail {

struct JsonLimits {
  std::size_t max_bytes = 16u << 20;
  int max_depth = 64;
};

// Parses `text` (the content of `file`). Throws ParseError.
nlohmann::json parse_json_strict(std::string_view text, const std::string& file,
                                 const JsonLimits& limits);

// The location of the value at `pointer` (e.g. "/edges/3/source") in `text`;
// falls back to the nearest existing ancestor.
Location pointer_location(std::string_view text, const std::string& file,
                          const std::string& pointer);

// A schema error at `pointer`: "<pointer>: <what>" located at the value.
[[noreturn]] void schema_error(std::string_view text, const std::string& file,
                               const std::string& pointer, const std::string& what);

}  // namespace stakegraph::data::detail
