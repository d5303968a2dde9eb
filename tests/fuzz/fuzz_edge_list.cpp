// Fuzz target: the edge-list reader. The first byte picks the file name
// (and so the separator rules: .tsv, .csv, .txt). Invariants: a rejected
// input raises data::ParseError with a line number; an accepted one has at
// least one edge, sorted unique ids, endpoints in range, no self-loops,
// finite non-negative weights, and parses identically a second time.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "stakegraph/data/edge_list.hpp"
#include "stakegraph/data/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stakegraph;
  if (size == 0) return 0;
  static const char* const kNames[] = {"in.tsv", "in.csv", "in.txt"};
  const std::string file = kNames[data[0] % 3];
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  try {
    const data::EdgeList list = data::parse_edge_list(text, file);
    if (list.edges.empty()) std::abort();
    if (!std::is_sorted(list.ids.begin(), list.ids.end())) std::abort();
    if (std::adjacent_find(list.ids.begin(), list.ids.end()) != list.ids.end()) std::abort();
    for (const auto& e : list.edges) {
      if (e.u >= list.ids.size() || e.v >= list.ids.size() || e.u == e.v) std::abort();
      if (!std::isfinite(e.w) || e.w < 0) std::abort();
    }
    const data::EdgeList again = data::parse_edge_list(text, file);
    if (again.ids != list.ids || again.edges.size() != list.edges.size()) std::abort();
  } catch (const data::ParseError& e) {
    if (e.where().file != file || e.where().line == 0) std::abort();
  }
  return 0;
}
