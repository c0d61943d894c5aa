#pragma once
// Tab-separated tables in assets/: '#' starts a comment line, blank lines are skipped.
#include <filesystem>
#include <string>
#include <vector>

namespace kd {

struct TsvRow {
    int line = 0;  // 1-based, for error messages
    std::vector<std::string> cells;
};

// Throws std::runtime_error naming the file when it cannot be read.
std::vector<TsvRow> ReadTsv(const std::filesystem::path& file);
std::vector<TsvRow> ParseTsv(const std::string& text);

}  // namespace kd
