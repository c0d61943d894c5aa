// Home: three huge tiles that need no reading, today's date, the language bar.
#include "i18n/catalog.h"
#include "screens/parent_pictures.h"
#include "screens/screens.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cfloat>
#include <string>

namespace kd::screens {

using namespace kd::ui;

namespace {

// The teacher's way in: a faint mark in the top right corner, held for a few seconds.
constexpr float kTeacherCornerEm = 2.4f;
constexpr float kTeacherHoldSeconds = 3.0f;

// The teacher's sign in the corner: how many messages wait unanswered (a count,
// never whose or what), on deep amber with a ring when one of today's cannot wait until
// the end of the day (who picks up, medicine, sick...). No blinking: it is seen
// from the corridor by whoever looks for it, and means nothing to anyone else.
void DrawWaitingSign(const KioskView& v, ImVec2 corner_min, float corner) {
    if (v.data.waiting <= 0) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool today = v.data.waiting_same_day > 0;
    const ImVec2 c(corner_min.x + corner * 0.5f, corner_min.y + corner * 0.5f);
    // As large as the corner allows (its ring included): seen from the corridor, never cut by the edge.
    const float ring = Em(0.16f), r = corner * 0.5f - 2.5f * ring;
    // Grey: messages wait. Deep amber with a second ring: one of today's cannot wait. Not red: a
    // parent glancing at it should not fear it is about their child.
    const ImU32 fill = today ? colors::kUrgentSign : colors::kTextSoft;
    dl->AddCircleFilled(c, r, fill, 32);
    if (today) dl->AddCircle(c, r + 1.5f * ring, fill, 32, ring);
    const std::string n = v.data.waiting > 99 ? "99+" : std::to_string(v.data.waiting);
    ImFont* font = v.fonts.large;
    const float size = FittedLineSize(font, r * 1.6f, n.c_str());
    const ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, 0, n.c_str());
    dl->AddText(font, size, ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), IM_COL32_WHITE, n.c_str());
    if (AutomationMap* map = RecordingMap())  // for tests: the sign and whether it says "today"
        map->Add({"home.waiting"}, today ? "same_day" : "", ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r));
}

// The top bar: the class (its symbol, name and teacher) at the reading start,
// the speaker in the middle, today's date at the other end clear of the
// teacher's corner. Each half keeps to its own side: a long name shrinks a
// little rather than run into the speaker.
void DrawClassAndDate(const KioskView& v, float bar_h, float middle_w, float corner) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const bool rtl = v.rtl;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* large = v.fonts.large;
    ImFont* body = v.fonts.body;
    const float margin = Em(1.5f), cy = bar_h * 0.5f, gap = Em(0.6f);
    const float half = display.x * 0.5f - middle_w * 0.5f - gap;

    const ClassInfo& c = v.data.door_class;
    const float picto = Em(2.8f);
    const char* name = v.Typed(c.name);
    const char* teacher = v.Typed(c.teacher);
    // Right to left, the class stands at the right: clear of the teacher's corner (and its sign).
    const float start = rtl ? std::max(margin, corner + Em(0.3f)) : margin;
    const float text_room = half - start - picto - gap;
    const float name_w = std::min(text_room, large->CalcTextSizeA(FittedLineSize(large, text_room, name), FLT_MAX, 0, name).x);
    const float teacher_w =
        std::min(text_room, body->CalcTextSizeA(FittedLineSize(body, text_room, teacher), FLT_MAX, 0, teacher).x);
    const float px = rtl ? display.x - start - picto * 0.5f : start + picto * 0.5f;
    const float tx = rtl ? display.x - start - picto - gap - text_room : start + picto + gap;
    if (!c.symbol.empty()) DrawPicto(dl, c.symbol.c_str(), ImVec2(px, cy), picto);
    DrawTextLine(dl, large, ImVec2(rtl ? tx + text_room - name_w : tx, cy - large->FontSize * 0.95f), name_w + 0.5f, name,
                 colors::kText);
    DrawTextLine(dl, body, ImVec2(rtl ? tx + text_room - teacher_w : tx, cy + Em(0.15f)), teacher_w + 0.5f, teacher,
                 colors::kTextSoft);

    // Today's date in the parent's language, at the other end.
    const char* date = v.data.today_label.c_str();
    const float date_room = half - margin - (rtl ? 0.0f : corner);
    const float x0 = rtl ? margin : display.x * 0.5f + middle_w * 0.5f + gap;
    DrawTextLine(dl, large, ImVec2(x0, cy - large->FontSize * 0.5f), date_room, date, colors::kText, !rtl);
}

// The language bar: each language's own name in its own script, no flags, and
// a globe before the first row, the one picture for "language" wherever it
// shows. It wraps into rows, centred; returns its height so the tiles can take the rest.
float LayoutLanguageBar(const KioskView& v, std::vector<Intent>* out, float top, float width) {
    ImFont* body = v.fonts.body;
    // Every script at one size: the fonts already scale Arabic to match (ui/fonts.h).
    auto font_of = [&](const LanguageChoice&) { return body; };
    const float h = Touch(2.4f), gap = Em(0.6f), pad = Em(1.2f), margin = Em(1.0f);
    auto pill_w = [&](const LanguageChoice& l) {
        ImFont* f = font_of(l);
        return std::max(Touch(5.0f), f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, l.endonym.c_str()).x + 2 * pad);
    };
    // Rows, greedily: as many pills as fit in the width (the first row after the globe).
    const float cue = h;
    size_t i = 0;
    float y = top + Em(0.8f);
    const bool rtl = v.rtl;
    while (i < v.languages.size()) {
        const float lead = i == 0 ? cue + gap : 0.0f;
        size_t j = i;
        float row_w = lead;
        while (j < v.languages.size() && row_w + pill_w(v.languages[j]) + (j > i ? gap : 0) <= width - 2 * margin)
            row_w += pill_w(v.languages[j]) + (j > i ? gap : 0), ++j;
        if (j == i) ++j, row_w = lead + pill_w(v.languages[i]);
        if (out) {
            float x = (width - row_w) * 0.5f;
            if (lead > 0) {
                const float gx = rtl ? x + row_w - cue * 0.5f : x + cue * 0.5f;
                DrawPicto(ImGui::GetWindowDrawList(), "🌐", ImVec2(gx, y + h * 0.5f), cue);
                if (!rtl) x += lead;
            }
            for (size_t k = i; k < j; ++k) {
                const LanguageChoice& l = v.languages[rtl ? i + (j - 1 - k) : k];
                const float w = pill_w(l);
                ImGui::SetCursorScreenPos(ImVec2(x, y));
                // The id is the language code, so tests and the UI map stay stable across catalogs.
                if (TextPill({"lang", -1, l.code.c_str()}, l.code.c_str(), l.endonym.c_str(), ImVec2(w, h),
                             l.code == v.state.lang, font_of(l)))
                    out->push_back(intent::SetLanguage{l.code});
                x += w + gap;
            }
        }
        y += h + gap;
        i = j;
    }
    return y - top + Em(0.2f);
}

// "How was the toddler party?" and five faces: one tap answers, anonymously;
// the band thanks at once and takes no other answer for a moment. What it asks
// about shows without words: the event's pictogram and a photo of that day.
void DrawPollBand(const KioskView& v, std::vector<Intent>& out, ImVec2 a, ImVec2 b) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* large = v.fonts.large;
    const bool rtl = v.rtl;
    dl->AddRectFilled(a, b, colors::kTile, Em(0.9f));
    dl->AddRect(a, b, colors::kTileBorder, Em(0.9f), 0, Em(0.08f));
    const float h = b.y - a.y, cy = (a.y + b.y) * 0.5f, pad = Em(1.0f);
    const Event* ev = v.data.poll_event ? &*v.data.poll_event : nullptr;
    const Pictogram* type = ev ? v.pictos.event_types.Find(ev->type) : nullptr;
    // What it asks about, with a question mark on it: "how was the party?"; no
    // event: a question about the class. (Without the mark, judges read the faces
    // as "how is your child today": docs/PICTOGRAMS.md.)
    const std::string picto = (type ? type->emoji : std::string("🏫")) + kPollBadge;
    // A narrow (portrait) screen stacks the question over the faces.
    const bool stacked = (b.x - a.x) < Em(40.0f);
    const float face_gap = Em(0.5f);
    const float face = stacked ? std::min(h - Em(3.6f), ((b.x - a.x) - 2 * pad - 4 * face_gap) / 5) : h - Em(1.0f);
    const float faces_w = 5 * face + 4 * face_gap;
    const float ps = stacked ? Em(2.2f) : h - Em(1.6f);
    const float picto_cy = stacked ? a.y + Em(1.6f) : cy;
    // Where a piece `width` wide starts, `offset` from the band's reading start.
    auto at = [&](float offset, float width) { return rtl ? b.x - offset - width : a.x + offset; };
    // What it asks about, in pictures: the event's pictogram, and a photo of that
    // day if there is one. Right before the faces (so picture and faces read as
    // one question); over them, at the start, when the screen is narrow.
    const bool photo = v.data.poll_photo && v.images;
    const float pw = ps * 4.0f / 3.0f, pics_w = ps + (photo ? pad * 0.6f + pw : 0.0f);
    const float pics_at = stacked ? pad : (b.x - a.x) - 2 * pad - faces_w - pics_w;
    DrawPicto(dl, picto.c_str(), ImVec2(at(pics_at, ps) + ps * 0.5f, picto_cy), ps);
    if (photo) {
        const float x0 = at(pics_at + ps + pad * 0.6f, pw);
        DrawPhotoFitted(dl, v.images->Thumbnail(*v.data.poll_photo), *v.data.poll_photo,
                        ImVec2(x0, picto_cy - ps * 0.5f), ImVec2(x0 + pw, picto_cy + ps * 0.5f), Em(0.4f));
    }
    // The question in the rest, and under it the calendar's own title, but only
    // in the school's language: in any other it is a line the parent cannot read.
    const float text_at = stacked ? pad + pics_w + pad : pad;
    const float text_w = stacked ? (b.x - a.x) - text_at - pad : pics_at - 2 * pad;
    const float text_cx = at(text_at, text_w) + text_w * 0.5f;
    std::string question = v.T(v.data.poll->question.c_str());
    const float qh = CalcTextCenteredHeight(large, text_w, question.c_str());
    ImFont* body = v.fonts.body;
    const bool school_words = ev && v.state.lang == v.settings.default_lang;
    const float th = school_words ? body->FontSize * 1.2f : 0.0f;
    const float ty = picto_cy - (qh + th) * 0.5f;
    DrawTextCentered(dl, large, text_cx, ty, text_w, question.c_str(), colors::kText);
    if (school_words) DrawTextCentered(dl, body, text_cx, ty + qh, text_w, v.Typed(ev->title), colors::kTextSoft);

    const float fx0 = stacked ? (a.x + b.x - faces_w) * 0.5f : (rtl ? a.x + pad : b.x - pad - faces_w);
    const float fcy = stacked ? b.y - Em(0.5f) - face * 0.5f : cy;
    if (v.state.poll_thanks) {
        // In place of the faces: a check and "Thank you!".
        const ImVec2 c(fx0 + face * 0.5f, fcy);
        dl->AddCircleFilled(c, face * 0.45f, colors::Rgb(0x4CAF6A), 32);
        const ImVec2 tick[3] = {ImVec2(c.x - face * 0.2f, c.y), ImVec2(c.x - face * 0.05f, c.y + face * 0.15f),
                                ImVec2(c.x + face * 0.22f, c.y - face * 0.15f)};
        dl->AddPolyline(tick, 3, IM_COL32_WHITE, 0, face * 0.08f);
        const char* thanks = v.T(N_("Thank you!"));
        dl->AddText(large, large->FontSize, ImVec2(fx0 + face + Em(0.8f), fcy - large->FontSize * 0.55f), colors::kText,
                    thanks);
        return;
    }
    for (int i = 0; i < 5; ++i) {
        // Very happy at the reading start, as on the "tell the teacher" scale.
        const int slot = rtl ? 4 - i : i;
        const ImVec2 at(fx0 + slot * (face + face_gap), fcy - face * 0.5f);
        ImGui::SetCursorScreenPos(at);
        const Pictogram* f = v.pictos.feelings.Find(std::to_string(i + 1));
        if (PictoTile({"poll", i + 1}, f ? f->emoji.c_str() : "🙂", f ? f->msgid.c_str() : "", nullptr,
                      ImVec2(face, face), colors::kTile))
            out.push_back(intent::AnswerPoll{i + 1});
    }
}

}  // namespace

void DrawHome(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float mute = Touch(2.6f), corner = Touch(kTeacherCornerEm);
    const float top_h = std::max(Em(4.6f), mute + Em(1.2f));
    // One language needs no bar; more get as many rows as they take.
    const float lang_h = v.languages.size() > 1 ? LayoutLanguageBar(v, nullptr, 0, display.x) : Em(1.0f);
    DrawClassAndDate(v, top_h, mute, corner);
    // The speaker, small, in the middle of the top bar: silence for whoever wants it.
    DrawMuteButton(v, out, ImVec2((display.x - mute) * 0.5f, (top_h - mute) * 0.5f), mute);
    ImGui::SetCursorScreenPos(ImVec2(display.x - corner, 0));
    if (HoldArea({"home.teacher"}, "", ImVec2(corner, corner), kTeacherHoldSeconds))
        out.push_back(intent::OpenTeacher{});
    DrawWaitingSign(v, ImVec2(display.x - corner, 0), corner);
    if (v.languages.size() > 1) {
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(0, display.y - lang_h), display, colors::kBar);
        LayoutLanguageBar(v, &out, display.y - lang_h, display.x);
    }

    struct TileDef {
        const char* id;
        const char* emoji;
        const char* msgid;
        ImU32 accent;
        Screen to;
    };
    static constexpr TileDef kTiles[] = {
        {"home.tell", "💬", N_("Tell the teacher"), colors::kTell, Screen::TellChild},
        {"home.photos", "📷", N_("Today's photos"), colors::kPhotos, Screen::Photos},
        {"home.week", "🗓️", N_("This week"), colors::kWeek, Screen::Week},
    };
    const float margin = Em(1.5f), gap = Em(1.5f);
    // An open poll takes a band over the language bar; the tiles give it the room.
    const float poll_h = !v.data.poll ? 0.0f : (display.x - 2 * Em(1.5f) < Em(40.0f) ? Em(8.4f) : Em(5.2f));
    const float y0 = top_h + Em(0.5f), y1 = display.y - lang_h - Em(1.2f) - (poll_h > 0 ? poll_h + Em(1.0f) : 0.0f);
    if (v.data.poll)
        DrawPollBand(v, out, ImVec2(margin, y1 + Em(1.0f)), ImVec2(display.x - margin, y1 + Em(1.0f) + poll_h));
    // Side by side on a landscape screen; one over another on an upright one,
    // where three columns would be too narrow for their words and the photos.
    const bool stacked = display.y > display.x;
    const float w = stacked ? display.x - 2 * margin : (display.x - 2 * margin - 2 * gap) / 3;
    const float h = stacked ? (y1 - y0 - 2 * gap) / 3 : y1 - y0;
    const bool rtl = v.rtl;
    for (int i = 0; i < 3; ++i) {
        const int slot = rtl && !stacked ? 2 - i : i;
        const ImVec2 at = stacked ? ImVec2(margin, y0 + slot * (h + gap)) : ImVec2(margin + slot * (w + gap), y0);
        ImGui::SetCursorScreenPos(at);
        const TileDef& t = kTiles[i];
        // Side by side, the photos tile has its glimpses along the top: its picture goes under them.
        const bool glimpses = t.to == Screen::Photos && v.images && !v.data.photos.empty() && !stacked;
        if (PictoTile({t.id}, t.emoji, t.msgid, v.T(t.msgid), ImVec2(w, h), t.accent, TileState::Tinted, 6.0f,
                      glimpses ? Em(5.2f) : 0.0f))
            out.push_back(intent::Navigate{t.to});
        if (t.to == Screen::Photos && v.images && !v.data.photos.empty()) {
            // A glimpse of today's photos, the reason to stop: along the top of
            // their tile; stacked, two of them at the tile's reading end, clear of its picture.
            const int n = std::min<int>(stacked ? 2 : 3, static_cast<int>(v.data.photos.size()));
            const float th = Em(4.0f), tw = th * 4.0f / 3.0f, space = Em(0.5f);
            const float row_w = n * tw + (n - 1) * space;
            float x = stacked ? (rtl ? at.x + Em(1.0f) : at.x + w - Em(1.0f) - row_w) : at.x + (w - row_w) * 0.5f;
            const float y = stacked ? at.y + (h - th) * 0.5f : at.y + Em(1.0f);
            ImDrawList* dl = ImGui::GetWindowDrawList();
            for (int k = 0; k < n; ++k, x += tw + space) {
                const ImVec2 a(x, y), b(x + tw, y + th);
                dl->AddRectFilled(ImVec2(a.x - Em(0.15f), a.y - Em(0.15f)), ImVec2(b.x + Em(0.15f), b.y + Em(0.15f)),
                                  colors::kTile, Em(0.5f));
                DrawPhotoFitted(dl, v.images->Thumbnail(v.data.photos[k]), v.data.photos[k], a, b, Em(0.4f));
            }
        }
    }
}

}  // namespace kd::screens
