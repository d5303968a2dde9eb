// An immutable string shared by reference: the quoted text of evidence.
//
// Every co-mention in a sentence cites that whole sentence, so a sentence
// naming k entities is quoted by k(k-1)/2 edges. With a std::string per
// evidence the quotes alone took ~25 times the size of the input documents
// (measured on the six extraction fixtures: 48 KB of text, 1.2 MB of evidence
// text); sharing one buffer per sentence makes a copy a reference-count
// increment. Compares by content, so ordering and equality are those of the
// string (a shared buffer compares equal without reading it).
#pragma once

#include <compare>
#include <memory>
#include <string>
#include <string_view>

namespace stakegraph::graph {

class SharedText {
 public:
  SharedText() = default;
  SharedText(std::string text)  // NOLINT(google-explicit-constructor): a string is a text
      : text_(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}
  SharedText(std::string_view text) : SharedText(std::string(text)) {}  // NOLINT
  SharedText(const char* text) : SharedText(std::string(text)) {}       // NOLINT

  const std::string& str() const noexcept { return text_ ? *text_ : empty_string(); }
  operator const std::string&() const noexcept { return str(); }  // NOLINT
  operator std::string_view() const noexcept { return str(); }    // NOLINT
  bool empty() const noexcept { return !text_; }
  std::size_t size() const noexcept { return str().size(); }

  friend bool operator==(const SharedText& a, const SharedText& b) noexcept {
    return a.text_ == b.text_ || a.str() == b.str();
  }
  friend std::strong_ordering operator<=>(const SharedText& a, const SharedText& b) noexcept {
    if (a.text_ == b.text_) return std::strong_ordering::equal;
    return a.str().compare(b.str()) <=> 0;
  }

 private:
  static const std::string& empty_string() noexcept {
    static const std::string kEmpty;
    return kEmpty;
  }
  std::shared_ptr<const std::string> text_;  // null for the empty text
};

}  // namespace stakegraph::graph
