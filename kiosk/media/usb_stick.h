#pragma once
// USB sticks in teacher mode. A stick is any file system mounted under one of
// the removable-media roots (/media, /run/media): where udisks2 puts it
// (/media/USER/LABEL, /run/media/USER/LABEL), where the kiosk's own udev rule
// mounts it (/media/klasdeur/LABEL, see packaging/), or usbmount's
// /media/usb0. Mounts are read from /proc/self/mountinfo, so a folder that
// merely exists under /media is not taken for a stick. What is on a stick is
// listed without following links, leaving out hidden and system folders and
// the "._" shadow files a Mac writes next to every photo.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kd::media {

struct MountedStick {
    std::filesystem::path mount_point;  // as the kernel names it, unescaped
    std::string label;                  // the mount point's last part: what the teacher called the stick
    std::string fs_type;                // vfat, exfat, ntfs3, ext4, ...
};

// The removable-media roots of a Linux system without a desktop or with one.
std::vector<std::filesystem::path> DefaultStickRoots();

// The mounts below any of `roots` (not the roots themselves), in mountinfo's
// order; a stick mounted twice is listed once. `mountinfo` is the text of
// /proc/self/mountinfo (proc(5)); malformed lines are left out.
std::vector<MountedStick> SticksIn(std::string_view mountinfo, const std::vector<std::filesystem::path>& roots);
// Reads the file (/proc/self/mountinfo by default) and calls SticksIn. Empty when it cannot be read.
std::vector<MountedStick> FindSticks(const std::vector<std::filesystem::path>& roots = DefaultStickRoots(),
                                     const std::filesystem::path& mountinfo = "/proc/self/mountinfo");

struct StickFile {
    std::filesystem::path path;
    std::string shown;            // relative to the stick: "DCIM/100APPLE/IMG_0001.HEIC"
    std::uintmax_t size = 0;
    std::int64_t modified = 0;    // unix seconds: on a camera's or phone's card, when it was taken
};

struct StickContents {
    std::vector<StickFile> photos;     // newest first
    std::vector<StickFile> calendars;  // .ics files, newest first
    bool truncated = false;            // the walk stopped at kMaxEntries or kMaxDepth
    std::string error;                 // the stick could not be read (to the end), in words
};

inline constexpr int kMaxStickEntries = 50'000;  // directory entries looked at
inline constexpr int kMaxStickDepth = 8;         // DCIM/100APPLE is depth 2

StickContents ListStick(const std::filesystem::path& root, int max_entries = kMaxStickEntries);


}  // namespace kd::media

namespace kd::media {

// Teacher mode's view of a stick: what is on it, and which photos the teacher picked to import.
struct StickPicker {
    bool present = false;   // a stick is in (the newest one, when there are several)
    MountedStick stick;
    StickContents contents;
    std::vector<char> picked;  // one per contents.photos
    int picked_count = 0;
};

}  // namespace kd::media
