#pragma once
// The subcommands of `klasdeur`. Each returns the process exit code and lets
// std::exception through for main() to print as one sentence.
#include <cstdint>
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
// `klasdeur voice list [--lang LL]`: per language, which messages a school's
// recording says, which the synthetic voice, and which nothing; with --lang,
// one line per message (the file name a recording takes, and its words).
int VoiceList(const std::filesystem::path& data_dir, const std::string& lang);
// `klasdeur voice import FOLDER --lang LL`: a school's recordings for a language.
int VoiceImport(const std::filesystem::path& data_dir, const std::string& folder, const std::string& lang);
// The nightly job by hand: retention, integrity_check, a backup (always with `force_backup`).
int Maintain(const std::filesystem::path& data_dir, bool force_backup);
int SetCode(const std::filesystem::path& data_dir);
struct ExportArgs {
    std::string from, to;         // YYYY-MM-DD, both days included
    std::string format = "csv";   // csv | json
    bool anonymous = false;       // only the counts
    bool polls = false;           // the polls of the period and their answers, instead of the concerns
};
// The teacher code on standard input; the concerns (or counts) on standard output.
int Export(const std::filesystem::path& data_dir, const ExportArgs& a);
// The teacher code on standard input; today's pick-up list written to `out` (.pdf or .png).
int PickupList(const std::filesystem::path& data_dir, const std::string& out, const std::string& lang);
int ImportCalendarFile(const std::filesystem::path& data_dir, const std::string& ics_file);
int ImportPhotos(const std::filesystem::path& data_dir, const std::vector<std::string>& paths);
int Screenshot(const std::filesystem::path& data_dir, const std::string& screen, const std::string& out,
               const std::string& lang, const std::string& size, bool no_words = false);
int ListScreens();

// The school's list and the kiosk's settings, for the school's IT person
// (teacher mode changes the same through the same checks: services/class_list.h,
// services/polls.h, domain/settings.h). `action` is the sub-subcommand ("list", "add", ...).
struct ClassArgs {
    std::string action;
    std::int64_t id = 0;
    std::string name, teacher, symbol;
    bool force = false;  // `class remove`: also when children or parents' messages would go with it
};
int Classes(const std::filesystem::path& data_dir, const ClassArgs& a);

struct ChildArgs {
    std::string action;
    std::int64_t id = 0;
    std::optional<std::int64_t> class_id;
    std::string name, symbol;
    bool consent = false;
    std::string yes_no;  // `child consent ID yes|no`
};
int Children(const std::filesystem::path& data_dir, const ChildArgs& a);

struct PollArgs {
    std::string action;
    std::int64_t id = 0;
    std::optional<std::int64_t> class_id, event_id;
    std::string question, until;
};
int Polls(const std::filesystem::path& data_dir, const PollArgs& a);

struct SettingsArgs {
    std::string action;
    std::string key, value;
};
int SettingsCommand(const std::filesystem::path& data_dir, const SettingsArgs& a);
// Every setting with its line of help, for `klasdeur settings --help`.
std::string SettingsHelp();

// "1280x800" -> {1280, 800}; throws std::invalid_argument with a sentence otherwise.
std::pair<int, int> ParseSize(const std::string& wxh);

}  // namespace kd::cli
