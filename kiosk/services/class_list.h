#pragma once
// The class list as a teacher (teacher mode) or the school's IT person
// (`klasdeur class ...`, `klasdeur child ...`) keeps it. Every change is checked
// here, once, for both: a bad value throws AdminError with a sentence a teacher
// can act on, and changes nothing.
#include "domain/message.h"
#include "domain/records.h"
#include "domain/pictogram_table.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite { class Database; }

namespace kd {

// A refusal: what() is the sentence in English, as the command line prints
// it; Said() the same sentence as a msgid with its values, for teacher mode.
class AdminError : public std::invalid_argument {
public:
    template <typename... A>
    explicit AdminError(const char* msgid, const A&... args)
        : std::invalid_argument(Message(msgid, args...).English()), m_said(msgid, args...) {}
    const Message& Said() const { return m_said; }

private:
    Message m_said;
};

inline constexpr size_t kMaxNameLength = 40;  // characters (UTF-8 code points), after trimming

// The characters of a name the kiosk cannot draw (none: it can). The kiosk and
// the command line set it to ui::UndrawableIn before any change, so a name in
// a script without a font is refused as it is typed, never shown as "?".
// Unset, no name is refused for that.
using UndrawableCheck = std::vector<char32_t> (*)(std::string_view text);
void SetUndrawableCheck(UndrawableCheck check);

// Classes. Names are unique; a class needs a teacher's name and a symbol from
// the symbols table. The last class cannot be removed (the kiosk needs one).
Id AddClass(SQLite::Database& db, const std::string& name, const std::string& teacher, const std::string& symbol,
            const PictogramTable& symbols);
void RenameClass(SQLite::Database& db, Id class_id, const std::string& name, const std::string& teacher);
void RemoveClass(SQLite::Database& db, Id class_id);

// Names are stored in Unicode's composed form (NFC), as most keyboards type
// them: "Nguyễn" typed with combining accents is stored like the composed one.

// Children. A first name (1..40 characters, unique in the class) and a symbol
// (an emoji from the symbols table that no other child of the class has).
Id AddChild(SQLite::Database& db, Id class_id, const std::string& first_name, const std::string& symbol,
            bool photo_consent, const PictogramTable& symbols);
void RenameChild(SQLite::Database& db, Id child_id, const std::string& first_name);
void SetChildSymbol(SQLite::Database& db, Id child_id, const std::string& symbol, const PictogramTable& symbols);
void SetPhotoConsent(SQLite::Database& db, Id child_id, bool consent);
// The child leaves the list (no longer shown to parents); messages about them
// stay readable for the teacher until retention deletes them.
void RemoveChild(SQLite::Database& db, Id child_id);
std::optional<Child> FindChild(SQLite::Database& db, Id child_id);

// Symbols of the table that no active child of the class has, in table order.
std::vector<std::string> FreeSymbols(SQLite::Database& db, Id class_id, const PictogramTable& symbols);

}  // namespace kd
