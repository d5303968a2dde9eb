// The report pipeline (pipeline.hpp): extract, analyse, figures, exports and
// the report page computed in memory, then committed to a directory through a
// staging folder so that an error or a kill never leaves a half-written
// report. Staging inside the target directory keeps every rename on one file
// system (rename(2) is atomic only there); the protocol per file is the one of
// data::write_file_atomic (temporary file, fsync, rename, fsync of the
// directory), see ../shared/RELIABILITY-NOTES.md §3.4.
#include "stakegraph/cli/pipeline.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <set>

#include "stakegraph/data/exports.hpp"
#include "stakegraph/data/extract.hpp"
#include "stakegraph/data/files.hpp"
#include "stakegraph/data/graph_json.hpp"
#include "stakegraph/data/lexicon.hpp"
#include "stakegraph/data/paths.hpp"
#include "stakegraph/graph/error.hpp"

namespace stakegraph::cli {

namespace fs = std::filesystem;

namespace {

constexpr const char* kStagingPrefix = ".stakegraph-staging.";

std::string figure_title(render::View v) {
  switch (v) {
    case render::View::full: return "All stakeholders and their relations";
    case render::View::actors: return "Actors (organisations, persons, countries) and their ties";
    case render::View::clusters: return "Coordination clusters and the links between them";
    case render::View::ego: return "Ego network";
  }
  return "Figure";
}

std::string figure_path(render::View v, render::Format f) {
  return "figures/" + std::string(render::to_string(v)) + "." + std::string(render::to_string(f));
}

void check_options(const ReportOptions& o) {
  if (o.views.empty()) throw Error(ErrorKind::usage, "the report needs at least one figure view");
  if (std::find(o.formats.begin(), o.formats.end(), render::Format::svg) == o.formats.end())
    throw Error(ErrorKind::usage, "the report needs SVG figures (they are inlined in report.html)");
  for (const auto v : o.views)
    if (v == render::View::ego)
      throw Error(ErrorKind::usage, "the report draws full, actors and clusters views, not ego");
  if (!(o.render_timeout > 0.0 && o.render_timeout <= 3600.0))
    throw Error(ErrorKind::usage, "--timeout must be in (0, 3600] seconds");
  graph::validate(o.analysis);
}

std::string errno_text(int err) {
  return std::strerror(err);
}

// fsync of a directory, so the renames in it survive a power loss.
void sync_directory(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // best effort: the data itself is already fsynced
  const int rc = ::fsync(fd);
  const int err = errno;
  ::close(fd);
  if (rc != 0 && err != EINVAL)
    throw Error(ErrorKind::io, "fsync failed: " + errno_text(err), {dir});
}

// Staging folders of runs that were killed: the pid in the name is dead.
void remove_stale_staging(const fs::path& dir) {
  std::error_code ec;
  const std::string prefix = kStagingPrefix;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    const std::string rest = name.substr(prefix.size());
    const std::size_t dot = rest.find('.');
    if (dot == std::string::npos || dot == 0 || dot > 9) continue;
    if (!std::all_of(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(dot),
                     [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    const long pid = std::strtol(rest.substr(0, dot).c_str(), nullptr, 10);
    if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH) {
      std::error_code rm;
      fs::remove_all(entry.path(), rm);
    }
  }
}

}  // namespace

std::vector<std::string> bundled_documents() {
  std::vector<std::string> docs;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(data::default_corpus_dir(), ec))
    if (e.path().extension() == ".txt") docs.push_back(e.path().string());
  std::sort(docs.begin(), docs.end());
  if (docs.empty())
    throw Error(ErrorKind::missing, "no documents given and no .txt file in the bundled corpus",
                Location{data::default_corpus_dir(), 0, 0});
  return docs;
}

std::vector<std::string> report_file_names(const ReportOptions& options) {
  std::vector<std::string> names = {"graph.json", "graph.graphml",       "graph.gexf", "nodes.csv",
                                    "edges.csv",  "graph.nodelink.json", "graph.dot"};
  for (const auto v : options.views)
    for (const auto f : options.formats) names.push_back(figure_path(v, f));
  names.push_back("report.md");
  names.push_back("report.html");
  return names;
}

ReportOutputs make_report(const ReportOptions& options, const ReportProgress& progress) {
  check_options(options);
  const std::vector<std::string> paths =
      options.documents.empty() ? bundled_documents() : options.documents;
  // Steps: read and extract each document (streaming), the last batch,
  // analyse, each figure view, exports, report.
  const std::size_t total = paths.size() + 1 + 1 + options.views.size() + 2;
  std::size_t done = 0;
  // Announces the step that starts now; `done` counts the finished ones.
  const auto start = [&](std::string_view what) {
    if (progress) progress(what, done, total);
  };

  ReportOutputs out;
  const data::Lexicon lexicon = data::load_lexicons(options.lexicons, options.no_default_lexicons);
  data::ExtractOptions eo;
  eo.jobs = options.jobs;
  data::Extractor extractor(lexicon, eo);
  for (const auto& p : paths) {
    start("extracting " + fs::path(p).filename().string());
    extractor.add(data::read_document(p, options.read));
    ++done;
  }
  start("extracting");
  data::ExtractResult extracted = extractor.finish();
  ++done;
  for (auto& d : extracted.diagnostics) out.diagnostics.push_back(std::move(d));

  start("analysing");
  graph::StakeholderGraph g = graph::analysed_graph(extracted.graph, options.analysis);
  g.analysis() = graph::analyse(g, options.analysis);
  ++done;

  std::vector<render::ReportFigure> figures;
  for (const auto view : options.views) {
    start("figures: " + std::string(render::to_string(view)));
    render::ReportFigure fig;
    fig.title = figure_title(view);
    fig.view = std::string(render::to_string(view));
    render::FigureOptions fo;
    fo.view = view;
    fo.seed = options.analysis.seed;
    fo.limits.wall_seconds = options.render_timeout;
    fo.report_links = true;  // figure nodes link to their sections of report.html
    // One layout per view, rendered in every format.
    std::map<render::Format, std::string> drawn = render::render_figures(g, fo, options.formats);
    for (auto& [format, bytes] : drawn) {
      const std::string name = figure_path(view, format);
      switch (format) {
        case render::Format::svg:
          fig.svg = bytes;
          fig.svg_file = name;
          break;
        case render::Format::png: fig.png_file = name; break;
        case render::Format::pdf: fig.pdf_file = name; break;
        case render::Format::dot: break;
      }
      out.files[name] = std::move(bytes);
    }
    figures.push_back(std::move(fig));
    ++done;
  }

  start("exports");
  out.files["graph.json"] = data::write_graph_json(g);
  out.files["graph.graphml"] = data::write_graphml(g);
  out.files["graph.gexf"] = data::write_gexf(g);
  data::CsvTables csv = data::write_csv(g);
  out.files["nodes.csv"] = std::move(csv.nodes);
  out.files["edges.csv"] = std::move(csv.edges);
  out.files["graph.nodelink.json"] = data::write_node_link_json(g);
  out.files["graph.dot"] = data::write_dot(g);
  ++done;

  start("report");
  out.files["report.md"] = render::write_report_markdown(g, figures, options.page);
  out.files["report.html"] = render::write_report_html(g, figures, options.page);
  ++done;
  start("done");
  out.graph = std::move(g);
  return out;
}

void check_report_directory(const std::string& dir) {
  if (dir.empty()) throw Error(ErrorKind::cant_create, "the output directory name is empty");
  if (dir == "-")
    throw Error(ErrorKind::usage, "the report is a directory of files; -o - is not possible");
  struct stat st {};
  if (::stat(dir.c_str(), &st) == 0) {
    if (!S_ISDIR(st.st_mode)) throw Error(ErrorKind::cant_create, "not a directory", {dir});
    if (::access(dir.c_str(), W_OK | X_OK) != 0)
      throw Error(ErrorKind::cant_create, "cannot write: " + errno_text(errno), {dir});
    return;
  }
  if (errno != ENOENT) throw Error(ErrorKind::cant_create, errno_text(errno), {dir});
  fs::path parent = fs::path(dir).lexically_normal().parent_path();
  if (parent.empty()) parent = ".";
  if (::stat(parent.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
    throw Error(ErrorKind::cant_create, "parent directory does not exist: " + parent.string(),
                {dir});
  if (::access(parent.c_str(), W_OK | X_OK) != 0)
    throw Error(ErrorKind::cant_create,
                "cannot create in " + parent.string() + ": " + errno_text(errno), {dir});
}

std::string write_report(const ReportOutputs& outputs, const std::string& dir) {
  check_report_directory(dir);
  bool created = false;
  if (::mkdir(dir.c_str(), 0777) == 0) {
    created = true;
  } else if (errno != EEXIST) {
    throw Error(ErrorKind::cant_create, "cannot create directory: " + errno_text(errno), {dir});
  }
  const fs::path root(dir);
  remove_stale_staging(root);
  std::string pattern =
      (root / (std::string(kStagingPrefix) + std::to_string(::getpid()) + ".XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    const int err = errno;
    if (created) ::rmdir(dir.c_str());
    throw Error(ErrorKind::cant_create, "cannot create a staging folder: " + errno_text(err),
                {dir});
  }
  const fs::path staging(pattern);
  const auto abandon = [&] {
    std::error_code ec;
    fs::remove_all(staging, ec);
    if (created) fs::remove_all(root, ec);
  };

  // 1. Every file complete and fsynced in the staging folder.
  std::set<std::string> subdirs;
  try {
    for (const auto& [name, bytes] : outputs.files) {
      const fs::path rel(name);
      if (rel.has_parent_path() && subdirs.insert(rel.parent_path().string()).second)
        data::ensure_directory((staging / rel.parent_path()).string());
      try {
        data::write_file_atomic((staging / rel).string(), bytes);
      } catch (const Error& e) {
        // Name the file the user asked for, not the staging path.
        throw Error(e.kind(), e.message(), {(root / rel).string()});
      }
    }
  } catch (...) {
    abandon();
    throw;
  }

  // 2. Rename into place (same file system: each rename is atomic).
  for (const auto& sub : subdirs) {
    std::error_code ec;
    fs::create_directories(root / sub, ec);
    if (ec) {
      abandon();
      throw Error(ErrorKind::cant_create, "cannot create directory: " + ec.message(),
                  {(root / sub).string()});
    }
  }
  for (const auto& [name, bytes] : outputs.files) {
    const fs::path from = staging / name, to = root / name;
    if (::rename(from.c_str(), to.c_str()) != 0) {
      const int err = errno;
      std::error_code ec;
      fs::remove_all(staging, ec);
      throw Error(err == EISDIR ? ErrorKind::cant_create : ErrorKind::io,
                  "cannot rename into place: " + errno_text(err), {to.string()});
    }
  }
  for (const auto& sub : subdirs) sync_directory((root / sub).string());
  sync_directory(dir);
  std::error_code ec;
  fs::remove_all(staging, ec);
  if (created) sync_directory(root.parent_path().empty() ? "." : root.parent_path().string());

  if (outputs.files.count("report.html")) return (root / "report.html").string();
  return outputs.files.empty() ? dir : (root / outputs.files.begin()->first).string();
}

}  // namespace stakegraph::cli
