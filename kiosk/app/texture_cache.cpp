#include "app/texture_cache.h"

#include "media/photo_decode.h"

#include <GLFW/glfw3.h>
#include <GL/gl.h>

namespace kd::app {

struct PhotoTextureCache::Decoded {
    Id id;
    media::RgbaImage image;
};

PhotoTextureCache::PhotoTextureCache(std::filesystem::path data_dir)
    : m_data_dir(std::move(data_dir)), m_thread([this] { Worker(); }) {}

PhotoTextureCache::~PhotoTextureCache() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    for (auto& [id, tex] : m_textures)
        if (tex) glDeleteTextures(1, &tex);
}

ImTextureID PhotoTextureCache::Thumbnail(const Photo& p) {
    if (const auto it = m_textures.find(p.id); it != m_textures.end())
        return it->second ? reinterpret_cast<ImTextureID>(static_cast<intptr_t>(it->second)) : nullptr;
    if (!m_requested[p.id]) {
        m_requested[p.id] = true;
        {
            std::lock_guard lock(m_mutex);
            m_todo.emplace_back(p.id, m_data_dir / p.thumb_file);
            ++m_in_flight;
        }
        m_wake.notify_one();
    }
    return nullptr;
}

void PhotoTextureCache::Worker() {
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [&] { return m_stop || !m_todo.empty(); });
        if (m_stop) return;
        auto [id, file] = m_todo.front();
        m_todo.pop_front();
        lock.unlock();
        auto d = std::make_unique<Decoded>(Decoded{id, media::LoadImageFile(file.string())});
        lock.lock();
        m_done.push_back(std::move(d));
        glfwPostEmptyEvent();  // wake the frame loop to upload it
    }
}

bool PhotoTextureCache::UploadReady() {
    std::deque<std::unique_ptr<Decoded>> done;
    {
        std::lock_guard lock(m_mutex);
        done.swap(m_done);
        m_in_flight -= static_cast<int>(done.size());
    }
    for (const auto& d : done) {
        unsigned tex = 0;
        if (!d->image.Empty()) {
            glGenTextures(1, &tex);
            glBindTexture(GL_TEXTURE_2D, tex);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
            glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, d->image.width, d->image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                         d->image.pixels.data());
        }
        m_textures[d->id] = tex;  // 0 for a file that would not decode: not asked again
    }
    return !done.empty();
}

bool PhotoTextureCache::Busy() {
    std::lock_guard lock(m_mutex);
    return m_in_flight > 0;
}

}  // namespace kd::app
