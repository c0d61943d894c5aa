#pragma once
// Translations: one gettext catalog (.mo, compiled from lang/<ll>.po) per
// language, loaded per language at run time; no process-wide setlocale, so each
// parent can switch the kiosk's language with one tap.
#include <deque>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kd::i18n {

class Catalog {
public:
    Catalog() = default;  // empty: every msgid stands for itself

    // Parses a GNU .mo file. Throws std::runtime_error naming the file on a bad file.
    static Catalog FromMoFile(const std::filesystem::path& file);
    static Catalog FromMoBytes(std::string bytes, const std::string& what);

    // The translation; when this catalog has none, its fallback's (English, then
    // Dutch), else the msgid itself. The pointer stays valid as long as the
    // catalogs (and, for a miss, the msgid) live.
    const char* Tr(const char* msgid) const;
    void SetFallback(const Catalog* fallback) { m_fallback = fallback; }
    // Replaces every translation by f(translation): how a right-to-left catalog
    // is shaped once at load.
    template <typename F>
    void TransformTranslations(F&& f) {
        for (auto& [id, tr] : m_map) {
            if (id.empty()) continue;
            m_owned.push_back(f(std::string_view(tr)));
            tr = m_owned.back().c_str();
        }
    }
    // Every (msgid, translation) pair, the header excluded.
    template <typename F>
    void ForEach(F&& f) const {
        for (const auto& [id, tr] : m_map)
            if (!id.empty()) f(id, std::string_view(tr));
    }
    bool Has(std::string_view msgid) const { return m_map.count(msgid) != 0; }
    size_t Size() const { return m_map.size(); }
    // A header field, e.g. "Plural-Forms" or "Language".
    std::string Header(const std::string& field) const;

private:
    std::string m_bytes;  // the file; m_map's views and values point into it
    std::unordered_map<std::string_view, const char*> m_map;
    std::deque<std::string> m_owned;  // transformed translations (a deque never moves its strings)
    const Catalog* m_fallback = nullptr;
};

// All languages the kiosk offers, by code ("nl", "ar", ...).
class Catalogs {
public:
    // Loads <locale_dir>/<ll>/LC_MESSAGES/klasdeur.mo for each code that has one.
    // Returns the sentences about files that failed; those languages are left out.
    std::vector<std::string> LoadDir(const std::filesystem::path& locale_dir);
    void Add(const std::string& lang, Catalog c);

    // msgids a language has no translation of (for the test that lists them).
    std::vector<std::string> Missing(const std::string& lang, const std::vector<std::string>& msgids) const;

    // The catalog for a language; an empty one (msgids as they are) when unknown.
    const Catalog& For(const std::string& lang) const;
    std::vector<std::string> Languages() const;

private:
    void LinkFallbacks();

    std::map<std::string, Catalog> m_catalogs;
    Catalog m_none;
};

// Marks a string literal as a msgid for xgettext without translating it here.
#define N_(s) s

}  // namespace kd::i18n
