#include "headless_kiosk.h"

#include "media/photo_import.h"
#include "screens/atlas_builder.h"
#include "services/class_list.h"
#include "services/demo_school.h"
#include "ui/glyph_plan.h"
#include "services/kiosk_database.h"
#include "store/database.h"
#include "store/photos_repo.h"
#include "ui/sizes.h"
#include "ui/theme.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <imgui.h>

#include <filesystem>
#include <stdexcept>

namespace kd::test {

namespace {
constexpr int kEnterKey = 257, kBackspaceKey = 259;  // GLFW's codes, as the real backend maps them
}

HeadlessKiosk::HeadlessKiosk(int width, int height, Settings settings, const std::filesystem::path& db_file) {
    SetUndrawableCheck(&ui::UndrawableIn);  // as main() does
    m_db = db_file.empty() ? OpenKioskMemoryDatabase() : OpenKioskDatabase(db_file);
    if (m_db->execAndGet("SELECT count(*) FROM children").getInt() == 0) SeedDemoSchool(*m_db, CivilDate{2026, 11, 24});
    const std::filesystem::path share(KLASDEUR_TEST_SHARE);
    m_pictos = Pictograms::Load(share / "assets");
    m_catalogs.LoadDir(share / "locale");
    m_controller = std::make_unique<KioskController>(*m_db, m_clock, settings);
    m_controller->SetPictograms(&m_pictos);
    m_controller->SetEventRules(EventRules::Load(share / "assets"));
    m_controller->SetKnownLanguages(m_catalogs.Languages());
    m_controller->SetStickSource({}, {});  // no USB stick unless a test puts one in (a mount table of its own)

    m_ctx = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DeltaTime = 1.0f / 60.0f;
    io.KeyMap[ImGuiKey_Enter] = kEnterKey;
    io.KeyMap[ImGuiKey_Backspace] = kBackspaceKey;
    ui::SetPixelsPerMm(ui::PixelsPerMmFor(width, height, ui::UsualDiagonalInches(width, height)));
    ui::Resources res;
    res.fonts = ui::BuildKioskAtlas(*io.Fonts, ui::EmForScreen(width, height),
                                    ui::KioskPictograms(m_pictos, m_controller->Data()),
                                    m_typed = m_controller->TypedText(), m_atlas);
    ui::ApplyTheme(ImGui::GetStyle());
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(1));  // no renderer: any non-null id
    res.pictos = &m_atlas;
    m_ui = std::make_unique<ui::KioskUi>(*m_controller, m_pictos, m_catalogs, res);
    MouseFrame(ImVec2(-1, -1), false);
}

HeadlessKiosk::~HeadlessKiosk() {
    m_ui.reset();
    ImGui::DestroyContext(m_ctx);
}

void HeadlessKiosk::MouseFrame(ImVec2 pos, bool down) {
    ImGui::SetCurrentContext(m_ctx);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = pos;
    io.MouseDown[0] = down;
    ImGui::NewFrame();
    m_ui->Frame(&m_map);
    ImGui::Render();
}

bool HeadlessKiosk::RebuildAtlasForNewNames() {
    std::string typed = m_controller->TypedText();
    if (!ui::AtlasLacks(m_typed, typed)) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    m_atlas = ui::PictogramAtlas();
    const ui::Fonts fonts = ui::BuildKioskAtlas(*io.Fonts, ui::EmPixels(), ui::KioskPictograms(m_pictos, m_controller->Data()),
                                                typed, m_atlas);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(1));
    m_ui->SetFonts(fonts);
    m_typed = std::move(typed);
    return true;
}

void HeadlessKiosk::Frame() {
    ImGuiIO& io = ImGui::GetIO();
    MouseFrame(io.MousePos, io.MouseDown[0]);
}

void HeadlessKiosk::Settle() {
    for (int i = 0; i < 3; ++i) Frame();
}

void HeadlessKiosk::Drag(ImVec2 from, ImVec2 to, int frames, int rest) {
    ImGuiIO& io = ImGui::GetIO();
    m_controller->OnInput(KioskController::InputKind::Move);
    MouseFrame(from, false);
    m_controller->OnInput(KioskController::InputKind::Press);
    m_ui->OnPointerPress(from);
    if (frames > 0) {
        MouseFrame(from, true);
        for (int i = 1; i <= frames; ++i)
            MouseFrame(ImVec2(from.x + (to.x - from.x) * i / frames, from.y + (to.y - from.y) * i / frames), true);
        for (int i = 0; i < rest; ++i) MouseFrame(to, true);
    }
    m_ui->OnPointerRelease(to);
    io.MouseDown[0] = false;
    MouseFrame(to, false);
    Settle();
}

bool HeadlessKiosk::Tap(std::string_view id) {
    const ui::UiItem* item = m_map.Find(id);
    if (!item) return false;
    const ImVec2 at = item->Center();
    m_controller->OnInput(KioskController::InputKind::Move);
    MouseFrame(at, false);  // the finger arrives
    m_controller->OnInput(KioskController::InputKind::Press);
    MouseFrame(at, true);   // presses
    MouseFrame(at, false);  // lifts: ImGui buttons fire on release
    Settle();
    return true;
}

bool HeadlessKiosk::Hold(std::string_view id, double seconds, bool lift) {
    const ui::UiItem* item = m_map.Find(id);
    if (!item) return false;
    const ImVec2 at = item->Center();
    m_controller->OnInput(KioskController::InputKind::Move);
    MouseFrame(at, false);
    m_controller->OnInput(KioskController::InputKind::Press);
    const int frames = static_cast<int>(seconds * 60.0);
    for (int i = 0; i <= frames; ++i) {
        MouseFrame(at, true);
        m_clock.Advance(1.0 / 60.0);
    }
    if (!lift) return true;
    MouseFrame(at, false);
    Settle();
    return true;
}

void HeadlessKiosk::TypeOnKeyboard(const char* text, bool enter) {
    ImGui::SetCurrentContext(m_ctx);
    ImGuiIO& io = ImGui::GetIO();
    m_controller->OnInput(KioskController::InputKind::Press);
    io.AddInputCharactersUTF8(text);
    Frame();
    if (enter) {
        // ImGui 1.86: keys through KeyMap/KeysDown, as the GLFW backend fills them.
        io.KeysDown[kEnterKey] = true;
        Frame();
        io.KeysDown[kEnterKey] = false;
        Frame();
    }
    Settle();
}

void AddPhotos(HeadlessKiosk& k, int n) {
    store::PhotosRepo photos(k.Db());
    for (int i = 0; i < n; ++i) {
        Photo p;
        p.class_id = k.Controller().Data().door_class.id;
        p.content_hash = "h" + std::to_string(i);
        p.day = "2026-11-24";
        p.taken_at = 1000 + i;
        p.imported_at = 2000;
        p.screen_file = "photos/x.jpg";
        p.thumb_file = "photos/thumbs/x.jpg";
        p.width = 1600;
        p.height = 1200;
        photos.Add(p);
    }
    k.Controller().Reload();
}

void HookImport(HeadlessKiosk& k, const std::filesystem::path& dir) {
    k.Controller().SetPhotoImportHook([&k, dir](const std::vector<std::filesystem::path>& paths,
                                                const std::function<void(const KioskController::PhotoImportReport&)>& progress) {
        KioskController::PhotoImportReport r;
        media::ImportOptions o;
        o.class_id = k.Controller().Data().door_class.id;
        o.today = k.Controller().Data().today.Iso();
        o.now_unix = k.Clock().UnixSeconds();
        media::PhotoImporter imp(k.Db(), dir, o);
        for (const media::ImportResult& x : imp.Import(paths)) {
            if (x.status == media::ImportStatus::Imported) ++r.imported;
            else if (x.status == media::ImportStatus::Duplicate) ++r.duplicates;
            else ++r.skipped, r.problems.push_back(x.file.filename().string() + ": " + x.detail);
            r.lines.push_back(x.file.filename().string() + ": " + x.detail);
            progress(r);
        }
        return r;
    });
}

}  // namespace kd::test
