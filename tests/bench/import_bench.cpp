// Photo import speed (not part of ctest), on photos as a phone writes them:
// 12 MP (4000x3000) JPEGs of 3-5 MB, generated here (deterministic: smooth
// shapes and gradients under per-pixel sensor noise, libjpeg-turbo quality 93,
// 4:2:0, an EXIF APP1 block with orientation 6 and DateTimeOriginal in place of
// JFIF) and, when libheif can encode HEVC (x265), a few 12 MP HEIC files.
// Measured in the same run, best of 3 each:
//   - the kiosk's import of the folder (PhotoImporter::Import: read, hash,
//     duplicate check, decode, upright, screen image + thumbnail encoded,
//     written durably, a row in SQLite), and the same one file at a time;
//   - the baseline: stb_image full decode + stb_image_resize to 1600x1200 of
//     the same JPEGs (from memory; no thumbnail, no encode, no disk).
// Prints Markdown rows.
//
//   klasdeur_import_bench [N] [H]   (default 10 JPEGs, 3 HEIC)
#include "domain/civil_date.h"
#include "media/image.h"
#include "media/photo_decode.h"
#include "media/photo_import.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <libheif/heif.h>
#include <stb_image.h>
#include <stb_image_resize.h>
#include <turbojpeg.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace std::string_literals;
using Clock = std::chrono::steady_clock;

constexpr int kW = 4000, kH = 3000;

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

std::uint64_t SplitMix(std::uint64_t& s) {
    std::uint64_t z = (s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

// A photo-like 4000x3000 RGB picture: a sky gradient, a ground, a few soft
// shapes and some texture, under sensor noise (per pixel and channel, roughly
// gaussian: the sum of four uniform bytes) of standard deviation `sigma`.
std::vector<std::uint8_t> Photo(int seed, double sigma) {
    std::vector<std::uint8_t> rgb(static_cast<size_t>(kW) * kH * 3);
    std::uint64_t rng = 0x1234567ull + static_cast<std::uint64_t>(seed) * 7919;
    struct Disc { double x, y, r, c[3]; };
    std::vector<Disc> discs;
    for (int i = 0; i < 7; ++i) {
        const auto u = [&] { return (SplitMix(rng) >> 11) * (1.0 / 9007199254740992.0); };
        discs.push_back({u() * kW, u() * kH, 150 + u() * 700, {40 + u() * 200, 40 + u() * 200, 40 + u() * 200}});
    }
    const double horizon = kH * (0.45 + 0.1 * std::sin(seed));
    const double k = sigma / 147.8;  // the sum of four uniform bytes has a deviation of 147.8
    std::uint8_t* p = rgb.data();
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x, p += 3) {
            double c[3];
            if (y < horizon) {  // sky
                const double t = y / horizon;
                c[0] = 110 + 60 * t, c[1] = 150 + 50 * t, c[2] = 220 - 10 * t;
            } else {  // ground with a little texture
                const double t = (y - horizon) / (kH - horizon);
                const double tex = 18 * std::sin(x / 37.0 + seed) * std::cos(y / 23.0);
                c[0] = 90 + 40 * t + tex, c[1] = 120 - 30 * t + tex, c[2] = 60 + 20 * t + tex;
            }
            for (const Disc& d : discs) {
                const double dx = x - d.x, dy = y - d.y, r2 = dx * dx + dy * dy;
                if (r2 < d.r * d.r) {
                    const double shade = 1.0 - 0.35 * std::sqrt(r2) / d.r;  // lit from the middle
                    for (int i = 0; i < 3; ++i) c[i] = d.c[i] * shade;
                }
            }
            const std::uint64_t r = SplitMix(rng);
            const std::uint64_t r2 = SplitMix(rng);
            const int n0 = static_cast<int>((r & 0xff) + ((r >> 8) & 0xff) + ((r >> 16) & 0xff) + ((r >> 24) & 0xff)) - 510;
            const int n1 = static_cast<int>(((r >> 32) & 0xff) + ((r >> 40) & 0xff) + ((r >> 48) & 0xff) + (r >> 56)) - 510;
            const int n2 = static_cast<int>((r2 & 0xff) + ((r2 >> 8) & 0xff) + ((r2 >> 16) & 0xff) + ((r2 >> 24) & 0xff)) - 510;
            p[0] = static_cast<std::uint8_t>(std::clamp(c[0] + n0 * k, 0.0, 255.0));
            p[1] = static_cast<std::uint8_t>(std::clamp(c[1] + n1 * k, 0.0, 255.0));
            p[2] = static_cast<std::uint8_t>(std::clamp(c[2] + n2 * k, 0.0, 255.0));
        }
    return rgb;
}

void Put16(std::string& s, unsigned v) { s += static_cast<char>(v & 0xff), s += static_cast<char>(v >> 8); }
void Put32(std::string& s, unsigned v) { Put16(s, v & 0xffff), Put16(s, v >> 16); }

// The TIFF body of an EXIF block (little-endian): Orientation, and DateTimeOriginal in the Exif IFD.
std::string ExifTiff(int orientation, const std::string& taken) {
    std::string t = "II*\0"s;
    Put32(t, 8);
    Put16(t, 2);
    Put16(t, 0x0112), Put16(t, 3), Put32(t, 1), Put16(t, orientation), Put16(t, 0);
    Put16(t, 0x8769), Put16(t, 4), Put32(t, 1), Put32(t, 8 + 2 + 24 + 4);
    Put32(t, 0);
    Put16(t, 1);
    Put16(t, 0x9003), Put16(t, 2), Put32(t, 20), Put32(t, static_cast<unsigned>(t.size() + 8));
    Put32(t, 0);
    t += taken;
    t += '\0';
    return t;
}

// JPEG as a phone writes it: SOI, the EXIF APP1 (no JFIF APP0), then the image.
std::string PhoneJpeg(const std::vector<std::uint8_t>& rgb, int quality, const std::string& taken) {
    tjhandle tj = tjInitCompress();
    unsigned char* out = nullptr;
    unsigned long size = 0;
    if (tjCompress2(tj, rgb.data(), kW, 0, kH, TJPF_RGB, &out, &size, TJSAMP_420, quality, 0) != 0) {
        std::fprintf(stderr, "tjCompress2: %s\n", tjGetErrorStr2(tj));
        std::exit(1);
    }
    std::string jpeg(reinterpret_cast<const char*>(out), size);
    tjFree(out);
    tjDestroy(tj);
    size_t rest = 2;
    if (static_cast<unsigned char>(jpeg[2]) == 0xFF && static_cast<unsigned char>(jpeg[3]) == 0xE0)  // JFIF: dropped
        rest = 4 + ((static_cast<unsigned char>(jpeg[4]) << 8) | static_cast<unsigned char>(jpeg[5]));
    const std::string tiff = ExifTiff(6, taken);
    std::string seg = "\xFF\xE1"s;
    const unsigned len = static_cast<unsigned>(2 + 6 + tiff.size());
    seg += static_cast<char>(len >> 8), seg += static_cast<char>(len & 0xff);
    seg += "Exif\0\0"s + tiff;
    return jpeg.substr(0, 2) + seg + jpeg.substr(rest);
}

// A 12 MP HEIC through libheif's HEVC encoder (x265), with an EXIF block; empty if it cannot.
std::string Heic(const std::vector<std::uint8_t>& rgb, int quality, const std::string& taken, std::string& why) {
    heif_context* ctx = heif_context_alloc();
    heif_encoder* enc = nullptr;
    heif_image* img = nullptr;
    std::string out;
    auto fail = [&](const heif_error& e) { why = e.message ? e.message : "error"; };
    if (heif_error e = heif_context_get_encoder_for_format(ctx, heif_compression_HEVC, &enc); e.code != heif_error_Ok) {
        fail(e);
    } else if (heif_error e2 = heif_image_create(kW, kH, heif_colorspace_RGB, heif_chroma_interleaved_RGB, &img);
               e2.code != heif_error_Ok) {
        fail(e2);
    } else {
        heif_image_add_plane(img, heif_channel_interleaved, kW, kH, 8);
        int stride = 0;
        std::uint8_t* plane = heif_image_get_plane(img, heif_channel_interleaved, &stride);
        for (int y = 0; y < kH; ++y) std::copy_n(rgb.data() + static_cast<size_t>(y) * kW * 3, kW * 3, plane + static_cast<size_t>(y) * stride);
        heif_encoder_set_lossy_quality(enc, quality);
        heif_encoder_set_parameter_string(enc, "preset", "ultrafast");
        heif_image_handle* handle = nullptr;
        if (heif_error e3 = heif_context_encode_image(ctx, img, enc, nullptr, &handle); e3.code != heif_error_Ok) {
            fail(e3);
        } else {
            const std::string tiff = ExifTiff(1, taken);  // libheif puts the 4-byte offset to the TIFF header in front
            heif_context_add_exif_metadata(ctx, handle, tiff.data(), static_cast<int>(tiff.size()));
            // As an iPhone does: a 320-pixel thumbnail beside the photo (what a stick's picker decodes).
            heif_image_handle* thumb = nullptr;
            if (heif_context_encode_thumbnail(ctx, img, handle, enc, nullptr, 320, &thumb).code == heif_error_Ok && thumb)
                heif_image_handle_release(thumb);
            heif_image_handle_release(handle);
            heif_writer w{1, [](heif_context*, const void* data, size_t size, void* user) {
                              static_cast<std::string*>(user)->append(static_cast<const char*>(data), size);
                              return heif_error{heif_error_Ok, heif_suberror_Unspecified, "ok"};
                          }};
            if (heif_error e4 = heif_context_write(ctx, &w, &out); e4.code != heif_error_Ok) fail(e4), out.clear();
        }
    }
    if (img) heif_image_release(img);
    if (enc) heif_encoder_release(enc);
    heif_context_free(ctx);
    return out;
}

void Write(const fs::path& file, const std::string& bytes) { std::ofstream(file, std::ios::binary) << bytes; }

// One import of `folder` into a fresh database and data folder; seconds, or < 0 if a photo did not import.
double TimeImport(const fs::path& work, const fs::path& folder, bool one_at_a_time, int expect) {
    const fs::path data = work / "data";
    fs::remove_all(data);
    fs::create_directories(data);
    auto db = kd::OpenKioskDatabase(data / "kiosk.db");
    const kd::DemoSummary s = kd::SeedDemoSchool(*db, kd::CivilDate{2026, 11, 24});
    kd::media::ImportOptions opt;
    opt.class_id = s.class_id;
    opt.today = "2026-11-24";
    opt.now_unix = 1795000000;
    kd::media::PhotoImporter importer(*db, data, opt);
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(folder)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<kd::media::ImportResult> results;
    const auto t0 = Clock::now();
    if (one_at_a_time) {
        for (const fs::path& f : files) results.push_back(importer.ImportFile(f));
    } else {
        results = importer.Import({folder});
    }
    const double t = Seconds(Clock::now() - t0);
    int imported = 0;
    for (const auto& r : results) {
        if (r.status == kd::media::ImportStatus::Imported) ++imported;
        else std::fprintf(stderr, "%s: %s\n", r.file.c_str(), r.detail.c_str());
    }
    return imported == expect ? t : -1;
}

double Best(int runs, const std::function<double()>& f) {
    double best = 1e30;
    for (int i = 0; i < runs; ++i) {
        const double t = f();
        if (t < 0) std::exit(1);
        best = std::min(best, t);
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10;
    const int n_heic = argc > 2 ? std::max(0, std::atoi(argv[2])) : 3;
    const double sigma = 7.0;
    const int quality = 93;
    const fs::path work = fs::temp_directory_path() / ("klasdeur-import-bench-" + std::to_string(::getpid()));
    const fs::path jpg_dir = work / "jpeg", heic_dir = work / "heic";
    fs::create_directories(jpg_dir);
    fs::create_directories(heic_dir);

    std::vector<std::string> files;
    size_t bytes = 0, smallest = SIZE_MAX, largest = 0;
    for (int i = 0; i < n; ++i) {
        char taken[32], name[32];
        std::snprintf(taken, sizeof taken, "2026:11:%02d 09:%02d:07", 10 + i % 15, i % 60);
        std::snprintf(name, sizeof name, "IMG_%04d.jpg", 4100 + i);
        files.push_back(PhoneJpeg(Photo(i, sigma), quality, taken));
        Write(jpg_dir / name, files.back());
        bytes += files.back().size();
        smallest = std::min(smallest, files.back().size());
        largest = std::max(largest, files.back().size());
    }
    std::printf("generated %d JPEGs 4000x3000, quality %d, 4:2:0, noise sigma %.0f, EXIF orientation 6: "
                "%.2f MB on average (%.2f .. %.2f MB)\n",
                n, quality, sigma, bytes / 1e6 / n, smallest / 1e6, largest / 1e6);

    heif_init(nullptr);
    int heics = 0;
    size_t heic_bytes = 0;
    if (n_heic > 0 && !heif_have_encoder_for_format(heif_compression_HEVC)) {
        std::printf("HEIC: libheif has no HEVC encoder here; skipped\n");
    } else {
        for (int i = 0; i < n_heic; ++i) {
            std::string why;
            char name[32];
            std::snprintf(name, sizeof name, "IMG_%04d.HEIC", 4200 + i);
            const std::string heic = Heic(Photo(100 + i, sigma), 60, "2026:11:20 10:00:00", why);
            if (heic.empty()) {
                std::printf("HEIC: could not encode (%s); skipped\n", why.c_str());
                break;
            }
            Write(heic_dir / name, heic);
            heic_bytes += heic.size();
            ++heics;
        }
        if (heics) std::printf("generated %d HEIC 4000x3000 (x265, quality 60): %.2f MB on average\n", heics, heic_bytes / 1e6 / heics);
    }

    const unsigned cores = std::thread::hardware_concurrency();
    const double seq = Best(3, [&] { return TimeImport(work, jpg_dir, true, n); });
    const double par = Best(3, [&] { return TimeImport(work, jpg_dir, false, n); });

    // Baseline: stb_image full decode, then stb_image_resize to the screen size (no thumbnail, no encode).
    const double base = Best(3, [&] {
        const auto t1 = Clock::now();
        for (const std::string& f : files) {
            int w = 0, h = 0, c = 0;
            unsigned char* px = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(f.data()),
                                                      static_cast<int>(f.size()), &w, &h, &c, 4);
            if (!px) return -1.0;
            std::vector<unsigned char> out(static_cast<size_t>(kd::media::kScreenW) * kd::media::kScreenH * 4);
            stbir_resize_uint8(px, w, h, 0, out.data(), kd::media::kScreenW, kd::media::kScreenH, 0, 4);
            stbi_image_free(px);
        }
        return Seconds(Clock::now() - t1);
    });

    std::printf("| import of a folder of %d x 12 MP phone JPEGs (%.1f MB each), %u cores: read, hash, decode, upright, "
                "screen image + thumbnail encoded, written, row | %.1f photos/s (%.0f ms each) |\n",
                n, bytes / 1e6 / n, cores, n / par, par * 1000 / n);
    std::printf("| the same, one file at a time (ImportFile) | %.1f photos/s (%.0f ms each) |\n", n / seq, seq * 1000 / n);
    std::printf("| baseline: stb_image full decode + stb_image_resize to 1600x1200, same files | %.1f photos/s (%.0f ms each) |\n",
                n / base, base * 1000 / n);
    std::printf("| speed-up of the import | **%.1fx** (one at a time: %.1fx) |\n", base / par, base / seq);
    if (heics) {
        const double hseq = Best(3, [&] { return TimeImport(work, heic_dir, true, heics); });
        const double hpar = Best(3, [&] { return TimeImport(work, heic_dir, false, heics); });
        std::printf("| import of a folder of %d x 12 MP HEIC (%.1f MB each) | %.1f photos/s (%.0f ms each); one at a time "
                    "%.0f ms each |\n",
                    heics, heic_bytes / 1e6 / heics, heics / hpar, hpar * 1000 / heics, hseq * 1000 / heics);
    }
    // A USB stick's picker: one 320x240 preview per photo, read from the file as the picker does.
    auto previews = [&](const fs::path& folder, int expect) {
        std::vector<fs::path> all;
        for (const auto& e : fs::directory_iterator(folder)) all.push_back(e.path());
        return Best(3, [&] {
            const auto t1 = Clock::now();
            for (const fs::path& f : all)
                if (kd::media::LoadPhotoPreview(f.string(), 320, 240).Empty()) return -1.0;
            return static_cast<int>(all.size()) == expect ? Seconds(Clock::now() - t1) : -1.0;
        });
    };
    const double pj = previews(jpg_dir, n);
    std::printf("| stick picker preview (320x240) of a 12 MP JPEG, one thread | %.0f ms each (%.1fx faster than its import) |\n",
                pj * 1000 / n, seq / pj);
    if (heics) {
        const double ph = previews(heic_dir, heics);
        std::printf("| stick picker preview of a 12 MP HEIC from its stored 320-pixel thumbnail | %.0f ms each |\n",
                    ph * 1000 / heics);
    }
    fs::remove_all(work);
    return 0;
}
