// Extraction throughput benchmark (not a ctest test). Builds corpora of about
// 25, 50 and 100 MB from the fixture documents repeated under distinct ids,
// extracts each with --jobs 1 and with all cores, and prints MB/s, the ratio
// of time to size (linearity) and the peak resident set (getrusage).
//
//   cmake --build --preset default --target stakegraph_extract_bench
//   build/default/tests/bench/stakegraph_extract_bench [MB]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "stakegraph/data/document.hpp"
#include "stakegraph/data/extract.hpp"
#include "stakegraph/data/files.hpp"
#include "stakegraph/data/lexicon.hpp"

using namespace stakegraph;

namespace {

std::vector<data::SourceDocument> corpus(const std::vector<std::string>& texts, std::size_t bytes,
                                         std::size_t* total) {
  std::vector<data::SourceDocument> docs;
  *total = 0;
  for (std::size_t i = 0; *total < bytes; ++i) {
    const std::string& t = texts[i % texts.size()];
    docs.push_back(
        data::parse_document(t, "doc-" + std::to_string(i) + ".txt", "doc-" + std::to_string(i)));
    *total += t.size();
  }
  return docs;
}

double seconds_of(const std::vector<data::SourceDocument>& docs, const data::Lexicon& lex,
                  unsigned jobs, std::size_t* nodes) {
  data::ExtractOptions o;
  o.jobs = jobs;
  const auto t0 = std::chrono::steady_clock::now();
  const auto r = data::extract(docs, lex, o);
  const auto t1 = std::chrono::steady_clock::now();
  *nodes = r.graph.node_count();
  return std::chrono::duration<double>(t1 - t0).count();
}

long peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t max_mb = argc > 1 ? std::stoul(argv[1]) : 100;
  const std::string dir = std::string(STAKEGRAPH_FIXTURES_DIR) + "/extraction";
  std::vector<std::string> texts;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") texts.push_back(data::read_file(e.path().string()));
  const auto lex = data::load_lexicons({});
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  std::printf("%8s %8s %10s %10s %12s %10s %8s\n", "MB", "jobs", "seconds", "MB/s", "s per MB",
              "nodes", "RSS MB");
  for (std::size_t mb : {max_mb / 4, max_mb / 2, max_mb}) {
    std::size_t total = 0;
    const auto docs = corpus(texts, mb << 20, &total);
    for (unsigned jobs : {1u, cores}) {
      std::size_t nodes = 0;
      const double s = seconds_of(docs, lex, jobs, &nodes);
      const double m = static_cast<double>(total) / (1 << 20);
      std::printf("%8.1f %8u %10.2f %10.2f %12.4f %10zu %8ld\n", m, jobs, s, m / s, s / m, nodes,
                  peak_rss_mb());
    }
  }
  return 0;
}
