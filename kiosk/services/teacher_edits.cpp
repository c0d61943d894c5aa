#include "services/teacher_edits.h"

#include "domain/settings.h"
#include "i18n/catalog.h"
#include "services/class_list.h"
#include "store/children_repo.h"
#include "store/settings_repo.h"
#include "store/transaction.h"

#include <algorithm>

namespace kd {

template <typename F>
bool TeacherEdits::Try(F&& f) {
    try {
        f();
        m_problem = {};
        return true;
    } catch (const AdminError& e) {
        m_problem = e.Said();
    } catch (const std::exception& e) {
        // A disk or database failure: the teacher sees it, the kiosk goes on.
        SetProblem(N_("This could not be saved: %s"), e.what());
    }
    return false;
}

void TeacherEdits::EditChild(const kd::Child& c) {
    m_child = ChildDraft{c.id, c.first_name, c.symbol, c.photo_consent};
    m_child_class = c.class_id;
    ClearMessages();
    RefreshFree();
}

void TeacherEdits::NewChild(Id class_id) {
    m_child = ChildDraft{};
    m_child_class = class_id;
    ClearMessages();
    RefreshFree();
}

void TeacherEdits::NameKey(const std::string& utf8) {
    if (utf8.empty() || m_child.name.size() + utf8.size() > kMaxNameLength * 4) return;
    // A name starts with a capital, as does each part ("Anna-Lena", "Mohamed Amine").
    const std::string& n = m_child.name;
    const bool word_start = n.empty() || n.back() == ' ' || n.back() == '-';
    std::string c = utf8;
    if (word_start) {
        static const std::pair<const char*, const char*> kUpper[] = {
            {"é", "É"}, {"è", "È"}, {"ë", "Ë"}, {"ï", "Ï"}, {"ö", "Ö"}, {"ü", "Ü"}, {"ç", "Ç"}, {"ş", "Ş"}, {"ñ", "Ñ"}};
        if (c.size() == 1 && c[0] >= 'a' && c[0] <= 'z') c[0] = static_cast<char>(c[0] - 'a' + 'A');
        for (const auto& [lo, up] : kUpper)
            if (c == lo) c = up;
    }
    if (word_start && (c == " " || c == "-")) return;  // no leading or doubled separators
    m_child.name += c;
}

void TeacherEdits::NameErase() {
    std::string& n = m_child.name;
    if (n.empty()) return;
    // Back over continuation bytes (10xxxxxx) to the start of the last character.
    size_t i = n.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(n[i]) & 0xC0) == 0x80) --i;
    n.erase(i);
}

void TeacherEdits::RefreshFree() {
    m_free.clear();
    if (!m_symbols) return;
    try {
        m_free = kd::FreeSymbols(m_db, m_child_class, *m_symbols);
    } catch (const std::exception& e) {
        SetProblem(N_("The picture symbols could not be read: %s"), e.what());
    }
    // The child's own symbol is free for them.
    if (!m_child.symbol.empty() && std::find(m_free.begin(), m_free.end(), m_child.symbol) == m_free.end())
        m_free.insert(m_free.begin(), m_child.symbol);
}

bool TeacherEdits::SaveChild() {
    if (!m_symbols) {
        SetProblem(N_("The picture symbols are not loaded."));
        return false;
    }
    // The refusals a teacher meets, as msgids (the screen shows them in the
    // teacher's language); class_list checks everything again.
    if (m_child.name.find_first_not_of(" -'") == std::string::npos) {
        SetProblem(N_("Type the child's first name."));
        return false;
    }
    if (m_child.symbol.empty()) {
        SetProblem(N_("Pick a picture symbol."));
        return false;
    }
    if (std::find(m_free.begin(), m_free.end(), m_child.symbol) == m_free.end()) {
        SetProblem(N_("Another child in this class has that picture symbol."));
        return false;
    }
    {
        store::ChildrenRepo children(m_db);
        if (children.ActiveNameLike(m_child_class, m_child.name, m_child.id.value_or(0))) {
            SetProblem(N_("Another child in this class has that name."));
            return false;
        }
    }
    const bool ok = Try([&] {
        store::Transaction tx(m_db);
        if (m_child.id) {
            const std::optional<kd::Child> before = FindChild(m_db, *m_child.id);
            if (!before) throw AdminError(N_("This child is no longer on the list."));
            if (before->first_name != m_child.name) RenameChild(m_db, *m_child.id, m_child.name);
            if (before->symbol != m_child.symbol) SetChildSymbol(m_db, *m_child.id, m_child.symbol, *m_symbols);
            if (before->photo_consent != m_child.consent) SetPhotoConsent(m_db, *m_child.id, m_child.consent);
        } else {
            m_child.id = AddChild(m_db, m_child_class, m_child.name, m_child.symbol, m_child.consent, *m_symbols);
        }
        tx.Commit();
    });
    return ok;
}

bool TeacherEdits::RemoveChild() {
    if (!m_child.id) return false;
    return Try([&] { kd::RemoveChild(m_db, *m_child.id); });
}

bool TeacherEdits::CreatePoll(Id class_id, const CivilDate& today) {
    return Try([&] {
        kd::CreatePoll(m_db, class_id, m_poll.question, m_poll.event_id, today, today.AddDays(m_poll.days - 1));
    });
}

bool TeacherEdits::ClosePoll(Id poll_id, const CivilDate& today) {
    return Try([&] { kd::ClosePoll(m_db, poll_id, today); });
}

bool TeacherEdits::SetSetting(const std::string& key, const std::string& value,
                              const std::vector<std::string>& known_langs) {
    if (const auto why = ValidateSetting(key, value, known_langs)) {
        // The reason names the setting and its values, for the IT person: a value, not a sentence.
        SetProblem(N_("This setting cannot take that value: %s"), *why);
        return false;
    }
    return Try([&] { store::SettingsRepo(m_db).Set(key, value); });
}

}  // namespace kd
