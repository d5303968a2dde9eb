// Extraction throughput benchmark (not a ctest test). Builds corpora of
// about MB/4, MB/2 and MB megabytes (default 25, 50, 100) from the fixture
// documents repeated under distinct ids and extracts each with --jobs 1 and
// --jobs 2 (or the jobs given). Each run is a separate child process, so the
// peak resident set (getrusage of that child) is the peak of that run alone:
// the child streams its corpus through data::Extractor one document at a
// time (as `stakegraph extract` does), so nothing but the graph grows with
// the corpus. Printed per run: input MB, jobs, wall seconds, MB/s (wall),
// CPU seconds, MB/s per CPU second, seconds per MB (linearity), nodes, edges
// and the peak RSS. On a shared machine the CPU figures are the fairer ones.
//
//   cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release
//   cmake --build build/bench --target stakegraph_extract_bench -j2
//   build/bench/tests/bench/stakegraph_extract_bench [MB] [jobs...]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "stakegraph/data/document.hpp"
#include "stakegraph/data/extract.hpp"
#include "stakegraph/data/files.hpp"
#include "stakegraph/data/lexicon.hpp"

using namespace stakegraph;

namespace {

struct Run {
  double mb = 0;
  double wall = 0;
  double cpu = 0;
  std::size_t nodes = 0;
  std::size_t edges = 0;
};

double cpu_seconds(int who) {
  rusage u{};
  getrusage(who, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Extracts about `bytes` of repeated fixtures with `jobs` threads.
Run run(const std::vector<std::string>& texts, const data::Lexicon& lex, std::size_t bytes,
        unsigned jobs) {
  data::ExtractOptions o;
  o.jobs = jobs;
  data::Extractor ex(lex, o);
  Run r;
  std::size_t total = 0;
  const double cpu0 = cpu_seconds(RUSAGE_SELF);
  const auto t0 = std::chrono::steady_clock::now();
  for (std::size_t i = 0; total < bytes; ++i) {
    const std::string& t = texts[i % texts.size()];
    const std::string id = "doc-" + std::to_string(i);
    ex.add(data::parse_document(t, id + ".txt", id));
    total += t.size();
  }
  const auto res = ex.finish();
  const auto t1 = std::chrono::steady_clock::now();
  r.cpu = cpu_seconds(RUSAGE_SELF) - cpu0;
  r.wall = std::chrono::duration<double>(t1 - t0).count();
  r.mb = static_cast<double>(total) / (1 << 20);
  r.nodes = res.graph.node_count();
  r.edges = res.graph.edge_count();
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  const double max_mb = argc > 1 ? std::stod(argv[1]) : 100.0;
  std::vector<unsigned> jobs_list;
  for (int a = 2; a < argc; ++a) jobs_list.push_back(static_cast<unsigned>(std::stoul(argv[a])));
  if (jobs_list.empty()) jobs_list = {1, 2};
  const std::string dir = std::string(STAKEGRAPH_FIXTURES_DIR) + "/extraction";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> texts;
  for (const auto& f : files) texts.push_back(data::read_file(f.string()));
  const auto lex = data::load_lexicons({});
  std::printf("%8s %5s %9s %9s %9s %9s %9s %7s %8s %8s\n", "MB", "jobs", "wall s", "MB/s", "cpu s",
              "MB/cpu-s", "s/MB", "nodes", "edges", "RSS MB");
  std::fflush(stdout);
  for (double mb : {max_mb / 4, max_mb / 2, max_mb}) {
    for (unsigned jobs : jobs_list) {
      const pid_t pid = fork();
      if (pid < 0) return 1;
      if (pid == 0) {
        const Run r = run(texts, lex, static_cast<std::size_t>(mb * (1 << 20)), jobs);
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        std::printf("%8.1f %5u %9.2f %9.2f %9.2f %9.2f %9.4f %7zu %8zu %8ld\n", r.mb, jobs, r.wall,
                    r.mb / r.wall, r.cpu, r.mb / r.cpu, r.wall / r.mb, r.nodes, r.edges,
                    u.ru_maxrss / 1024);
        std::fflush(stdout);
        std::_Exit(0);
      }
      int status = 0;
      waitpid(pid, &status, 0);
      if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "run failed (%.1f MB, %u jobs)\n", mb, jobs);
        return 1;
      }
    }
  }
  return 0;
}
