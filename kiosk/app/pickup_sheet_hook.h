#pragma once
// Teacher mode's "Save on the USB stick" for today's pick-up list: the sheet of
// the unlocked inbox, in the teacher's language read afresh from its .mo
// (logical order: Pango shapes it; the screens' catalogs are in display order),
// drawn with cairo. The app and the headless tests hand the controller the same.
#include "app/kiosk_controller.h"
#include "domain/pictogram_table.h"

#include <filesystem>

namespace kd {

KioskController::PickupSheetHook MakePickupSheetHook(const KioskController& controller, const Pictograms& pictos,
                                                     std::filesystem::path share_dir);

}  // namespace kd
