// Input and output files: POSIX reads with precise errors, and the atomic
// write protocol measured in RELIABILITY-NOTES §2.5 (0 torn files of 160
// kills): mkstemp in the target directory, write_all, fsync, close, rename,
// fsync of the directory; on any failure the temporary file is removed.
#include "stakegraph/data/files.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include "stakegraph/data/error.hpp"
#include "stakegraph/graph/error.hpp"

namespace stakegraph::data {

namespace {

std::string errno_text(int err) {
  return std::strerror(err);
}

void read_all(int fd, const std::string& path, std::size_t max_bytes, std::string& out) {
  std::vector<char> buf(1 << 16);
  for (;;) {
    const ssize_t n = ::read(fd, buf.data(), buf.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      if (err == EISDIR) throw Error(ErrorKind::missing, "is a directory, not a file", {path});
      throw Error(ErrorKind::io, "read error: " + errno_text(err), {path});
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::size_t>(n) > max_bytes)
      throw Error(ErrorKind::data,
                  "input larger than the limit of " + std::to_string(max_bytes) + " bytes", {path});
    out.append(buf.data(), static_cast<std::size_t>(n));
  }
}

void write_all(int fd, std::string_view bytes, const std::string& what) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw Error(ErrorKind::io, "write error: " + errno_text(errno), {what});
    }
    done += static_cast<std::size_t>(n);
  }
}

// Removes "<prefix><pid>.XXXXXX" files left by writers that were killed: a
// file whose pid no longer runs. Files of live writers are left alone.
void remove_stale_temporaries(const std::filesystem::path& dir, const std::string& prefix) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    const std::string rest = name.substr(prefix.size());
    const std::size_t dot = rest.find('.');
    if (dot == std::string::npos || dot == 0) continue;
    long pid = 0;
    bool digits = true;
    for (std::size_t i = 0; i < dot; ++i) {
      if (rest[i] < '0' || rest[i] > '9' || pid > 100000000) {
        digits = false;
        break;
      }
      pid = pid * 10 + (rest[i] - '0');
    }
    if (!digits || pid <= 0) continue;
    if (::kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH) ::unlink(entry.path().c_str());
  }
}

}  // namespace

Location location_of(const std::string& file, std::string_view text, std::size_t offset) {
  Location loc{file, 1, 1};
  if (offset > text.size()) offset = text.size();
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++loc.line;
      loc.column = 1;
    } else {
      ++loc.column;
    }
  }
  return loc;
}

std::string read_file(const std::string& path, std::size_t max_bytes) {
  std::string out;
  if (path == "-") {
    read_all(STDIN_FILENO, "<stdin>", max_bytes, out);
    return out;
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    const int err = errno;
    if (err == ENOENT || err == ENOTDIR) throw Error(ErrorKind::missing, "no such file", {path});
    throw Error(ErrorKind::missing, "cannot read: " + errno_text(err), {path});
  }
  if (S_ISDIR(st.st_mode)) throw Error(ErrorKind::missing, "is a directory, not a file", {path});
  if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > max_bytes)
    throw Error(ErrorKind::data,
                "input of " + std::to_string(st.st_size) + " bytes is larger than the limit of " +
                    std::to_string(max_bytes) + " bytes",
                {path});
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error(ErrorKind::missing, "cannot open: " + errno_text(errno), {path});
  if (S_ISREG(st.st_mode)) out.reserve(static_cast<std::size_t>(st.st_size));
  try {
    read_all(fd, path, max_bytes, out);
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
  return out;
}

void ensure_directory(const std::string& dir) {
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) return;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw Error(ErrorKind::cant_create, "cannot create directory: " + ec.message(), {dir});
}

void write_file_atomic(const std::string& path, std::string_view bytes) {
  write_file_atomic_streamed(path, [&](const ByteSink& sink) { sink(bytes); });
}

void write_file_atomic_streamed(const std::string& path,
                                const std::function<void(const ByteSink&)>& produce) {
  if (path == "-") {
    produce([](std::string_view bytes) { write_all(STDOUT_FILENO, bytes, "<stdout>"); });
    return;
  }
  namespace fs = std::filesystem;
  const fs::path target(path);
  fs::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::error_code ec;
  if (fs::is_directory(fs::symlink_status(target, ec)))
    throw Error(ErrorKind::cant_create, "is a directory", {path});
  if (!fs::is_directory(dir, ec))
    throw Error(ErrorKind::cant_create, "directory does not exist: " + dir.string(), {path});

  // Built with append: GCC 12's -Wrestrict misfires on "." + string (PR 105329).
  // The temporary name carries our pid so that leftovers of a killed writer
  // can be recognised and removed by the next successful write.
  std::string prefix(".");
  prefix.append(target.filename().string()).append(".tmp.");
  std::string leaf = prefix;
  leaf.append(std::to_string(::getpid())).append(".XXXXXX");
  const std::string tmpl = (dir / leaf).string();
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) throw Error(ErrorKind::cant_create, "cannot create: " + errno_text(errno), {path});
  const std::string tmp(name.data());
  try {
    ::fchmod(fd, 0644);
    produce([&](std::string_view bytes) { write_all(fd, bytes, path); });
    if (::fsync(fd) != 0) throw Error(ErrorKind::io, "fsync failed: " + errno_text(errno), {path});
    const int rc = ::close(fd);
    if (rc != 0) {
      ::unlink(tmp.c_str());
      throw Error(ErrorKind::io, "close failed: " + errno_text(errno), {path});
    }
  } catch (...) {
    ::close(fd);
    ::unlink(tmp.c_str());
    throw;
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    throw Error(err == EISDIR ? ErrorKind::cant_create : ErrorKind::io,
                "cannot rename into place: " + errno_text(err), {path});
  }
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  remove_stale_temporaries(dir, prefix);
}

}  // namespace stakegraph::data
