// Reading inputs and writing outputs safely. Reads map failures to exit codes
// 66 (missing, unreadable, a directory) and 74 (I/O error); writes are atomic
// (temporary file in the target directory, fsync, rename, fsync of the
// directory) and map failures to 73 (cannot create) or 74 (I/O error), so an
// error or a kill never leaves a half-written file and an existing output is
// replaced only on success. "-" means standard input or output.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace stakegraph::data {

inline constexpr std::size_t kUnlimited = static_cast<std::size_t>(-1);

// The whole content of `path` ("-" = standard input). Throws Error with kind
// missing (66) if it does not exist, is a directory or cannot be opened, io
// (74) on a read error, data (65) if it is larger than `max_bytes`.
std::string read_file(const std::string& path, std::size_t max_bytes = kUnlimited);

// Writes `bytes` to `path` atomically ("-" = standard output). Throws Error
// with kind cant_create (73) when the directory is missing or not writable,
// or the path is a directory; io (74) when a write, fsync or rename fails.
// A symbolic link at `path` is replaced by the new file, never written
// through.
void write_file_atomic(const std::string& path, std::string_view bytes);

// Receives an output's bytes in order, a piece at a time.
using ByteSink = std::function<void(std::string_view)>;

// write_file_atomic() of an output made in pieces, so that it is never held
// in memory whole: `produce` is called once with a sink that appends to the
// temporary file. If `produce` throws, the temporary file is removed and
// `path` is left as it was. Standard output ("-") receives the pieces as they
// come.
void write_file_atomic_streamed(const std::string& path,
                                const std::function<void(const ByteSink&)>& produce);

// Creates `dir` (and missing parents) if needed; throws cant_create (73).
void ensure_directory(const std::string& dir);

// Lower-case hex SHA-256 of `bytes` (FIPS 180-4). O(n); uses the x86 SHA
// extensions when the CPU has them.
std::string sha256_hex(std::string_view bytes);

// The same without the SHA extensions (what other CPUs run; for tests).
std::string sha256_hex_portable(std::string_view bytes);

}  // namespace stakegraph::data
