#include "cli/admin_common.h"
#include "cli/commands.h"
#include "i18n/catalog.h"
#include "services/class_list.h"
#include "store/children_repo.h"
#include "store/classes_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdio>
#include <stdexcept>

namespace kd::cli {
namespace {

ClassInfo ClassOrThrow(store::ClassesRepo& repo, Id id) {
    auto c = repo.Find(id);
    if (!c) throw AdminError(N_("There is no class with id %d."), id);
    return *c;
}

Child ChildOrThrow(SQLite::Database& db, Id id) {
    auto c = FindChild(db, id);
    if (!c) throw AdminError(N_("There is no child with id %d on the list."), id);
    return *c;
}

const char* ConsentWords(bool consent) { return consent ? "photos" : "no photos"; }

}  // namespace

int Children(const std::filesystem::path& data_dir, const ChildArgs& a) {
    auto db = OpenAdminDatabase(data_dir);
    store::ClassesRepo classes(*db);
    store::ChildrenRepo children(*db);
    auto id_text = [](Id id) { return std::to_string(id); };

    if (a.action == "list") {
        std::vector<ClassInfo> which;
        if (a.class_id) which.push_back(ClassOrThrow(classes, *a.class_id));
        else which = classes.All();
        std::vector<std::vector<std::string>> rows;
        for (const ClassInfo& c : which)
            for (const Child& k : children.InClass(c.id))
                rows.push_back({id_text(k.id), k.symbol, k.first_name, ConsentWords(k.photo_consent), c.name});
        PrintColumns(rows);
        return 0;
    }
    if (a.action == "symbols") {
        const ClassInfo c = ClassOrThrow(classes, a.class_id.value_or(0));
        const PictogramTable symbols = LoadSymbols();
        std::vector<std::vector<std::string>> rows;
        for (const std::string& emoji : FreeSymbols(*db, c.id, symbols))
            for (const Pictogram& p : symbols.Rows())
                if (p.emoji == emoji) rows.push_back({p.id, p.emoji});
        PrintColumns(rows);
        return 0;
    }
    if (a.action == "add") {
        const ClassInfo c = ClassOrThrow(classes, a.class_id.value_or(0));
        const PictogramTable symbols = LoadSymbols();
        const Id id = AddChild(*db, c.id, a.name, SymbolFromArgument(a.symbol, symbols), a.consent, symbols);
        const Child k = ChildOrThrow(*db, id);
        std::printf("Child %lld added to %s: %s %s (%s).\n", static_cast<long long>(id), c.name.c_str(), k.symbol.c_str(),
                    k.first_name.c_str(), k.photo_consent ? "photos allowed" : "no photos");
        return 0;
    }

    const Child before = ChildOrThrow(*db, a.id);
    if (a.action == "rename") {
        RenameChild(*db, a.id, a.name);
        std::printf("Child %lld is now called %s.\n", static_cast<long long>(a.id),
                    ChildOrThrow(*db, a.id).first_name.c_str());
    } else if (a.action == "symbol") {
        const PictogramTable symbols = LoadSymbols();
        SetChildSymbol(*db, a.id, SymbolFromArgument(a.symbol, symbols), symbols);
        std::printf("%s's symbol is now %s.\n", before.first_name.c_str(), ChildOrThrow(*db, a.id).symbol.c_str());
    } else if (a.action == "consent") {
        if (a.yes_no != "yes" && a.yes_no != "no") throw std::invalid_argument("Say yes or no.");
        SetPhotoConsent(*db, a.id, a.yes_no == "yes");
        std::printf("%s: %s.\n", before.first_name.c_str(),
                    a.yes_no == "yes" ? "photos allowed" : "no photos");
    } else if (a.action == "remove") {
        RemoveChild(*db, a.id);
        std::printf("%s is no longer on the list; the teacher can still read what parents wrote about them until "
                    "it is deleted. Adding %s again brings them back.\n",
                    before.first_name.c_str(), before.first_name.c_str());
    } else {
        throw std::logic_error("no such child command: " + a.action);
    }
    return 0;
}

}  // namespace kd::cli
