// `stakegraph lexicon`: what the lexicons define (counts per type, the list),
// and `--check FILE` to validate one lexicon file for its author.
#include <iostream>
#include <map>
#include <sstream>

#include "commands.hpp"
#include "stakegraph/data/files.hpp"
#include "stakegraph/data/lexicon.hpp"

namespace stakegraph::cli {

namespace {

struct LexiconArgs {
  std::vector<std::string> lexicons;
  bool no_defaults = false;
  std::string check;
  bool list = false;
};

void run_lexicon(const LexiconArgs& a, GlobalOptions& global) {
  std::ostringstream out;
  if (!a.check.empty()) {
    auto lex = data::parse_lexicon(data::read_file(a.check, 16u << 20), a.check);
    data::check_lexicon(lex);
    out << a.check << ": ok, " << lex.entities.size() << " entities\n";
    data::write_file_atomic("-", out.str());
    return;
  }
  global.details.push_back("lexicons: " + describe_lexicons(a.lexicons, a.no_defaults));
  const auto lex = data::load_lexicons(a.lexicons, a.no_defaults);
  std::map<std::string, int> counts;
  for (const auto& e : lex.entities) ++counts[std::string(graph::to_string(e.type))];
  out << "files:";
  for (const auto& f : lex.files) out << ' ' << f;
  out << "\n";
  for (const auto& [t, n] : counts) out << t << ": " << n << "\n";
  out << "honorifics: " << lex.honorifics.size() << "\ntitles: " << lex.titles.size()
      << "\norganisation_heads: " << lex.organisation_heads.size()
      << "\ninitiative_heads: " << lex.initiative_heads.size()
      << "\nevent_heads: " << lex.event_heads.size()
      << "\nresolution_heads: " << lex.resolution_heads.size() << "\nignore: " << lex.ignore.size()
      << "\nforbid_merge: " << lex.forbid_merge.size() << "\n";
  if (a.list) {
    for (const auto& e : lex.entities) {
      out << graph::to_string(e.type) << '\t' << e.name;
      for (const auto& x : e.acronyms) out << '\t' << x;
      out << '\n';
    }
  }
  data::write_file_atomic("-", out.str());
}

}  // namespace

void add_lexicon(CLI::App& app, GlobalOptions& global, Action& action) {
  auto args = std::make_shared<LexiconArgs>();
  auto* cmd = app.add_subcommand("lexicon", "Show or check the lexicons the extractor uses");
  cmd->footer(
      "Examples:\n"
      "  stakegraph lexicon                      counts per type of the shipped lexicons\n"
      "  stakegraph lexicon --list --lexicon mine.json\n"
      "  stakegraph lexicon --check mine.json    validate one file (exit 65 with FILE:LINE:COL)\n"
      "  cat mine.json | stakegraph lexicon --check -\n\n" +
      std::string(kExitCodeHelp));
  cmd->add_option("--lexicon", args->lexicons, "an extra lexicon file (repeatable)");
  cmd->add_flag("--no-default-lexicons", args->no_defaults, "do not load the shipped lexicons");
  cmd->add_flag("--list", args->list, "list every entity (type, name, acronyms; tab-separated)");
  cmd->add_option("--check", args->check, "validate one lexicon file and exit");
  cmd->callback(
      [args, &global, &action] { action = [args, &global] { run_lexicon(*args, global); }; });
}

}  // namespace stakegraph::cli
