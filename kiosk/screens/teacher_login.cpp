// Teacher mode's door: the teacher code on a big on-screen keyboard (digits and
// letters; a plugged-in keyboard works too). On a new kiosk it asks to choose a
// code, twice, and says plainly that a forgotten code cannot be recovered.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "services/teacher_code.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>

namespace kd::screens {

using namespace kd::ui;

namespace {

const char* PromptMsgid(CodePrompt p) {
    switch (p) {
        case CodePrompt::Enter: return N_("Type the teacher code");
        case CodePrompt::Wrong: return N_("That is not the code. Try again.");
        case CodePrompt::Wait: return N_("Too many wrong codes. Please wait.");
        case CodePrompt::Choose: return N_("Choose a teacher code: at least 8 letters or digits");
        case CodePrompt::TooShort: return N_("Too short: at least 8 letters or digits");
        case CodePrompt::Repeat: return N_("Type the same code again");
        case CodePrompt::Mismatch: return N_("The two codes were not the same. Choose again.");
        case CodePrompt::NotOnKeys: return N_("Only the letters a-z and the digits 0-9. Choose again.");
    }
    return "";
}

bool Choosing(CodePrompt p) {
    return p == CodePrompt::Choose || p == CodePrompt::TooShort || p == CodePrompt::Repeat ||
           p == CodePrompt::Mismatch || p == CodePrompt::NotOnKeys;
}

// The keyboard: digits, then letters as on a keyboard. One key for each
// character a code may hold (kCodeAlphabet), checked when this compiles.
constexpr const char* kRows[] = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};

constexpr bool RowsHoldTheCodeAlphabet() {
    size_t keys = 0;
    for (std::string_view row : kRows) keys += row.size();
    for (char a : kCodeAlphabet) {
        int found = 0;
        for (std::string_view row : kRows) found += static_cast<int>(row.find(a) != std::string_view::npos);
        if (found != 1) return false;
    }
    return keys == kCodeAlphabet.size();
}
static_assert(RowsHoldTheCodeAlphabet(), "the code keyboard needs exactly one key per character of kCodeAlphabet");

// A plugged-in keyboard: characters, Backspace, Enter.
void ReadHardwareKeys(std::vector<Intent>& out) {
    const ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        const ImWchar c = io.InputQueueCharacters[i];
        if (c > 0x20 && c < 0x7f) out.push_back(intent::CodeKey{static_cast<char>(c)});
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace))) out.push_back(intent::CodeErase{});
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)))
        out.push_back(intent::CodeSubmit{});
}

}  // namespace

void DrawTeacherLogin(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* large = v.fonts.large;
    ImFont* body = v.fonts.body;
    const float top = DrawTeacherHeader(v, out, "🔒", N_("Teacher"));
    const bool rtl = v.rtl;
    const CodePrompt prompt = v.teacher.Prompt();

    // The keyboard's keys a finger's size at least (ten across); the words and
    // the typed dots over it, or beside it when the screen is too low for both.
    const float finger = Finger(), margin = Em(1.5f);
    const float key_gap = Em(0.4f);
    const float key_w = std::max(finger, std::min(Em(4.4f), (display.x - Em(4.0f) - 9 * key_gap) / 10));
    const float kb_w = 10 * key_w + 9 * key_gap;
    const float bottom = display.y - Em(1.0f);
    const float box_h = std::max(Em(2.4f), finger);  // in the UI map: a finger high
    const float side_w = display.x - kb_w - 3 * margin;
    auto words_h = [&](float w) {
        float h = CalcTextCenteredHeight(large, w, v.T(PromptMsgid(prompt))) + Em(0.6f) + box_h + Em(0.6f);
        if (Choosing(prompt))
            h += CalcTextCenteredHeight(body, w,
                                        v.T(N_("Keep it safe: parents' messages are locked with it. A forgotten code "
                                               "cannot be recovered, and the messages are then lost."))) +
                 Em(0.6f);
        return h;
    };
    const float keys_min_h = 5 * finger + 4 * key_gap;
    const bool beside = top + Em(0.8f) + words_h(display.x - Em(6.0f)) + keys_min_h > bottom && side_w >= Em(12.0f);
    const float text_w = beside ? side_w : std::min(display.x - Em(6.0f), Em(40.0f));
    const float cx = beside ? (rtl ? display.x - margin - side_w * 0.5f : margin + side_w * 0.5f) : display.x * 0.5f;
    const float kx = beside ? (rtl ? margin : display.x - margin - kb_w) : (display.x - kb_w) * 0.5f;

    float y = top + Em(0.8f);
    const bool problem = prompt == CodePrompt::Wrong || prompt == CodePrompt::Wait || prompt == CodePrompt::TooShort ||
                         prompt == CodePrompt::Mismatch || prompt == CodePrompt::NotOnKeys;
    y += DrawTextCentered(dl, large, cx, y, text_w, v.T(PromptMsgid(prompt)), problem ? colors::kWarning : colors::kText);
    const std::int64_t wait = v.teacher.WaitSecondsLeft();
    if (wait > 0 && (prompt == CodePrompt::Wait || prompt == CodePrompt::Wrong)) {
        char clock[48];
        std::snprintf(clock, sizeof clock, "%lld:%02lld", static_cast<long long>(wait / 60),
                      static_cast<long long>(wait % 60));
        y += DrawTextCentered(dl, large, cx, y + Em(0.2f), text_w, clock, colors::kWarning);
    }
    if (Choosing(prompt))
        y += DrawTextCentered(dl, body, cx, y + Em(0.3f), text_w,
                              v.T(N_("Keep it safe: parents' messages are locked with it. A forgotten code cannot be "
                                     "recovered, and the messages are then lost.")),
                              colors::kTextSoft) + Em(0.3f);

    // What has been typed, as dots.
    const float box_w = std::min(Em(22.0f), text_w);
    const ImVec2 b0(cx - box_w * 0.5f, y + Em(0.6f)), b1(cx + box_w * 0.5f, y + Em(0.6f) + box_h);
    dl->AddRectFilled(b0, b1, colors::kTile, Em(0.6f));
    dl->AddRect(b0, b1, colors::kTileBorder, Em(0.6f), 0, Em(0.1f));
    const int typed = static_cast<int>(std::min<size_t>(v.teacher.Typed(), 20));
    const float dot_gap = std::min(Em(1.05f), (box_w - Em(1.0f)) / 20);
    for (int i = 0; i < typed; ++i)
        dl->AddCircleFilled(ImVec2(cx - (typed - 1) * dot_gap * 0.5f + i * dot_gap, (b0.y + b1.y) * 0.5f),
                            std::min(Em(0.32f), dot_gap * 0.4f), colors::kText, 16);
    // For end-to-end tests: how many characters the kiosk has taken (a tap lost
    // on a slow frame shows here, not as a mysterious wrong code).
    if (AutomationMap* map = RecordingMap()) map->Add({"code.typed", typed}, "", b0, b1);
    y = beside ? top + Em(0.8f) : b1.y + Em(0.8f);

    // The keyboard (kRows), then erase and OK.
    const float key_h = std::max(finger, std::min(Em(3.0f), (bottom - y - 4 * key_gap) / 5));
    const bool disabled = prompt == CodePrompt::Wait && wait > 0;
    if (disabled) ImGui::BeginDisabled();
    for (int r = 0; r < 4; ++r) {
        const std::string row = kRows[r];
        const float row_w = row.size() * key_w + (row.size() - 1) * key_gap;
        float x = kx + (kb_w - row_w) * 0.5f;
        for (char c : row) {
            const char label[2] = {c, 0};
            ImGui::SetCursorScreenPos(ImVec2(x, y));
            if (TextPill({"key", -1, label}, "", label, ImVec2(key_w, key_h), false, large)) out.push_back(intent::CodeKey{c});
            x += key_w + key_gap;
        }
        y += key_h + key_gap;
    }
    const ImVec2 wide(key_w * 3 + key_gap * 2, key_h);
    const float kcx = kx + kb_w * 0.5f;
    ImGui::SetCursorScreenPos(ImVec2(rtl ? kcx + key_gap : kcx - wide.x - key_gap, y));
    if (BarButton({"key.erase"}, "⬅️", N_("Erase"), v.T(N_("Erase")), wide, colors::kTile)) out.push_back(intent::CodeErase{});
    ImGui::SetCursorScreenPos(ImVec2(rtl ? kcx - wide.x - key_gap : kcx + key_gap, y));
    if (BarButton({"key.ok"}, "✅", N_("OK"), v.T(N_("OK")), wide, colors::kSelected, v.teacher.Typed() > 0))
        out.push_back(intent::CodeSubmit{});
    ReadHardwareKeys(out);
    if (disabled) ImGui::EndDisabled();
}

}  // namespace kd::screens
