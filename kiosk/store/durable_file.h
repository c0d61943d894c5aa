#pragma once
// What rename() alone does not promise: after a power cut the new file is
// there with all its bytes. Used for backups and restores.
#include <filesystem>
#include <string>

namespace kd::store {

// fsync a file's data, then the directory that names it. Throw std::runtime_error.
void SyncFile(const std::filesystem::path& file);
void SyncDir(const std::filesystem::path& dir);

// Writes `bytes` to `file` through `file`.tmp: written, synced, renamed, directory
// synced. A pulled plug leaves the old file or the whole new one, never half.
void WriteDurably(const std::filesystem::path& file, const std::string& bytes);

// Copies `from` to `to` through `to`.tmp: written, synced, renamed, directory synced.
void CopyDurably(const std::filesystem::path& from, const std::filesystem::path& to);

// Moves a file within its filesystem and syncs both directories.
void MoveDurably(const std::filesystem::path& from, const std::filesystem::path& to);

}  // namespace kd::store
