// klasdeur: the kiosk and its command line. Each subcommand lives in cli/.
#include "cli/commands.h"
#include "core/paths.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <exception>

int main(int argc, char** argv) {
    CLI::App app{"Klasdeur: a touch kiosk at the classroom door. Parents tap pictures to tell the teacher "
                 "what is on their mind, see today's photos and this week.",
                 "klasdeur"};
    app.set_help_all_flag("--help-all", "Show the help of every command");
    std::string data;
    app.add_option("--data", data,
                   "Data directory (default: $KLASDEUR_DATA, else $XDG_DATA_HOME/klasdeur); the database is DIR/klasdeur.db");
    app.require_subcommand(0, 1);

    kd::cli::WindowArgs win;
    if (const char* m = std::getenv("KLASDEUR_UI_MAP")) win.ui_map = m;
    auto* run = app.add_subcommand("run", "Run the kiosk, full screen (the default command)");
    run->add_flag("--windowed", win.windowed, "A window that can be closed, for development");
    run->add_option("--size", win.size, "Window size, e.g. 1920x1080");
    run->add_option("--ui-map", win.ui_map, "Write the screen and its tappable items as JSON here after each frame");

    auto* demo = app.add_subcommand("demo", "Fill the data directory with a demo school (safe to run again)");
    auto* check = app.add_subcommand("check", "Open the database, migrate it, run quick_check; exit 0 if good");

    std::vector<std::string> photo_paths;
    auto* import_photos = app.add_subcommand("import-photos", "Import class photos (files or folders) for today");
    import_photos->add_option("paths", photo_paths, "JPEG or PNG files, or folders (e.g. a USB stick)")->required();

    std::string ics_file;
    auto* import_calendar = app.add_subcommand("import-calendar", "Import the school's calendar (.ics); replaces the previous import");
    import_calendar->add_option("file", ics_file, "The .ics file (e.g. exported from the school's calendar)")->required();

    auto* set_code = app.add_subcommand("set-code", "Set or change the teacher code, read from standard input "
                                                   "(the current code on the first line when one is set, then the new one)");

    kd::cli::ExportArgs exp;
    auto* export_cmd = app.add_subcommand(
        "export", "Write the concerns of a period (or with --anonymous only the counts) to standard output; "
                  "the teacher code is read from standard input");
    export_cmd->add_option("--from", exp.from, "First day, e.g. 2026-11-23")->required();
    export_cmd->add_option("--to", exp.to, "Last day (included), e.g. 2026-11-29")->required();
    export_cmd->add_option("--format", exp.format, "csv (the default) or json")->check(CLI::IsMember({"csv", "json"}));
    export_cmd->add_flag("--anonymous", exp.anonymous, "Only counts by topic, feeling and wish: no names, no rows");

    std::string screen, out, lang, size;
    bool list = false;
    auto* shot = app.add_subcommand("screenshot", "Render one screen with the current data into a PNG (needs a display)");
    shot->add_option("--screen", screen, "Which screen (see --list)");
    shot->add_option("--out", out, "The PNG to write");
    shot->add_option("--lang", lang, "Language code, e.g. nl, fr, ar (default: the kiosk's)");
    shot->add_option("--size", size, "Size, e.g. 1920x1080 (the default)");
    shot->add_flag("--list", list, "List the screen names");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }

    try {
        if (*shot && list) return kd::cli::ListScreens();
        const auto dir = kd::ResolveDataDir(data.empty() ? std::nullopt : std::optional<std::string>(data));
        if (*demo) return kd::cli::Demo(dir);
        if (*check) return kd::cli::Check(dir);
        if (*import_photos) return kd::cli::ImportPhotos(dir, photo_paths);
        if (*import_calendar) return kd::cli::ImportCalendarFile(dir, ics_file);
        if (*set_code) return kd::cli::SetCode(dir);
        if (*export_cmd) return kd::cli::Export(dir, exp);
        if (*shot) return kd::cli::Screenshot(dir, screen, out, lang, size);
        return kd::cli::Run(dir, win);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "klasdeur: %s\n", e.what());
        return 1;
    }
}
