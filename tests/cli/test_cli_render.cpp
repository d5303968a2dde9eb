// End-to-end `stakegraph render`: formats from the extension, the analysis
// run when missing, determinism across LC_ALL/TZ, and the documented errors
// (usage 64, unknown focus 65, unwritable output 73 with nothing left behind).
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "e2e.hpp"

namespace {

namespace fs = std::filesystem;

// A small stakegraph/1 graph without an analysis.
constexpr const char* kGraph = R"({
  "schema": "stakegraph/1",
  "generator": "test",
  "documents": [{"id": "d", "title": "Meeting \\N report <&>", "path": "", "sha256": "", "paragraphs": []}],
  "nodes": [
    {"id": "organisation:a", "type": "organisation", "label": "A\\G", "name": "Alpha \"Org\"", "aliases": ["Alpha \"Org\""], "attributes": {}, "mentions": []},
    {"id": "organisation:b", "type": "organisation", "label": "B", "name": "Beta", "aliases": ["Beta"], "attributes": {}, "mentions": []},
    {"id": "country:c", "type": "country", "label": "C", "name": "Cland", "aliases": ["Cland"], "attributes": {}, "mentions": []},
    {"id": "person:d", "type": "person", "label": "D", "name": "Dee", "aliases": ["Dee"], "attributes": {}, "mentions": []}
  ],
  "edges": [
    {"source": "organisation:a", "target": "organisation:b", "type": "co_mentioned", "weight": 2, "evidence": []},
    {"source": "country:c", "target": "organisation:b", "type": "co_mentioned", "weight": 1, "evidence": []},
    {"source": "person:d", "target": "organisation:a", "type": "affiliated_with", "weight": 1, "evidence": []}
  ]
})";

struct Dir {
  fs::path path;
  Dir() {
    path = fs::temp_directory_path() / ("sg-render-e2e-" + std::to_string(::getpid()));
    fs::create_directories(path);
    std::ofstream(path / "g.json") << kGraph;
  }
  ~Dir() { fs::remove_all(path); }
  std::string operator/(const std::string& name) const { return (path / name).string(); }
};

}  // namespace

TEST_CASE("cli: render writes each format named by the extension") {
  Dir d;
  for (const char* ext : {"svg", "png", "pdf", "dot"}) {
    const std::string out = d / (std::string("fig.") + ext);
    const auto r = e2e::run({"-q", "render", d / "g.json", "-o", out});
    CAPTURE(r.err);
    CHECK(r.code == 0);
    CHECK(fs::file_size(out) > 100);
  }
  CHECK(e2e::slurp(d / "fig.png").compare(0, 4, "\x89PNG") == 0);
  CHECK(e2e::slurp(d / "fig.pdf").compare(0, 5, "%PDF-") == 0);
  const std::string svg = e2e::slurp(d / "fig.svg");
  CHECK(svg.find("class=\"cluster\"") != std::string::npos);  // analysed on the fly
  CHECK(svg.find("Meeting \\N report &lt;&amp;&gt;") != std::string::npos);
}

TEST_CASE("cli: render output is identical across LC_ALL and TZ") {
  Dir d;
  for (const char* ext : {"svg", "png"}) {
    const std::string a = d / (std::string("a.") + ext), b = d / (std::string("b.") + ext);
    CHECK(e2e::run({"-q", "render", d / "g.json", "-o", a, "--layout", "neato", "--seed", "3"},
                   "LC_ALL=C TZ=UTC")
              .code == 0);
    CHECK(e2e::run({"-q", "render", d / "g.json", "-o", b, "--layout", "neato", "--seed", "3"},
                   "LC_ALL=C.UTF-8 TZ=Asia/Tokyo")
              .code == 0);
    CHECK(e2e::slurp(a) == e2e::slurp(b));
  }
}

TEST_CASE("cli: render --focus accepts an alias and an unknown one is exit 65") {
  Dir d;
  CHECK(e2e::run({"-q", "render", d / "g.json", "-o", d / "ego.svg", "--focus", "beta"}).code == 0);
  const auto r = e2e::run({"render", d / "g.json", "-o", d / "none.svg", "--focus", "Nobody"});
  CHECK(r.code == 65);
  CHECK(r.err.find("Nobody") != std::string::npos);
  CHECK_FALSE(fs::exists(d / "none.svg"));
}

TEST_CASE("cli: render rejects bad options with exit 64") {
  Dir d;
  CHECK(e2e::run({"render", d / "g.json", "-o", d / "x.jpeg"}).code == 64);
  CHECK(e2e::run({"render", d / "g.json", "-o", d / "x.svg", "--layout", "twopi"}).code == 64);
  CHECK(e2e::run({"render", d / "g.json", "-o", d / "x.svg", "--types", "robot"}).code == 64);
}

TEST_CASE("cli: render to an unwritable path is exit 73 and leaves nothing behind") {
  Dir d;
  const auto r = e2e::run({"render", d / "g.json", "-o", d / "missing/dir/fig.svg"});
  CHECK(r.code == 73);
  CHECK(r.err.rfind("stakegraph: error: ", 0) == 0);
  CHECK_FALSE(fs::exists(d / "missing"));
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(d.path)) files += e.is_regular_file() ? 1 : 0;
  CHECK(files == 1);  // only g.json
}

TEST_CASE("cli: render picks sfdp for a dense document and says so and honours --layout") {
  // One sentence of the factsheet lists 38 countries: a 40-node clique of
  // weight-1 co-mentions that dot needs tens of seconds for. --min-weight 0
  // keeps every co-mention (whether the automatic threshold thins them
  // depends on how many stated relations the extractor finds).
  Dir d;
  const std::string doc =
      std::string(STAKEGRAPH_FIXTURES_DIR) + "/extraction/declaration-factsheet.txt";
  REQUIRE(e2e::run({"-q", "extract", doc, "-o", d / "fs.json"}).code == 0);
  const auto r = e2e::run(
      {"render", d / "fs.json", "-o", d / "fs.svg", "--timeout", "30", "--min-weight", "0"});
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(r.err.find("layout: sfdp (") != std::string::npos);
  CHECK(r.err.find("> budget") != std::string::npos);
  const std::string svg = e2e::slurp(d / "fs.svg");
  CHECK(svg.find("</svg>") != std::string::npos);
  // Colour groups, no cluster boxes: the one box is the legend's.
  CHECK(svg.find("<g id=\"legend\" class=\"cluster\">") != std::string::npos);
  CHECK(svg.find("class=\"cluster\"") == svg.rfind("class=\"cluster\""));
  // --quiet silences the line; an explicit layout is used as given.
  CHECK(e2e::run({"-q", "render", d / "fs.json", "-o", d / "q.dot"}).err.empty());
  const auto dot = e2e::run({"render", d / "fs.json", "-o", d / "fs.dot", "--layout", "dot"});
  CHECK(dot.code == 0);
  CHECK(dot.err.find("layout:") == std::string::npos);
  CHECK(e2e::slurp(d / "fs.dot").find("\"layout\"=\"dot\"") != std::string::npos);
  // A small graph stays with dot.
  const auto small = e2e::run({"render", d / "g.json", "-o", d / "g.svg"});
  CHECK(small.err.find("layout: dot (") != std::string::npos);
}
