#include "cli/commands.h"
#include "media/audio_out.h"
#include "media/voice.h"
#include "domain/clock.h"
#include "services/kiosk_database.h"
#include "services/paths.h"
#include "services/teacher_code.h"
#include "store/children_repo.h"
#include "store/database.h"
#include "store/migrations.h"

#include <SQLiteCpp/Database.h>

#include <cstdio>
#include <cstdlib>

namespace kd::cli {

int Check(const std::filesystem::path& data_dir) {
    PrepareDataDir(data_dir);
    const auto file = DatabaseFile(data_dir);
    std::unique_ptr<SQLite::Database> db;
    try {
        db = OpenKioskDatabase(file);
    } catch (const std::exception& e) {
        std::printf("NOT OK: %s\n", e.what());
        return 1;
    }
    const std::string verdict = store::QuickCheck(*db);
    if (verdict != "ok") {
        std::printf("NOT OK: %s is damaged: %s\n", file.c_str(), verdict.c_str());
        return 1;
    }
    std::printf("OK: %s, schema %d, quick_check ok, %d children\n", file.c_str(), store::SchemaVersion(*db),
                store::ChildrenRepo(*db).Count());
    // Not a failure, but the one thing that leaves parents' messages unprotected.
    if (!TeacherCode(*db, SystemClock()).IsSet())
        std::printf("Note: no teacher code is set, so parents' messages are not protected yet "
                    "(klasdeur set-code).\n");
    // The voice: a device to speak through (the kiosk runs silent without one) and its clips.
    const char* driver = std::getenv("KLASDEUR_AUDIO_DRIVER");
    const media::AudioOut audio(driver ? driver : "");
    if (!audio.Available())
        std::printf("Note: %s; the kiosk runs silent (parents still see every picture and word).\n",
                    audio.Problem().c_str());
    const media::VoiceLibrary voice(FindShareDir() / "voice", data_dir / "voice");
    if (voice.Empty()) std::printf("Note: no voice clips in %s.\n", (FindShareDir() / "voice").c_str());
    return 0;
}

}  // namespace kd::cli
