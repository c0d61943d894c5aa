#pragma once
// Photo textures. Files are decoded on a worker thread; the frame loop uploads
// a few per frame (GL only on the main thread), and the worker wakes the loop
// with glfwPostEmptyEvent, so an idle kiosk never polls. Least recently used
// textures are evicted, so GPU memory stays bounded however many photos a day has.
#include "ui/kiosk_view.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>

namespace kd::app {

class PhotoTextureCache final : public ui::PhotoImages {
public:
    // At most this many of each kind stay on the GPU.
    static constexpr size_t kMaxThumbnails = 60;  // ~40 MiB at 480x360
    static constexpr size_t kMaxFullSize = 4;     // ~30 MiB at 1600x1200
    static constexpr size_t kMaxStickPreviews = 60;  // ~18 MiB at 320x240
    static constexpr int kStickPreviewW = 320, kStickPreviewH = 240;
    static constexpr int kUploadsPerFrame = 3;

    explicit PhotoTextureCache(std::filesystem::path data_dir);
    ~PhotoTextureCache() override;

    ImTextureID Thumbnail(const Photo& p) override;
    ImTextureID FullSize(const Photo& p) override;
    ImTextureID StickPreview(const std::filesystem::path& file, ImVec2* size) override;
    // Main thread, once per frame: uploads up to kUploadsPerFrame decoded images
    // and evicts the least recently used. Returns true if anything arrived or is
    // still waiting to be uploaded (draw again).
    bool UploadReady();
    // Whether requests are still being decoded or uploaded (screenshots wait for them).
    bool Busy();
    size_t TexturesOnGpu() const { return m_textures.size(); }

private:
    enum class Kind { Thumbnail, FullSize, StickPreview };
    struct Key {
        Id id;  // the photo's; for a stick's file, a number the cache gave its path
        Kind kind;
        bool operator==(const Key& o) const { return id == o.id && kind == o.kind; }
    };
    struct KeyHash {
        size_t operator()(const Key& k) const { return std::hash<Id>()(k.id * 3 + static_cast<Id>(k.kind)); }
    };
    struct Entry {
        unsigned texture = 0;  // 0: failed to decode (not asked again)
        int width = 0, height = 0;
        std::uint64_t last_used = 0;
    };
    struct Decoded;

    ImTextureID Get(const Key& key, const std::filesystem::path& file, ImVec2* size = nullptr);
    void Evict(Kind kind, size_t keep);
    void Worker();

    std::filesystem::path m_data_dir;
    std::unordered_map<Key, Entry, KeyHash> m_textures;
    std::unordered_map<Key, bool, KeyHash> m_requested;
    std::unordered_map<std::string, Id> m_stick_ids;
    std::uint64_t m_frame = 0;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::pair<Key, std::filesystem::path>> m_todo;
    std::deque<std::unique_ptr<Decoded>> m_done;
    int m_in_flight = 0;
    bool m_stop = false;
    std::thread m_thread;
};

}  // namespace kd::app
