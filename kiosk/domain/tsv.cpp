#include "domain/tsv.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kd {

std::vector<TsvRow> ParseTsv(const std::string& text) {
    std::vector<TsvRow> rows;
    std::istringstream in(text);
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        TsvRow row{n, {}};
        size_t start = 0;
        while (true) {
            const size_t tab = line.find('\t', start);
            row.cells.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<TsvRow> ReadTsv(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::ostringstream s;
    s << in.rdbuf();
    return ParseTsv(s.str());
}

}  // namespace kd
