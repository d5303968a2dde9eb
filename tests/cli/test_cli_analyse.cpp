// End-to-end: `stakegraph analyse` on the fixtures, bad options and bad edge lists.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "e2e.hpp"

namespace {
const std::string kFix = STAKEGRAPH_FIXTURES_DIR;
}

TEST_CASE("cli: analyse an edge list writes stakegraph/1 with an analysis") {
  const auto r = e2e::run({"analyse", kFix + "/karate.tsv"});
  CHECK(r.code == 0);
  CHECK(r.out.find("\"schema\": \"stakegraph/1\"") != std::string::npos);
  CHECK(r.out.find("\"modularity\": 0.419") != std::string::npos);
  CHECK(r.out.find("\"betweenness\"") != std::string::npos);
}

TEST_CASE("cli: analyse is deterministic and writes -o atomically") {
  const auto dir = std::filesystem::temp_directory_path() / ("sg-an-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const auto a =
      e2e::run({"analyse", kFix + "/lesmis.tsv", "--runs", "3", "-o", (dir / "a.json").string()});
  const auto b =
      e2e::run({"analyse", kFix + "/lesmis.tsv", "--runs", "3", "-o", (dir / "b.json").string()});
  CHECK(a.code == 0);
  CHECK(b.code == 0);
  CHECK(e2e::slurp(dir / "a.json") == e2e::slurp(dir / "b.json"));
  CHECK(e2e::slurp(dir / "a.json").find("\"stability\"") != std::string::npos);
  // Re-analysing the JSON output works (JSON input).
  const auto c = e2e::run({"analyse", (dir / "a.json").string(), "--algorithm", "louvain",
                           "--metrics", "degree,pagerank"});
  CHECK(c.code == 0);
  CHECK(c.out.find("\"louvain\"") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("cli: analyse reads an edge list from standard input") {
  const auto r =
      e2e::run({"analyse", "-", "--edge-list", "--metrics", "none"}, "printf 'a\\tb\\nb\\tc\\n' |");
  CHECK(r.code == 0);
  CHECK(r.out.find("\"clusters\"") != std::string::npos);
}

TEST_CASE("cli: analyse rejects bad options with exit 64") {
  for (const auto& args : std::vector<std::vector<std::string>>{{"--resolution", "0"},
                                                                {"--resolution", "-1"},
                                                                {"--runs", "0"},
                                                                {"--algorithm", "girvan"},
                                                                {"--objective", "entropy"},
                                                                {"--view", "people"},
                                                                {"--types", "planet"},
                                                                {"--metrics", "degree,magic"}}) {
    std::vector<std::string> full{"analyse", kFix + "/karate.tsv"};
    full.insert(full.end(), args.begin(), args.end());
    const auto r = e2e::run(full);
    CHECK(r.code == 64);
    CHECK(r.err.rfind("stakegraph: error: ", 0) == 0);
    CHECK(r.out.empty());
  }
}

TEST_CASE("cli: analyse names the file and line of a bad edge list") {
  const auto dir = std::filesystem::temp_directory_path() / ("sg-bad-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const auto bad = dir / "bad.tsv";
  std::ofstream(bad) << "a\tb\t1\nc\td\t-2\n";
  const auto r = e2e::run({"analyse", bad.string(), "-o", (dir / "out.json").string()});
  CHECK(r.code == 65);
  CHECK(r.err == "stakegraph: error: " + bad.string() + ":2:5: weight is negative\n");
  CHECK_FALSE(std::filesystem::exists(dir / "out.json"));
  const auto missing = e2e::run({"analyse", (dir / "none.tsv").string()});
  CHECK(missing.code == 66);
  std::filesystem::remove_all(dir);
}

TEST_CASE("cli: analyse of an edge list writes the same bytes on the direct and the model path") {
  // Without a view or type filter the edge list is analysed from its ids and
  // edges directly; --types organisation (every node of an edge list is one)
  // takes the model path. Header, comments, CRLF, weights, multi-edges in
  // both orientations, self-loops and a last line without newline.
  const auto dir = std::filesystem::temp_directory_path() / ("sg-anp-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const auto in = dir / "edges.tsv";
  {
    std::ofstream f(in, std::ios::binary);
    f << "# comment\nsource\ttarget\tweight\r\nUN Women\tUNODC\t2\r\nUNODC\tUN Women\t0.5\n"
         "UNODC\tUNODC\t1\nUNDP\tUNODC\t1.5\nUNDP\tUN Women\t0\nWHO\tUNDP\t3\nWHO\tUNICEF\t1\n"
         "UNICEF\tUNDP\t1e-1";
  }
  for (const std::string runs : {"1", "3"}) {
    const auto a = e2e::run({"analyse", in.string(), "--runs", runs});
    const auto b = e2e::run({"analyse", in.string(), "--runs", runs, "--types", "organisation"});
    CHECK(a.code == 0);
    CHECK(b.code == 0);
    CHECK(a.err.find("1 self-loop(s) ignored") != std::string::npos);
    CHECK(a.out == b.out);
    CHECK(a.out.find("\"UN Women\"") != std::string::npos);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("cli: graph JSON above --max-json-bytes is refused by analyse, render and export") {
  const auto dir = std::filesystem::temp_directory_path() / ("sg-max-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::string graph = (dir / "g.json").string();
  REQUIRE(e2e::run({"analyse", kFix + "/karate.tsv", "-o", graph}).code == 0);
  const std::size_t size = std::filesystem::file_size(graph);
  const std::string below = std::to_string(size - 1), enough = std::to_string(size);
  const std::vector<std::vector<std::string>> commands = {
      {"analyse", graph, "-o", (dir / "a.json").string()},
      {"render", graph, "-o", (dir / "a.svg").string()},
      {"export", graph, "-o", (dir / "a.graphml").string()}};
  for (const auto& command : commands) {
    std::vector<std::string> refused = command;
    refused.insert(refused.end(), {"--max-json-bytes", below});
    const auto r = e2e::run(refused);
    CAPTURE(command[0]);
    CHECK(r.code == 65);
    CHECK(r.err.find("larger than the limit of " + below +
                     " bytes (raise it with --max-json-bytes)") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(command[3]));
    std::vector<std::string> admitted = command;
    admitted.insert(admitted.end(), {"--max-json-bytes", enough});
    CHECK(e2e::run(admitted).code == 0);
    CHECK(std::filesystem::exists(command[3]));
  }
  std::filesystem::remove_all(dir);
}
