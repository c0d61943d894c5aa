#pragma once
// Photo thumbnails as GL textures. Files are decoded on a worker thread; the
// frame loop uploads what is ready (GL only on the main thread) and the worker
// wakes the loop with glfwPostEmptyEvent, so an idle kiosk never polls.
#include "ui/kiosk_view.h"

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace kd::app {

class PhotoTextureCache final : public ui::PhotoImages {
public:
    explicit PhotoTextureCache(std::filesystem::path data_dir);
    ~PhotoTextureCache() override;

    ImTextureID Thumbnail(const Photo& p) override;
    // Main thread: turns decoded images into textures. Returns true if any arrived.
    bool UploadReady();
    // Whether requests are still being decoded (screenshots wait for them).
    bool Busy();

private:
    struct Decoded;
    void Worker();

    std::filesystem::path m_data_dir;
    std::unordered_map<Id, unsigned> m_textures;   // photo id -> GL texture (0: failed)
    std::unordered_map<Id, bool> m_requested;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::pair<Id, std::filesystem::path>> m_todo;
    std::deque<std::unique_ptr<Decoded>> m_done;
    int m_in_flight = 0;
    bool m_stop = false;
    std::thread m_thread;
};

}  // namespace kd::app
