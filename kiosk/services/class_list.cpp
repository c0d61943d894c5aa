#include "services/class_list.h"

#include "i18n/catalog.h"
#include "store/children_repo.h"
#include "store/classes_repo.h"
#include "store/settings_repo.h"
#include "store/transaction.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <cstdio>
#include <set>

namespace kd {
namespace {

std::string Trim(const std::string& s) {
    const char* ws = " \t\n\r\f\v";
    const size_t a = s.find_first_not_of(ws);
    if (a == std::string::npos) return {};
    const size_t b = s.find_last_not_of(ws);
    return s.substr(a, b - a + 1);
}

// Code points of well-formed UTF-8, or -1 when `s` is not well-formed
// (overlong forms, surrogates and values above U+10FFFF included).
long CodePoints(const std::string& s) {
    long n = 0;
    for (size_t i = 0; i < s.size(); ++n) {
        const auto c = static_cast<unsigned char>(s[i]);
        size_t len = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) len = 1, cp = c;
        else if ((c & 0xE0) == 0xC0) len = 2, cp = c & 0x1F;
        else if ((c & 0xF0) == 0xE0) len = 3, cp = c & 0x0F;
        else if ((c & 0xF8) == 0xF0) len = 4, cp = c & 0x07;
        else return -1;
        if (i + len > s.size()) return -1;
        for (size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) return -1;
            cp = (cp << 6) | (cc & 0x3F);
        }
        static constexpr std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
        i += len;
    }
    return n;
}

enum class NameOf { Class, Teacher, Child };

UndrawableCheck g_undrawable = nullptr;

std::string Composed(const std::string& text) {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
    if (U_FAILURE(err)) return text;
    const icu::UnicodeString in = icu::UnicodeString::fromUTF8(text);
    const icu::UnicodeString out = nfc->normalize(in, err);
    if (U_FAILURE(err)) return text;
    std::string utf8;
    out.toUTF8String(utf8);
    return utf8;
}

// "U+0915 (क)": the character, and its number for whoever types it in again.
std::string Described(char32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    std::string glyph;
    icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(glyph);
    return std::string(buf) + " (" + glyph + ")";
}

// A name as stored: trimmed, 1..kMaxNameLength characters, one line of text.
// Each refusal starts with what the name is of, one msgid each: languages
// agree their words with it ("The class name is empty.").
std::string CheckName(const std::string& raw, NameOf of) {
    const bool cls = of == NameOf::Class, teacher = of == NameOf::Teacher;
    std::string name = Trim(raw);
    if (name.empty())
        throw AdminError(cls ? N_("The class name is empty.")
                         : teacher ? N_("The teacher's name is empty.")
                                   : N_("The name is empty."));
    if (CodePoints(name) < 0)
        throw AdminError(cls ? N_("The class name is not valid text (UTF-8).")
                         : teacher ? N_("The teacher's name is not valid text (UTF-8).")
                                   : N_("The name is not valid text (UTF-8)."));
    name = Composed(name);
    const long n = CodePoints(name);
    for (const char ch : name)
        if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7F)
            throw AdminError(cls ? N_("The class name has a tab, a line break or another control character.")
                             : teacher ? N_("The teacher's name has a tab, a line break or another control character.")
                                       : N_("The name has a tab, a line break or another control character."));
    if (static_cast<size_t>(n) > kMaxNameLength)
        throw AdminError(cls ? N_("The class name is too long: at most %d characters, '%s' has %d.")
                         : teacher ? N_("The teacher's name is too long: at most %d characters, '%s' has %d.")
                                   : N_("The name is too long: at most %d characters, '%s' has %d."),
                         kMaxNameLength, name, n);
    if (g_undrawable) {
        const std::vector<char32_t> bad = g_undrawable(name);
        if (!bad.empty())
            throw AdminError(cls ? N_("The class name has a character the kiosk cannot draw: %s.")
                             : teacher ? N_("The teacher's name has a character the kiosk cannot draw: %s.")
                                       : N_("The name has a character the kiosk cannot draw: %s."),
                             Described(bad.front()));
    }
    return name;
}

}  // namespace

void SetUndrawableCheck(UndrawableCheck check) { g_undrawable = check; }

namespace {

// Emoji are compared without U+FE0F (the emoji presentation selector), which
// keyboards and terminals add or leave out: "⚽" and "⚽️" are one symbol.
std::string WithoutVariationSelector(const std::string& s) {
    static const std::string kFe0f = "\xEF\xB8\x8F";
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        if (s.compare(i, kFe0f.size(), kFe0f) == 0) {
            i += kFe0f.size();
        } else {
            out += s[i++];
        }
    }
    return out;
}

// The table's own spelling of the symbol; throws when it is not in the table.
std::string CheckSymbol(const std::string& raw, const PictogramTable& symbols) {
    const std::string given = WithoutVariationSelector(Trim(raw));
    if (given.empty()) throw AdminError(N_("A symbol is needed: one of the pictures of the symbols table."));
    for (const Pictogram& p : symbols.Rows())
        if (WithoutVariationSelector(p.emoji) == given) return p.emoji;
    throw AdminError(N_("'%s' is not one of the symbols (assets/symbols.tsv)."), Trim(raw));
}

std::string ClassName(SQLite::Database& db, Id class_id) {
    const std::optional<ClassInfo> c = store::ClassesRepo(db).Find(class_id);
    if (!c) throw AdminError(N_("There is no class with id %d."), class_id);
    return c->name;
}

using store::ChildRow;

std::optional<ChildRow> ReadChild(SQLite::Database& db, Id child_id) {
    return store::ChildrenRepo(db).FindRow(child_id);
}

// An active child, or AdminError. A removed child is gone from the list for
// every change but adding them again.
ChildRow ActiveChild(SQLite::Database& db, Id child_id) {
    auto c = ReadChild(db, child_id);
    if (!c || !c->active) throw AdminError(N_("There is no child with id %d on the list."), child_id);
    return *c;
}

// Refuses `symbol` when another active child of the class has it.
void CheckSymbolFree(SQLite::Database& db, Id class_id, const std::string& symbol, Id except_child) {
    const std::string want = WithoutVariationSelector(symbol);
    for (const Child& other : store::ChildrenRepo(db).InClass(class_id)) {
        if (other.id != except_child && WithoutVariationSelector(other.symbol) == want)
            throw AdminError(N_("Another child in this class already has %s (%s)."), symbol, other.first_name);
    }
}

// Refuses `name` when another active child of the class has it (letters compared
// without case: "noor" is "Noor").
void CheckNameFree(SQLite::Database& db, Id class_id, const std::string& name, Id except_child) {
    const std::optional<std::string> taken = store::ChildrenRepo(db).ActiveNameLike(class_id, name, except_child);
    if (taken)
        throw AdminError(N_("There is already a child called %s in this class."), *taken);
}

// Removed children keep their row: the teacher may still have to read what a
// parent wrote about them (concerns.child_id), and adding the same name again
// brings the child back. But the row still holds its name and symbol, and the
// schema's UNIQUE(class_id, first_name) and UNIQUE(class_id, symbol) count
// removed rows too. So before an active child takes a name or symbol that a
// removed child holds, the removed child lets go of it:
//  - its symbol becomes "removed-<id>": unique, never an emoji of the table, so
//    it cannot collide with a real symbol, and a removed child shows nowhere a
//    symbol is drawn (lists show active children only). Should the child come
//    back, AddChild gives them a symbol anyway.
//  - its name becomes "<name> (#<id>)": unique by its id; the old messages about
//    the child still say who it was.
// Deleting the removed rows instead would turn their messages into messages
// "about the whole class" (ON DELETE SET NULL), which is wrong.
void FreeSymbolOfRemoved(SQLite::Database& db, Id class_id, const std::string& symbol) {
    store::ChildrenRepo children(db);
    const std::string want = WithoutVariationSelector(symbol);
    for (const Child& holder : children.Removed(class_id))
        if (WithoutVariationSelector(holder.symbol) == want)
            children.SetSymbol(holder.id, "removed-" + std::to_string(holder.id));
}

void FreeNameOfRemoved(SQLite::Database& db, Id class_id, const std::string& name, Id except_child) {
    store::ChildrenRepo(db).TagRemovedNamesWithId(class_id, name, except_child);
}

}  // namespace

// --- Classes ------------------------------------------------------------------

Id AddClass(SQLite::Database& db, const std::string& name, const std::string& teacher, const std::string& symbol,
            const PictogramTable& symbols) {
    const std::string n = CheckName(name, NameOf::Class);
    const std::string t = CheckName(teacher, NameOf::Teacher);
    const std::string s = CheckSymbol(symbol, symbols);
    store::Transaction change(db);
    store::ClassesRepo classes(db);
    const std::optional<std::string> dup = classes.NameLike(n);
    if (dup) throw AdminError(N_("There is already a class called %s."), *dup);
    const Id id = classes.Add(ClassInfo{0, n, t, s});
    change.Commit();
    return id;
}

void RenameClass(SQLite::Database& db, Id class_id, const std::string& name, const std::string& teacher) {
    const std::string n = CheckName(name, NameOf::Class);
    const std::string t = CheckName(teacher, NameOf::Teacher);
    store::Transaction change(db);
    ClassName(db, class_id);  // throws when there is no such class
    store::ClassesRepo classes(db);
    const std::optional<std::string> dup = classes.NameLike(n, class_id);
    if (dup) throw AdminError(N_("There is already a class called %s."), *dup);
    classes.Rename(class_id, n, t);
    change.Commit();
}

void RemoveClass(SQLite::Database& db, Id class_id) {
    store::Transaction change(db);
    const std::string name = ClassName(db, class_id);
    store::ClassesRepo classes(db);
    if (classes.Count() <= 1)
        throw AdminError(N_("The kiosk needs a class: %s is the last one and cannot be removed."), name);
    // Its children, events, polls, photos, messages and keys go with it (ON DELETE CASCADE).
    classes.Remove(class_id);
    // A door showing this class shows the first class from now on.
    store::SettingsRepo(db).ClearIf("class_id", std::to_string(class_id));
    change.Commit();
}

// --- Children -----------------------------------------------------------------

Id AddChild(SQLite::Database& db, Id class_id, const std::string& first_name, const std::string& symbol,
            bool photo_consent, const PictogramTable& symbols) {
    const std::string n = CheckName(first_name, NameOf::Child);
    const std::string s = CheckSymbol(symbol, symbols);
    store::Transaction change(db);
    ClassName(db, class_id);
    CheckNameFree(db, class_id, n, 0);
    CheckSymbolFree(db, class_id, s, 0);

    // A removed child of that name comes back (the newest, if there are several).
    store::ChildrenRepo children(db);
    const std::optional<Id> back = children.RemovedNamed(class_id, n);
    FreeNameOfRemoved(db, class_id, n, back.value_or(0));
    FreeSymbolOfRemoved(db, class_id, s);

    Id id = 0;
    if (back) {
        children.Restore(Child{*back, class_id, n, s, photo_consent});
        id = *back;
    } else {
        id = children.Add(Child{0, class_id, n, s, photo_consent});
    }
    change.Commit();
    return id;
}

void RenameChild(SQLite::Database& db, Id child_id, const std::string& first_name) {
    const std::string n = CheckName(first_name, NameOf::Child);
    store::Transaction change(db);
    const ChildRow c = ActiveChild(db, child_id);
    CheckNameFree(db, c.class_id, n, child_id);
    FreeNameOfRemoved(db, c.class_id, n, child_id);
    store::ChildrenRepo(db).SetFirstName(child_id, n);
    change.Commit();
}

void SetChildSymbol(SQLite::Database& db, Id child_id, const std::string& symbol, const PictogramTable& symbols) {
    const std::string s = CheckSymbol(symbol, symbols);
    store::Transaction change(db);
    const ChildRow c = ActiveChild(db, child_id);
    CheckSymbolFree(db, c.class_id, s, child_id);
    FreeSymbolOfRemoved(db, c.class_id, s);
    store::ChildrenRepo(db).SetSymbol(child_id, s);
    change.Commit();
}

void SetPhotoConsent(SQLite::Database& db, Id child_id, bool consent) {
    store::Transaction change(db);
    ActiveChild(db, child_id);
    store::ChildrenRepo(db).SetPhotoConsent(child_id, consent);
    change.Commit();
}

void RemoveChild(SQLite::Database& db, Id child_id) {
    store::Transaction change(db);
    ActiveChild(db, child_id);
    store::ChildrenRepo(db).Remove(child_id);
    change.Commit();
}

std::optional<Child> FindChild(SQLite::Database& db, Id child_id) {
    const std::optional<ChildRow> c = ReadChild(db, child_id);
    if (!c || !c->active) return std::nullopt;
    return static_cast<const Child&>(*c);
}

std::vector<std::string> FreeSymbols(SQLite::Database& db, Id class_id, const PictogramTable& symbols) {
    std::set<std::string> taken;
    for (const Child& c : store::ChildrenRepo(db).InClass(class_id)) taken.insert(WithoutVariationSelector(c.symbol));
    std::vector<std::string> out;
    for (const Pictogram& p : symbols.Rows())
        if (!taken.count(WithoutVariationSelector(p.emoji))) out.push_back(p.emoji);
    return out;
}

}  // namespace kd
