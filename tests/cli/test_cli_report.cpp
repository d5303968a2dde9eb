// End-to-end `stakegraph report` (the README's main command) and the
// conventions every subcommand shares: every listed file written and valid
// (xmllint for SVG, signatures for PNG and PDF, graph.json read back),
// byte-identical output across runs, LC_ALL, TZ and working directory, the
// exit codes 64/65/66/70/73/74 with one error line and no output left behind,
// --help with examples and exit codes, the progress bar only on a terminal,
// --quiet and --verbose. Also the library API (make_report, write_report).
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "e2e.hpp"
#include "stakegraph/cli/pipeline.hpp"
#include "stakegraph/data/graph_json.hpp"
#include "stakegraph/graph/error.hpp"

namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& tag) {
    static int counter = 0;
    path = fs::temp_directory_path() / ("sg-report-" + tag + "-" + std::to_string(::getpid()) +
                                        "-" + std::to_string(counter++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path, ec);
  }
  std::string operator/(const std::string& name) const { return (path / name).string(); }
};

std::size_t lines(const std::string& s) {
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

std::vector<std::string> listed_files() {
  return stakegraph::cli::report_file_names(stakegraph::cli::ReportOptions{});
}

// Everything below `dir`, as relative paths.
std::set<std::string> tree(const fs::path& dir) {
  std::set<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec))
    out.insert(fs::relative(e.path(), dir).string());
  return out;
}

bool has_command(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

}  // namespace

TEST_CASE("cli: report on the bundled summary writes every listed file, valid and deterministic") {
  TempDir d("main");
  const std::string out = d / "out";
  const auto r = e2e::run({"report", "-o", out});
  REQUIRE(r.code == 0);
  // Not a terminal: no progress bar, just the one notice.
  CHECK(lines(r.err) == 1);
  CHECK(starts_with(r.err, "stakegraph: report written to " + out + "/report.html ("));
  CHECK(r.err.find(" nodes, ") != std::string::npos);
  CHECK(r.err.find(" clusters)") != std::string::npos);
  CHECK(r.out.empty());

  std::set<std::string> want;
  for (const auto& name : listed_files()) {
    want.insert(name);
    CHECK_MESSAGE(fs::file_size(d.path / "out" / name) > 100, name);
  }
  want.insert("figures");
  CHECK(tree(d.path / "out") == want);  // nothing else: no staging or temporary file left

  for (const char* view : {"full", "actors", "clusters"}) {
    const std::string base = out + "/figures/" + view;
    CHECK_MESSAGE(std::system(("xmllint --noout " + e2e::quote(base + ".svg")).c_str()) == 0, view);
    CHECK(e2e::slurp(base + ".png").substr(0, 8) == "\x89PNG\r\n\x1a\n");
    const std::string pdf = e2e::slurp(base + ".pdf");
    CHECK(pdf.substr(0, 5) == "%PDF-");
    CHECK(pdf.find("%%EOF") != std::string::npos);
  }
  for (const char* xml : {"graph.graphml", "graph.gexf"})
    CHECK(std::system(("xmllint --noout " + e2e::quote(out + "/" + xml)).c_str()) == 0);

  const auto g = stakegraph::data::load_graph_file(out + "/graph.json");
  REQUIRE(g.analysis());
  CHECK(g.node_count() > 50);
  CHECK(!g.analysis()->clusters.empty());
  CHECK(r.err.find("(" + std::to_string(g.node_count()) + " nodes, " +
                   std::to_string(g.edge_count()) + " edges, " +
                   std::to_string(g.analysis()->clusters.size()) + " clusters)") !=
        std::string::npos);

  const std::string html = e2e::slurp(out + "/report.html");
  CHECK(std::count(html.begin(), html.end(), '<') > 1000);
  std::size_t svgs = 0;
  for (auto p = html.find("<svg"); p != std::string::npos; p = html.find("<svg", p + 1)) ++svgs;
  CHECK(svgs >= 3);
  CHECK(html.find("src=\"http") == std::string::npos);
  const std::string md = e2e::slurp(out + "/report.md");
  for (const char* view : {"full", "actors", "clusters"})
    CHECK(md.find(std::string("figures/") + view + ".svg") != std::string::npos);

  // A second run from another working directory with another locale and time
  // zone, into a relative directory name: the same bytes, PDF included.
  TempDir other("cwd");
  const auto r2 = e2e::run({"report", "-o", "again"},
                           "cd " + e2e::quote(other.path.string()) +
                               " && LC_ALL=C.UTF-8 LANG=de_DE.UTF-8 TZ=Pacific/Kiritimati");
  REQUIRE(r2.code == 0);
  CHECK(starts_with(r2.err, "stakegraph: report written to again/report.html"));
  for (const auto& name : listed_files()) {
    CHECK_MESSAGE(e2e::slurp(d.path / "out" / name) == e2e::slurp(other.path / "again" / name),
                  name, " differs between runs");
  }
}

TEST_CASE("cli: report replaces an existing report and keeps unrelated files") {
  TempDir d("replace");
  fs::create_directories(d.path / "out");
  std::ofstream(d.path / "out" / "notes.txt") << "mine";
  std::ofstream(d.path / "out" / "report.html") << "old";
  const auto r = e2e::run({"report", "-o", d / "out", "--quiet"});
  REQUIRE(r.code == 0);
  CHECK(r.err.empty());
  CHECK(e2e::slurp(d.path / "out" / "notes.txt") == "mine");
  CHECK(e2e::slurp(d.path / "out" / "report.html").size() > 1000);
}

TEST_CASE("cli: report into a missing parent directory exits 73 and creates nothing") {
  TempDir d("missing");
  const auto r = e2e::run({"report", "-o", d / "no/such/dir"});
  CHECK(r.code == 73);
  CHECK(lines(r.err) == 1);
  CHECK(starts_with(r.err, "stakegraph: error: " + d / "no/such/dir" + ": "));
  CHECK(tree(d.path).empty());
}

TEST_CASE("cli: report below a regular file exits 73 and creates nothing") {
  TempDir d("file");
  std::ofstream(d.path / "plain") << "x";
  for (const std::string& target : {d / "plain", d / "plain/out"}) {
    const auto r = e2e::run({"report", "-o", target});
    CHECK(r.code == 73);
    CHECK(lines(r.err) == 1);
  }
  CHECK(tree(d.path) == std::set<std::string>{"plain"});
}

TEST_CASE("cli: report into an unwritable directory exits 73 and leaves it empty") {
  TempDir d("readonly");
  fs::create_directories(d.path / "ro");
  fs::permissions(d.path / "ro", fs::perms::owner_read | fs::perms::owner_exec |
                                     fs::perms::group_read | fs::perms::group_exec |
                                     fs::perms::others_read | fs::perms::others_exec);
  std::string prefix;
  if (::geteuid() == 0) {
    // root writes anywhere: run as nobody (setpriv, util-linux) instead.
    if (!has_command("setpriv")) {
      MESSAGE("skipped: running as root and setpriv is missing");
      return;
    }
    prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups";
  }
  for (const std::string& target : {d / "ro", d / "ro/sub"}) {
    const auto r = e2e::run({"report", "-o", target}, prefix);
    CHECK(r.code == 73);
    CHECK(lines(r.err) == 1);
    CHECK(r.err.find("stakegraph: error: " + target) == 0);
  }
  CHECK(tree(d.path / "ro").empty());
}

TEST_CASE("cli: a write error during report exits 74 and leaves the old report untouched") {
  TempDir d("efbig");
  fs::create_directories(d.path / "out");
  std::ofstream(d.path / "out" / "report.html") << "old report";
  // RLIMIT_FSIZE of 64 KiB with SIGXFSZ ignored: write(2) fails with EFBIG on
  // the first larger file.
  const auto r = e2e::run({"report", "-o", d / "out"}, "trap '' XFSZ; ulimit -f 128;");
  CHECK(r.code == 74);
  CHECK(lines(r.err) == 1);
  CHECK(starts_with(r.err, "stakegraph: error: " + d / "out/"));
  CHECK(r.err.find("File too large") != std::string::npos);
  CHECK(tree(d.path / "out") == std::set<std::string>{"report.html"});
  CHECK(e2e::slurp(d.path / "out" / "report.html") == "old report");

  // A new directory is removed again.
  const auto r2 = e2e::run({"report", "-o", d / "new"}, "trap '' XFSZ; ulimit -f 128;");
  CHECK(r2.code == 74);
  CHECK(!fs::exists(d.path / "new"));
}

TEST_CASE("cli: export past the file-size limit exits 74 and leaves no file") {
  TempDir d("export-efbig");
  const auto made = e2e::run({"extract", "-o", d / "g.json"});
  REQUIRE(made.code == 0);
  const auto r =
      e2e::run({"export", d / "g.json", "-o", d / "big.graphml"}, "trap '' XFSZ; ulimit -f 1;");
  CHECK(r.code == 74);
  CHECK(lines(r.err) == 1);
  CHECK(starts_with(r.err, "stakegraph: error: " + d / "big.graphml"));
  CHECK(tree(d.path) == std::set<std::string>{"g.json"});
}

TEST_CASE("cli: report exit codes 64 65 66 and 70 with one line and no directory") {
  TempDir d("codes");
  const char nul[] = "First paragraph.\n\nA NUL \0 here.\n";
  std::ofstream(d.path / "nul.txt") << std::string(nul, sizeof nul - 1);
  struct Case {
    std::vector<std::string> args;
    int code;
    std::string where;  // the error line starts with "stakegraph: error: " + where
  };
  const std::vector<Case> cases = {
      {{"report", "--no-such-flag", "-o", d / "out"}, 64, ""},
      {{"report", "--runs", "0", "-o", d / "out"}, 64, ""},
      {{"report", "-o", "-"}, 64, ""},
      {{"report", d / "nul.txt", "-o", d / "out"}, 65, d / "nul.txt:3:7: "},
      {{"report", d / "absent.txt", "-o", d / "out"}, 66, d / "absent.txt"},
      {{"report", "--lexicon", d / "absent.json", "-o", d / "out"}, 66, d / "absent.json"},
      {{"report", "--timeout", "0.001", "-o", d / "out"}, 70, ""},
  };
  for (const auto& c : cases) {
    const auto r = e2e::run(c.args);
    std::string cmd;
    for (const auto& a : c.args) cmd += a + " ";
    CHECK_MESSAGE(r.code == c.code, cmd, r.err);
    CHECK_MESSAGE(lines(r.err) == 1, cmd, r.err);
    CHECK_MESSAGE(starts_with(r.err, "stakegraph: error: " + c.where), cmd, r.err);
    CHECK_MESSAGE(!fs::exists(d.path / "out"), cmd);
  }
}

TEST_CASE("cli: render timeout exits 70 with Graphviz details only under --verbose") {
  TempDir d("timeout");
  REQUIRE(e2e::run({"extract", "-o", d / "g.json"}).code == 0);
  const auto r = e2e::run({"render", d / "g.json", "-o", d / "f.svg", "--timeout", "0.001"});
  CHECK(r.code == 70);
  CHECK(lines(r.err) == 1);
  CHECK(r.err.find("stakegraph: error: ") == 0);
  CHECK(!fs::exists(d.path / "f.svg"));
}

TEST_CASE("cli: --verbose adds the lexicon files after the error line") {
  TempDir d("verbose");
  std::ofstream(d.path / "bad.json")
      << "{\"schema\": \"stakegraph-lexicon/1\",\n  \"entities\": [}\n";
  const auto quiet = e2e::run({"extract", "--lexicon", d / "bad.json", "-o", d / "g.json"});
  CHECK(quiet.code == 65);
  CHECK(lines(quiet.err) == 1);
  CHECK(starts_with(quiet.err, "stakegraph: error: " + d / "bad.json:2:"));
  const auto loud = e2e::run({"extract", "--lexicon", d / "bad.json", "-o", d / "g.json", "-v"});
  CHECK(loud.code == 65);
  CHECK(lines(loud.err) == 2);
  CHECK(starts_with(loud.err, quiet.err));
  CHECK(loud.err.find("stakegraph: lexicons: ") != std::string::npos);
  CHECK(loud.err.find(d / "bad.json\n") != std::string::npos);
  CHECK(!fs::exists(d.path / "g.json"));
}

TEST_CASE("cli: every subcommand's --help exits 0 with examples and the exit codes") {
  for (const char* sub : {"extract", "lexicon", "analyse", "render", "export", "report"}) {
    const auto r = e2e::run({sub, "--help"});
    CHECK_MESSAGE(r.code == 0, sub);
    CHECK_MESSAGE(r.out.find("Examples:") != std::string::npos, sub);
    CHECK_MESSAGE(r.out.find("Exit codes: 0 success; 64 usage; 65") != std::string::npos, sub);
    CHECK_MESSAGE(r.out.find("74 I/O error") != std::string::npos, sub);
  }
  const auto top = e2e::run({"--help"});
  CHECK(top.code == 0);
  CHECK(top.out.find("report") != std::string::npos);
  CHECK(top.out.find("Exit codes:") != std::string::npos);
}

TEST_CASE("cli: - reads standard input and writes standard output") {
  TempDir d("stdio");
  const std::string summary = STAKEGRAPH_SOURCE_DIR "/data/corpus/chairs-summary-2007.txt";
  const auto ex = e2e::run({"extract", "-"}, "", "< " + e2e::quote(summary));
  REQUIRE(ex.code == 0);
  std::ofstream(d.path / "g.json") << ex.out;
  const auto svg = e2e::run({"render", "-", "-o", "-", "--format", "svg", "--view", "clusters"}, "",
                            "< " + e2e::quote(d / "g.json"));
  CHECK(svg.code == 0);
  CHECK(svg.out.find("<svg") != std::string::npos);
  CHECK(svg.err.empty());
  const auto no_format = e2e::run({"render", d / "g.json", "-o", "-"});
  CHECK(no_format.code == 64);
  const auto rep =
      e2e::run({"report", "-", "-o", d / "out", "--quiet"}, "", "< " + e2e::quote(summary));
  CHECK(rep.code == 0);
  CHECK(fs::exists(d.path / "out" / "report.html"));
  CHECK(e2e::slurp(d.path / "out" / "report.md").find("stdin") != std::string::npos);
}

TEST_CASE("cli: a progress bar only when stderr is a terminal") {
  TempDir d("progress");
  // Not a terminal: extract prints nothing at all.
  const auto plain = e2e::run({"extract", "-o", d / "g.json"});
  CHECK(plain.code == 0);
  CHECK(plain.err.empty());
  if (!has_command("script")) {
    MESSAGE("skipped the terminal half: script (util-linux) is missing");
    return;
  }
  // script(1) gives the command a pseudo-terminal; its output is the
  // terminal's, captured in the typescript file.
  {
    const std::string log = d / "extract.log";
    const std::string cmd =
        std::string(STAKEGRAPH_EXE) + " extract -o " + e2e::quote(d / "g2.json");
    CHECK(std::system(("script -qec " + e2e::quote(cmd) + " " + e2e::quote(log) +
                       " </dev/null >/dev/null 2>&1")
                          .c_str()) == 0);
    const std::string tty = e2e::slurp(log);
    CHECK(tty.find("] 0/1 extracting chairs-summary-2007.txt") != std::string::npos);
    CHECK(tty.find("extracting") != std::string::npos);
    CHECK(e2e::slurp(d / "g2.json") == e2e::slurp(d / "g.json"));
  }
  for (const bool quiet : {false, true}) {
    const std::string log = d / (quiet ? "quiet.log" : "tty.log");
    std::string cmd = std::string(STAKEGRAPH_EXE) + " report -o " + e2e::quote(d / "out") +
                      (quiet ? " --quiet" : "");
    const int rc = std::system(
        ("script -qec " + e2e::quote(cmd) + " " + e2e::quote(log) + " </dev/null >/dev/null 2>&1")
            .c_str());
    CHECK(rc == 0);
    const std::string tty = e2e::slurp(log);
    if (quiet) {
      CHECK(tty.find("stakegraph: [") == std::string::npos);
      CHECK(tty.find("report written") == std::string::npos);
    } else {
      CHECK(tty.find("stakegraph: [") != std::string::npos);
      CHECK(tty.find("figures: actors") != std::string::npos);
      CHECK(tty.find("\r\x1b[K") != std::string::npos);  // the bar is erased again
      CHECK(tty.find("report written to") != std::string::npos);
    }
  }
}

TEST_CASE("cli: make_report returns exactly the listed files and write_report commits them") {
  stakegraph::cli::ReportOptions o;
  o.views = {stakegraph::render::View::clusters};
  o.formats = {stakegraph::render::Format::svg};
  std::vector<std::string> steps;
  std::size_t last_done = 0, last_total = 0;
  const auto out = stakegraph::cli::make_report(
      o, [&](std::string_view step, std::size_t done, std::size_t total) {
        steps.emplace_back(step);
        CHECK(done >= last_done);
        last_done = done;
        last_total = total;
      });
  CHECK(last_done == last_total);
  CHECK(steps.back() == "done");
  CHECK(std::find(steps.begin(), steps.end(), "figures: clusters") != steps.end());
  std::vector<std::string> names;
  for (const auto& [name, bytes] : out.files) names.push_back(name);
  auto want = stakegraph::cli::report_file_names(o);
  std::sort(want.begin(), want.end());
  CHECK(names == want);
  CHECK(out.graph.analysis());

  TempDir d("lib");
  const std::string page = stakegraph::cli::write_report(out, d / "r");
  CHECK(page == d / "r/report.html");
  CHECK(e2e::slurp(page) == out.files.at("report.html"));
  CHECK(e2e::slurp(d.path / "r" / "figures" / "clusters.svg") ==
        out.files.at("figures/clusters.svg"));
}

TEST_CASE("cli: write_report that fails while staging changes nothing in the directory") {
  TempDir d("staging");
  fs::create_directories(d.path / "r");
  std::ofstream(d.path / "r" / "a.txt") << "old";
  stakegraph::cli::ReportOutputs out;
  out.files["a.txt"] = "new";
  out.files["a.txt/b"] = "cannot exist: a.txt is a file";  // staging fails on this one
  try {
    stakegraph::cli::write_report(out, d / "r");
    FAIL("write_report did not throw");
  } catch (const stakegraph::Error& e) {
    CHECK(e.kind() == stakegraph::ErrorKind::cant_create);
  }
  CHECK(tree(d.path / "r") == std::set<std::string>{"a.txt"});
  CHECK(e2e::slurp(d.path / "r" / "a.txt") == "old");
  // A directory the call created is removed again.
  CHECK_THROWS_AS(stakegraph::cli::write_report(out, d / "fresh"), stakegraph::Error);
  CHECK(!fs::exists(d.path / "fresh"));
}
