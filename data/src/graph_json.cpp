// stakegraph/1 reader and writer. nlohmann::json (std::map objects) sorts keys,
// which with sorted nodes and edges makes the output deterministic; the writer
// streams the document member by member with those same bytes (PrettyWriter).
// The reader walks the DOM with a JSON pointer in hand so that every schema
// error names the offending value's line and column.
#include "stakegraph/data/graph_json.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <map>
#include <memory>
#include <set>
#include <span>

#include "json_support.hpp"
#include "stakegraph/data/files.hpp"
#include "stakegraph/graph/text.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace stakegraph::data {

using graph::Analysis;
using graph::Document;
using graph::Edge;
using graph::Evidence;
using graph::Node;
using graph::StakeholderGraph;
using nlohmann::json;

namespace {

// ---------------------------------------------------------------- writing

// The writer's output: a growable byte buffer whose appends are inlined
// (std::string's appends are calls into libstdc++, and a graph's output is
// millions of short pieces: keys, ids, punctuation, indentation).
class Bytes {
 public:
  Bytes() { grow(std::size_t{64} << 10); }
  void append(const char* p, std::size_t n) {
    if (static_cast<std::size_t>(cap_ - end_) < n) grow(n);
    std::memcpy(end_, p, n);
    end_ += n;
  }
  void append(std::string_view s) { append(s.data(), s.size()); }
  void push(char c) {
    if (end_ == cap_) grow(1);
    *end_++ = c;
  }
  std::size_t size() const { return static_cast<std::size_t>(end_ - begin_); }
  std::string_view view() const { return {begin_, size()}; }
  void clear() { end_ = begin_; }

 private:
  void grow(std::size_t n) {
    const std::size_t used = size();
    const std::size_t cap = std::max<std::size_t>(2 * static_cast<std::size_t>(cap_ - begin_),
                                                  std::max<std::size_t>(used + n, 4096));
    auto storage = std::make_unique_for_overwrite<char[]>(cap);
    if (used > 0) std::memcpy(storage.get(), begin_, used);
    storage_ = std::move(storage);
    begin_ = storage_.get();
    end_ = begin_ + used;
    cap_ = begin_ + cap;
  }

  std::unique_ptr<char[]> storage_;
  char* begin_ = nullptr;
  char* end_ = nullptr;
  char* cap_ = nullptr;
};

// The bytes a JSON string copies as they are, by byte value: all but '"',
// '\\' and the controls below 0x20 (`any`), and of those the ASCII ones
// (`ascii`), which need no UTF-8 check either.
struct PlainBytes {
  std::array<bool, 256> any{}, ascii{};
  constexpr PlainBytes() {
    for (int c = 0x20; c < 0x100; ++c) {
      any[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
      ascii[static_cast<std::size_t>(c)] = c < 0x80 && any[static_cast<std::size_t>(c)];
    }
  }
};
constexpr PlainBytes kPlain{};

// Writes pretty-printed JSON (indent 2) one member at a time, with the bytes
// of nlohmann's dump(2) of the whole document: strings, integers and whole
// numbers are written as dump() writes them (tests compare the two), other
// values go through nlohmann's own serializer at the right indentation, and
// the containers around them are laid out as dump() lays them out ("{\n",
// members joined by ",\n", "\n" and the closing bracket; "{}" / "[]" when
// empty). The large arrays and maps of a graph (nodes, edges, per-node
// metrics) are thus written without ever holding them as one DOM: on a
// million edges that DOM took most of the writing time and a gigabyte of
// memory. Object members must be given in key order, as std::map-based json
// sorts them. (nlohmann::detail::serializer is the class behind
// basic_json::dump in nlohmann/json 3.11, the version this project pins.)
class PrettyWriter {
 public:
  // Hands the output to `sink` in pieces: whenever a chunk or more is
  // buffered at the start of a member or item, and the rest at finish().
  explicit PrettyWriter(const ByteSink& sink)
      : sink_(sink),
        serializer_(nlohmann::detail::output_adapter<char>(scratch_), ' ',
                    json::error_handler_t::replace) {}

  void end_line() { out_.push('\n'); }
  void finish() {
    if (out_.size() > 0) sink_(out_.view());
    out_.clear();
  }

  void open_object() { levels_.push_back({'{', '}', true}); }
  void open_array() { levels_.push_back({'[', ']', true}); }
  // Starts the next member of the innermost object: its key and ": ".
  void key(std::string_view k) {
    next();
    string(k);
    out_.append(": ", 2);
  }
  // The same for a key written in the code (plain ASCII, nothing to escape).
  template <std::size_t N>
  void key(const char (&k)[N]) {
    next();
    out_.push('"');
    out_.append(k, N - 1);
    out_.append("\": ", 3);
  }
  void member(std::string_view k, const json& v) {
    key(k);
    value(v);
  }
  // Starts the next element of the innermost array.
  void item() { next(); }
  void value(const json& j) {
    serializer_.dump(j, true, false, 2, indent());
    out_.append(scratch_);
    scratch_.clear();
  }
  // An integer as dump() writes it.
  void integer(std::int64_t v) { digits(v); }
  void integer(std::uint64_t v) { digits(v); }
  // A double as dump() writes it. Whole numbers from 0 to 10^15, the usual
  // weights and counts, are written directly ("3.0", the digits and ".0"
  // that dump() gives them); other values go through the serializer
  // (shortest round-trip digits, its own switch to exponent notation).
  void number(double v) {
    if (v >= 0.0 && v < 1e15 && v == std::floor(v) && !std::signbit(v)) {
      digits(static_cast<std::uint64_t>(v));
      out_.append(".0", 2);
      return;
    }
    value(json(v));
  }
  // A string value with dump()'s bytes (ensure_ascii off): valid UTF-8 is
  // copied, '"', '\\' and controls below 0x20 escaped as dump() escapes them
  // (\b \t \n \f \r, else \u00xx in lower case). Invalid UTF-8 (never in a
  // checked model, but dump() replaces it with U+FFFD) goes through the
  // serializer itself. Evidence sentences are most of a graph's bytes, and
  // the serializer decoded them one code point at a time.
  void string(std::string_view s) {
    std::size_t i = next_special(s, 0, true);
    if (i < s.size() && graph::first_invalid_utf8(s.substr(i))) {
      value(json(std::string(s)));
      return;
    }
    out_.push('"');
    std::size_t run = 0;  // start of the bytes not yet copied
    for (i = next_special(s, i, false); i < s.size(); i = next_special(s, i + 1, false)) {
      const auto c = static_cast<unsigned char>(s[i]);
      out_.append(s.substr(run, i - run));
      run = i + 1;
      switch (c) {
        case '"': out_.append("\\\"", 2); break;
        case '\\': out_.append("\\\\", 2); break;
        case '\b': out_.append("\\b", 2); break;
        case '\t': out_.append("\\t", 2); break;
        case '\n': out_.append("\\n", 2); break;
        case '\f': out_.append("\\f", 2); break;
        case '\r': out_.append("\\r", 2); break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
          out_.append(u, 6);
        }
      }
    }
    out_.append(s.substr(run));
    out_.push('"');
  }
  void close() {
    const Level level = levels_.back();
    levels_.pop_back();
    if (level.empty) {
      out_.push(level.open);
    } else {
      out_.push('\n');
      spaces(indent());
    }
    out_.push(level.close);
  }

 private:
  struct Level {
    char open, close;
    bool empty;
  };
  static constexpr std::size_t kChunk = std::size_t{1} << 20;

  // The first position >= from of a byte that dump() escapes ('"', '\\',
  // below 0x20) or, with `stop_at_non_ascii`, of any byte from 0x80 on (which
  // must be checked as UTF-8); else s.size(). 16 bytes at a time with SSE2.
  static std::size_t next_special(std::string_view s, std::size_t from, bool stop_at_non_ascii) {
    std::size_t i = from;
#if defined(__SSE2__)
    const __m128i top = _mm_set1_epi8(0x1f), space = _mm_set1_epi8(0x20),
                  quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    for (; i + 16 <= s.size(); i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      // Signed bytes below 0x20 are the controls and the bytes from 0x80 on;
      // unsigned ones up to 0x1f (max(v, 0x1f) == 0x1f) the controls alone.
      const __m128i low =
          stop_at_non_ascii ? _mm_cmplt_epi8(v, space) : _mm_cmpeq_epi8(_mm_max_epu8(v, top), top);
      const __m128i stop =
          _mm_or_si128(low, _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
      const int mask = _mm_movemask_epi8(stop);
      if (mask != 0)
        return i + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(mask)));
    }
#endif
    const auto& copied = stop_at_non_ascii ? kPlain.ascii : kPlain.any;
    while (i < s.size() && copied[static_cast<unsigned char>(s[i])]) ++i;
    return i;
  }

  unsigned indent() const {
    return static_cast<unsigned>(2 * levels_.size());
  }
  template <class Int>
  void digits(Int v) {
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, static_cast<std::size_t>(res.ptr - buf));
  }
  void spaces(std::size_t n) {
    static constexpr std::string_view kSpaces = "                                ";
    for (; n > kSpaces.size(); n -= kSpaces.size()) out_.append(kSpaces);
    out_.append(kSpaces.substr(0, n));
  }
  void next() {
    if (out_.size() >= kChunk) {
      sink_(out_.view());
      out_.clear();
    }
    Level& level = levels_.back();
    if (level.empty) {
      out_.push(level.open);
      out_.push('\n');
      level.empty = false;
    } else {
      out_.append(",\n", 2);
    }
    spaces(indent());
  }

  const ByteSink& sink_;
  Bytes out_;
  std::string scratch_;  // the serializer's output, moved to out_ after each value
  nlohmann::detail::serializer<json> serializer_;
  std::vector<Level> levels_;
};

// An evidence list as the array of objects {document, end, paragraph, start,
// text} that dump() would write, member by member: a json object per piece
// of evidence copied its sentence and cost a map, and a large extraction's
// output is mostly evidence (a sentence naming k entities is quoted by
// k(k-1)/2 co-mention edges).
void write_evidence_list(PrettyWriter& w, const std::vector<Evidence>& v) {
  w.open_array();
  for (const auto& e : v) {
    w.item();
    w.open_object();
    w.key("document");
    w.string(e.document);
    w.key("end");
    w.integer(std::uint64_t{e.end});
    w.key("paragraph");
    w.integer(std::int64_t{e.paragraph});
    w.key("start");
    w.integer(std::uint64_t{e.start});
    w.key("text");
    w.string(e.text.str());
    w.close();
  }
  w.close();
}

// One edge of "edges": its members in key order, as the json object
// {source, target, type, weight, evidence} would be dumped.
void write_edge(PrettyWriter& w, const std::vector<Evidence>& evidence, std::string_view source,
                std::string_view target, std::string_view type, double weight) {
  w.item();
  w.open_object();
  w.key("evidence");
  write_evidence_list(w, evidence);
  w.key("source");
  w.string(source);
  w.key("target");
  w.string(target);
  w.key("type");
  w.string(type);
  w.key("weight");
  w.number(weight);
  w.close();
}

const std::vector<Evidence> kNoEvidence;
const std::map<std::string, std::string> kNoAttributes;

// One node of "nodes", likewise: {id, type, label, name, aliases,
// attributes, mentions} in key order.
void write_node(PrettyWriter& w, std::span<const std::string> aliases,
                const std::map<std::string, std::string>& attributes, std::string_view id,
                std::string_view label, const std::vector<Evidence>& mentions,
                std::string_view name, std::string_view type) {
  w.item();
  w.open_object();
  w.key("aliases");
  w.open_array();
  for (const auto& a : aliases) {
    w.item();
    w.string(a);
  }
  w.close();
  w.key("attributes");
  w.open_object();
  for (const auto& [k, v] : attributes) {  // std::map: in key order
    w.key(k);
    w.string(v);
  }
  w.close();
  w.key("id");
  w.string(id);
  w.key("label");
  w.string(label);
  w.key("mentions");
  write_evidence_list(w, mentions);
  w.key("name");
  w.string(name);
  w.key("type");
  w.string(type);
  w.close();
}

json cluster_json(const graph::ClusterSummary& c) {
  return json{{"id", c.id},           {"label", c.label}, {"members", c.members},
              {"by_type", c.by_type}, {"theme", c.theme}, {"stability", c.stability}};
}

// One node's metrics as the object {"cluster": .., values.., roles..} with
// its keys sorted, written member by member (a json object per node cost a
// map and a string per metric). A key in several places keeps its last
// assignment in that order (roles over values over the cluster), as
// assigning them one after the other to one json object would.
void write_metrics(PrettyWriter& w, const graph::NodeMetrics& m) {
  struct Entry {
    std::string_view key;
    int rank;  // 0 cluster, 1 value, 2 role
    const double* number;
    const std::string* text;
  };
  std::vector<Entry> entries;
  entries.reserve(1 + m.values.size() + m.roles.size());
  entries.push_back({"cluster", 0, nullptr, nullptr});
  for (const auto& [k, v] : m.values) entries.push_back({k, 1, &v, nullptr});
  for (const auto& [k, v] : m.roles) entries.push_back({k, 2, nullptr, &v});
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.key != b.key ? a.key < b.key : a.rank < b.rank;
  });
  w.open_object();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i + 1 < entries.size() && entries[i + 1].key == entries[i].key) continue;
    const Entry& e = entries[i];
    w.key(e.key);
    if (e.rank == 0) {
      w.integer(std::int64_t{m.cluster});
    } else if (e.number) {
      w.number(*e.number);
    } else {
      w.string(*e.text);
    }
  }
  w.close();
}

// The "analysis" member's value, its keys in sorted order.
void write_analysis(PrettyWriter& w, const Analysis& a) {
  w.open_object();
  w.member("algorithm", a.algorithm);
  w.member("cluster_links", a.cluster_links);
  w.key("clusters");
  w.open_array();
  for (const auto& c : a.clusters) {
    w.item();
    w.value(cluster_json(c));
  }
  w.close();
  w.key("gaps");
  w.open_array();
  for (const auto& g : a.gaps) {
    w.item();
    w.value(json{{"a", g.a}, {"b", g.b}, {"weight", g.weight}, {"expected", g.expected}});
  }
  w.close();
  w.key("metrics");
  w.open_object();
  for (const auto& [id, m] : a.metrics) {
    w.key(id);
    write_metrics(w, m);
  }
  w.close();
  w.member("modularity", a.modularity);
  w.member("notes", a.notes);
  w.member("objective", a.objective);
  w.member("resolution", a.resolution);
  w.member("runs", a.runs);
  w.member("seed", a.seed);
  w.member("view", a.view);
  w.close();
}

// ---------------------------------------------------------------- reading

class Reader {
 public:
  Reader(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  [[noreturn]] void fail(const std::string& ptr, const std::string& what) const {
    detail::schema_error(text_, file_, ptr, what);
  }

  const json& object(const json& j, const std::string& ptr) const {
    if (!j.is_object()) fail(ptr, "expected an object, found " + std::string(j.type_name()));
    return j;
  }
  const json& array(const json& j, const std::string& ptr) const {
    if (!j.is_array()) fail(ptr, "expected an array, found " + std::string(j.type_name()));
    return j;
  }

  // Rejects keys of `obj` not in `allowed`.
  void only(const json& obj, const std::string& ptr,
            std::initializer_list<std::string_view> allowed) const {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
      bool ok = false;
      for (auto a : allowed) ok = ok || a == it.key();
      if (!ok) fail(ptr + "/" + it.key(), "unknown field \"" + it.key() + "\"");
    }
  }

  const json* member(const json& obj, const std::string& key, const std::string& ptr,
                     bool required) const {
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) fail(ptr, "missing required field \"" + key + "\"");
      return nullptr;
    }
    return &*it;
  }

  std::string str(const json& obj, const std::string& key, const std::string& ptr, bool required,
                  std::string def = {}) const {
    const json* v = member(obj, key, ptr, required);
    if (!v) return def;
    if (!v->is_string())
      fail(ptr + "/" + key, "expected a string, found " + std::string(v->type_name()));
    return v->get<std::string>();
  }

  std::int64_t integer(const json& obj, const std::string& key, const std::string& ptr,
                       bool required, std::int64_t def = 0) const {
    const json* v = member(obj, key, ptr, required);
    if (!v) return def;
    if (!v->is_number_integer())
      fail(ptr + "/" + key, "expected an integer, found " + std::string(v->type_name()));
    if (v->is_number_unsigned() &&
        v->get<std::uint64_t>() >
            static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      fail(ptr + "/" + key, "integer out of range");
    return v->get<std::int64_t>();
  }

  std::size_t offset(const json& obj, const std::string& key, const std::string& ptr) const {
    const std::int64_t v = integer(obj, key, ptr, false, 0);
    if (v < 0) fail(ptr + "/" + key, "must not be negative");
    return static_cast<std::size_t>(v);
  }

  double number(const json& obj, const std::string& key, const std::string& ptr, bool required,
                double def = 0.0) const {
    const json* v = member(obj, key, ptr, required);
    if (!v) return def;
    if (!v->is_number())
      fail(ptr + "/" + key, "expected a number, found " + std::string(v->type_name()));
    const double d = v->get<double>();
    if (!std::isfinite(d)) fail(ptr + "/" + key, "number is not finite");
    return d;
  }

  std::vector<std::string> strings(const json& obj, const std::string& key,
                                   const std::string& ptr) const {
    std::vector<std::string> out;
    const json* v = member(obj, key, ptr, false);
    if (!v) return out;
    const std::string p = ptr + "/" + key;
    array(*v, p);
    for (std::size_t i = 0; i < v->size(); ++i) {
      if (!(*v)[i].is_string()) fail(p + "/" + std::to_string(i), "expected a string");
      out.push_back((*v)[i].get<std::string>());
    }
    return out;
  }

  Evidence evidence(const json& j, const std::string& ptr) const {
    object(j, ptr);
    only(j, ptr, {"document", "paragraph", "start", "end", "text"});
    Evidence e;
    e.document = document_id(str(j, "document", ptr, true));
    e.paragraph = integer(j, "paragraph", ptr, false, 0);
    e.start = offset(j, "start", ptr);
    e.end = offset(j, "end", ptr);
    if (e.end < e.start) fail(ptr + "/end", "end is before start");
    e.text = str(j, "text", ptr, false);
    return e;
  }

  std::vector<Evidence> evidence_list(const json& obj, const std::string& key,
                                      const std::string& ptr) const {
    std::vector<Evidence> out;
    const json* v = member(obj, key, ptr, false);
    if (!v) return out;
    const std::string p = ptr + "/" + key;
    array(*v, p);
    for (std::size_t i = 0; i < v->size(); ++i)
      out.push_back(evidence((*v)[i], p + "/" + std::to_string(i)));
    return out;
  }

  Document document(const json& j, const std::string& ptr) const {
    object(j, ptr);
    only(j, ptr, {"id", "title", "path", "sha256", "paragraphs"});
    Document d;
    d.id = str(j, "id", ptr, true);
    d.title = str(j, "title", ptr, false);
    d.path = str(j, "path", ptr, false);
    d.sha256 = str(j, "sha256", ptr, false);
    if (const json* ps = member(j, "paragraphs", ptr, false)) {
      const std::string pp = ptr + "/paragraphs";
      array(*ps, pp);
      for (std::size_t i = 0; i < ps->size(); ++i) {
        const std::string p = pp + "/" + std::to_string(i);
        const json& pj = object((*ps)[i], p);
        only(pj, p, {"number", "section", "start", "end", "text"});
        graph::Paragraph para;
        para.number = integer(pj, "number", p, true);
        para.section = str(pj, "section", p, false);
        para.start = offset(pj, "start", p);
        para.end = offset(pj, "end", p);
        if (para.end < para.start) fail(p + "/end", "end is before start");
        para.text = str(pj, "text", p, false);
        d.paragraphs.push_back(std::move(para));
      }
    }
    return d;
  }

  Node node(const json& j, const std::string& ptr) const {
    object(j, ptr);
    only(j, ptr, {"id", "type", "label", "name", "aliases", "attributes", "mentions"});
    Node n;
    n.id = str(j, "id", ptr, true);
    if (n.id.empty()) fail(ptr + "/id", "node id must not be empty");
    const std::string type = str(j, "type", ptr, true);
    auto t = graph::parse_node_type(type);
    if (!t)
      fail(ptr + "/type",
           "unknown node type \"" + type +
               "\" (expected organisation, person, country, initiative, resolution or event)");
    n.type = *t;
    n.name = str(j, "name", ptr, false);
    n.label = str(j, "label", ptr, false);
    if (n.name.empty()) n.name = n.label.empty() ? n.id : n.label;
    if (n.label.empty()) n.label = n.name;
    n.aliases = strings(j, "aliases", ptr);
    if (const json* a = member(j, "attributes", ptr, false)) {
      const std::string p = ptr + "/attributes";
      object(*a, p);
      for (auto it = a->begin(); it != a->end(); ++it) {
        if (!it->is_string()) fail(p + "/" + it.key(), "attribute values must be strings");
        n.attributes[it.key()] = it->get<std::string>();
      }
    }
    n.mentions = evidence_list(j, "mentions", ptr);
    return n;
  }

  Edge edge(const json& j, const std::string& ptr, const StakeholderGraph& g) const {
    object(j, ptr);
    only(j, ptr, {"source", "target", "type", "weight", "evidence"});
    Edge e;
    e.source = str(j, "source", ptr, true);
    e.target = str(j, "target", ptr, true);
    if (!g.find(e.source)) fail(ptr + "/source", "no node has id \"" + e.source + "\"");
    if (!g.find(e.target)) fail(ptr + "/target", "no node has id \"" + e.target + "\"");
    const std::string type = str(j, "type", ptr, true);
    auto t = graph::parse_relation_type(type);
    if (!t) fail(ptr + "/type", "unknown relation type \"" + type + "\"");
    e.type = *t;
    e.weight = number(j, "weight", ptr, false, 1.0);
    if (e.weight < 0) fail(ptr + "/weight", "weight must not be negative");
    e.evidence = evidence_list(j, "evidence", ptr);
    return e;
  }

  Analysis analysis(const json& j, const std::string& ptr, const StakeholderGraph& g) const {
    object(j, ptr);
    only(j, ptr,
         {"algorithm", "objective", "view", "seed", "resolution", "runs", "modularity", "clusters",
          "metrics", "cluster_links", "gaps", "notes"});
    Analysis a;
    a.algorithm = str(j, "algorithm", ptr, false, a.algorithm);
    a.objective = str(j, "objective", ptr, false, a.objective);
    a.view = str(j, "view", ptr, false, a.view);
    const std::int64_t seed = integer(j, "seed", ptr, false, 1);
    if (seed < 0) fail(ptr + "/seed", "seed must not be negative");
    a.seed = static_cast<std::uint64_t>(seed);
    a.resolution = number(j, "resolution", ptr, false, 1.0);
    a.runs = static_cast<int>(integer(j, "runs", ptr, false, 1));
    a.modularity = number(j, "modularity", ptr, false, 0.0);
    if (const json* cs = member(j, "clusters", ptr, false)) {
      const std::string cp = ptr + "/clusters";
      array(*cs, cp);
      for (std::size_t i = 0; i < cs->size(); ++i) {
        const std::string p = cp + "/" + std::to_string(i);
        const json& c = object((*cs)[i], p);
        only(c, p, {"id", "label", "members", "by_type", "theme", "stability"});
        graph::ClusterSummary s;
        s.id = static_cast<int>(integer(c, "id", p, true));
        s.label = str(c, "label", p, false);
        s.members = strings(c, "members", p);
        for (std::size_t k = 0; k < s.members.size(); ++k)
          if (!g.find(s.members[k]))
            fail(p + "/members/" + std::to_string(k), "no node has id \"" + s.members[k] + "\"");
        if (const json* bt = member(c, "by_type", p, false)) {
          object(*bt, p + "/by_type");
          for (auto it = bt->begin(); it != bt->end(); ++it) {
            if (!it->is_number_integer()) fail(p + "/by_type/" + it.key(), "expected an integer");
            s.by_type[it.key()] = it->get<int>();
          }
        }
        s.theme = strings(c, "theme", p);
        s.stability = number(c, "stability", p, false, 1.0);
        a.clusters.push_back(std::move(s));
      }
    }
    if (const json* ms = member(j, "metrics", ptr, false)) {
      const std::string mp = ptr + "/metrics";
      object(*ms, mp);
      for (auto it = ms->begin(); it != ms->end(); ++it) {
        const std::string p = mp + "/" + it.key();
        if (!g.find(it.key())) fail(p, "no node has id \"" + it.key() + "\"");
        object(*it, p);
        graph::NodeMetrics m;
        for (auto f = it->begin(); f != it->end(); ++f) {
          if (f.key() == "cluster") {
            if (!f->is_number_integer()) fail(p + "/cluster", "expected an integer");
            m.cluster = f->get<int>();
          } else if (f->is_number()) {
            const double d = f->get<double>();
            if (!std::isfinite(d)) fail(p + "/" + f.key(), "number is not finite");
            m.values[f.key()] = d;
          } else if (f->is_string()) {
            m.roles[f.key()] = f->get<std::string>();
          } else {
            fail(p + "/" + f.key(), "metric values must be numbers or strings");
          }
        }
        a.metrics[it.key()] = std::move(m);
      }
    }
    if (const json* cl = member(j, "cluster_links", ptr, false)) {
      const std::string p = ptr + "/cluster_links";
      array(*cl, p);
      for (std::size_t i = 0; i < cl->size(); ++i) {
        const std::string rp = p + "/" + std::to_string(i);
        array((*cl)[i], rp);
        std::vector<double> row;
        for (std::size_t k = 0; k < (*cl)[i].size(); ++k) {
          const json& v = (*cl)[i][k];
          if (!v.is_number() || !std::isfinite(v.get<double>()))
            fail(rp + "/" + std::to_string(k), "expected a finite number");
          row.push_back(v.get<double>());
        }
        a.cluster_links.push_back(std::move(row));
      }
    }
    if (const json* gs = member(j, "gaps", ptr, false)) {
      const std::string gp = ptr + "/gaps";
      array(*gs, gp);
      for (std::size_t i = 0; i < gs->size(); ++i) {
        const std::string p = gp + "/" + std::to_string(i);
        const json& gj = object((*gs)[i], p);
        only(gj, p, {"a", "b", "weight", "expected"});
        graph::CoordinationGap gap;
        gap.a = static_cast<int>(integer(gj, "a", p, true));
        gap.b = static_cast<int>(integer(gj, "b", p, true));
        gap.weight = number(gj, "weight", p, false);
        gap.expected = number(gj, "expected", p, false);
        a.gaps.push_back(gap);
      }
    }
    if (const json* ns = member(j, "notes", ptr, false)) {
      const std::string p = ptr + "/notes";
      object(*ns, p);
      for (auto it = ns->begin(); it != ns->end(); ++it) {
        if (!it->is_string()) fail(p + "/" + it.key(), "expected a string");
        a.notes[it.key()] = it->get<std::string>();
      }
    }
    return a;
  }

 private:
  std::string_view text_;
  const std::string& file_;
  // The document ids of evidence, one shared text per id (a graph cites a
  // few documents in many thousands of evidence items).
  mutable std::map<std::string, graph::SharedText, std::less<>> doc_ids_;
  const graph::SharedText& document_id(std::string id) const {
    auto it = doc_ids_.find(id);
    if (it == doc_ids_.end()) {
      graph::SharedText shared(id);
      it = doc_ids_.emplace(std::move(id), std::move(shared)).first;
    }
    return it->second;
  }
};

}  // namespace

namespace {

// The document around its two large arrays: members in sorted key order, as
// json objects keep them; write_edges and write_nodes add the items of
// "edges" and "nodes" to the writer.
// With a sink the document goes to it in chunks of about a megabyte, so
// that a large graph's output is never held whole; without one it is
// returned.
template <class WriteEdges, class WriteNodes>
std::string write_document(const graph::Analysis* analysis, const std::vector<Document>& documents,
                           WriteEdges write_edges, const std::string& generator,
                           const std::vector<graph::MergeRecord>& merges, WriteNodes write_nodes,
                           const ByteSink* sink, std::size_t size_hint = 0) {
  std::string out;
  // Without a sink the document is collected in `out`. Capacity that is
  // never written is never touched, so a generous hint costs address space,
  // not memory; growing by doubling instead copies the document and holds
  // the old and the new buffer at once.
  if (!sink) out.reserve(size_hint);
  const ByteSink collect = [&](std::string_view piece) { out.append(piece); };
  PrettyWriter w(sink ? *sink : collect);
  w.open_object();
  if (analysis) {
    w.key("analysis");
    write_analysis(w, *analysis);
  }
  w.key("documents");
  w.open_array();
  for (const auto& d : documents) {
    json paras = json::array();
    for (const auto& p : d.paragraphs)
      paras.push_back(json{{"number", p.number},
                           {"section", p.section},
                           {"start", p.start},
                           {"end", p.end},
                           {"text", p.text}});
    w.item();
    w.value(json{{"id", d.id},
                 {"title", d.title},
                 {"path", d.path},
                 {"sha256", d.sha256},
                 {"paragraphs", std::move(paras)}});
  }
  w.close();
  w.key("edges");
  w.open_array();
  write_edges(w);
  w.close();
  w.member("generator", generator.empty() ? std::string("stakegraph") : generator);
  w.key("merges");
  w.open_array();
  for (const auto& m : merges) {
    w.item();
    w.value(json{{"node", m.node}, {"forms", m.forms}, {"reason", m.reason}});
  }
  w.close();
  w.key("nodes");
  w.open_array();
  write_nodes(w);
  w.close();
  w.member("schema", std::string(kSchema));
  w.close();
  w.end_line();
  w.finish();
  return out;
}

std::string write_graph(const StakeholderGraph& g, const ByteSink* sink) {
  return write_document(
      g.analysis() ? &*g.analysis() : nullptr, g.documents(),
      [&](PrettyWriter& w) {
        for (const auto& [key, e] : g.edges())
          write_edge(w, e.evidence, e.source, e.target, graph::to_string(e.type), e.weight);
      },
      g.generator(), g.merges(),
      [&](PrettyWriter& w) {
        for (const auto& [id, n] : g.nodes())
          write_node(w, n.aliases, n.attributes, n.id, n.label, n.mentions, n.name,
                     graph::to_string(n.type));
      },
      sink);
}

std::string write_edge_list(const std::vector<std::string>& ids,
                            const std::vector<graph::WeightedEdge>& merged,
                            const graph::Analysis* analysis, const ByteSink* sink) {
  const std::string type(graph::to_string(graph::NodeType::organisation));
  const std::string relation(graph::to_string(graph::RelationType::co_mentioned));
  // About 110 bytes per edge and 1,000 per node with its metrics, plus the
  // ids (written up to 7 times each) and the cluster link matrix.
  std::size_t id_bytes = 0;
  for (const auto& id : ids) id_bytes += id.size();
  const std::size_t k = analysis ? analysis->cluster_links.size() : 0;
  const std::size_t hint = 160 * merged.size() + 1200 * ids.size() + 8 * id_bytes + 40 * k * k;
  // to_graph()'s edges and nodes, written by write_graph_json()'s own
  // write_edge and write_node without building the model.
  return write_document(
      analysis, {},
      [&](PrettyWriter& w) {
        for (const auto& e : merged)
          write_edge(w, kNoEvidence, ids.at(e.u), ids.at(e.v), relation, e.w);
      },
      {}, {},
      [&](PrettyWriter& w) {
        for (const auto& id : ids)
          write_node(w, std::span<const std::string>(&id, 1), kNoAttributes, id, id, kNoEvidence,
                     id, type);
      },
      sink, hint);
}

}  // namespace

std::string write_graph_json(const StakeholderGraph& g) {
  return write_graph(g, nullptr);
}

void write_graph_json(const StakeholderGraph& g, const ByteSink& sink) {
  write_graph(g, &sink);
}

std::string write_edge_list_json(const std::vector<std::string>& ids,
                                 const std::vector<graph::WeightedEdge>& merged,
                                 const graph::Analysis* analysis) {
  return write_edge_list(ids, merged, analysis, nullptr);
}

void write_edge_list_json(const std::vector<std::string>& ids,
                          const std::vector<graph::WeightedEdge>& merged,
                          const graph::Analysis* analysis, const ByteSink& sink) {
  write_edge_list(ids, merged, analysis, &sink);
}

StakeholderGraph read_graph_json(std::string_view text, const std::string& file,
                                 const JsonReadLimits& limits) {
  const json root = detail::parse_json_strict(text, file, {limits.max_bytes, limits.max_depth});
  Reader r(text, file);
  r.object(root, "");
  r.only(root, "", {"schema", "generator", "documents", "nodes", "edges", "merges", "analysis"});
  const std::string schema = r.str(root, "schema", "", true);
  if (schema != kSchema)
    r.fail("/schema",
           "unsupported schema \"" + schema + "\" (expected \"" + std::string(kSchema) + "\")");

  StakeholderGraph g;
  g.generator() = r.str(root, "generator", "", false);
  if (const json* ds = r.member(root, "documents", "", false)) {
    r.array(*ds, "/documents");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < ds->size(); ++i) {
      const std::string p = "/documents/" + std::to_string(i);
      Document d = r.document((*ds)[i], p);
      if (!ids.insert(d.id).second) r.fail(p + "/id", "duplicate document id \"" + d.id + "\"");
      g.documents().push_back(std::move(d));
    }
  }
  const json& nodes = *r.member(root, "nodes", "", true);
  r.array(nodes, "/nodes");
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const std::string p = "/nodes/" + std::to_string(i);
    Node n = r.node(nodes[i], p);
    if (g.find(n.id)) r.fail(p + "/id", "duplicate node id \"" + n.id + "\"");
    g.insert_node(std::move(n));
  }
  const json& edges = *r.member(root, "edges", "", true);
  r.array(edges, "/edges");
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const std::string p = "/edges/" + std::to_string(i);
    Edge e = r.edge(edges[i], p, g);
    try {
      g.insert_edge(std::move(e));
    } catch (const graph::GraphError& err) {
      r.fail(p, err.message());
    }
  }
  if (const json* ms = r.member(root, "merges", "", false)) {
    r.array(*ms, "/merges");
    for (std::size_t i = 0; i < ms->size(); ++i) {
      const std::string p = "/merges/" + std::to_string(i);
      const json& mj = r.object((*ms)[i], p);
      r.only(mj, p, {"node", "forms", "reason"});
      graph::MergeRecord m;
      m.node = r.str(mj, "node", p, true);
      m.forms = r.strings(mj, "forms", p);
      m.reason = r.str(mj, "reason", p, false);
      g.merges().push_back(std::move(m));
    }
  }
  if (const json* a = r.member(root, "analysis", "", false))
    g.analysis() = r.analysis(*a, "/analysis", g);
  return g;
}

StakeholderGraph load_graph_file(const std::string& path, const JsonReadLimits& limits) {
  std::string text;
  try {
    text = read_file(path, limits.max_bytes);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::data) throw;  // only the size limit is a data error
    throw Error(ErrorKind::data, e.message() + " (raise it with --max-json-bytes)", e.where());
  }
  return read_graph_json(text, path == "-" ? std::string("<stdin>") : path, limits);
}

}  // namespace stakegraph::data
