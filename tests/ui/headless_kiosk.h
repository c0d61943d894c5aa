#pragma once
// A kiosk without a window: a real ImGui context with the real fonts and
// pictogram atlas (built to RGBA, never uploaded), the real controller over an
// in-memory database with the demo school, and a hand-moved clock. Taps go
// through ImGui's own input like a finger would: hover, press, release.
#include "domain/clock.h"
#include "app/kiosk_controller.h"
#include "domain/pictogram_table.h"
#include "i18n/catalog.h"
#include "app/kiosk_ui.h"
#include "ui/pictogram_atlas.h"
#include "ui/automation_map.h"

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace kd::test {

// 2026-11-24 10:00 UTC, a Tuesday.
inline constexpr std::int64_t kTuesday = 20781LL * 86400 + 10 * 3600;

class HeadlessKiosk {
public:
    // `db_file` empty: an in-memory database; else that file (the demo school added if it has no children).
    explicit HeadlessKiosk(int width = 1920, int height = 1080, Settings settings = {},
                           const std::filesystem::path& db_file = {});
    ~HeadlessKiosk();

    // One frame with the current pointer; records the UI map.
    void Frame();
    // Frames until nothing changes (at most a few).
    void Settle();
    // Taps the item with that id from the last frame's map. False if there is none.
    bool Tap(std::string_view id);

    const ui::AutomationMap& Map() const { return m_map; }
    KioskController& Controller() { return *m_controller; }
    ManualClock& Clock() { return m_clock; }
    SQLite::Database& Db() { return *m_db; }
    Screen CurrentScreen() const { return m_controller->State().screen; }
    const ui::PictogramAtlas& Atlas() const { return m_atlas; }
    const Pictograms& Pictos() const { return m_pictos; }
    // Holds a finger on the item for `seconds` (frames at 60 Hz, the clock moving
    // along), then lifts it. False if there is no such item.
    bool Hold(std::string_view id, double seconds, bool lift = true);
    // Types on a plugged-in keyboard: characters, then Enter if `enter`.
    void TypeOnKeyboard(const char* text, bool enter);
    // The last frame asked for frames without input (a hold in progress).
    bool Animating() const { return m_ui->Animating(); }
    // As the app does when names change: builds the atlas again if a name or
    // title has characters it lacks. True if it did.
    bool RebuildAtlasForNewNames();
    // A finger from `from` to `to`; `frames` frames in between (0: all in one, as on a slow frame).
    // `rest` frames more with the finger still at `to` before it lifts.
    void Drag(ImVec2 from, ImVec2 to, int frames = 5, int rest = 0);

private:
    void MouseFrame(ImVec2 pos, bool down);

    ManualClock m_clock{kTuesday};
    std::unique_ptr<SQLite::Database> m_db;
    Pictograms m_pictos;
    i18n::Catalogs m_catalogs;
    std::unique_ptr<KioskController> m_controller;
    ImGuiContext* m_ctx = nullptr;
    ui::PictogramAtlas m_atlas;
    std::unique_ptr<ui::KioskUi> m_ui;
    ui::AutomationMap m_map;
    std::string m_typed;  // the names and titles the atlas was built for
};

// Teacher mode's Import runs the real importer (media/photo_import.h) into `dir`, as the app's hook does.
void HookImport(HeadlessKiosk& k, const std::filesystem::path& dir);

// `n` photos of the door class, taken today (the files need not exist: no texture loads headless).
void AddPhotos(HeadlessKiosk& k, int n);

}  // namespace kd::test
