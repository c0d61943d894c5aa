// `klasdeur pickup-list --out today.pdf`: today's pick-up list as one page to
// print for a substitute teacher (PDF or PNG), in the teacher's language. The
// teacher code on standard input, as for export: the list names children.
#include "cli/commands.h"
#include "cli/teacher_unlock.h"
#include "cli/admin_common.h"
#include "domain/settings.h"
#include "i18n/catalog.h"
#include "i18n/dates.h"
#include "media/pickup_sheet.h"
#include "services/kiosk_database.h"
#include "services/paths.h"
#include "services/pickup_list.h"
#include "services/sealed_concerns.h"
#include "services/settings_store.h"
#include "store/children_repo.h"
#include "store/classes_repo.h"

#include <cstdio>
#include <stdexcept>

namespace kd::cli {

int PickupList(const std::filesystem::path& data_dir, const std::string& out, const std::string& lang_arg) {
    auto db = OpenExistingDatabase(data_dir);
    const Settings settings = LoadSettings(*db, nullptr);
    std::optional<ClassKeys> keys = UnlockFromStdin(*db);
    if (!keys) return 1;

    // Today's messages of the classes this kiosk's teacher reads, opened.
    const CivilDate today = SchoolToday(*db);
    const std::int64_t from = i18n::StartOfLocalDay(today, settings.time_zone);
    const std::int64_t to = i18n::StartOfLocalDay(today.AddDays(1), settings.time_zone);
    const std::vector<ClassInfo> classes = store::ClassesRepo(*db).All();
    TeacherInbox box;
    for (const ClassInfo& c : classes) {
        if (settings.mode != KioskMode::Entrance && settings.class_id && c.id != settings.class_id) continue;
        const auto key = keys->find(c.id);
        if (key == keys->end() || !key->second) continue;
        for (Concern& concern : OpenConcerns(*db, *key->second, c.id, from, to, nullptr)) box.today.push_back(std::move(concern));
    }
    const std::filesystem::path share = FindShareDir();
    const Pictograms pictos = Pictograms::Load(share / "assets");
    const std::vector<PickupChange> changes = PickupChanges(box, pictos);

    // The words in the teacher's language (logical order: Pango shapes and orders them).
    const std::string lang = lang_arg.empty() ? settings.teacher_lang : lang_arg;
    i18n::Catalog catalog;
    const std::filesystem::path mo = share / "locale" / lang / "LC_MESSAGES" / "klasdeur.mo";
    if (std::filesystem::exists(mo)) catalog = i18n::Catalog::FromMoFile(mo);
    const ClassInfo* door = nullptr;
    for (const ClassInfo& c : classes)
        if (c.id == settings.class_id || (!door && !settings.class_id)) door = &c;
    std::vector<Child> children;
    for (const ClassInfo& c : classes)
        for (Child& child : store::ChildrenRepo(*db).InClass(c.id)) children.push_back(std::move(child));
    const media::PickupSheet sheet =
        media::MakePickupSheet(changes, children, pictos, catalog, lang,
                               door && settings.mode != KioskMode::Entrance ? door->name : "", today, settings.time_zone);
    if (const std::string why = media::WritePickupSheet(sheet, out); !why.empty()) {
        std::fprintf(stderr, "klasdeur: %s %s\n", out.c_str(), why.c_str());
        return 1;
    }
    std::printf("%zu change(s) to pick-up today (%s) written to %s\n", changes.size(), today.Iso().c_str(), out.c_str());
    return 0;
}

}  // namespace kd::cli
