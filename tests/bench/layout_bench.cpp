// What names in every script and text that fits cost (not part of ctest):
//   klasdeur_layout_bench [FRAMES]
// - building the atlas (fonts at three sizes, every pictogram): for the demo
//   school, and for a class of 30 with names in Arabic, Cyrillic, Ethiopic,
//   Greek, Vietnamese, Hebrew and Chinese (the CJK font opened for two names),
//   at 1920x1080 and 3840x2160; its texture's size;
// - a frame of the child picker with those 30 tiles (every label measured,
//   fitted and wrapped each frame), headless, CPU only: median and p95.
#include "headless_kiosk.h"
#include "screens/atlas_builder.h"
#include "services/class_list.h"
#include "ui/glyph_plan.h"
#include "ui/sizes.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace kd;
using Steady = std::chrono::steady_clock;

namespace {

double Ms(Steady::time_point a, Steady::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); }

double Percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * v.size()))];
}

const std::vector<std::string> kNames = {"يوسف", "Олександр", "ኣማኑኤል", "Ἀλέξανδρος", "Nguyễn Thị Minh Khai", "李明",
                                         "王芳", "נועה", "Maximiliaan-Alexander Van den Broeckhove", "Zoë"};

void AddClass(test::HeadlessKiosk& k) {
    const Id cls = k.Controller().Data().door_class.id;
    for (size_t i = k.Controller().Data().children.size(), n = 0; i < 30; ++i, ++n) {
        const auto free = FreeSymbols(k.Db(), cls, k.Pictos().symbols);
        AddChild(k.Db(), cls, n < kNames.size() ? kNames[n] : "Kind " + std::to_string(i), free.front(), false,
                 k.Pictos().symbols);
    }
    k.Controller().Reload();
}

// Median time to build the atlas for `typed` at `em`, and the texture's MiB.
std::pair<double, double> AtlasCost(const Pictograms& pictos, const ScreenData& data, const std::string& typed, float em) {
    std::vector<double> ms;
    double mib = 0;
    for (int run = 0; run < 5; ++run) {
        ImFontAtlas atlas;
        ui::PictogramAtlas pictograms;
        const auto t0 = Steady::now();
        ui::BuildKioskAtlas(atlas, em, ui::KioskPictograms(pictos, data), typed, pictograms);
        ms.push_back(Ms(t0, Steady::now()));
        mib = atlas.TexWidth * atlas.TexHeight * 4 / 1048576.0;
    }
    return {Percentile(ms, 0.5), mib};
}

}  // namespace

int main(int argc, char** argv) {
    const int frames = argc > 1 ? std::atoi(argv[1]) : 600;
    SetUndrawableCheck(&ui::UndrawableIn);
    test::HeadlessKiosk k(1920, 1080);
    const ScreenData demo = k.Controller().Data();
    const std::string demo_typed = k.Controller().TypedText();
    AddClass(k);
    const std::string class_typed = k.Controller().TypedText();
    const ui::GlyphPlan plan = ui::PlanGlyphs(ui::CodePointsOf(class_typed));
    std::printf("names in 7 scripts: %zu extra fonts, %zu characters beyond the base fonts\n", plan.extra.size(),
                [&] { size_t n = 0; for (const auto& f : plan.extra) n += f.chars.size(); return n; }());
    for (const float em : {30.0f, 60.0f}) {
        const auto [demo_ms, demo_mib] = AtlasCost(k.Pictos(), demo, demo_typed, em);
        const auto [class_ms, class_mib] = AtlasCost(k.Pictos(), k.Controller().Data(), class_typed, em);
        std::printf("atlas at em %.0f: demo %.1f ms, %.1f MiB texture; with the 30 names %.1f ms, %.1f MiB (x%.2f time)\n",
                    em, demo_ms, demo_mib, class_ms, class_mib, class_ms / demo_ms);
    }
    k.RebuildAtlasForNewNames();
    k.Controller().Preview(Screen::TellChild, "nl");
    k.Settle();
    std::vector<double> ms;
    for (int i = 0; i < frames; ++i) {
        const auto t0 = Steady::now();
        k.Frame();
        ms.push_back(Ms(t0, Steady::now()));
    }
    std::printf("child picker, 30 tiles, headless frame: median %.3f ms, p95 %.3f ms (%d frames)\n",
                Percentile(ms, 0.5), Percentile(ms, 0.95), frames);
    return 0;
}
