// Reading and atomic writing of files, with the exit-code kinds of errors.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <stdexcept>

#include "stakegraph/data/files.hpp"
#include "stakegraph/graph/error.hpp"

using namespace stakegraph;
namespace fs = std::filesystem;

namespace {
fs::path scratch(const std::string& name) {
  fs::path p =
      fs::temp_directory_path() / ("stakegraph-test-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(p);
  fs::create_directories(p);
  return p;
}
// The number of entries in `dir`: an atomic write leaves no temporary.
int entries(const fs::path& dir) {
  int n = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    (void)e;
    ++n;
  }
  return n;
}
ErrorKind kind_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.kind();
  }
  FAIL("no error");
  return ErrorKind::internal;
}
}  // namespace

TEST_CASE("data: read_file reports missing files, directories and limits") {
  const fs::path dir = scratch("read");
  CHECK(kind_of([&] { data::read_file((dir / "nope.txt").string()); }) == ErrorKind::missing);
  CHECK(kind_of([&] { data::read_file(dir.string()); }) == ErrorKind::missing);
  std::ofstream(dir / "a.txt") << "hello";
  CHECK(data::read_file((dir / "a.txt").string()) == "hello");
  CHECK(kind_of([&] { data::read_file((dir / "a.txt").string(), 3); }) == ErrorKind::data);
  fs::remove_all(dir);
}

TEST_CASE("data: atomic write replaces the file and leaves no temporary file") {
  const fs::path dir = scratch("write");
  const std::string target = (dir / "out.json").string();
  data::write_file_atomic(target, "first");
  data::write_file_atomic(target, "second");
  CHECK(data::read_file(target) == "second");
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("data: streamed atomic write joins the pieces and keeps the old file on failure") {
  const fs::path dir = scratch("stream");
  const std::string target = (dir / "out.json").string();
  data::write_file_atomic_streamed(target, [](const data::ByteSink& sink) {
    sink("first ");
    sink("");
    sink("second");
  });
  CHECK(data::read_file(target) == "first second");
  // A producer that fails halfway leaves the previous file and no temporary.
  CHECK_THROWS_AS(data::write_file_atomic_streamed(target,
                                                   [](const data::ByteSink& sink) {
                                                     sink("partial");
                                                     throw std::runtime_error("failed");
                                                   }),
                  std::runtime_error);
  CHECK(data::read_file(target) == "first second");
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("data: atomic write into a missing directory is cant_create and creates nothing") {
  const fs::path dir = scratch("missing");
  CHECK(kind_of([&] { data::write_file_atomic((dir / "no" / "x.svg").string(), "x"); }) ==
        ErrorKind::cant_create);
  CHECK_FALSE(fs::exists(dir / "no"));
  CHECK(kind_of([&] { data::write_file_atomic(dir.string(), "x"); }) == ErrorKind::cant_create);
  fs::remove_all(dir);
}

TEST_CASE("data: atomic write replaces a symlink instead of writing through it") {
  const fs::path dir = scratch("link");
  std::ofstream(dir / "victim.txt") << "keep";
  fs::create_symlink(dir / "victim.txt", dir / "out.txt");
  data::write_file_atomic((dir / "out.txt").string(), "new");
  CHECK(data::read_file((dir / "victim.txt").string()) == "keep");
  CHECK_FALSE(fs::is_symlink(dir / "out.txt"));
  CHECK(data::read_file((dir / "out.txt").string()) == "new");
  fs::remove_all(dir);
}

TEST_CASE("data: sha256 matches the FIPS 180-4 test vectors") {
  CHECK(data::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(data::sha256_hex("abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(data::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(data::sha256_hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("data: sha256 with the SHA extensions equals the portable code at every length") {
  // Lengths around the padding boundaries of one and two blocks and beyond;
  // on a CPU without SHA-NI both sides run the portable code.
  std::string bytes;
  for (int i = 0; i < 5000; ++i) bytes += static_cast<char>((i * 131 + 7) % 251);
  for (std::size_t n = 0; n <= 300; ++n) {
    const std::string_view part(bytes.data(), n);
    REQUIRE(data::sha256_hex(part) == data::sha256_hex_portable(part));
  }
  // Expected values from Python's hashlib on the same bytes.
  CHECK(data::sha256_hex(bytes) ==
        "0e817a2038de932a47c11cef130c00f3a7530f81ac79558c9b26d86d46e11410");
  CHECK(data::sha256_hex_portable(std::string_view(bytes).substr(0, 119)) ==
        "b51f2c1e02e208228bafda3bc6f9a8e6ffacf75f0301d8269842aae671c9b339");
  CHECK(data::sha256_hex_portable(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}
