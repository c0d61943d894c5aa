#include "app/pickup_sheet_hook.h"

#include "i18n/catalog.h"
#include "media/pickup_sheet.h"
#include "services/pickup_list.h"

#include <cstdio>

namespace kd {

KioskController::PickupSheetHook MakePickupSheetHook(const KioskController& controller, const Pictograms& pictos,
                                                     std::filesystem::path share_dir) {
    return [&controller, &pictos, share = std::move(share_dir)](const std::filesystem::path& file) {
        const Settings& s = controller.GetSettings();
        i18n::Catalog catalog;
        const std::filesystem::path mo = share / "locale" / s.teacher_lang / "LC_MESSAGES" / "klasdeur.mo";
        try {
            if (std::filesystem::exists(mo)) catalog = i18n::Catalog::FromMoFile(mo);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "klasdeur: %s\n", e.what());  // the words in English, then
        }
        const ScreenData& d = controller.Data();
        const media::PickupSheet sheet = media::MakePickupSheet(
            PickupChanges(controller.Teacher().Inbox(), pictos), d.all_children, pictos, catalog, s.teacher_lang,
            s.mode == KioskMode::Entrance ? "" : d.door_class.name, d.today, s.time_zone);
        return media::WritePickupSheet(sheet, file);
    };
}

}  // namespace kd
