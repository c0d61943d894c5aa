#include "media/photo_import.h"

#include "domain/civil_date.h"
#include "store/durable_file.h"
#include "store/photos_repo.h"

#include <sodium.h>
#include <sys/stat.h>

#include <algorithm>
#include <deque>
#include <future>
#include <optional>
#include <semaphore>
#include <string_view>
#include <thread>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

namespace kd::media {
namespace fs = std::filesystem;

namespace {

std::string Hex(const unsigned char* p, size_t n) {
    static const char* d = "0123456789abcdef";
    std::string s;
    for (size_t i = 0; i < n; ++i) {
        s += d[p[i] >> 4];
        s += d[p[i] & 15];
    }
    return s;
}

// Written next to its place, synced and renamed (store/durable_file.h): never
// half a file, nor an empty one the row points to (the row is committed after).
bool WriteAtomically(const fs::path& file, const std::string& bytes) {
    try {
        store::WriteDurably(file, bytes);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

// "2026:11:24 09:41:07" (EXIF, the camera's wall time) -> day "2026-11-24" and a unix time
// taken as if that wall time were UTC (only used to order a day's photos).
bool ParseExifTime(const std::string& s, std::string& day, std::int64_t& unix_time) {
    int y, mo, d, h, mi, se;
    if (std::sscanf(s.c_str(), "%4d:%2d:%2d %2d:%2d:%2d", &y, &mo, &d, &h, &mi, &se) != 6) return false;
    const auto date = kd::CivilDate{y, mo, d};
    if (!kd::CivilDate::Parse(date.Iso()) || h > 23 || mi > 59 || se > 60 || y < 2000) return false;
    day = date.Iso();
    unix_time = date.DaysSinceEpoch() * 86400LL + h * 3600 + mi * 60 + se;
    return true;
}


}  // namespace

bool LooksLikePhotoName(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".jpg" || ext == ".jpeg" || ext == ".png" || ext == ".jpe" ||  // cameras, scanners
           ext == ".heic" || ext == ".heif" || ext == ".webp";                // iPhones; Android, messengers
}

bool IsHiddenOrSystem(const std::string& name) {
    if (name.empty() || name[0] == '.') return true;  // .Trashes, .Spotlight-V100, ._IMG_0001.HEIC, .thumbnails
    std::string n = name;
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return n == "system volume information" || n == "$recycle.bin" || n == "recycler" || n == "lost+found" ||
           n == "found.000";
}

PhotoImporter::PhotoImporter(SQLite::Database& db, fs::path data_dir, ImportOptions options)
    : m_db(db), m_dir(std::move(data_dir)), m_opt(std::move(options)) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
}

// The CPU part of an import, safe on any thread: decode, upright, the screen
// image and the thumbnail, both encoded. No database, no disk.
struct PhotoImporter::Rendered {
    std::string error;  // empty: done
    std::string screen_jpg, thumb_jpg;
    int width = 0, height = 0;  // the screen image
    int source_width = 0, source_height = 0, orientation = 1;
    std::optional<std::string> taken;
};

PhotoImporter::Rendered PhotoImporter::Render(std::string_view bytes, const DecodeLimits& limits) {
    Rendered out;
    DecodeResult d = DecodePhoto(bytes, kScreenW, kScreenH, limits, Fit::Within);  // it is fitted within the screen
    if (!d.photo) {
        out.error = d.error;
        return out;
    }
    out.source_width = d.photo->source_width;
    out.source_height = d.photo->source_height;
    out.orientation = d.photo->orientation;
    out.taken = std::move(d.photo->taken);
    RgbaImage screen = FitWithin(std::move(d.photo->image), kScreenW, kScreenH);
    const RgbaImage thumb = FitWithin(screen, kThumbW, kThumbH);
    out.width = screen.width;
    out.height = screen.height;
    out.screen_jpg = EncodeJpeg(screen, 88);
    out.thumb_jpg = EncodeJpeg(thumb, 85);
    if (out.screen_jpg.empty() || out.thumb_jpg.empty()) out.error = "could not be encoded";
    return out;
}

// A file read and hashed, before any decoding: either finished already (skipped,
// or a duplicate of a row) or to be rendered and committed.
struct PhotoImporter::Prepared {
    ImportResult result;
    bool done = true;
    std::string bytes, hash;
};

PhotoImporter::Prepared PhotoImporter::Prepare(const fs::path& file) {
    Prepared pr;
    ImportResult& r = pr.result;
    r.file = file;
    auto skip = [&](std::string why) {
        r.status = ImportStatus::Skipped;
        r.detail = std::move(why);
        return std::move(pr);
    };
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return skip("not a file");
    const auto size = fs::file_size(file, ec);
    if (ec) return skip("cannot be read (" + ec.message() + ")");
    if (size == 0) return skip("the file is empty");
    if (size > m_opt.limits.max_file_bytes) return skip("the file is too large (" + std::to_string(size >> 20) + " MiB)");

    {
        std::ifstream in(file, std::ios::binary);
        if (!in) return skip("cannot be read (no permission?)");
        std::ostringstream s;
        s << in.rdbuf();
        if (!in && !in.eof()) return skip("cannot be read");
        pr.bytes = s.str();
    }
    if (SniffFormat(pr.bytes) == PhotoFormat::Unknown) return skip(kNotAPhoto);

    unsigned char h[16];
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(pr.bytes.data()), pr.bytes.size(), nullptr, 0);
    pr.hash = Hex(h, sizeof h);
    if (FindDuplicate(pr)) return pr;
    pr.done = false;
    return pr;
}

bool PhotoImporter::FindDuplicate(Prepared& pr) {
    if (auto existing = store::PhotosRepo(m_db).FindByHash(pr.hash)) {
        pr.result.status = ImportStatus::Duplicate;
        pr.result.photo_id = *existing;
        pr.result.detail = "already imported";
        pr.done = true;
        pr.bytes.clear();
        return true;
    }
    return false;
}

ImportResult PhotoImporter::Commit(Prepared& pr, const Rendered& d) {
    ImportResult& r = pr.result;
    const fs::path& file = r.file;
    const std::string& hash = pr.hash;
    auto skip = [&](std::string why) {
        r.status = ImportStatus::Skipped;
        r.detail = std::move(why);
        return r;
    };
    if (!d.error.empty()) return skip(d.error);

    std::error_code ec;
    fs::create_directories(m_dir / "photos" / "thumbs", ec);
    const std::string screen_rel = "photos/" + hash + ".jpg", thumb_rel = "photos/thumbs/" + hash + ".jpg";
    if (!WriteAtomically(m_dir / screen_rel, d.screen_jpg) || !WriteAtomically(m_dir / thumb_rel, d.thumb_jpg)) {
        fs::remove(m_dir / screen_rel, ec);
        return skip("the disk is full or not writable");
    }
    if (m_opt.keep_originals) {
        fs::create_directories(m_dir / "photos" / "originals", ec);
        WriteAtomically(m_dir / "photos" / "originals" / (hash + file.extension().string()), pr.bytes);
    }

    Photo p;
    p.class_id = m_opt.class_id;
    p.content_hash = hash;
    p.day = m_opt.today;
    std::int64_t taken = 0;
    std::string exif_day;
    if (d.taken && ParseExifTime(*d.taken, exif_day, taken)) {
        p.day = exif_day;
        p.taken_at = taken;
    }
    p.imported_at = m_opt.now_unix;
    p.screen_file = screen_rel;
    p.thumb_file = thumb_rel;
    p.width = d.width;
    p.height = d.height;
    try {
        r.photo_id = store::PhotosRepo(m_db).Add(p).first;
    } catch (const std::exception& e) {
        fs::remove(m_dir / screen_rel, ec);
        fs::remove(m_dir / thumb_rel, ec);
        return skip(std::string("could not be saved (") + e.what() + ")");
    }
    r.status = ImportStatus::Imported;
    r.detail = std::to_string(d.source_width) + "x" + std::to_string(d.source_height) + ", " + p.day +
               (d.orientation > 1 ? ", turned upright" : "");
    return r;
}

ImportResult PhotoImporter::ImportFile(const fs::path& file) {
    Prepared pr = Prepare(file);
    if (pr.done) return pr.result;
    return Commit(pr, Render(pr.bytes, m_opt.limits));
}

int RemoveOrphanPhotoFiles(SQLite::Database& db, const fs::path& data_dir, std::int64_t now, std::int64_t min_age_s) {
    std::set<std::string> files, hashes;  // what rows point to; originals are named by their hash
    {
        for (const Photo& p : store::PhotosRepo(db).All()) {
            files.insert(p.screen_file);
            files.insert(p.thumb_file);
            hashes.insert(p.content_hash);
        }
    }
    int removed = 0;
    std::error_code ec;
    for (const char* sub : {"photos", "photos/thumbs", "photos/originals"}) {
        const bool originals = std::string(sub) == "photos/originals";
        for (const auto& entry : fs::directory_iterator(data_dir / sub, ec)) {
            if (!entry.is_regular_file(ec)) continue;
            const fs::path& p = entry.path();
            // A file still being written by an import in another process is young: left alone.
            struct stat st {};
            if (::stat(p.c_str(), &st) != 0 || now - st.st_mtime < min_age_s) continue;
            if (p.extension() != ".tmp") {
                const std::string rel = std::string(sub) + "/" + p.filename().string();
                if (originals ? hashes.count(p.stem().string()) > 0 : files.count(rel) > 0) continue;
            }
            if (fs::remove(p, ec)) ++removed;
        }
    }
    return removed;
}

std::vector<ImportResult> PhotoImporter::Import(const std::vector<fs::path>& paths,
                                                const std::function<void(const ImportResult&)>& progress) {
    // Everything to look at, in the order it is reported: files and folders as
    // given, a folder's photos in name order, a folder that could not be read to
    // the end reported after its photos.
    struct Item {
        fs::path file;
        std::optional<ImportResult> ready;
    };
    std::vector<Item> items;
    for (const fs::path& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<fs::path> files;
            for (fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
                 !ec && it != end; it.increment(ec)) {
                if (IsHiddenOrSystem(it->path().filename().string())) {
                    if (it->is_directory(ec)) it.disable_recursion_pending();
                    continue;
                }
                if (it->is_regular_file(ec) && LooksLikePhotoName(it->path())) files.push_back(it->path());
            }
            std::sort(files.begin(), files.end());
            for (fs::path& f : files) items.push_back({std::move(f), std::nullopt});
            if (ec) {
                ImportResult r;
                r.file = p;
                r.detail = "the folder could not be read to the end (" + ec.message() + ")";
                items.push_back({p, std::move(r)});
            }
        } else {
            items.push_back({p, std::nullopt});
        }
    }

    // Decoding, scaling and encoding (the CPU) run on up to `workers` threads at
    // once, a few files ahead; reading, hashing, the duplicate check, the files
    // written and the rows committed stay on this thread, in file order, so
    // results, progress and the database are exactly those of one file at a
    // time. At most workers + 1 files are held (bytes and encoded images) and at
    // most `workers` decoded photos exist at once.
    const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
    const int workers = static_cast<int>(std::min(hw, 4u));
    const size_t window = static_cast<size_t>(workers) + 1;
    std::counting_semaphore<4> cpu(workers);
    struct Pending {
        Prepared pr;
        bool duplicate_in_batch = false;  // the same bytes as an earlier file not committed yet
        std::future<Rendered> rendered;
    };
    std::deque<Pending> pending;
    std::set<std::string> in_flight;  // hashes of pending files that are being rendered
    const DecodeLimits limits = m_opt.limits;

    std::vector<ImportResult> out;
    out.reserve(items.size());
    auto finish = [&](ImportResult r) {
        out.push_back(std::move(r));
        if (progress) progress(out.back());
    };
    auto commit_front = [&] {
        // Elements of a deque stay where they are while others are added or
        // removed at its ends: a worker reads pending bytes in place.
        Pending& p = pending.front();
        ImportResult r;
        if (p.pr.done) {
            r = std::move(p.pr.result);
        } else if (p.duplicate_in_batch) {
            // As one file at a time would: a duplicate if the earlier file made its row, else imported itself.
            r = FindDuplicate(p.pr) ? std::move(p.pr.result) : Commit(p.pr, Render(p.pr.bytes, limits));
        } else {
            const Rendered d = p.rendered.get();
            in_flight.erase(p.pr.hash);
            r = Commit(p.pr, d);
        }
        pending.pop_front();
        finish(std::move(r));
    };
    for (Item& item : items) {
        while (pending.size() >= window) commit_front();
        Pending& p = pending.emplace_back();
        if (item.ready) {
            p.pr.result = std::move(*item.ready);
            continue;
        }
        p.pr = Prepare(item.file);
        if (p.pr.done) continue;
        if (in_flight.count(p.pr.hash) > 0) {
            p.duplicate_in_batch = true;
            continue;
        }
        in_flight.insert(p.pr.hash);
        p.rendered = std::async(std::launch::async, [&cpu, &limits, bytes = std::string_view(p.pr.bytes)] {
            cpu.acquire();
            struct Release {
                std::counting_semaphore<4>& s;
                ~Release() { s.release(); }
            } release{cpu};
            return Render(bytes, limits);
        });
    }
    while (!pending.empty()) commit_front();
    return out;
}

}  // namespace kd::media
