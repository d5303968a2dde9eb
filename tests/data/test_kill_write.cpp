// Kill-mid-write: a child process rewrites one file atomically in a loop,
// alternating two large contents; the parent SIGKILLs it at random moments.
// After every kill the target must hold one complete version (never torn),
// and after a later successful write no temporary file may remain.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "stakegraph/data/files.hpp"

namespace fs = std::filesystem;
using namespace stakegraph;

TEST_CASE("data: SIGKILL during atomic writes never leaves a torn file") {
  const fs::path dir =
      fs::temp_directory_path() / ("stakegraph-kill-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string target = (dir / "graph.json").string();
  const std::string a(3u << 20, 'a');
  const std::string b(2u << 20, 'b');
  data::write_file_atomic(target, a);

  std::mt19937 rng(12345);
  std::uniform_int_distribution<int> delay_us(200, 20000);
  constexpr int kKills = 60;
  int torn = 0;
  for (int k = 0; k < kKills; ++k) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      for (int i = 0;; ++i) data::write_file_atomic(target, (i % 2) ? a : b);
    }
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us(rng)));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    const std::string now = data::read_file(target);
    if (now != a && now != b) ++torn;
  }
  CHECK(torn == 0);

  // Leftover temporaries of killed writers are removed by the next write.
  data::write_file_atomic(target, "done");
  int files = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    (void)e;
    ++files;
  }
  CHECK(files == 1);
  CHECK(data::read_file(target) == "done");
  fs::remove_all(dir);
}
