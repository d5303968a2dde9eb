// End-to-end: `stakegraph extract` and `stakegraph lexicon` on the bundled
// summary and on each bad input: exit code, exactly one error line, and no
// output file left behind.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "e2e.hpp"

namespace fs = std::filesystem;

namespace {

fs::path scratch() {
  static int n = 0;
  fs::path p = fs::temp_directory_path() /
               ("sg-extract-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
  fs::remove_all(p);
  fs::create_directories(p);
  return p;
}

void write(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

int lines(const std::string& s) {
  return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

// Runs extract on `input` with -o into a scratch folder; checks the failure.
void expect_failure(const std::vector<std::string>& args, int code, const std::string& words) {
  const auto dir = scratch();
  auto a = args;
  a.insert(a.begin(), "extract");
  a.push_back("-o");
  a.push_back((dir / "out.json").string());
  const auto r = e2e::run(a);
  CHECK(r.code == code);
  CHECK(r.err.rfind("stakegraph: error: ", 0) == 0);
  CHECK(lines(r.err) == 1);
  CHECK_MESSAGE(r.err.find(words) != std::string::npos, r.err);
  CHECK(fs::is_empty(dir));
  fs::remove_all(dir);
}

}  // namespace

TEST_CASE("cli: extract on the bundled corpus writes a stakegraph/1 graph") {
  const auto dir = scratch();
  const auto out = dir / "g.json";
  const auto r = e2e::run({"extract", "-o", out.string()});
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  const std::string g = e2e::slurp(out);
  CHECK(g.find("\"schema\": \"stakegraph/1\"") != std::string::npos);
  CHECK(g.find("organisation:united-nations-office-on-drugs-and-crime") != std::string::npos);
  CHECK(g.find("\"merges\"") != std::string::npos);
  // Same output for one and for several jobs, and on standard output.
  const auto r1 = e2e::run({"extract", "--jobs", "1"});
  const auto r3 = e2e::run({"extract", "--jobs", "3"});
  CHECK(r1.code == 0);
  CHECK(r1.out == g);
  CHECK(r3.out == g);
  fs::remove_all(dir);
}

TEST_CASE("cli: extract rejects bad documents with one line and no output") {
  const auto dir = scratch();
  write(dir / "empty.txt", "");
  write(dir / "pdf.txt", "%PDF-1.4\nbinary");
  write(dir / "bad.txt", "good\nbad \xC0\xAF here\n");
  write(dir / "nul.txt", std::string("ab\0cd", 5));
  write(dir / "utf16.txt", std::string("\xFF\xFEh\0i\0", 6));
  fs::create_directories(dir / "folder");
  expect_failure({(dir / "missing.txt").string()}, 66, "missing.txt");
  expect_failure({(dir / "folder").string()}, 66, "folder");
  expect_failure({(dir / "empty.txt").string()}, 65, "no text");
  expect_failure({(dir / "pdf.txt").string()}, 65, "PDF");
  expect_failure({(dir / "bad.txt").string()}, 65, "bad.txt:2:5: invalid UTF-8 at byte offset 9");
  expect_failure({(dir / "nul.txt").string()}, 65, "NUL byte at byte offset 2");
  expect_failure({(dir / "utf16.txt").string()}, 65, "UTF-16");
  write(dir / "ok.txt", "First paragraph.\n\nSecond paragraph.\n");
  expect_failure({(dir / "ok.txt").string(), "--max-line-bytes", "3"}, 65,
                 "ok.txt:1:1: line is longer");
  expect_failure({(dir / "ok.txt").string(), "--max-paragraphs", "1"}, 65,
                 "ok.txt:3:1: more than 1");
  fs::remove_all(dir);
}

TEST_CASE("cli: --lenient accepts invalid UTF-8 with a warning") {
  const auto dir = scratch();
  write(dir / "bad.txt", "The UNODC met.\nbad \xC0\xAF here.\n");
  const auto r = e2e::run({"extract", "--lenient", (dir / "bad.txt").string()});
  CHECK(r.code == 0);
  CHECK(r.err.find("replaced 2 invalid") != std::string::npos);
  CHECK(r.out.find("united-nations-office-on-drugs-and-crime") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("cli: a malformed or conflicting lexicon is exit 65 with its position") {
  const auto dir = scratch();
  write(dir / "bad.json", "{\n  \"schema\": \"stakegraph-lexicon/1\",\n  \"entities\": [}\n");
  write(dir / "conflict.json",
        "{\"schema\": \"stakegraph-lexicon/1\", \"entities\": [\n"
        "{\"type\": \"organisation\", \"name\": \"Alpha Office\", \"acronyms\": [\"AO\"]},\n"
        "{\"type\": \"organisation\", \"name\": \"Beta Office\", \"acronyms\": [\"AO\"]}]}\n");
  expect_failure({"--lexicon", (dir / "bad.json").string()}, 65, "bad.json:3:");
  expect_failure({"--lexicon", (dir / "conflict.json").string()}, 65, "conflict.json:3:");
  const auto c = e2e::run({"lexicon", "--check", (dir / "conflict.json").string()});
  CHECK(c.code == 65);
  CHECK(c.err.find("Alpha Office") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("cli: lexicon lists counts per type") {
  const auto r = e2e::run({"lexicon"});
  CHECK(r.code == 0);
  CHECK(r.out.find("organisation: ") != std::string::npos);
  CHECK(r.out.find("country: ") != std::string::npos);
}

TEST_CASE("cli: a user lexicon adds an organisation the shipped ones do not know") {
  const auto dir = scratch();
  write(dir / "mine.json",
        "{\"schema\": \"stakegraph-lexicon/1\", \"entities\": [{\"type\": \"organisation\", "
        "\"name\": \"Zeta Collective\", \"acronyms\": [\"ZTC\"]}]}");
  write(dir / "doc.txt", "The meeting was attended by ZTC and UNICEF.\n");
  const auto r =
      e2e::run({"extract", (dir / "doc.txt").string(), "--lexicon", (dir / "mine.json").string()});
  CHECK(r.code == 0);
  CHECK(r.out.find("organisation:zeta-collective") != std::string::npos);
  fs::remove_all(dir);
}
