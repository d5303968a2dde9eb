// Fuzz target: the stakegraph/1 JSON loader. Invariants beyond "no crash":
// a rejected input raises data::ParseError with a file name and a line; an
// accepted input writes back to valid UTF-8 JSON that reads again to a graph
// writing the same bytes (the writer is a fixed point after one round).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "stakegraph/data/error.hpp"
#include "stakegraph/data/graph_json.hpp"
#include "stakegraph/graph/text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stakegraph;
  const std::string text(reinterpret_cast<const char*>(data), size);
  data::JsonReadLimits limits;
  limits.max_bytes = 1u << 20;
  try {
    const graph::StakeholderGraph g = data::read_graph_json(text, "fuzz.json", limits);
    const std::string once = data::write_graph_json(g);
    if (graph::first_invalid_utf8(once)) std::abort();
    const graph::StakeholderGraph back = data::read_graph_json(once, "again.json", limits);
    if (data::write_graph_json(back) != once) std::abort();
  } catch (const data::ParseError& e) {
    if (e.where().file.empty() || e.where().line == 0) std::abort();
  } catch (const Error& e) {
    // Graph-level rejections (e.g. a self-loop) are data errors too.
    if (e.kind() != ErrorKind::data) std::abort();
  }
  return 0;
}
