// Benchmark driver (not a ctest test) for tests/bench/compare_igraph.py, which
// runs it and igraph on the same files. Each measuring mode prints one JSON
// object on standard output so that the script can read it.
//   stakegraph_bench generate EDGES FILE [SEED] [weighted]
//       planted-partition graph (planted.hpp: average degree 20, mu 0.3,
//       communities of 20..100) as TSV "vI<TAB>vJ[<TAB>w]", and FILE.truth
//       ("vI<TAB>community") for NMI.
//   stakegraph_bench read FILE [REPEAT=3]   edge-list parser: best MB/s of REPEAT
//   stakegraph_bench parse FILE [REPEAT=5]  parse_edge_list alone on the text in
//       memory: best wall and best CPU MB/s of REPEAT
//   stakegraph_bench leiden FILE [SEED=1] [MAX_PASSES]
//       parse + CSR + Leiden with the defaults: seconds of find_communities
//       (like igraph's community_leiden on a built graph), of build_csr,
//       modularity, communities, peak memory growth per edge (file text,
//       parsed list, CSR and Leiden together)
//   stakegraph_bench passes FILE            modularity and time per max_passes
//   stakegraph_bench betweenness FILE       exact betweenness (all sources)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>

#include "planted.hpp"
#include "stakegraph/data/edge_list.hpp"
#include "stakegraph/data/files.hpp"
#include "stakegraph/graph/centrality.hpp"
#include "stakegraph/graph/communities.hpp"

namespace {

using namespace stakegraph;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// Peak resident set of this process image (VmHWM). Not getrusage's
// ru_maxrss: that keeps the parent's peak across fork + exec, so under the
// Python comparison script it would report the script's memory.
long peak_kb() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

int generate(double edges, const std::string& path, std::uint64_t seed, bool weighted) {
  const auto n = static_cast<std::size_t>(edges / 10.0);  // average degree 20
  const auto p = bench::planted_partition(n, 20, 0.3, 20, 100, seed);
  std::mt19937_64 rng(seed + 17);
  {
    std::ofstream out(path);
    for (auto [u, v] : p.edges) {
      out << 'v' << u << "\tv" << v;
      if (weighted) out << '\t' << 1 + rng() % 5;  // integer weights 1..5
      out << '\n';
    }
  }
  std::ofstream truth(path + ".truth");
  for (std::size_t v = 0; v < p.n; ++v) truth << 'v' << v << '\t' << p.truth[v] << '\n';
  std::printf("{\"file\": \"%s\", \"nodes\": %zu, \"edges\": %zu}\n", path.c_str(), p.n,
              p.edges.size());
  return 0;
}

int read(const std::string& path, int repeat) {
  double best = 1e300;
  std::size_t bytes = 0, edges = 0, nodes = 0;
  for (int i = 0; i < repeat; ++i) {
    const auto t = Clock::now();
    const std::string text = data::read_file(path);
    const data::EdgeList list = data::parse_edge_list(text, path);
    best = std::min(best, seconds_since(t));
    bytes = text.size();
    edges = list.edges.size();
    nodes = list.ids.size();
  }
  std::printf(
      "{\"bytes\": %zu, \"edges\": %zu, \"nodes\": %zu, \"seconds\": %.6f, \"mb_per_s\": %.1f}\n",
      bytes, edges, nodes, best, static_cast<double>(bytes) / 1e6 / best);
  return 0;
}

// CPU seconds of this process (user + system), for timings on a shared
// machine where wall-clock time depends on the other jobs.
double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

// parse_edge_list alone on a text already in memory (no file reading): best
// wall and best CPU seconds of REPEAT parses.
int parse(const std::string& path, int repeat) {
  const std::string text = data::read_file(path);
  double best = 1e300, best_cpu = 1e300;
  std::size_t edges = 0, nodes = 0;
  for (int i = 0; i < repeat; ++i) {
    const auto t = Clock::now();
    const double c = cpu_seconds();
    const data::EdgeList list = data::parse_edge_list(text, path);
    best_cpu = std::min(best_cpu, cpu_seconds() - c);
    best = std::min(best, seconds_since(t));
    edges = list.edges.size();
    nodes = list.ids.size();
  }
  const double mb = static_cast<double>(text.size()) / 1e6;
  std::printf(
      "{\"bytes\": %zu, \"edges\": %zu, \"nodes\": %zu, \"seconds\": %.6f, \"cpu_seconds\": "
      "%.6f, \"mb_per_s\": %.1f, \"cpu_mb_per_s\": %.1f}\n",
      text.size(), edges, nodes, best, best_cpu, mb / best, mb / best_cpu);
  return 0;
}

int leiden(const std::string& path, std::uint64_t seed, int max_passes) {
  const long before = peak_kb();
  const data::EdgeList list = data::load_edge_list(path);
  auto t = Clock::now();
  const graph::CsrGraph g = graph::build_csr(list.ids.size(), list.edges);
  const double csr_s = seconds_since(t);
  graph::CommunityOptions o;
  o.seed = seed;
  if (max_passes > 0) o.max_passes = max_passes;
  t = Clock::now();
  const graph::Partition part = graph::find_communities(g, o);
  const double s = seconds_since(t);
  const double per_edge =
      static_cast<double>(peak_kb() - before) * 1024.0 / static_cast<double>(list.edges.size());
  std::printf(
      "{\"seconds\": %.6f, \"csr_seconds\": %.6f, \"modularity\": %.6f, \"communities\": %d, "
      "\"bytes_per_edge\": %.1f, \"nodes\": %zu, \"edges\": %zu}\n",
      s, csr_s, part.modularity, part.count, per_edge, g.n, g.targets.size() / 2);
  // The membership, by id, for NMI in the comparison script.
  std::ofstream out(path + ".stakegraph-membership");
  for (std::size_t v = 0; v < g.n; ++v) out << list.ids[v] << '\t' << part.membership[v] << '\n';
  return 0;
}

int passes(const std::string& path) {
  const data::EdgeList list = data::load_edge_list(path);
  const graph::CsrGraph g = graph::build_csr(list.ids.size(), list.edges);
  for (int p : {1, 2, 3, 4, 6, 10, 50}) {
    graph::CommunityOptions o;
    o.max_passes = p;
    const auto t = Clock::now();
    const graph::Partition part = graph::find_communities(g, o);
    std::printf("{\"max_passes\": %d, \"seconds\": %.6f, \"modularity\": %.6f}\n", p,
                seconds_since(t), part.modularity);
    std::fflush(stdout);
  }
  return 0;
}

int betweenness(const std::string& path) {
  const data::EdgeList list = data::load_edge_list(path);
  const graph::CsrGraph g = graph::build_csr(list.ids.size(), list.edges);
  const auto t = Clock::now();
  const auto pc = graph::path_centrality(g);
  std::printf("{\"seconds\": %.6f, \"nodes\": %zu, \"edges\": %zu, \"max\": %.8f}\n",
              seconds_since(t), g.n, g.targets.size() / 2,
              *std::max_element(pc.betweenness.begin(), pc.betweenness.end()));
  std::ofstream out(path + ".stakegraph-betweenness");
  for (std::size_t v = 0; v < g.n; ++v) out << list.ids[v] << '\t' << pc.betweenness[v] << '\n';
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "generate" && argc >= 4)
      return generate(std::stod(argv[2]), argv[3], argc > 4 ? std::stoull(argv[4]) : 1,
                      argc > 5 && std::string(argv[5]) == "weighted");
    if (mode == "read" && argc >= 3) return read(argv[2], argc > 3 ? std::stoi(argv[3]) : 3);
    if (mode == "parse" && argc >= 3) return parse(argv[2], argc > 3 ? std::stoi(argv[3]) : 5);
    if (mode == "leiden" && argc >= 3)
      return leiden(argv[2], argc > 3 ? std::stoull(argv[3]) : 1,
                    argc > 4 ? std::stoi(argv[4]) : 0);
    if (mode == "passes" && argc >= 3) return passes(argv[2]);
    if (mode == "betweenness" && argc >= 3) return betweenness(argv[2]);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "stakegraph_bench: %s\n", e.what());
    return 1;
  }
  std::fprintf(stderr,
               "usage: stakegraph_bench generate EDGES FILE [SEED] [weighted] | read FILE "
               "[REPEAT] | parse FILE [REPEAT] | leiden FILE [SEED] [MAX_PASSES] | passes FILE | "
               "betweenness FILE\n");
  return 64;
}
