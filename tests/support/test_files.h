#pragma once
// What many tests need: a private temporary directory, a file's bytes, and a
// parent's concern committed the real way.
#include "domain/records.h"
#include "services/sealed_concerns.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace kd::test {

// $TMPDIR/klasdeur-TAG-PID, empty at the start, gone at the end.
struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const std::string& tag) {
        path = std::filesystem::temp_directory_path() / ("klasdeur-" + tag + "-" + std::to_string(::getpid()));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    // A file in it with these bytes; its path.
    std::filesystem::path Write(const std::string& name, const std::string& bytes) const {
        std::ofstream(path / name, std::ios::binary) << bytes;
        return path / name;
    }
};

// The whole file ("" when there is none).
inline std::string ReadBytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// "I am worried, my child is sick, call me", sealed and committed as Send does.
inline Id AddConcern(SQLite::Database& db, Id class_id, const std::string& submission_id, std::int64_t created_at) {
    Concern c;
    c.submission_id = submission_id;
    c.class_id = class_id;
    c.topics = {"sick"};
    c.feeling = 3;
    c.wish = "call_me";
    c.lang = "nl";
    c.kiosk_id = "kiosk-1";
    c.created_at = created_at;
    return CommitConcern(db, c);
}

}  // namespace kd::test
