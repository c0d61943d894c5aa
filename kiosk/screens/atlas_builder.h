#pragma once
// Builds the one texture atlas the kiosk draws from: fonts at three sizes and
// every pictogram. Pure CPU work with no ImGui context needed, so the app runs
// it on a worker thread while the window and GL context are being created.
#include "domain/screen_data.h"
#include "domain/pictogram_table.h"
#include "ui/fonts.h"
#include "ui/pictogram_atlas.h"

#include <imgui.h>

#include <string>
#include <vector>

namespace kd::ui {

// Every pictogram the kiosk can show with this data: the tables, the screens'
// own, the classes' and children's symbols, the events' "bring" items.
std::vector<std::string> KioskPictograms(const Pictograms& tables, const ScreenData& data);

// Whether `typed` has a character that neither the base fonts nor the atlas
// built for `built_for` draws: then the atlas must be built again.
bool AtlasLacks(const std::string& built_for, const std::string& typed);

// Adds the fonts (with glyphs for `typed`), rasterizes the pictograms into
// `pictos` and builds `atlas` to RGBA. Throws std::runtime_error when a font is missing.
Fonts BuildKioskAtlas(ImFontAtlas& atlas, float em, const std::vector<std::string>& emoji, const std::string& typed,
                      PictogramAtlas& pictos);

}  // namespace kd::ui
