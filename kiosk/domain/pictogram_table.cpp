#include "domain/pictogram_table.h"

#include "domain/tsv.h"

#include <set>
#include <string_view>
#include <stdexcept>

namespace kd {

std::vector<std::string> PictureParts(std::string_view picture) {
    std::vector<std::string> parts;
    while (!picture.empty()) {
        const size_t bar = picture.find('|');
        if (bar != 0) parts.emplace_back(picture.substr(0, bar));
        if (bar == std::string_view::npos) break;
        picture.remove_prefix(bar + 1);
    }
    return parts;
}

PictogramTable PictogramTable::Load(const std::filesystem::path& file) {
    std::vector<Pictogram> rows;
    std::set<std::string> ids;
    for (const TsvRow& r : ReadTsv(file)) {
        const std::string where = file.filename().string() + " line " + std::to_string(r.line);
        if (r.cells.size() < 3 || r.cells[0].empty() || r.cells[1].empty() || r.cells[2].empty())
            throw std::runtime_error(where + ": expected id, emoji and label separated by tabs");
        if (!ids.insert(r.cells[0]).second) throw std::runtime_error(where + ": id '" + r.cells[0] + "' appears twice");
        Pictogram row{r.cells[0], r.cells[1], r.cells[2]};
        if (r.cells.size() > 3) {
            std::string_view marks = r.cells[3];
            while (!marks.empty()) {
                const size_t comma = marks.find(',');
                const std::string_view mark = marks.substr(0, comma);
                if (mark == "same_day") row.same_day = true;
                else if (mark == "pickup_list") row.pickup_list = true;
                else throw std::runtime_error(where + ": unknown mark '" + std::string(mark) + "' (same_day, pickup_list)");
                marks = comma == std::string_view::npos ? std::string_view() : marks.substr(comma + 1);
            }
        }
        rows.push_back(std::move(row));
    }
    if (rows.empty()) throw std::runtime_error(file.string() + " has no rows");
    return PictogramTable(std::move(rows));
}

const Pictogram* PictogramTable::Find(const std::string& id) const {
    for (const Pictogram& p : m_rows)
        if (p.id == id) return &p;
    return nullptr;
}

Pictograms Pictograms::Load(const std::filesystem::path& assets_dir) {
    Pictograms p;
    p.topics = PictogramTable::Load(assets_dir / "topics.tsv");
    p.feelings = PictogramTable::Load(assets_dir / "feelings.tsv");
    p.wishes = PictogramTable::Load(assets_dir / "wishes.tsv");
    p.event_types = PictogramTable::Load(assets_dir / "event_types.tsv");
    p.symbols = PictogramTable::Load(assets_dir / "symbols.tsv");
    return p;
}

bool Pictograms::SameDay(const std::vector<std::string>& topic_ids, const std::string& wish_id) const {
    for (const std::string& t : topic_ids)
        if (const Pictogram* p = topics.Find(t); p && p->same_day) return true;
    const Pictogram* w = wishes.Find(wish_id);
    return w && w->same_day;
}

std::vector<std::string> Pictograms::AllEmoji() const {
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const PictogramTable* t : {&topics, &feelings, &wishes, &event_types, &symbols})
        for (const Pictogram& r : t->Rows())
            if (seen.insert(r.emoji).second) out.push_back(r.emoji);
    return out;
}

}  // namespace kd
