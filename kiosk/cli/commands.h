#pragma once
// The subcommands of `klasdeur`. Each returns the process exit code and lets
// std::exception through for main() to print as one sentence.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kd::cli {

struct WindowArgs {
    bool windowed = false;
    std::string size;    // "WxH" or empty
    std::string ui_map;  // file, or empty
};

int Run(const std::filesystem::path& data_dir, const WindowArgs& w);
int Demo(const std::filesystem::path& data_dir);
int Check(const std::filesystem::path& data_dir);
int SetCode(const std::filesystem::path& data_dir);
struct ExportArgs {
    std::string from, to;         // YYYY-MM-DD, both days included
    std::string format = "csv";   // csv | json
    bool anonymous = false;       // only the counts
};
// The teacher code on standard input; the concerns (or counts) on standard output.
int Export(const std::filesystem::path& data_dir, const ExportArgs& a);
int ImportCalendarFile(const std::filesystem::path& data_dir, const std::string& ics_file);
int ImportPhotos(const std::filesystem::path& data_dir, const std::vector<std::string>& paths);
int Screenshot(const std::filesystem::path& data_dir, const std::string& screen, const std::string& out,
               const std::string& lang, const std::string& size);
int ListScreens();

// "1280x800" -> {1280, 800}; throws std::invalid_argument with a sentence otherwise.
std::pair<int, int> ParseSize(const std::string& wxh);

}  // namespace kd::cli
