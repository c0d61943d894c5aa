#include "app/texture_cache.h"

#include "media/photo_decode.h"

#include <GLFW/glfw3.h>
#include <GL/gl.h>

#include <algorithm>
#include <vector>

namespace kd::app {

struct PhotoTextureCache::Decoded {
    Key key;
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
    for (auto& [key, e] : m_textures)
        if (e.texture) glDeleteTextures(1, &e.texture);
}

ImTextureID PhotoTextureCache::Thumbnail(const Photo& p) { return Get({p.id, Kind::Thumbnail}, m_data_dir / p.thumb_file); }
ImTextureID PhotoTextureCache::FullSize(const Photo& p) { return Get({p.id, Kind::FullSize}, m_data_dir / p.screen_file); }
ImTextureID PhotoTextureCache::StickPreview(const std::filesystem::path& file, ImVec2* size) {
    const auto [it, added] = m_stick_ids.try_emplace(file.string(), static_cast<Id>(m_stick_ids.size() + 1));
    return Get({it->second, Kind::StickPreview}, file, size);
}

ImTextureID PhotoTextureCache::Get(const Key& key, const std::filesystem::path& file, ImVec2* size) {
    if (size) *size = ImVec2(0, 0);
    if (const auto it = m_textures.find(key); it != m_textures.end()) {
        it->second.last_used = m_frame;
        if (size) *size = ImVec2(static_cast<float>(it->second.width), static_cast<float>(it->second.height));
        return it->second.texture ? reinterpret_cast<ImTextureID>(static_cast<intptr_t>(it->second.texture)) : nullptr;
    }
    if (!m_requested[key]) {
        m_requested[key] = true;
        {
            std::lock_guard lock(m_mutex);
            m_todo.emplace_back(key, file);
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
        auto [key, file] = m_todo.front();
        m_todo.pop_front();
        lock.unlock();
        // The kiosk's own files are small JPEGs, decoded whole; a stick's photo is decoded only as
        // large as its preview (libjpeg-turbo's scaled decode, a HEIC's stored thumbnail).
        auto d = std::make_unique<Decoded>(
            Decoded{key, key.kind == Kind::StickPreview
                             ? media::LoadPhotoPreview(file.string(), kStickPreviewW, kStickPreviewH)
                             : media::LoadImageFile(file.string())});
        lock.lock();
        m_done.push_back(std::move(d));
        glfwPostEmptyEvent();  // wake the frame loop to upload it
    }
}

bool PhotoTextureCache::UploadReady() {
    ++m_frame;
    std::vector<std::unique_ptr<Decoded>> batch;
    bool more = false;
    {
        std::lock_guard lock(m_mutex);
        while (!m_done.empty() && static_cast<int>(batch.size()) < kUploadsPerFrame) {
            batch.push_back(std::move(m_done.front()));
            m_done.pop_front();
        }
        m_in_flight -= static_cast<int>(batch.size());
        more = !m_done.empty();
    }
    for (const auto& d : batch) {
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
        m_textures[d->key] = Entry{tex, d->image.width, d->image.height, m_frame};
        m_requested.erase(d->key);
    }
    Evict(Kind::Thumbnail, kMaxThumbnails);
    Evict(Kind::FullSize, kMaxFullSize);
    Evict(Kind::StickPreview, kMaxStickPreviews);
    return !batch.empty() || more;
}

void PhotoTextureCache::Evict(Kind which, size_t keep) {
    std::vector<std::pair<std::uint64_t, Key>> kind;
    for (const auto& [key, e] : m_textures)
        if (key.kind == which) kind.emplace_back(e.last_used, key);
    if (kind.size() <= keep) return;
    std::sort(kind.begin(), kind.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t i = 0; i < kind.size() - keep; ++i) {
        auto it = m_textures.find(kind[i].second);
        if (it->second.texture) glDeleteTextures(1, &it->second.texture);
        m_textures.erase(it);  // asked for again, it is decoded again
    }
}

bool PhotoTextureCache::Busy() {
    std::lock_guard lock(m_mutex);
    return m_in_flight > 0;
}

}  // namespace kd::app
