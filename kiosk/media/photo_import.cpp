#include "media/photo_import.h"

#include "domain/civil_date.h"
#include "store/durable_file.h"
#include "store/photos_repo.h"

#include <sodium.h>
#include <sys/stat.h>

#include <algorithm>
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

bool LooksLikePhotoName(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".jpg" || ext == ".jpeg" || ext == ".png" || ext == ".jpe" ||  // cameras, scanners
           ext == ".heic" || ext == ".heif" || ext == ".webp";                // iPhones; Android, messengers
}

}  // namespace

PhotoImporter::PhotoImporter(SQLite::Database& db, fs::path data_dir, ImportOptions options)
    : m_db(db), m_dir(std::move(data_dir)), m_opt(std::move(options)) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
}

ImportResult PhotoImporter::ImportFile(const fs::path& file) {
    ImportResult r;
    r.file = file;
    auto skip = [&](std::string why) {
        r.status = ImportStatus::Skipped;
        r.detail = std::move(why);
        return r;
    };
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return skip("not a file");
    const auto size = fs::file_size(file, ec);
    if (ec) return skip("cannot be read (" + ec.message() + ")");
    if (size == 0) return skip("the file is empty");
    if (size > m_opt.limits.max_file_bytes) return skip("the file is too large (" + std::to_string(size >> 20) + " MiB)");

    std::string bytes;
    {
        std::ifstream in(file, std::ios::binary);
        if (!in) return skip("cannot be read (no permission?)");
        std::ostringstream s;
        s << in.rdbuf();
        if (!in && !in.eof()) return skip("cannot be read");
        bytes = s.str();
    }
    if (SniffFormat(bytes) == PhotoFormat::Unknown) return skip(kNotAPhoto);

    unsigned char h[16];
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr, 0);
    const std::string hash = Hex(h, sizeof h);
    store::PhotosRepo photos(m_db);
    if (auto existing = photos.FindByHash(hash)) {
        r.status = ImportStatus::Duplicate;
        r.photo_id = *existing;
        r.detail = "already imported";
        return r;
    }

    DecodeResult d = DecodePhoto(bytes, kScreenW, kScreenH, m_opt.limits);
    if (!d.photo) return skip(d.error);
    const RgbaImage screen = FitWithin(std::move(d.photo->image), kScreenW, kScreenH);
    const RgbaImage thumb = FitWithin(screen, kThumbW, kThumbH);
    const std::string screen_jpg = EncodeJpeg(screen, 88), thumb_jpg = EncodeJpeg(thumb, 85);
    if (screen_jpg.empty() || thumb_jpg.empty()) return skip("could not be encoded");

    fs::create_directories(m_dir / "photos" / "thumbs", ec);
    const std::string screen_rel = "photos/" + hash + ".jpg", thumb_rel = "photos/thumbs/" + hash + ".jpg";
    if (!WriteAtomically(m_dir / screen_rel, screen_jpg) || !WriteAtomically(m_dir / thumb_rel, thumb_jpg)) {
        fs::remove(m_dir / screen_rel, ec);
        return skip("the disk is full or not writable");
    }
    if (m_opt.keep_originals) {
        fs::create_directories(m_dir / "photos" / "originals", ec);
        WriteAtomically(m_dir / "photos" / "originals" / (hash + file.extension().string()), bytes);
    }

    Photo p;
    p.class_id = m_opt.class_id;
    p.content_hash = hash;
    p.day = m_opt.today;
    std::int64_t taken = 0;
    std::string exif_day;
    if (d.photo->taken && ParseExifTime(*d.photo->taken, exif_day, taken)) {
        p.day = exif_day;
        p.taken_at = taken;
    }
    p.imported_at = m_opt.now_unix;
    p.screen_file = screen_rel;
    p.thumb_file = thumb_rel;
    p.width = screen.width;
    p.height = screen.height;
    try {
        r.photo_id = photos.Add(p).first;
    } catch (const std::exception& e) {
        fs::remove(m_dir / screen_rel, ec);
        fs::remove(m_dir / thumb_rel, ec);
        return skip(std::string("could not be saved (") + e.what() + ")");
    }
    r.status = ImportStatus::Imported;
    r.detail = std::to_string(d.photo->source_width) + "x" + std::to_string(d.photo->source_height) + ", " + p.day +
               (d.photo->orientation > 1 ? ", turned upright" : "");
    return r;
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
    std::vector<ImportResult> out;
    auto one = [&](const fs::path& f) {
        out.push_back(ImportFile(f));
        if (progress) progress(out.back());
    };
    for (const fs::path& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<fs::path> files;
            for (fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
                 !ec && it != end; it.increment(ec))
                if (it->is_regular_file(ec) && LooksLikePhotoName(it->path())) files.push_back(it->path());
            std::sort(files.begin(), files.end());
            for (const fs::path& f : files) one(f);
            if (ec) {
                ImportResult r;
                r.file = p;
                r.detail = "the folder could not be read to the end (" + ec.message() + ")";
                out.push_back(r);
                if (progress) progress(out.back());
            }
        } else {
            one(p);
        }
    }
    return out;
}

}  // namespace kd::media
