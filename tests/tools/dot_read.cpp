// Test helper: reads a DOT file with Graphviz's own parser (cgraph agmemread,
// no layout) and prints what it understood, one tab-separated record a line,
// with tab, newline and backslash written as \t, \n, \\:
//   node <name> <label> <type> <cluster>
//   edge <tail> <head> <type> <weight> <dir>
// The export tests compare this with the graph that was exported, so the DOT
// writer's quoting is checked by the reader that matters (RELIABILITY-NOTES
// §2.3, E7). Exit 1 when the text does not parse.
#include <graphviz/cgraph.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string field(const char* s) {
  std::string out;
  for (const char* p = s ? s : ""; *p; ++p) {
    if (*p == '\t') {
      out += "\\t";
    } else if (*p == '\n') {
      out += "\\n";
    } else if (*p == '\\') {
      out += "\\\\";
    } else {
      out += *p;
    }
  }
  return out;
}

std::string attr(void* obj, const char* name) {
  char* v = agget(obj, const_cast<char*>(name));
  return field(v);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: dot_read FILE.dot\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  Agraph_t* g = agmemread(text.str().c_str());
  if (!g) {
    std::fprintf(stderr, "dot_read: %s does not parse\n", argv[1]);
    return 1;
  }
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    std::printf("node\t%s\t%s\t%s\t%s\n", field(agnameof(n)).c_str(), attr(n, "label").c_str(),
                attr(n, "type").c_str(), attr(n, "cluster").c_str());
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e))
      std::printf("edge\t%s\t%s\t%s\t%s\t%s\n", field(agnameof(agtail(e))).c_str(),
                  field(agnameof(aghead(e))).c_str(), attr(e, "type").c_str(),
                  attr(e, "weight").c_str(), attr(e, "dir").c_str());
  }
  agclose(g);
  return 0;
}
