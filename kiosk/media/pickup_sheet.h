#pragma once
// Today's pick-up list on one page, for a substitute teacher: an A4 PDF or a
// PNG (150 dpi), drawn with cairo and laid out with Pango, so names keep their
// own script and direction (Arabic joined, right to left) and the children's
// symbols are drawn in colour from Noto Color Emoji. The words come translated.
#include "domain/civil_date.h"
#include "domain/pictogram_table.h"
#include "domain/records.h"
#include "i18n/catalog.h"
#include "services/pickup_list.h"

#include <filesystem>
#include <string>
#include <vector>

namespace kd::media {

struct PickupSheetRow {
    std::string symbol;  // the child's emoji
    std::string name;    // as written
    std::string what;    // "Someone else picks up today", translated
    std::string time;    // "08:12": when the parent said so
};

struct PickupSheet {
    std::string title;       // "Pick-up today"
    std::string subtitle;    // the class and the date, "De Vlinders · donderdag 3 december"
    std::string empty_line;  // said when there are no rows
    std::vector<PickupSheetRow> rows;
    bool rtl = false;        // the teacher's language reads right to left
};

// The sheet of today's changes: names as written, the words from `catalog`
// (logical order, as a .mo file holds them), times in the school's zone.
PickupSheet MakePickupSheet(const std::vector<PickupChange>& changes, const std::vector<Child>& children,
                            const Pictograms& pictos, const i18n::Catalog& catalog, const std::string& lang,
                            const std::string& class_name, const CivilDate& today, const std::string& time_zone);

// Writes the sheet to `file`: PDF when it ends in .pdf, PNG when in .png. Whole
// or not at all (written beside it, then renamed). Returns "" or why not.
std::string WritePickupSheet(const PickupSheet& sheet, const std::filesystem::path& file);

}  // namespace kd::media
