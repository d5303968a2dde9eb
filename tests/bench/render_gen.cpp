// Writes a synthetic clustered stakegraph/1 graph with a hand-set analysis
// (tests/render/sample_graphs.hpp: N organisations, K clusters, ~2.5
// co-mention edges per node, 85% inside a cluster) for render_bench.sh.
// Usage: stakegraph_render_gen N K OUT.json
#include <cstdio>
#include <cstdlib>
#include <string>

#include "../render/sample_graphs.hpp"
#include "stakegraph/data/files.hpp"
#include "stakegraph/data/graph_json.hpp"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: stakegraph_render_gen N CLUSTERS OUT.json\n");
    return 64;
  }
  const auto n = static_cast<std::size_t>(std::strtoull(argv[1], nullptr, 10));
  const int k = std::atoi(argv[2]);
  if (n < 2 || k < 1) {
    std::fprintf(stderr, "N must be >= 2 and CLUSTERS >= 1\n");
    return 64;
  }
  stakegraph::data::write_file_atomic(argv[3],
                                      stakegraph::data::write_graph_json(sample::clustered(n, k)));
  return 0;
}
