// Loading and checking lexicons (lexicon.hpp; format in data/lexicon/README.md).
// Parsing goes through the strict JSON reader shared with the graph format
// (json_support.hpp), so malformed files, duplicate keys and unknown fields
// are rejected with file:line:col instead of being silently dropped.
#include "stakegraph/data/lexicon.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "json_support.hpp"
#include "stakegraph/data/files.hpp"
#include "stakegraph/data/paths.hpp"
#include "stakegraph/graph/error.hpp"
#include "stakegraph/graph/text.hpp"

namespace stakegraph::data {

namespace {

using json = nlohmann::json;

class LexiconReader {
 public:
  LexiconReader(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  [[noreturn]] void fail(const std::string& ptr, const std::string& what) const {
    detail::schema_error(text_, file_, ptr, what);
  }

  void only(const json& obj, const std::string& ptr,
            std::initializer_list<std::string_view> allowed) const {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
      if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
        fail(ptr + "/" + it.key(), "unknown field \"" + it.key() + "\"");
    }
  }

  std::string str(const json& obj, const std::string& key, const std::string& ptr,
                  bool required) const {
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) fail(ptr, "missing required field \"" + key + "\"");
      return {};
    }
    if (!it->is_string())
      fail(ptr + "/" + key, "expected a string, found " + std::string(it->type_name()));
    std::string s = it->get<std::string>();
    if (required && graph::alias_key(s).empty())
      fail(ptr + "/" + key, "must contain a letter or digit");
    return s;
  }

  std::vector<std::string> strings(const json& obj, const std::string& key,
                                   const std::string& ptr) const {
    std::vector<std::string> out;
    auto it = obj.find(key);
    if (it == obj.end()) return out;
    const std::string p = ptr + "/" + key;
    if (!it->is_array()) fail(p, "expected an array of strings");
    for (std::size_t i = 0; i < it->size(); ++i) {
      const json& v = (*it)[i];
      if (!v.is_string())
        fail(p + "/" + std::to_string(i), "expected a string, found " + std::string(v.type_name()));
      std::string s = v.get<std::string>();
      if (graph::alias_key(s).empty())
        fail(p + "/" + std::to_string(i), "must contain a letter or digit");
      out.push_back(std::move(s));
    }
    return out;
  }

  Lexicon read() const {
    const json root = detail::parse_json_strict(text_, file_, detail::JsonLimits{});
    if (!root.is_object()) fail("", "a lexicon must be a JSON object");
    only(root, "",
         {"schema", "description", "entities", "honorifics", "titles", "organisation_heads",
          "initiative_heads", "event_heads", "resolution_heads", "ignore", "forbid_merge"});
    const std::string schema = str(root, "schema", "", true);
    if (schema != kLexiconSchema)
      fail("/schema",
           "unknown schema \"" + schema + "\" (expected \"" + std::string(kLexiconSchema) + "\")");
    str(root, "description", "", false);
    Lexicon lex;
    lex.files.push_back(file_);
    auto ents = root.find("entities");
    if (ents == root.end()) fail("", "missing required field \"entities\"");
    if (!ents->is_array()) fail("/entities", "expected an array");
    for (std::size_t i = 0; i < ents->size(); ++i) {
      const std::string p = "/entities/" + std::to_string(i);
      const json& e = (*ents)[i];
      if (!e.is_object()) fail(p, "expected an object");
      only(e, p, {"type", "name", "acronyms", "aliases", "parent", "kind", "adjectives"});
      LexiconEntity ent;
      const std::string type = str(e, "type", p, true);
      const auto t = graph::parse_node_type(type);
      if (!t)
        fail(p + "/type", "unknown entity type \"" + type +
                              "\" (organisation, person, country, initiative, resolution, event)");
      ent.type = *t;
      ent.name = str(e, "name", p, true);
      ent.acronyms = strings(e, "acronyms", p);
      ent.aliases = strings(e, "aliases", p);
      ent.adjectives = strings(e, "adjectives", p);
      if (!ent.adjectives.empty() && ent.type != graph::NodeType::country)
        fail(p + "/adjectives", "adjectives are only allowed on countries");
      ent.parent = str(e, "parent", p, false);
      ent.kind = str(e, "kind", p, false);
      ent.file = file_;
      ent.pointer = p;
      lex.entities.push_back(std::move(ent));
    }
    lex.honorifics = strings(root, "honorifics", "");
    lex.titles = strings(root, "titles", "");
    lex.organisation_heads = strings(root, "organisation_heads", "");
    lex.initiative_heads = strings(root, "initiative_heads", "");
    lex.event_heads = strings(root, "event_heads", "");
    lex.resolution_heads = strings(root, "resolution_heads", "");
    lex.ignore = strings(root, "ignore", "");
    if (auto fm = root.find("forbid_merge"); fm != root.end()) {
      if (!fm->is_array()) fail("/forbid_merge", "expected an array");
      for (std::size_t i = 0; i < fm->size(); ++i) {
        const std::string p = "/forbid_merge/" + std::to_string(i);
        const json& f = (*fm)[i];
        if (!f.is_object()) fail(p, "expected an object");
        only(f, p, {"a", "b", "why"});
        lex.forbid_merge.push_back(
            {str(f, "a", p, true), str(f, "b", p, true), str(f, "why", p, false)});
      }
    }
    return lex;
  }

 private:
  std::string_view text_;
  const std::string& file_;
};

template <class T>
void append(std::vector<T>& a, std::vector<T>&& b) {
  a.insert(a.end(), std::make_move_iterator(b.begin()), std::make_move_iterator(b.end()));
}

std::vector<std::string> forms_of(const LexiconEntity& e) {
  std::vector<std::string> f{e.name};
  f.insert(f.end(), e.acronyms.begin(), e.acronyms.end());
  f.insert(f.end(), e.aliases.begin(), e.aliases.end());
  f.insert(f.end(), e.adjectives.begin(), e.adjectives.end());
  return f;
}

}  // namespace

Lexicon parse_lexicon(std::string_view text, const std::string& file) {
  return LexiconReader(text, file).read();
}

void merge_lexicon(Lexicon& base, Lexicon more) {
  std::map<std::pair<graph::NodeType, std::string>, std::size_t> index;
  for (std::size_t i = 0; i < base.entities.size(); ++i)
    index[{base.entities[i].type, graph::alias_key(base.entities[i].name)}] = i;
  for (auto& e : more.entities) {
    const auto key = std::make_pair(e.type, graph::alias_key(e.name));
    if (auto it = index.find(key); it != index.end()) {
      base.entities[it->second] = std::move(e);
    } else {
      index[key] = base.entities.size();
      base.entities.push_back(std::move(e));
    }
  }
  append(base.honorifics, std::move(more.honorifics));
  append(base.titles, std::move(more.titles));
  append(base.organisation_heads, std::move(more.organisation_heads));
  append(base.initiative_heads, std::move(more.initiative_heads));
  append(base.event_heads, std::move(more.event_heads));
  append(base.resolution_heads, std::move(more.resolution_heads));
  append(base.ignore, std::move(more.ignore));
  append(base.forbid_merge, std::move(more.forbid_merge));
  append(base.files, std::move(more.files));
}

void check_lexicon(const Lexicon& lex) {
  // Forbidden pairs by alias_key, both orders.
  std::set<std::pair<std::string, std::string>> forbidden;
  for (const auto& f : lex.forbid_merge) {
    forbidden.insert({graph::alias_key(f.a), graph::alias_key(f.b)});
    forbidden.insert({graph::alias_key(f.b), graph::alias_key(f.a)});
  }
  auto allowed = [&](const LexiconEntity& x, const LexiconEntity& y) {
    for (const auto& fx : forms_of(x))
      for (const auto& fy : forms_of(y))
        if (forbidden.count({graph::alias_key(fx), graph::alias_key(fy)}) != 0) return true;
    return false;
  };
  std::map<std::pair<graph::NodeType, std::string>, std::size_t> owner;
  for (std::size_t i = 0; i < lex.entities.size(); ++i) {
    const auto& e = lex.entities[i];
    std::set<std::string> own;
    for (const auto& f : forms_of(e)) own.insert(graph::alias_key(f));
    for (const auto& k : own) {
      auto [it, fresh] = owner.emplace(std::make_pair(e.type, k), i);
      if (fresh) continue;
      const auto& other = lex.entities[it->second];
      if (allowed(other, e)) continue;
      Location where{e.file, 0, 0};
      try {
        const std::string text = read_file(e.file);
        where = detail::pointer_location(text, e.file, e.pointer);
      } catch (const Error&) {
        // The file was read a moment ago; without it the file name alone is given.
      }
      throw ParseError("conflicting lexicon: \"" + e.name + "\" and \"" + other.name + "\" (" +
                           other.file + ") share the form \"" + k +
                           "\"; rename one or add a forbid_merge pair",
                       where);
    }
  }
}

std::vector<std::string> default_lexicon_files() {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(default_lexicon_dir(), ec)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

Lexicon load_lexicons(const std::vector<std::string>& user_files, bool no_defaults) {
  Lexicon lex;
  std::vector<std::string> files;
  if (!no_defaults) files = default_lexicon_files();
  files.insert(files.end(), user_files.begin(), user_files.end());
  for (const auto& f : files) merge_lexicon(lex, parse_lexicon(read_file(f, 16u << 20), f));
  check_lexicon(lex);
  return lex;
}

}  // namespace stakegraph::data
