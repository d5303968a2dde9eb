// Benchmark (not a ctest test): planted-partition graph of about 1,000,000
// edges written as TSV, read back with the edge-list parser (MB/s), Leiden on
// it (seconds, modularity, NMI against the planted partition, peak memory),
// and exact betweenness on a 100,000-edge graph. Usage:
//   stakegraph_bench [edges=1000000] [dir=/tmp]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "planted.hpp"
#include "stakegraph/data/edge_list.hpp"
#include "stakegraph/data/files.hpp"
#include "stakegraph/graph/centrality.hpp"
#include "stakegraph/graph/communities.hpp"

namespace {
double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}
long peak_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}
}  // namespace

int main(int argc, char** argv) {
  using namespace stakegraph;
  const double edges = argc > 1 ? std::stod(argv[1]) : 1e6;
  const std::string dir = argc > 2 ? argv[2] : "/tmp";
  const auto n = static_cast<std::size_t>(edges / 10.0);  // average degree 20
  const auto p = bench::planted_partition(n, 20, 0.3, 20, 100, 1);
  const std::string path = dir + "/stakegraph-bench-" + std::to_string(p.edges.size()) + ".tsv";
  {
    std::ofstream out(path);
    for (auto [u, v] : p.edges) out << 'v' << u << "\tv" << v << '\n';
  }
  const long before = peak_kb();
  auto t = std::chrono::steady_clock::now();
  const std::string text = data::read_file(path);
  const data::EdgeList list = data::parse_edge_list(text, path);
  const double read_s = seconds_since(t);
  std::printf("read %s: %zu edges, %.1f MB in %.3f s = %.0f MB/s\n", path.c_str(),
              list.edges.size(), text.size() / 1e6, read_s, text.size() / 1e6 / read_s);
  t = std::chrono::steady_clock::now();
  const graph::CsrGraph g = graph::build_csr(list.ids.size(), list.edges);
  const graph::Partition part = graph::find_communities(g, graph::CommunityOptions{});
  const double leiden_s = seconds_since(t);
  // Map the planted truth to the parser's (sorted id) numbering.
  std::vector<int> truth(list.ids.size());
  for (std::size_t i = 0; i < list.ids.size(); ++i)
    truth[i] = p.truth[std::stoul(list.ids[i].substr(1))];
  std::printf("leiden (csr + optimise): %.3f s, modularity %.4f, %d communities, NMI %.4f\n",
              leiden_s, part.modularity, part.count, bench::nmi(truth, part.membership));
  std::printf("peak memory beyond the start: %.1f bytes per edge (incl. the %zu-byte text)\n",
              (peak_kb() - before) * 1024.0 / static_cast<double>(list.edges.size()), text.size());

  const auto small = bench::planted_partition(10000, 20, 0.3, 20, 100, 2);
  std::vector<graph::WeightedEdge> se;
  for (auto [u, v] : small.edges) se.push_back({u, v, 1.0});
  const graph::CsrGraph sg = graph::build_csr(small.n, se);
  t = std::chrono::steady_clock::now();
  const auto pc = graph::path_centrality(sg);
  std::printf("exact betweenness on %zu edges, %zu nodes: %.3f s (max %.4f)\n", se.size(), sg.n,
              seconds_since(t), *std::max_element(pc.betweenness.begin(), pc.betweenness.end()));
  return 0;
}
