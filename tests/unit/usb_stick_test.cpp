// USB sticks: which mounts are sticks (mountinfo as the kernel writes it, for
// udisks2, the kiosk's udev rule and usbmount), and what of a stick is listed.
#include "media/usb_stick.h"
#include "support/test_files.h"

#include <catch2/catch.hpp>

#include <sys/time.h>

#include <filesystem>

using namespace kd::media;
namespace fs = std::filesystem;

namespace {

// Lines as /proc/self/mountinfo has them on a Debian 12 kiosk with a desktop's udisks2 mount,
// the kiosk's own systemd-mount (with the automounter's placeholder first) and usbmount.
constexpr const char* kMountinfo =
    "22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw,errors=remount-ro\n"
    "23 22 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw\n"
    "25 22 0:5 / /dev rw,nosuid,relatime shared:2 - devtmpfs udev rw,size=8123456k,nr_inodes=2030864,mode=755\n"
    "30 22 0:26 / /run rw,nosuid,nodev,noexec,relatime shared:5 - tmpfs tmpfs rw,size=1628964k,mode=755\n"
    "31 30 0:27 / /run/user/1000 rw,nosuid,nodev,relatime shared:300 - tmpfs tmpfs rw,size=1628960k,mode=700,uid=1000\n"
    "40 22 259:3 / /home rw,relatime shared:30 - ext4 /dev/nvme0n1p3 rw\n"
    "41 22 259:4 / /media2/backup rw,relatime shared:31 - ext4 /dev/sdc1 rw\n"
    "123 22 8:17 / /media/juf\\040Anna/KLAS\\0401B rw,nosuid,nodev,relatime shared:67 - vfat /dev/sdb1 "
    "rw,fmask=0022,dmask=0022,codepage=437,iocharset=ascii,shortname=mixed,showexec,utf8,flush,errors=remount-ro\n"
    "130 22 0:48 / /media/klasdeur/sdd1 rw,relatime shared:70 - autofs systemd-1 "
    "rw,fd=52,pgrp=1,timeout=0,minproto=5,maxproto=5,direct,pipe_ino=31337\n"
    "131 130 8:49 / /media/klasdeur/sdd1 ro,nosuid,nodev,noexec,relatime shared:71 - exfat /dev/sdd1 "
    "ro,fmask=0022,dmask=0022,iocharset=utf8,errors=remount-ro\n"
    "140 22 0:50 / /media/klasdeur/sde1 rw,relatime shared:80 - autofs systemd-1 rw,fd=60,direct\n"
    "150 30 8:33 / /run/media/anna/3A1F-2B9C rw,nosuid,nodev,relatime shared:90 - exfat /dev/sdc1 rw,iocharset=utf8\n"
    "160 22 8:65 / /media/usb0 rw,noexec,nodev,sync,noatime shared:91 - vfat /dev/sde1 rw,utf8\n"
    "this line is not a mount\n"
    "170 22 8:81 / /media/broken rw\n";

void Touch(const fs::path& p, const std::string& bytes, std::int64_t modified) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    const timeval times[2] = {{modified, 0}, {modified, 0}};
    ::utimes(p.c_str(), times);
}

}  // namespace

TEST_CASE("sticks: the mounts under /media and /run/media are sticks and nothing else is") {
    const std::vector<MountedStick> sticks = SticksIn(kMountinfo, DefaultStickRoots());
    REQUIRE(sticks.size() == 4);
    // udisks2 with a teacher's account and a label with spaces: \040 is a space.
    CHECK(sticks[0].mount_point == "/media/juf Anna/KLAS 1B");
    CHECK(sticks[0].label == "KLAS 1B");
    CHECK(sticks[0].fs_type == "vfat");
    // The kiosk's own rule: the automounter's placeholder is hidden by the real mount on top of it.
    CHECK(sticks[1].mount_point == "/media/klasdeur/sdd1");
    CHECK(sticks[1].fs_type == "exfat");
    // A desktop's udisks2 on Fedora-like systems, and usbmount.
    CHECK(sticks[2].mount_point == "/run/media/anna/3A1F-2B9C");
    CHECK(sticks[3].mount_point == "/media/usb0");
    // Not a stick: the root, /home, /run/user, /media2 (a name that only starts like /media),
    // a placeholder with nothing mounted on it, and lines that are not mounts.
    for (const MountedStick& s : sticks) {
        CHECK(s.mount_point != "/media/klasdeur/sde1");
        CHECK(s.mount_point != "/media2/backup");
        CHECK(s.mount_point != "/media/broken");
    }
}

TEST_CASE("sticks: a stick taken out is gone, and no mount table at all means no stick") {
    std::string without = kMountinfo;
    const size_t at = without.find("160 22 8:65");
    without.erase(at, without.find('\n', at) + 1 - at);
    CHECK(SticksIn(without, DefaultStickRoots()).size() == 3);
    CHECK(SticksIn("", DefaultStickRoots()).empty());
    CHECK(SticksIn(kMountinfo, {}).empty());
    CHECK(FindSticks(DefaultStickRoots(), "/nonexistent/mountinfo").empty());
    // Other roots (the tests', a school's own): only what is below them.
    const auto only_run = SticksIn(kMountinfo, {"/run/media/"});
    REQUIRE(only_run.size() == 1);
    CHECK(only_run[0].label == "3A1F-2B9C");
}

TEST_CASE("sticks: the real mount table is read (no stick under a root that does not exist)") {
    CHECK(FindSticks({"/nonexistent-root-for-sticks"}).empty());
    // The root file system is not below "/": a root is never a stick itself.
    for (const MountedStick& s : FindSticks({"/"})) CHECK(s.mount_point != "/");
}

TEST_CASE("stick contents: photos newest first, calendars apart, hidden and system files left out") {
    kd::test::TempDir dir("stick");
    const fs::path& r = dir.path;
    Touch(r / "DCIM/100APPLE/IMG_0001.HEIC", "heic", 1'700'000'100);
    Touch(r / "DCIM/100APPLE/IMG_0002.JPG", "jpg", 1'700'000'300);
    Touch(r / "DCIM/100APPLE/._IMG_0001.HEIC", "apple double", 1'700'000'400);  // a Mac's shadow file
    Touch(r / "Uitstap/zee.webp", "webp", 1'700'000'200);
    Touch(r / "Uitstap/notities.txt", "text", 1'700'000'500);
    Touch(r / ".Trashes/501/weg.jpg", "jpg", 1'700'000'600);
    Touch(r / "System Volume Information/IndexerVolumeGuid.jpg", "x", 1'700'000'600);
    Touch(r / "$RECYCLE.BIN/S-1-5-21/$R0001.jpg", "x", 1'700'000'600);
    Touch(r / "kalender/school 2026-2027.ics", "BEGIN:VCALENDAR", 1'700'000'050);
    Touch(r / "Klas.ICS", "BEGIN:VCALENDAR", 1'700'000'060);
    // A link back to the stick's top (a loop) and a link off the stick: neither followed.
    fs::create_directory_symlink(r, r / "DCIM/loop");
    fs::create_symlink("/etc/hostname", r / "Uitstap/hostname.jpg");

    const StickContents c = ListStick(r);
    CHECK(c.error.empty());
    CHECK_FALSE(c.truncated);
    REQUIRE(c.photos.size() == 3);
    CHECK(c.photos[0].shown == "DCIM/100APPLE/IMG_0002.JPG");
    CHECK(c.photos[1].shown == "Uitstap/zee.webp");
    CHECK(c.photos[2].shown == "DCIM/100APPLE/IMG_0001.HEIC");
    CHECK(c.photos[0].size == 3);
    CHECK(c.photos[0].modified == 1'700'000'300);
    REQUIRE(c.calendars.size() == 2);
    CHECK(c.calendars[0].shown == "Klas.ICS");
    CHECK(c.calendars[1].shown == "kalender/school 2026-2027.ics");
}

TEST_CASE("stick contents: a stick too deep or too full is listed as far as the limits, and says so") {
    kd::test::TempDir dir("stick-limits");
    fs::path deep = dir.path;
    for (int i = 0; i < kMaxStickDepth + 2; ++i) deep /= "d" + std::to_string(i);
    Touch(deep / "bottom.jpg", "jpg", 1'700'000'000);
    Touch(dir.path / "top.jpg", "jpg", 1'700'000'000);
    StickContents c = ListStick(dir.path);
    CHECK(c.truncated);
    REQUIRE(c.photos.size() == 1);
    CHECK(c.photos[0].shown == "top.jpg");

    for (int i = 0; i < 30; ++i) Touch(dir.path / "many" / ("p" + std::to_string(i) + ".jpg"), "jpg", 1'700'000'000 + i);
    c = ListStick(dir.path, 20);
    CHECK(c.truncated);
    CHECK(c.photos.size() <= 20);
    // A stick that is gone (pulled out while listing): an error in words, nothing listed.
    c = ListStick(dir.path / "not-there");
    CHECK(c.photos.empty());
    CHECK_FALSE(c.error.empty());
}
