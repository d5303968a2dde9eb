// End-to-end tests of `stakegraph export`: every format, format detection,
// CSV output naming, standard input and output, and the exit codes of the
// contract (64 usage, 65 bad input, 66 missing input, 73 cannot create)
// with exactly one error line and no output file left behind.
#include <doctest/doctest.h>

#include <filesystem>

#include "e2e.hpp"

namespace fs = std::filesystem;

namespace {

const std::string kFixture = std::string(STAKEGRAPH_FIXTURES_DIR) + "/report/sample-graph.json";

struct TempDir {
  fs::path path;
  TempDir() {
    static int n = 0;
    path = fs::temp_directory_path() /
           ("sg-export-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string operator/(const std::string& name) const { return (path / name).string(); }
};

std::size_t lines(const std::string& s) {
  return std::count(s.begin(), s.end(), '\n');
}

std::size_t files_in(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
}

}  // namespace

TEST_CASE("cli: export writes each format chosen by the extension") {
  TempDir t;
  for (const std::string name : {"g.graphml", "g.gexf", "g.json", "g.dot", "g.gv"}) {
    const auto r = e2e::run({"export", kFixture, "-o", t / name});
    CHECK_MESSAGE(r.code == 0, name << ": " << r.err);
    CHECK(r.err.empty());
    CHECK(fs::file_size(t / name) > 1000);
  }
  CHECK(e2e::slurp(t / "g.graphml").find("<graphml ") != std::string::npos);
  CHECK(e2e::slurp(t / "g.gexf").find("http://gexf.net/1.3") != std::string::npos);
  CHECK(e2e::slurp(t / "g.json").find("\"links\"") != std::string::npos);
  CHECK(e2e::slurp(t / "g.gv") == e2e::slurp(t / "g.dot"));
}

TEST_CASE("cli: export --format overrides the extension") {
  TempDir t;
  const auto r = e2e::run({"export", kFixture, "-o", t / "graph.xml", "--format", "graphml"});
  CHECK(r.code == 0);
  CHECK(e2e::slurp(t / "graph.xml").find("<graphml ") != std::string::npos);
}

TEST_CASE("cli: export CSV to NAME.csv writes NAME.nodes.csv and NAME.edges.csv") {
  TempDir t;
  const auto r = e2e::run({"export", kFixture, "-o", t / "net.csv"});
  CHECK(r.code == 0);
  CHECK(fs::exists(t / "net.nodes.csv"));
  CHECK(fs::exists(t / "net.edges.csv"));
  CHECK_FALSE(fs::exists(t / "net.csv"));
  CHECK(e2e::slurp(t / "net.nodes.csv").rfind("ID,Label,", 0) == 0);
  CHECK(e2e::slurp(t / "net.edges.csv").rfind("From,To,Type,", 0) == 0);
}

TEST_CASE("cli: export to DIR/ writes nodes.csv and edges.csv there") {
  TempDir t;
  fs::create_directories(t.path / "tables");
  const auto r = e2e::run({"export", kFixture, "-o", t / "tables/"});
  CHECK(r.code == 0);
  CHECK(files_in(t.path / "tables") == 2);
  const std::string nodes = e2e::slurp(t / "tables/nodes.csv");
  CHECK(nodes.find("\r\n") != std::string::npos);
  CHECK(e2e::slurp(t / "tables/edges.csv").find("co_mentioned") != std::string::npos);
}

TEST_CASE("cli: export reads standard input and writes standard output") {
  const auto r =
      e2e::run({"export", "-", "-o", "-", "--format", "dot"}, "", "< " + e2e::quote(kFixture));
  CHECK(r.code == 0);
  CHECK(r.out.rfind("// stakegraph export", 0) == 0);
  CHECK(lines(r.out) > 80);
}

TEST_CASE("cli: export output is byte-identical across runs") {
  TempDir t;
  for (const std::string ext : {"graphml", "gexf", "json", "dot"}) {
    CHECK(e2e::run({"export", kFixture, "-o", t / ("a." + ext)}).code == 0);
    CHECK(e2e::run({"export", kFixture, "-o", t / ("b." + ext)}, "LC_ALL=C TZ=Asia/Tokyo").code ==
          0);
    CHECK(e2e::slurp(t / ("a." + ext)) == e2e::slurp(t / ("b." + ext)));
  }
}

TEST_CASE("cli: export usage errors exit 64 with one line") {
  TempDir t;
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"export", kFixture, "-o", t / "g.unknown"},
           {"export", kFixture, "-o", t / "g.graphml", "--format", "pdf"},
           {"export", kFixture, "-o", "-"},
           {"export", kFixture, "-o", "-", "--format", "csv"},
           {"export", kFixture},
       }) {
    const auto r = e2e::run(args);
    CHECK(r.code == 64);
    CHECK(r.err.rfind("stakegraph: error: ", 0) == 0);
    CHECK(lines(r.err) == 1);
  }
  CHECK(files_in(t.path) == 0);
}

TEST_CASE("cli: export of a bad JSON graph exits 65 with one line and no output") {
  TempDir t;
  const std::string bad = t / "bad.json";
  { std::ofstream(bad) << "{\"schema\": \"stakegraph/1\", \"nodes\": [}\n"; }
  const auto r = e2e::run({"export", bad, "-o", t / "g.graphml"});
  CHECK(r.code == 65);
  CHECK(r.err.rfind("stakegraph: error: " + bad + ":1:", 0) == 0);
  CHECK(lines(r.err) == 1);
  CHECK_FALSE(fs::exists(t / "g.graphml"));
}

TEST_CASE("cli: export of a missing input exits 66") {
  TempDir t;
  const auto r = e2e::run({"export", t / "nope.json", "-o", t / "g.graphml"});
  CHECK(r.code == 66);
  CHECK(lines(r.err) == 1);
  CHECK(files_in(t.path) == 0);
}

TEST_CASE("cli: export to a missing directory exits 73 and creates nothing") {
  TempDir t;
  for (const std::string out : {"missing/g.graphml", "missing/t.csv"}) {
    const auto r = e2e::run({"export", kFixture, "-o", t / out});
    CHECK(r.code == 73);
    CHECK(r.err.rfind("stakegraph: error: ", 0) == 0);
    CHECK(lines(r.err) == 1);
  }
  CHECK(files_in(t.path) == 0);
}

TEST_CASE("cli: export keeps an existing output when the input is bad") {
  TempDir t;
  const std::string out = t / "g.graphml";
  { std::ofstream(out) << "old"; }
  const auto r = e2e::run({"export", t / "nope.json", "-o", out});
  CHECK(r.code == 66);
  CHECK(e2e::slurp(out) == "old");
}
