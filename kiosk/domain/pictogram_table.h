#pragma once
// Tables in assets/ that map an id to an emoji and a label msgid (topics,
// feelings, wishes, event types, child symbols), so a school can change them
// without touching code.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kd {

// A picture may be composed of two emoji, "🏫|🚫": the first drawn large, the
// second as a badge on its corner. Its parts, in order (one for a plain emoji).
std::vector<std::string> PictureParts(std::string_view picture);

struct Pictogram {
    std::string id;     // stable key stored in the database, e.g. "sick"
    std::string emoji;  // UTF-8, may be a ZWJ sequence or a composed "A|B"
    std::string msgid;  // label, translated through lang/
    // Marks from a fourth cell, comma-separated:
    bool same_day = false;     // "same_day": it cannot wait until the end of the day
    bool pickup_list = false;  // "pickup_list": it changes who collects the child today
};

class PictogramTable {
public:
    PictogramTable() = default;
    explicit PictogramTable(std::vector<Pictogram> rows) : m_rows(std::move(rows)) {}

    // Reads "id<TAB>emoji<TAB>msgid[<TAB>marks]" rows. Throws std::runtime_error naming
    // the file and line of the first bad row (missing cell, duplicate id, an unknown mark).
    static PictogramTable Load(const std::filesystem::path& file);

    const std::vector<Pictogram>& Rows() const { return m_rows; }
    const Pictogram* Find(const std::string& id) const;

private:
    std::vector<Pictogram> m_rows;
};

// All tables the kiosk needs, loaded once at start.
struct Pictograms {
    PictogramTable topics;
    PictogramTable feelings;
    PictogramTable wishes;
    PictogramTable event_types;
    PictogramTable symbols;  // the picture symbols children can have

    static Pictograms Load(const std::filesystem::path& assets_dir);
    // Every emoji any table uses, without repeats (for the pictogram atlas).
    std::vector<std::string> AllEmoji() const;
    // Whether a message with these topics and this wish cannot wait until the end of
    // the day: any of them is marked same_day in its table.
    bool SameDay(const std::vector<std::string>& topic_ids, const std::string& wish_id) const;
};

}  // namespace kd
