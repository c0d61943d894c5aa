#include "media/pickup_sheet.h"

#include "i18n/dates.h"
#include "i18n/language_names.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <system_error>

namespace kd::media {

namespace {

constexpr double kPageW = 595.0, kPageH = 842.0;  // A4 in points
constexpr double kMargin = 48.0;
constexpr double kPngScale = 150.0 / 72.0;        // 150 dpi: 1240 x 1754 pixels

struct LayoutFree {
    void operator()(PangoLayout* l) const { g_object_unref(l); }
};
using Layout = std::unique_ptr<PangoLayout, LayoutFree>;

// A paragraph of `text` in `font`, `width` points wide, aligned to the reading start.
Layout Text(cairo_t* cr, const std::string& text, const char* font, double width, bool rtl, bool wrap = true) {
    Layout l(pango_cairo_create_layout(cr));
    PangoFontDescription* desc = pango_font_description_from_string(font);
    pango_layout_set_font_description(l.get(), desc);
    pango_font_description_free(desc);
    pango_layout_set_width(l.get(), static_cast<int>(width * PANGO_SCALE));
    if (wrap) pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
    else pango_layout_set_ellipsize(l.get(), PANGO_ELLIPSIZE_END);
    pango_layout_set_auto_dir(l.get(), TRUE);  // each name in its own direction
    pango_layout_set_alignment(l.get(), rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    pango_layout_set_text(l.get(), text.c_str(), -1);
    return l;
}

double Height(PangoLayout* l) {
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
}

void Show(cairo_t* cr, PangoLayout* l, double x, double y, double grey = 0.1) {
    cairo_set_source_rgb(cr, grey, grey, grey);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, l);
}

void Draw(cairo_t* cr, const PickupSheet& s) {
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    const double w = kPageW - 2 * kMargin;
    double y = kMargin;
    Layout title = Text(cr, s.title, "Noto Sans Bold 26", w, s.rtl);
    Show(cr, title.get(), kMargin, y);
    y += Height(title.get()) + 4;
    Layout sub = Text(cr, s.subtitle, "Noto Sans 14", w, s.rtl);
    Show(cr, sub.get(), kMargin, y, 0.35);
    y += Height(sub.get()) + 18;
    if (s.rows.empty()) {
        Layout none = Text(cr, s.empty_line, "Noto Sans 16", w, s.rtl);
        Show(cr, none.get(), kMargin, y, 0.35);
        return;
    }
    // A row: the symbol, the name (large), what changes and when; a line under it.
    const double sym = 40, name_w = 170, time_w = 52, gap = 12;
    const double what_w = w - sym - name_w - time_w - 3 * gap;
    auto x_of = [&](double from, double width) { return s.rtl ? kMargin + w - from - width : kMargin + from; };
    for (const PickupSheetRow& r : s.rows) {
        Layout icon = Text(cr, r.symbol, "Noto Color Emoji 26", sym + 8, false, false);
        Layout name = Text(cr, r.name, "Noto Sans Bold 18", name_w, s.rtl);
        Layout what = Text(cr, r.what, "Noto Sans 13", what_w, s.rtl);
        Layout when = Text(cr, r.time, "Noto Sans 13", time_w, s.rtl, false);
        const double h = std::max({sym, Height(name.get()), Height(what.get())}) + 16;
        if (y + h > kPageH - kMargin) {  // one page: what does not fit is said to be left out
            Layout more = Text(cr, "…", "Noto Sans 16", w, s.rtl);
            Show(cr, more.get(), kMargin, y);
            break;
        }
        const double cy = y + h * 0.5;
        Show(cr, icon.get(), x_of(0, sym), cy - Height(icon.get()) * 0.5);
        Show(cr, name.get(), x_of(sym + gap, name_w), cy - Height(name.get()) * 0.5);
        Show(cr, what.get(), x_of(sym + name_w + 2 * gap, what_w), cy - Height(what.get()) * 0.5, 0.2);
        Show(cr, when.get(), x_of(w - time_w, time_w), cy - Height(when.get()) * 0.5, 0.35);
        y += h;
        cairo_set_source_rgb(cr, 0.85, 0.85, 0.85);
        cairo_set_line_width(cr, 0.8);
        cairo_move_to(cr, kMargin, y);
        cairo_line_to(cr, kMargin + w, y);
        cairo_stroke(cr);
    }
}

}  // namespace

PickupSheet MakePickupSheet(const std::vector<PickupChange>& changes, const std::vector<Child>& children,
                            const Pictograms& pictos, const i18n::Catalog& catalog, const std::string& lang,
                            const std::string& class_name, const CivilDate& today, const std::string& time_zone) {
    PickupSheet sheet;
    sheet.rtl = i18n::IsRightToLeft(lang);
    sheet.title = catalog.Tr(N_("Pick-up today"));
    sheet.subtitle = (class_name.empty() ? std::string() : class_name + " · ") + i18n::FormatLongDate(today, lang);
    sheet.empty_line = catalog.Tr(N_("No changes to pick-up today."));
    for (const PickupChange& ch : changes) {
        PickupSheetRow row;
        for (const Child& child : children)
            if (ch.concern.child_id && child.id == *ch.concern.child_id) row.symbol = child.symbol, row.name = child.first_name;
        if (row.name.empty()) row.name = catalog.Tr(N_("The whole class"));
        for (const std::string& t : ch.topics)
            if (const Pictogram* p = pictos.topics.Find(t))
                row.what += (row.what.empty() ? "" : ", ") + std::string(catalog.Tr(p->msgid.c_str()));
        row.time = i18n::LocalDateTime(ch.concern.created_at, time_zone).Hhmm();
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

std::string WritePickupSheet(const PickupSheet& sheet, const std::filesystem::path& file) {
    const std::string ext = file.extension().string();
    const bool pdf = ext == ".pdf" || ext == ".PDF", png = ext == ".png" || ext == ".PNG";
    if (!pdf && !png) return "the file must end in .pdf or .png";
    const std::filesystem::path tmp = file.string() + ".tmp";
    cairo_surface_t* surface =
        pdf ? cairo_pdf_surface_create(tmp.c_str(), kPageW, kPageH)
            : cairo_image_surface_create(CAIRO_FORMAT_ARGB32, static_cast<int>(kPageW * kPngScale + 0.5),
                                         static_cast<int>(kPageH * kPngScale + 0.5));
    cairo_t* cr = cairo_create(surface);
    if (png) cairo_scale(cr, kPngScale, kPngScale);
    Draw(cr, sheet);
    cairo_show_page(cr);
    cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    if (status == CAIRO_STATUS_SUCCESS && png) status = cairo_surface_write_to_png(surface, tmp.c_str());
    cairo_surface_finish(surface);  // the PDF is written out here
    if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    std::error_code ec;
    if (status != CAIRO_STATUS_SUCCESS) {
        std::filesystem::remove(tmp, ec);
        return std::string("could not be written: ") + cairo_status_to_string(status);
    }
    std::filesystem::rename(tmp, file, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        return "could not be written: " + ec.message();
    }
    return "";
}

}  // namespace kd::media
