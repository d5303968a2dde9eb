// Test helper: writes report.html and report.md for a stakegraph/1 graph and
// a list of SVG figures, the way the `report` subcommand will once figures
// are rendered in the same run:
//   make_report GRAPH.json OUTDIR [TITLE=VIEW=FILE.svg]...
// Each figure's SVG is copied to OUTDIR/figures/VIEW.svg and referenced by
// that relative name. Used by tests/scripts/check_report_browser.py.
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "stakegraph/data/files.hpp"
#include "stakegraph/data/graph_json.hpp"
#include "stakegraph/render/report.hpp"

int main(int argc, char** argv) {
  using namespace stakegraph;
  if (argc < 3) {
    std::fprintf(stderr, "usage: make_report GRAPH.json OUTDIR [TITLE=VIEW=FILE.svg]...\n");
    return 64;
  }
  try {
    const auto g = data::load_graph_file(argv[1]);
    const std::string dir = argv[2];
    data::ensure_directory(dir + "/figures");
    std::vector<render::ReportFigure> figures;
    for (int i = 3; i < argc; ++i) {
      const std::string spec = argv[i];
      const auto a = spec.find('='), b = spec.find('=', a + 1);
      if (a == std::string::npos || b == std::string::npos) {
        std::fprintf(stderr, "make_report: bad figure spec %s\n", argv[i]);
        return 64;
      }
      render::ReportFigure f;
      f.title = spec.substr(0, a);
      f.view = spec.substr(a + 1, b - a - 1);
      f.svg = data::read_file(spec.substr(b + 1));
      f.svg_file = "figures/" + f.view + ".svg";
      data::write_file_atomic(dir + "/" + f.svg_file, f.svg);
      figures.push_back(std::move(f));
    }
    data::write_file_atomic(dir + "/report.html", render::write_report_html(g, figures));
    data::write_file_atomic(dir + "/report.md", render::write_report_markdown(g, figures));
  } catch (const Error& e) {
    std::fprintf(stderr, "make_report: %s\n", e.what());
    return exit_code(e.kind());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "make_report: %s\n", e.what());
    return 70;
  }
  return 0;
}
