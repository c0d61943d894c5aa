// Teacher mode with a USB stick, through the real screens: the stick shows up
// on the photos screen, its photos are picked one by one or all, only the
// picked ones are imported (again: reported as already there), the stick
// taken out mid-pick, and the school's calendar taken from the stick. The
// stick is a folder the test lists in a mount table of its own, as the kernel
// would list a mounted stick (the end-to-end test mounts a real FAT image).
#include "headless_kiosk.h"
#include "teacher_login.h"
#include "media/photo_decode.h"
#include "media/photo_import.h"
#include "services/teacher_code.h"
#include "store/photos_repo.h"
#include "support/test_files.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <sys/time.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

using namespace kd;
using kd::test::HeadlessKiosk;
using kd::test::LogIn;
namespace fs = std::filesystem;

namespace {

// A stick labelled "KLAS 1B" as an iPhone's photos land on it: DCIM/100APPLE, newest last taken
// IMG_0004, a Mac's "._" shadow file beside one, and the school's calendar.
struct Stick {
    kd::test::TempDir dir{"ui-stick"};
    fs::path root = dir.path / "media", point = root / "KLAS 1B", mountinfo = dir.path / "mountinfo";

    Stick() {
        fs::create_directories(point / "DCIM/100APPLE");
        for (int i = 1; i <= 4; ++i) {
            media::RgbaImage img(640, 480);
            for (size_t p = 0; p < img.pixels.size(); p += 4) {
                img.pixels[p] = static_cast<unsigned char>(40 * i);
                img.pixels[p + 3] = 255;
            }
            const fs::path f = point / "DCIM/100APPLE" / ("IMG_000" + std::to_string(i) + ".JPG");
            std::ofstream(f, std::ios::binary) << media::EncodeJpeg(img, 85);
            const timeval t[2] = {{1'795'000'000 + i * 60, 0}, {1'795'000'000 + i * 60, 0}};
            ::utimes(f.c_str(), t);
        }
        std::ofstream(point / "DCIM/100APPLE/._IMG_0001.JPG") << "Mac resource fork";
        In();
    }
    void In() const {
        std::ofstream(mountinfo) << "22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw\n"
                                 << "123 22 8:17 / " << (root.string() + "/KLAS\\0401B")
                                 << " ro,nosuid,nodev,noexec,relatime shared:67 - vfat /dev/sdb1 ro,utf8\n";
    }
    void Out() const { std::ofstream(mountinfo) << "22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw\n"; }
};

// The teacher logged in on the photos screen, the stick found (it looks at once on opening),
// imports going into `data`.
void OpenPhotosWithStick(HeadlessKiosk& k, const Stick& stick, const fs::path& data) {
    k.Controller().SetStickSource({stick.root}, stick.mountinfo);
    HookImport(k, data);
    LogIn(k);
    REQUIRE(k.Tap("teacher.photos"));
    k.Controller().Tick();
    k.Settle();
}

bool Enabled(HeadlessKiosk& k, std::string_view id) {
    const ui::UiItem* item = k.Map().Find(id);
    return item && item->enabled;
}

}  // namespace

TEST_CASE("stick: the teacher picks two of a stick's photos and only those are imported") {
    HeadlessKiosk k;
    Stick stick;
    kd::test::TempDir data("ui-stick-data");
    OpenPhotosWithStick(k, stick, data.path);
    REQUIRE(k.Controller().Stick().present);
    CHECK(k.Controller().Stick().stick.label == "KLAS 1B");
    REQUIRE(k.Controller().Stick().contents.photos.size() == 4);  // the shadow file is no photo
    CHECK(k.Controller().Stick().contents.photos[0].shown == "DCIM/100APPLE/IMG_0004.JPG");  // newest first
    REQUIRE(Enabled(k, "photos.stick"));
    REQUIRE(k.Tap("photos.stick"));
    REQUIRE(k.CurrentScreen() == Screen::TeacherStick);
    CHECK_FALSE(Enabled(k, "stick.import"));  // nothing picked yet
    REQUIRE(k.Tap("stick.photo.0"));
    REQUIRE(k.Tap("stick.photo.2"));
    REQUIRE(k.Tap("stick.photo.3"));
    REQUIRE(k.Tap("stick.photo.3"));  // changed my mind
    CHECK(k.Controller().Stick().picked_count == 2);
    REQUIRE(Enabled(k, "stick.import"));
    const int before = store::PhotosRepo(k.Db()).Count();
    REQUIRE(k.Tap("stick.import"));
    // Back on the photos screen, where the import shows file by file from the next tick.
    CHECK(k.CurrentScreen() == Screen::TeacherPhotos);
    CHECK(k.Controller().ImportingPhotos());
    k.Controller().Tick();
    k.Settle();
    const auto& report = k.Controller().LastPhotoImport();
    CHECK(report.imported == 2);
    CHECK(report.skipped == 0);
    REQUIRE(report.lines.size() == 2);
    CHECK(report.lines[0].rfind("IMG_0004.JPG: ", 0) == 0);
    CHECK(report.lines[1].rfind("IMG_0002.JPG: ", 0) == 0);
    CHECK(store::PhotosRepo(k.Db()).Count() == before + 2);
    CHECK(k.Controller().Stick().picked_count == 0);

    // All of them: the two already there are said to be, the other two come in.
    REQUIRE(k.Tap("photos.stick"));
    REQUIRE(k.Tap("stick.all"));
    CHECK(k.Controller().Stick().picked_count == 4);
    REQUIRE(k.Tap("stick.none"));
    CHECK(k.Controller().Stick().picked_count == 0);
    REQUIRE(k.Tap("stick.all"));
    REQUIRE(k.Tap("stick.import"));
    k.Controller().Tick();
    k.Settle();
    CHECK(k.Controller().LastPhotoImport().imported == 2);
    CHECK(k.Controller().LastPhotoImport().duplicates == 2);
    CHECK(store::PhotosRepo(k.Db()).Count() == before + 4);
}

TEST_CASE("stick: taken out while the teacher picks: back to photos with a line and nothing imported") {
    HeadlessKiosk k;
    Stick stick;
    kd::test::TempDir data("ui-stick-out");
    OpenPhotosWithStick(k, stick, data.path);
    REQUIRE(k.Tap("photos.stick"));
    REQUIRE(k.Tap("stick.photo.1"));
    const int before = store::PhotosRepo(k.Db()).Count();
    stick.Out();
    k.Controller().Tick();  // within the second: not looked yet
    CHECK(k.CurrentScreen() == Screen::TeacherStick);
    k.Clock().Advance(KioskController::kStickCheckSeconds + 0.1);
    CHECK(k.Controller().NextDeadline() <= k.Clock().MonotonicSeconds());  // the loop wakes to look
    CHECK(k.Controller().Tick());
    k.Settle();
    CHECK(k.CurrentScreen() == Screen::TeacherPhotos);
    CHECK(k.Controller().Admin().Notice().English() == "The USB stick was taken out.");
    CHECK_FALSE(k.Controller().Stick().present);
    // No stick and no photo folder: the stick button stays, off, and says to put one in.
    REQUIRE(k.Map().Find("photos.stick"));
    CHECK_FALSE(Enabled(k, "photos.stick"));
    CHECK(store::PhotosRepo(k.Db()).Count() == before);
    // Put back in: found again within a second, nothing picked.
    stick.In();
    k.Clock().Advance(KioskController::kStickCheckSeconds + 0.1);
    CHECK(k.Controller().Tick());
    k.Settle();
    CHECK(Enabled(k, "photos.stick"));
    CHECK(k.Controller().Stick().picked_count == 0);
}

TEST_CASE("stick: the school's calendar is imported from the stick") {
    HeadlessKiosk k;
    Stick stick;
    // As Outlook saves a calendar to a stick: CRLF, a Windows zone name.
    std::ofstream(stick.point / "Schoolkalender.ics", std::ios::binary)
        << "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
           "BEGIN:VEVENT\r\nDTSTART;TZID=\"Romance Standard Time\":20261126T090000\r\n"
           "DTEND;TZID=\"Romance Standard Time\":20261126T120000\r\nUID:040000008200E00074C5B7101A82E008@outlook\r\n"
           "SUMMARY:Schoolreis\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    k.Controller().SetStickSource({stick.root}, stick.mountinfo);
    LogIn(k);
    REQUIRE(k.Tap("teacher.calendar"));
    k.Controller().Tick();
    k.Settle();
    REQUIRE(k.Controller().Stick().contents.calendars.size() == 1);
    REQUIRE(Enabled(k, "calendar.stick.0"));
    REQUIRE(k.Tap("calendar.stick.0"));
    INFO(k.Controller().Admin().Problem().English());
    CHECK(k.Controller().Admin().Notice().English() == "1 events imported");
    bool trip = false;
    for (const Event& e : k.Controller().TeacherEvents()) trip |= e.title == "Schoolreis" && e.start_time == "09:00";
    CHECK(trip);
}

TEST_CASE("stick: with no stick and no calendar file the calendar's stick button is off and says what to do") {
    HeadlessKiosk k;
    LogIn(k);
    REQUIRE(k.Tap("teacher.calendar"));
    k.Controller().Tick();
    k.Settle();
    REQUIRE(k.Map().Find("calendar.stick"));
    CHECK_FALSE(Enabled(k, "calendar.stick"));
    CHECK_FALSE(k.Map().Find("calendar.import"));
}
