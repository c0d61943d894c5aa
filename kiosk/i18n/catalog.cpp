#include "i18n/catalog.h"

#include "i18n/display_text.h"
#include "i18n/language_names.h"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kd::i18n {
namespace {

constexpr std::uint32_t kMagic = 0x950412de;
constexpr std::uint32_t kMagicSwapped = 0xde120495;

std::uint32_t Swap(std::uint32_t v) {
    return (v >> 24) | ((v >> 8) & 0xff00u) | ((v << 8) & 0xff0000u) | (v << 24);
}

}  // namespace

Catalog Catalog::FromMoFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::ostringstream s;
    s << in.rdbuf();
    return FromMoBytes(s.str(), file.string());
}

Catalog Catalog::FromMoBytes(std::string bytes, const std::string& what) {
    Catalog c;
    c.m_bytes = std::move(bytes);
    const std::string& b = c.m_bytes;
    auto fail = [&](const char* why) { throw std::runtime_error(what + " is not a valid .mo file: " + why); };
    if (b.size() < 28) fail("too short");

    std::uint32_t magic;
    std::memcpy(&magic, b.data(), 4);
    if (magic != kMagic && magic != kMagicSwapped) fail("wrong magic number");
    const bool swap = magic == kMagicSwapped;
    auto word = [&](size_t off) -> std::uint32_t {
        if (off > b.size() || b.size() - off < 4) fail("table outside the file");
        std::uint32_t v;
        std::memcpy(&v, b.data() + off, 4);
        return swap ? Swap(v) : v;
    };
    const std::uint32_t count = word(8), originals = word(12), translations = word(16);
    if (count > b.size() / 16) fail("impossible string count");

    // A string is (length, offset) and must end with NUL inside the file.
    auto string_at = [&](std::uint32_t table, std::uint32_t i) -> std::string_view {
        const std::uint32_t len = word(table + 8ull * i), off = word(table + 8ull * i + 4);
        if (off >= b.size() || b.size() - off <= len || b[off + len] != '\0') fail("string outside the file");
        return std::string_view(b.data() + off, len);
    };

    c.m_map.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        std::string_view id = string_at(originals, i);
        const std::string_view tr = string_at(translations, i);
        // A plural entry's msgid is "singular\0plural": key on the singular.
        id = id.substr(0, id.find('\0'));
        if (tr.empty()) continue;  // untranslated: fall back to the msgid
        c.m_map[id] = tr.data();
    }
    return c;
}

const char* Catalog::Tr(const char* msgid) const {
    const auto it = m_map.find(std::string_view(msgid));
    if (it != m_map.end()) return it->second;
    return m_fallback ? m_fallback->Tr(msgid) : msgid;
}

std::string Catalog::Header(const std::string& field) const {
    const auto it = m_map.find(std::string_view());
    if (it == m_map.end()) return {};
    const std::string_view header(it->second);
    const std::string key = field + ":";
    size_t pos = 0;
    while (pos < header.size()) {
        const size_t end = header.find('\n', pos);
        const std::string_view line = header.substr(pos, end == std::string_view::npos ? header.npos : end - pos);
        if (line.substr(0, key.size()) == key) {
            std::string_view v = line.substr(key.size());
            while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
            return std::string(v);
        }
        if (end == std::string_view::npos) break;
        pos = end + 1;
    }
    return {};
}

std::vector<std::string> Catalogs::LoadDir(const std::filesystem::path& locale_dir) {
    std::vector<std::string> problems;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(locale_dir, ec)) {
        const auto mo = entry.path() / "LC_MESSAGES" / "klasdeur.mo";
        if (!std::filesystem::is_regular_file(mo)) continue;
        try {
            const std::string lang = entry.path().filename().string();
            Catalog c = Catalog::FromMoFile(mo);
            if (IsRightToLeft(lang))
                c.TransformTranslations([&](std::string_view tr) { return DisplayForm(tr, lang); });
            m_catalogs[lang] = std::move(c);
        } catch (const std::exception& e) {
            problems.push_back(e.what());
        }
    }
    if (ec) problems.push_back("cannot read " + locale_dir.string() + ": " + ec.message());
    LinkFallbacks();
    return problems;
}

void Catalogs::Add(const std::string& lang, Catalog c) {
    m_catalogs[lang] = std::move(c);
    LinkFallbacks();
}

// A string a language lacks is shown in English, then in Dutch (the school's
// language), then as the msgid: never an empty tile.
void Catalogs::LinkFallbacks() {
    const auto en = m_catalogs.find("en");
    const auto nl = m_catalogs.find("nl");
    for (auto& [lang, c] : m_catalogs) {
        if (lang == "nl") c.SetFallback(nullptr);
        else if (lang == "en") c.SetFallback(nl == m_catalogs.end() ? nullptr : &nl->second);
        else c.SetFallback(en != m_catalogs.end() ? &en->second : (nl != m_catalogs.end() ? &nl->second : nullptr));
    }
}

std::vector<std::string> Catalogs::Missing(const std::string& lang, const std::vector<std::string>& msgids) const {
    std::vector<std::string> out;
    const auto it = m_catalogs.find(lang);
    for (const std::string& id : msgids)
        if (it == m_catalogs.end() || !it->second.Has(id)) out.push_back(id);
    return out;
}

const Catalog& Catalogs::For(const std::string& lang) const {
    const auto it = m_catalogs.find(lang);
    return it == m_catalogs.end() ? m_none : it->second;
}

std::vector<std::string> Catalogs::Languages() const {
    std::vector<std::string> out;
    for (const auto& [lang, c] : m_catalogs) out.push_back(lang);
    return out;
}

}  // namespace kd::i18n
