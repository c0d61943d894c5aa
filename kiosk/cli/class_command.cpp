#include "cli/admin_common.h"
#include "cli/commands.h"
#include "i18n/catalog.h"
#include "services/class_list.h"
#include "store/children_repo.h"
#include "store/classes_repo.h"
#include "store/concerns_repo.h"
#include "store/photos_repo.h"

#include <cstdio>
#include <stdexcept>

namespace kd::cli {
namespace {

std::string Plural(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

}  // namespace

int Classes(const std::filesystem::path& data_dir, const ClassArgs& a) {
    auto db = OpenAdminDatabase(data_dir);
    store::ClassesRepo repo(*db);

    if (a.action == "list") {
        std::vector<std::vector<std::string>> rows;
        for (const ClassInfo& c : repo.All())
            rows.push_back({std::to_string(c.id), c.symbol, c.name, c.teacher,
                            Plural(store::ChildrenRepo(*db).CountInClass(c.id), "child", "children")});
        if (rows.empty()) std::fprintf(stderr, "klasdeur: there is no class yet (klasdeur class add, or klasdeur demo)\n");
        PrintColumns(rows);
        return 0;
    }
    if (a.action == "add") {
        const PictogramTable symbols = LoadSymbols();
        const Id id = AddClass(*db, a.name, a.teacher, SymbolFromArgument(a.symbol, symbols), symbols);
        const ClassInfo c = *repo.Find(id);
        std::printf("Class %lld added: %s %s (%s).\n", static_cast<long long>(id), c.symbol.c_str(), c.name.c_str(),
                    c.teacher.c_str());
        return 0;
    }
    if (a.action == "rename") {
        const auto before = repo.Find(a.id);
        if (!before) throw AdminError(N_("There is no class with id %d."), a.id);
        RenameClass(*db, a.id, a.name, a.teacher.empty() ? before->teacher : a.teacher);
        const ClassInfo c = *repo.Find(a.id);
        std::printf("Class %lld is now %s (%s).\n", static_cast<long long>(a.id), c.name.c_str(), c.teacher.c_str());
        return 0;
    }
    if (a.action == "remove") {
        const auto c = repo.Find(a.id);
        if (!c) throw AdminError(N_("There is no class with id %d."), a.id);
        const int children = store::ChildrenRepo(*db).CountInClass(a.id);
        const int concerns = store::ConcernsRepo(*db).CountOfClass(a.id);
        if ((children > 0 || concerns > 0) && !a.force)
            throw std::invalid_argument(c->name + " still has " + Plural(children, "child", "children") + " and " +
                                        Plural(concerns, "message from parents", "messages from parents") +
                                        ", which would be deleted with it; add --force to remove it all the same.");
        // The photos' files go too; the rows go with the class (ON DELETE CASCADE).
        std::vector<std::filesystem::path> files;
        for (const Photo& p : store::PhotosRepo(*db).OfClass(a.id)) {
            files.push_back(data_dir / p.screen_file);
            files.push_back(data_dir / p.thumb_file);
        }
        RemoveClass(*db, a.id);
        int left = 0;
        for (const auto& f : files) {
            std::error_code ec;
            std::filesystem::remove(f, ec);
            if (ec) ++left;
        }
        std::printf("Class %lld (%s) removed, with %s, %s and %s.\n", static_cast<long long>(a.id), c->name.c_str(),
                    Plural(children, "child", "children").c_str(),
                    Plural(static_cast<int>(files.size() / 2), "photo", "photos").c_str(),
                    Plural(concerns, "message from parents", "messages from parents").c_str());
        if (left > 0) std::fprintf(stderr, "klasdeur: %d photo file(s) could not be deleted\n", left);
        return 0;
    }
    throw std::logic_error("no such class command: " + a.action);
}

}  // namespace kd::cli
