// klasdeur: the kiosk and its command line. Each subcommand lives in cli/.
#include "cli/commands.h"
#include "services/class_list.h"
#include "services/paths.h"
#include "ui/glyph_plan.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <exception>

int main(int argc, char** argv) {
    // A name the kiosk's fonts cannot draw is refused wherever it is typed (teacher mode, `child add`, ...).
    kd::SetUndrawableCheck(&kd::ui::UndrawableIn);
    CLI::App app{"Klasdeur: a touch kiosk at the classroom door. Parents tap pictures to tell the teacher "
                 "what is on their mind, see today's photos and this week.",
                 "klasdeur"};
    app.set_help_all_flag("--help-all", "Show the help of every command");
    std::string data;
    app.add_option("--data", data,
                   "Data directory (default: $KLASDEUR_DATA, else KLASDEUR_DATA in /etc/klasdeur/klasdeur.conf, else "
                   "$XDG_DATA_HOME/klasdeur); the database is DIR/klasdeur.db");
    app.require_subcommand(0, 1);

    kd::cli::WindowArgs win;
    if (const char* m = std::getenv("KLASDEUR_UI_MAP")) win.ui_map = m;
    auto* run = app.add_subcommand("run", "Run the kiosk, full screen (the default command)");
    run->add_flag("--windowed", win.windowed, "A window that can be closed, for development");
    run->add_option("--size", win.size, "Window size, e.g. 1920x1080 (default: KLASDEUR_SIZE in the conf, else the screen's)");
    run->add_option("--ui-map", win.ui_map, "Write the screen and its tappable items as JSON here after each frame");

    auto* demo = app.add_subcommand("demo", "Fill the data directory with a demo school (safe to run again)");
    auto* check = app.add_subcommand("check", "Open the database, migrate it, run quick_check; exit 0 if good");
    bool force_backup = false;
    auto* maintain = app.add_subcommand(
        "maintain", "What the kiosk does each night: delete old messages and leftover photo files, integrity_check, a backup when the last is "
                    "a day old (kept in DATA/backups, 3 generations); exit 0 if all went well");
    maintain->add_flag("--backup", force_backup, "Make a backup even if the newest is recent");

    std::vector<std::string> photo_paths;
    auto* import_photos = app.add_subcommand("import-photos", "Import class photos (files or folders) for today");
    import_photos->add_option("paths", photo_paths, "JPEG, PNG, HEIC or WebP files, or folders (e.g. a USB stick)")->required();

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
    export_cmd->add_flag("--polls", exp.polls, "The polls open in the period and their answers per face, instead");

    std::string pickup_out, pickup_lang;
    auto* pickup = app.add_subcommand(
        "pickup-list", "Today's changes to who collects a child, as one page to print (PDF or PNG); "
                       "the teacher code is read from standard input");
    pickup->add_option("--out", pickup_out, "The file: today.pdf or today.png")->required();
    pickup->add_option("--lang", pickup_lang, "Its language (default: the teacher_lang setting)");

    // The voice: a school's own recordings.
    std::string voice_lang, voice_folder;
    auto* voice = app.add_subcommand("voice", "The kiosk's voice: which messages are recorded, and importing recordings");
    voice->require_subcommand(1);
    auto* voice_list = voice->add_subcommand("list", "Per language: messages said by a recording, the synthetic voice, or nothing");
    voice_list->add_option("--lang", voice_lang, "One language, message by message, with the file name each recording takes");
    auto* voice_import = voice->add_subcommand(
        "import", "A folder of recordings (one per message, named as `voice list --lang` shows; WAV, MP3, Ogg, Opus, FLAC)");
    voice_import->add_option("folder", voice_folder, "The folder, e.g. a USB stick's")->required();
    voice_import->add_option("--lang", voice_lang, "Their language, e.g. so")->required();

    std::string screen, out, lang, size;
    bool list = false, no_words = false;
    auto* shot = app.add_subcommand("screenshot", "Render one screen with the current data into a PNG (needs a display)");
    shot->add_option("--screen", screen, "Which screen (see --list)");
    shot->add_option("--out", out, "The PNG to write");
    shot->add_option("--lang", lang, "Language code, e.g. nl, fr, ar (default: the kiosk's)");
    shot->add_option("--size", size, "Size, e.g. 1920x1080 (the default)");
    shot->add_flag("--list", list, "List the screen names");
    shot->add_flag("--no-words", no_words, "Every word a block: what a parent who reads none of it sees");

    // The school's list, polls and settings: the same checks as teacher mode.
    kd::cli::ClassArgs cls_args;
    auto* cls = app.add_subcommand("class", "List, add, rename or remove classes");
    cls->require_subcommand(1);
    auto* cls_list = cls->add_subcommand("list", "One line per class: id, symbol, name, teacher, children");
    auto* cls_add = cls->add_subcommand("add", "Add a class");
    cls_add->add_option("name", cls_args.name, "The class's name, e.g. \"De Vlinders\" (1 to 40 characters, unique)")
        ->required();
    cls_add->add_option("--teacher", cls_args.teacher, "The teacher's name, e.g. \"Juf Sarah\"")->required();
    cls_add->add_option("--symbol", cls_args.symbol, "The class's symbol: an emoji of assets/symbols.tsv, or its id (fox)")
        ->required();
    auto* cls_rename = cls->add_subcommand("rename", "Rename a class (and, with --teacher, change its teacher)");
    cls_rename->add_option("id", cls_args.id, "The class's id (klasdeur class list)")->required();
    cls_rename->add_option("name", cls_args.name, "The new name")->required();
    cls_rename->add_option("--teacher", cls_args.teacher, "The new teacher's name (default: unchanged)");
    auto* cls_remove = cls->add_subcommand(
        "remove", "Remove a class with its events, polls and photos (not the last class; one with children or "
                  "parents' messages only with --force)");
    cls_remove->add_option("id", cls_args.id, "The class's id (klasdeur class list)")->required();
    cls_remove->add_flag("--force", cls_args.force, "Also when it still has children or parents' messages");
    for (auto* sub : {cls_list, cls_add, cls_rename, cls_remove})
        sub->callback([&cls_args, sub] { cls_args.action = sub->get_name(); });

    kd::cli::ChildArgs child_args;
    auto* child = app.add_subcommand("child", "List, add, rename or remove children, their symbol and photo consent");
    child->require_subcommand(1);
    auto* child_list = child->add_subcommand("list", "One line per child: id, symbol, name, photo consent, class");
    child_list->add_option("--class", child_args.class_id, "Only this class (default: every class)");
    auto* child_add = child->add_subcommand("add", "Add a child (a removed child of that name comes back)");
    child_add->add_option("name", child_args.name, "The first name (1 to 40 characters, unique in the class)")->required();
    child_add->add_option("--class", child_args.class_id, "The class's id (klasdeur class list)")->required();
    child_add->add_option("--symbol", child_args.symbol,
                          "The child's symbol: an emoji of assets/symbols.tsv no other child of the class has, or its id")
        ->required();
    child_add->add_flag("--consent", child_args.consent, "The parents agreed to photos (default: no)");
    auto* child_rename = child->add_subcommand("rename", "Change a child's first name");
    child_rename->add_option("id", child_args.id, "The child's id (klasdeur child list)")->required();
    child_rename->add_option("name", child_args.name, "The new first name")->required();
    auto* child_symbol = child->add_subcommand("symbol", "Change a child's symbol");
    child_symbol->add_option("id", child_args.id, "The child's id (klasdeur child list)")->required();
    child_symbol->add_option("symbol", child_args.symbol, "An emoji of assets/symbols.tsv, or its id (fox)")->required();
    auto* child_consent = child->add_subcommand("consent", "Record whether the parents agree to photos");
    child_consent->add_option("id", child_args.id, "The child's id (klasdeur child list)")->required();
    child_consent->add_option("answer", child_args.yes_no, "yes or no")->required()->check(CLI::IsMember({"yes", "no"}));
    auto* child_symbols = child->add_subcommand("symbols", "The symbols no child of the class has: id and emoji");
    child_symbols->add_option("--class", child_args.class_id, "The class's id (klasdeur class list)")->required();
    auto* child_remove = child->add_subcommand(
        "remove", "Take a child off the list (messages about them stay for the teacher until they are deleted)");
    child_remove->add_option("id", child_args.id, "The child's id (klasdeur child list)")->required();
    for (auto* sub : {child_list, child_add, child_rename, child_symbol, child_consent, child_symbols, child_remove})
        sub->callback([&child_args, sub] { child_args.action = sub->get_name(); });

    kd::cli::PollArgs poll_args;
    auto* poll = app.add_subcommand("poll", "List, create, read or close quick polls");
    poll->require_subcommand(1);
    auto* poll_list = poll->add_subcommand("list", "One line per poll, newest first: id, state, dates, answers, "
                                                   "class, question");
    poll_list->add_option("--class", poll_args.class_id, "Only this class's polls and the school's (default: all)");
    auto* poll_create = poll->add_subcommand("create", "Open a poll from today (in the school's time zone)");
    poll_create->add_option("--question", poll_args.question,
                            "how_was (How was it?), welcome (Did you feel welcome?) or again (Would you come again?)")
        ->required()
        ->check(CLI::IsMember({"how_was", "welcome", "again"}));
    poll_create->add_option("--event", poll_args.event_id, "The event it asks about (an id in the events table)");
    poll_create->add_option("--class", poll_args.class_id,
                            "The class it asks (default: the event's class, else the whole school)");
    poll_create->add_option("--until", poll_args.until, "The last day parents see it, e.g. 2026-11-30 (at most 60 days)")
        ->required();
    auto* poll_results = poll->add_subcommand("results", "The answers per face");
    poll_results->add_option("id", poll_args.id, "The poll's id (klasdeur poll list)")->required();
    auto* poll_close = poll->add_subcommand("close", "End a poll now: parents no longer see it");
    poll_close->add_option("id", poll_args.id, "The poll's id (klasdeur poll list)")->required();
    for (auto* sub : {poll_list, poll_create, poll_results, poll_close})
        sub->callback([&poll_args, sub] { poll_args.action = sub->get_name(); });

    kd::cli::SettingsArgs settings_args;
    auto* settings = app.add_subcommand("settings", "List, read or change the kiosk's settings");
    settings->require_subcommand(1);
    settings->footer(kd::cli::SettingsHelp());
    auto* settings_list = settings->add_subcommand("list", "One line per setting: key, set/default/bad, the value in effect");
    auto* settings_get = settings->add_subcommand("get", "Print the value in effect");
    settings_get->add_option("key", settings_args.key, "A setting (see klasdeur settings --help)")->required();
    auto* settings_set = settings->add_subcommand("set", "Check and store a value");
    settings_set->add_option("key", settings_args.key, "A setting (see klasdeur settings --help)")->required();
    settings_set->add_option("value", settings_args.value, "The new value (\"\" clears languages, night_*, photo_folder, "
                                                           "calendar_file)")
        ->required();
    settings_set->footer(kd::cli::SettingsHelp());
    for (auto* sub : {settings_list, settings_get, settings_set})
        sub->callback([&settings_args, sub] { settings_args.action = sub->get_name(); });

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
        if (*maintain) return kd::cli::Maintain(dir, force_backup);
        if (*import_photos) return kd::cli::ImportPhotos(dir, photo_paths);
        if (*import_calendar) return kd::cli::ImportCalendarFile(dir, ics_file);
        if (*set_code) return kd::cli::SetCode(dir);
        if (*export_cmd) return kd::cli::Export(dir, exp);
        if (*pickup) return kd::cli::PickupList(dir, pickup_out, pickup_lang);
        if (*shot) return kd::cli::Screenshot(dir, screen, out, lang, size, no_words);
        if (*voice_list) return kd::cli::VoiceList(dir, voice_lang);
        if (*voice_import) return kd::cli::VoiceImport(dir, voice_folder, voice_lang);
        if (*cls) return kd::cli::Classes(dir, cls_args);
        if (*child) return kd::cli::Children(dir, child_args);
        if (*poll) return kd::cli::Polls(dir, poll_args);
        if (*settings) return kd::cli::SettingsCommand(dir, settings_args);
        return kd::cli::Run(dir, win);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "klasdeur: %s\n", e.what());
        return 1;
    }
}
