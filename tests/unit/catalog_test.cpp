#include "i18n/catalog.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <filesystem>

using namespace kd::i18n;

namespace {

// A .mo file built by hand: header + one entry, little-endian.
std::string MakeMo(const std::vector<std::pair<std::string, std::string>>& entries) {
    const std::uint32_t n = static_cast<std::uint32_t>(entries.size());
    std::string out(28 + 16 * n, '\0');
    auto put = [&](size_t off, std::uint32_t v) { std::memcpy(&out[off], &v, 4); };
    put(0, 0x950412de);
    put(8, n);
    put(12, 28);
    put(16, 28 + 8 * n);
    for (std::uint32_t i = 0; i < n; ++i) {
        put(28 + 8 * i, static_cast<std::uint32_t>(entries[i].first.size()));
        put(28 + 8 * i + 4, static_cast<std::uint32_t>(out.size()));
        out += entries[i].first;
        out += '\0';
    }
    for (std::uint32_t i = 0; i < n; ++i) {
        put(28 + 8 * n + 8 * i, static_cast<std::uint32_t>(entries[i].second.size()));
        put(28 + 8 * n + 8 * i + 4, static_cast<std::uint32_t>(out.size()));
        out += entries[i].second;
        out += '\0';
    }
    return out;
}

}  // namespace

TEST_CASE("a .mo catalog translates, and a miss returns the msgid") {
    const Catalog c = Catalog::FromMoBytes(
        MakeMo({{"", "Language: nl\nPlural-Forms: nplurals=2; plural=(n != 1);\n"}, {"Home", "Start"}, {"Empty", ""}}),
        "test");
    CHECK(std::string(c.Tr("Home")) == "Start");
    CHECK(std::string(c.Tr("Unknown")) == "Unknown");
    CHECK(std::string(c.Tr("Empty")) == "Empty");  // untranslated falls back
    CHECK(c.Header("Language") == "nl");
    CHECK(c.Header("Plural-Forms") == "nplurals=2; plural=(n != 1);");
}

TEST_CASE("damaged .mo files are refused with a sentence, never read out of bounds") {
    const std::string good = MakeMo({{"Home", "Start"}});
    CHECK_THROWS_WITH(Catalog::FromMoBytes("", "x.mo"), Catch::Contains("x.mo"));
    CHECK_THROWS(Catalog::FromMoBytes(std::string(40, 'z'), "x.mo"));
    for (size_t cut = 0; cut < good.size(); ++cut) CHECK_THROWS(Catalog::FromMoBytes(good.substr(0, cut), "x.mo"));
    std::string bad_offset = good;
    const std::uint32_t far = 1u << 30;
    std::memcpy(&bad_offset[28 + 4], &far, 4);
    CHECK_THROWS(Catalog::FromMoBytes(bad_offset, "x.mo"));
}

TEST_CASE("the built catalogs load, and Dutch covers the home screen") {
    Catalogs all;
    const auto problems = all.LoadDir(std::filesystem::path(KLASDEUR_TEST_SHARE) / "locale");
    CHECK(problems.empty());
    const auto langs = all.Languages();
    CHECK(std::find(langs.begin(), langs.end(), "nl") != langs.end());
    const Catalog& nl = all.For("nl");
    for (const char* msgid : {"Tell the teacher", "Today's photos", "This week", "Home"}) {
        INFO(msgid);
        CHECK(nl.Has(msgid));
    }
    CHECK(std::string(all.For("xx").Tr("Home")) == "Home");  // unknown language: the msgid
}

TEST_CASE("a missing translation falls back to English, then Dutch, then the msgid") {
    Catalogs all;
    all.Add("nl", Catalog::FromMoBytes(MakeMo({{"Home", "Start"}, {"Send", "Versturen"}, {"Only Dutch", "Alleen NL"}}), "nl"));
    all.Add("en", Catalog::FromMoBytes(MakeMo({{"Home", "Home"}, {"Send", "Send"}}), "en"));
    all.Add("uk", Catalog::FromMoBytes(MakeMo({{"Home", "Початок"}}), "uk"));
    CHECK(std::string(all.For("uk").Tr("Home")) == "Початок");
    CHECK(std::string(all.For("uk").Tr("Send")) == "Send");            // English
    CHECK(std::string(all.For("uk").Tr("Only Dutch")) == "Alleen NL");  // then Dutch
    CHECK(std::string(all.For("uk").Tr("Nowhere")) == "Nowhere");       // then the msgid
    CHECK(std::string(all.For("nl").Tr("Nowhere")) == "Nowhere");       // Dutch falls back to nothing else
    CHECK(all.Missing("uk", {"Home", "Send", "Nowhere"}) == std::vector<std::string>{"Send", "Nowhere"});
}
