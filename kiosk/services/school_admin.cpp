#include "services/school_admin.h"

#include "store/transaction.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
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

// A name as stored: trimmed, 1..kMaxNameLength characters, one line of text.
// `what` starts the sentence: "The name", "The teacher's name".
std::string CheckName(const std::string& raw, const std::string& what) {
    const std::string name = Trim(raw);
    if (name.empty()) throw AdminError(what + " is empty.");
    const long n = CodePoints(name);
    if (n < 0) throw AdminError(what + " is not valid text (UTF-8).");
    for (const char ch : name)
        if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7F)
            throw AdminError(what + " has a tab, a line break or another control character.");
    if (static_cast<size_t>(n) > kMaxNameLength)
        throw AdminError(what + " is too long: at most " + std::to_string(kMaxNameLength) + " characters, '" + name +
                         "' has " + std::to_string(n) + ".");
    return name;
}

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
    if (given.empty()) throw AdminError("A symbol is needed: one of the pictures of the symbols table.");
    for (const Pictogram& p : symbols.Rows())
        if (WithoutVariationSelector(p.emoji) == given) return p.emoji;
    throw AdminError("'" + Trim(raw) + "' is not one of the symbols (assets/symbols.tsv).");
}

std::string ClassName(SQLite::Database& db, Id class_id) {
    SQLite::Statement q(db, "SELECT name FROM classes WHERE id = ?");
    q.bind(1, class_id);
    if (!q.executeStep()) throw AdminError("There is no class with id " + std::to_string(class_id) + ".");
    return q.getColumn(0).getString();
}

struct ChildRow {
    Id id = 0;
    Id class_id = 0;
    std::string first_name;
    std::string symbol;
    bool active = false;
};

std::optional<ChildRow> ReadChild(SQLite::Database& db, Id child_id) {
    SQLite::Statement q(db, "SELECT id, class_id, first_name, symbol, active FROM children WHERE id = ?");
    q.bind(1, child_id);
    if (!q.executeStep()) return std::nullopt;
    return ChildRow{q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getString(),
                    q.getColumn(3).getString(), q.getColumn(4).getInt() != 0};
}

// An active child, or AdminError. A removed child is gone from the list for
// every change but adding them again.
ChildRow ActiveChild(SQLite::Database& db, Id child_id) {
    auto c = ReadChild(db, child_id);
    if (!c || !c->active) throw AdminError("There is no child with id " + std::to_string(child_id) + " on the list.");
    return *c;
}

// Refuses `symbol` when another active child of the class has it.
void CheckSymbolFree(SQLite::Database& db, Id class_id, const std::string& symbol, Id except_child) {
    SQLite::Statement q(db, "SELECT first_name, symbol FROM children WHERE class_id = ? AND active = 1 AND id != ?");
    q.bind(1, class_id);
    q.bind(2, except_child);
    const std::string want = WithoutVariationSelector(symbol);
    while (q.executeStep()) {
        if (WithoutVariationSelector(q.getColumn(1).getString()) == want)
            throw AdminError("Another child in this class already has " + symbol + " (" + q.getColumn(0).getString() +
                             ").");
    }
}

// Refuses `name` when another active child of the class has it (letters compared
// without case: "noor" is "Noor").
void CheckNameFree(SQLite::Database& db, Id class_id, const std::string& name, Id except_child) {
    SQLite::Statement q(db, "SELECT first_name FROM children WHERE class_id = ? AND active = 1 AND id != ? "
                            "AND first_name = ? COLLATE NOCASE");
    q.bind(1, class_id);
    q.bind(2, except_child);
    q.bind(3, name);
    if (q.executeStep())
        throw AdminError("There is already a child called " + q.getColumn(0).getString() + " in this class.");
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
    SQLite::Statement q(db, "SELECT id, symbol FROM children WHERE class_id = ? AND active = 0");
    q.bind(1, class_id);
    std::vector<Id> holders;
    const std::string want = WithoutVariationSelector(symbol);
    while (q.executeStep())
        if (WithoutVariationSelector(q.getColumn(1).getString()) == want) holders.push_back(q.getColumn(0).getInt64());
    for (const Id id : holders) {
        SQLite::Statement u(db, "UPDATE children SET symbol = 'removed-' || id WHERE id = ?");
        u.bind(1, id);
        u.exec();
    }
}

void FreeNameOfRemoved(SQLite::Database& db, Id class_id, const std::string& name, Id except_child) {
    SQLite::Statement u(db, "UPDATE children SET first_name = first_name || ' (#' || id || ')' "
                            "WHERE class_id = ? AND active = 0 AND id != ? AND first_name = ? COLLATE NOCASE");
    u.bind(1, class_id);
    u.bind(2, except_child);
    u.bind(3, name);
    u.exec();
}

}  // namespace

// --- Classes ------------------------------------------------------------------

Id AddClass(SQLite::Database& db, const std::string& name, const std::string& teacher, const std::string& symbol,
            const PictogramTable& symbols) {
    const std::string n = CheckName(name, "The class name");
    const std::string t = CheckName(teacher, "The teacher's name");
    const std::string s = CheckSymbol(symbol, symbols);
    store::Transaction change(db);
    SQLite::Statement dup(db, "SELECT name FROM classes WHERE name = ? COLLATE NOCASE");
    dup.bind(1, n);
    if (dup.executeStep()) throw AdminError("There is already a class called " + dup.getColumn(0).getString() + ".");
    SQLite::Statement q(db, "INSERT INTO classes(name, teacher, symbol) VALUES(?, ?, ?) RETURNING id");
    q.bind(1, n);
    q.bind(2, t);
    q.bind(3, s);
    q.executeStep();
    const Id id = q.getColumn(0).getInt64();
    q.reset();
    change.Commit();
    return id;
}

void RenameClass(SQLite::Database& db, Id class_id, const std::string& name, const std::string& teacher) {
    const std::string n = CheckName(name, "The class name");
    const std::string t = CheckName(teacher, "The teacher's name");
    store::Transaction change(db);
    ClassName(db, class_id);  // throws when there is no such class
    SQLite::Statement dup(db, "SELECT name FROM classes WHERE name = ? COLLATE NOCASE AND id != ?");
    dup.bind(1, n);
    dup.bind(2, class_id);
    if (dup.executeStep()) throw AdminError("There is already a class called " + dup.getColumn(0).getString() + ".");
    SQLite::Statement q(db, "UPDATE classes SET name = ?, teacher = ? WHERE id = ?");
    q.bind(1, n);
    q.bind(2, t);
    q.bind(3, class_id);
    q.exec();
    change.Commit();
}

void RemoveClass(SQLite::Database& db, Id class_id) {
    store::Transaction change(db);
    const std::string name = ClassName(db, class_id);
    if (db.execAndGet("SELECT count(*) FROM classes").getInt() <= 1)
        throw AdminError("The kiosk needs a class: " + name + " is the last one and cannot be removed.");
    // Its children, events, polls, photos, messages and keys go with it (ON DELETE CASCADE).
    SQLite::Statement q(db, "DELETE FROM classes WHERE id = ?");
    q.bind(1, class_id);
    q.exec();
    // A door showing this class shows the first class from now on.
    SQLite::Statement s(db, "DELETE FROM settings WHERE key = 'class_id' AND value = ?");
    s.bind(1, std::to_string(class_id));
    s.exec();
    change.Commit();
}

// --- Children -----------------------------------------------------------------

Id AddChild(SQLite::Database& db, Id class_id, const std::string& first_name, const std::string& symbol,
            bool photo_consent, const PictogramTable& symbols) {
    const std::string n = CheckName(first_name, "The name");
    const std::string s = CheckSymbol(symbol, symbols);
    store::Transaction change(db);
    ClassName(db, class_id);
    CheckNameFree(db, class_id, n, 0);
    CheckSymbolFree(db, class_id, s, 0);

    // A removed child of that name comes back (the newest, if there are several).
    std::optional<Id> back;
    {
        SQLite::Statement q(db, "SELECT id FROM children WHERE class_id = ? AND active = 0 "
                                "AND first_name = ? COLLATE NOCASE ORDER BY id DESC LIMIT 1");
        q.bind(1, class_id);
        q.bind(2, n);
        if (q.executeStep()) back = q.getColumn(0).getInt64();
    }
    FreeNameOfRemoved(db, class_id, n, back.value_or(0));
    FreeSymbolOfRemoved(db, class_id, s);

    Id id = 0;
    if (back) {
        SQLite::Statement q(db, "UPDATE children SET first_name = ?, symbol = ?, photo_consent = ?, active = 1 "
                                "WHERE id = ?");
        q.bind(1, n);
        q.bind(2, s);
        q.bind(3, photo_consent ? 1 : 0);
        q.bind(4, *back);
        q.exec();
        id = *back;
    } else {
        SQLite::Statement q(db, "INSERT INTO children(class_id, first_name, symbol, photo_consent) "
                                "VALUES(?, ?, ?, ?) RETURNING id");
        q.bind(1, class_id);
        q.bind(2, n);
        q.bind(3, s);
        q.bind(4, photo_consent ? 1 : 0);
        q.executeStep();
        id = q.getColumn(0).getInt64();
    }
    change.Commit();
    return id;
}

void RenameChild(SQLite::Database& db, Id child_id, const std::string& first_name) {
    const std::string n = CheckName(first_name, "The name");
    store::Transaction change(db);
    const ChildRow c = ActiveChild(db, child_id);
    CheckNameFree(db, c.class_id, n, child_id);
    FreeNameOfRemoved(db, c.class_id, n, child_id);
    SQLite::Statement q(db, "UPDATE children SET first_name = ? WHERE id = ?");
    q.bind(1, n);
    q.bind(2, child_id);
    q.exec();
    change.Commit();
}

void SetChildSymbol(SQLite::Database& db, Id child_id, const std::string& symbol, const PictogramTable& symbols) {
    const std::string s = CheckSymbol(symbol, symbols);
    store::Transaction change(db);
    const ChildRow c = ActiveChild(db, child_id);
    CheckSymbolFree(db, c.class_id, s, child_id);
    FreeSymbolOfRemoved(db, c.class_id, s);
    SQLite::Statement q(db, "UPDATE children SET symbol = ? WHERE id = ?");
    q.bind(1, s);
    q.bind(2, child_id);
    q.exec();
    change.Commit();
}

void SetPhotoConsent(SQLite::Database& db, Id child_id, bool consent) {
    store::Transaction change(db);
    ActiveChild(db, child_id);
    SQLite::Statement q(db, "UPDATE children SET photo_consent = ? WHERE id = ?");
    q.bind(1, consent ? 1 : 0);
    q.bind(2, child_id);
    q.exec();
    change.Commit();
}

void RemoveChild(SQLite::Database& db, Id child_id) {
    store::Transaction change(db);
    ActiveChild(db, child_id);
    SQLite::Statement q(db, "UPDATE children SET active = 0 WHERE id = ?");
    q.bind(1, child_id);
    q.exec();
    change.Commit();
}

std::optional<Child> FindChild(SQLite::Database& db, Id child_id) {
    SQLite::Statement q(db, "SELECT id, class_id, first_name, symbol, photo_consent FROM children "
                            "WHERE id = ? AND active = 1");
    q.bind(1, child_id);
    if (!q.executeStep()) return std::nullopt;
    return Child{q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getString(),
                 q.getColumn(3).getString(), q.getColumn(4).getInt() != 0};
}

std::vector<std::string> FreeSymbols(SQLite::Database& db, Id class_id, const PictogramTable& symbols) {
    std::set<std::string> taken;
    SQLite::Statement q(db, "SELECT symbol FROM children WHERE class_id = ? AND active = 1");
    q.bind(1, class_id);
    while (q.executeStep()) taken.insert(WithoutVariationSelector(q.getColumn(0).getString()));
    std::vector<std::string> out;
    for (const Pictogram& p : symbols.Rows())
        if (!taken.count(WithoutVariationSelector(p.emoji))) out.push_back(p.emoji);
    return out;
}

}  // namespace kd
