#include "media/voice.h"

#include "domain/tsv.h"

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <system_error>

namespace kd::media {

namespace fs = std::filesystem;

Pcm DecodeClip(const fs::path& file, std::string* error) {
    Pcm pcm;
    SF_INFO info{};
    SNDFILE* f = sf_open(file.c_str(), SFM_READ, &info);
    if (!f) {
        if (error) *error = sf_strerror(nullptr);
        return pcm;
    }
    // A clip is seconds long; anything over ten minutes is not one.
    if (info.channels < 1 || info.samplerate < 8000 || info.frames > static_cast<sf_count_t>(info.samplerate) * 600) {
        if (error) *error = "not a short recording (" + std::to_string(info.channels) + " channels, " +
                            std::to_string(info.samplerate) + " Hz)";
        sf_close(f);
        return pcm;
    }
    std::vector<float> block(4096 * static_cast<size_t>(info.channels));
    pcm.rate = info.samplerate;
    for (;;) {
        const sf_count_t got = sf_readf_float(f, block.data(), 4096);
        if (got <= 0) break;
        for (sf_count_t i = 0; i < got; ++i) {
            float sum = 0;
            for (int c = 0; c < info.channels; ++c) sum += block[static_cast<size_t>(i * info.channels + c)];
            pcm.samples.push_back(sum / static_cast<float>(info.channels));
        }
    }
    if (sf_error(f) != SF_ERR_NO_ERROR && error) *error = sf_strerror(f);
    sf_close(f);
    if (pcm.samples.empty()) {
        if (error && error->empty()) *error = "no sound in it";
        pcm.rate = 0;
    }
    return pcm;
}

VoiceLibrary::VoiceLibrary(fs::path synthetic_dir, fs::path packs_dir)
    : m_synthetic(std::move(synthetic_dir)), m_packs(std::move(packs_dir)) {
    std::error_code ec;
    if (!fs::exists(m_synthetic / "index.tsv", ec)) return;
    for (const TsvRow& r : ReadTsv(m_synthetic / "index.tsv")) {
        if (r.cells.size() < 2) continue;
        m_msgids.push_back(r.cells[1]);
        m_id_of[r.cells[1]] = r.cells[0];
        m_msgid_of[r.cells[0]] = r.cells[1];
    }
}

std::string VoiceLibrary::ClipId(const std::string& msgid) const {
    const auto it = m_id_of.find(msgid);
    return it == m_id_of.end() ? std::string() : it->second;
}

std::string VoiceLibrary::MsgidOf(const std::string& clip_id) const {
    const auto it = m_msgid_of.find(clip_id);
    return it == m_msgid_of.end() ? std::string() : it->second;
}

fs::path VoiceLibrary::Find(const std::string& lang, const std::string& msgid) const {
    const std::string id = ClipId(msgid);
    if (id.empty() || lang.empty() || lang.find('/') != std::string::npos) return {};
    std::error_code ec;
    if (!m_packs.empty()) {
        const fs::path human = m_packs / lang / (id + ".ogg");
        if (fs::is_regular_file(human, ec)) return human;
    }
    const fs::path synthetic = m_synthetic / lang / (id + ".opus");
    if (fs::is_regular_file(synthetic, ec)) return synthetic;
    return {};
}

VoiceLibrary::Source VoiceLibrary::SourceOf(const std::string& lang, const std::string& msgid) const {
    const fs::path p = Find(lang, msgid);
    if (p.empty()) return Source::None;
    return p.extension() == ".ogg" ? Source::Human : Source::Synthetic;
}

namespace {

// Drops the silence a phone recording starts and ends with (a tap on the
// screen, a breath), keeping a few hundredths of a second either side.
void TrimSilence(Pcm& pcm) {
    const float threshold = 0.02f;
    const auto loud = [&](float s) { return std::fabs(s) > threshold; };
    const auto first = std::find_if(pcm.samples.begin(), pcm.samples.end(), loud);
    if (first == pcm.samples.end()) {
        pcm.samples.clear();
        return;
    }
    const auto last = std::find_if(pcm.samples.rbegin(), pcm.samples.rend(), loud).base();
    const long pad = pcm.rate / 20;
    const auto from = std::max<long>(0, static_cast<long>(first - pcm.samples.begin()) - pad);
    const auto to = std::min<long>(static_cast<long>(pcm.samples.size()), static_cast<long>(last - pcm.samples.begin()) + pad);
    pcm.samples = std::vector<float>(pcm.samples.begin() + from, pcm.samples.begin() + to);
}

bool WriteOgg(const Pcm& pcm, const fs::path& out, std::string* error) {
    SF_INFO info{};
    info.samplerate = pcm.rate;
    info.channels = 1;
    info.format = SF_FORMAT_OGG | SF_FORMAT_VORBIS;
    const fs::path tmp = out.string() + ".tmp";
    SNDFILE* f = sf_open(tmp.c_str(), SFM_WRITE, &info);
    if (!f) {
        *error = sf_strerror(nullptr);
        return false;
    }
    double quality = 0.3;  // speech: small files, clear enough
    sf_command(f, SFC_SET_VBR_ENCODING_QUALITY, &quality, sizeof quality);
    const sf_count_t n = static_cast<sf_count_t>(pcm.samples.size());
    const bool ok = sf_writef_float(f, pcm.samples.data(), n) == n;
    if (!ok) *error = sf_strerror(f);
    sf_close(f);
    std::error_code ec;
    if (ok) fs::rename(tmp, out, ec);
    if (!ok || ec) {
        fs::remove(tmp, ec);
        if (ok) *error = "cannot write " + out.string();
        return false;
    }
    return true;
}

}  // namespace

PackImportReport ImportVoicePack(const VoiceLibrary& library, const std::string& lang, const fs::path& folder) {
    PackImportReport report;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
        report.problems.push_back(folder.string() + ": not a folder");
        return report;
    }
    const fs::path target = library.PacksDir() / lang;
    fs::create_directories(target, ec);
    if (ec) {
        report.problems.push_back(target.string() + ": " + ec.message());
        return report;
    }
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(folder, ec))
        if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::set<std::string> done;
    for (const fs::path& f : files) {
        const std::string name = f.filename().string();
        if (name.empty() || name[0] == '.') continue;  // a stick's hidden files
        const std::string id = f.stem().string();
        if (library.MsgidOf(id).empty()) {
            report.problems.push_back(name + ": no message is called \"" + id +
                                      "\"; `klasdeur voice list` shows the names");
            continue;
        }
        if (!done.insert(id).second) {
            report.problems.push_back(name + ": \"" + id + "\" came twice; the first one is kept");
            continue;
        }
        std::string error;
        Pcm pcm = DecodeClip(f, &error);
        if (pcm.samples.empty()) {
            const std::string ext = f.extension().string();
            if (ext == ".m4a" || ext == ".aac" || ext == ".mp4")
                error = "an AAC recording, which this kiosk cannot read; save it as MP3, Ogg, Opus or WAV";
            report.problems.push_back(name + ": cannot be used: " + error);
            continue;
        }
        TrimSilence(pcm);
        if (pcm.samples.empty()) {
            report.problems.push_back(name + ": only silence");
            continue;
        }
        if (!WriteOgg(pcm, target / (id + ".ogg"), &error)) {
            report.problems.push_back(name + ": " + error);
            continue;
        }
        ++report.imported;
    }
    return report;
}

}  // namespace kd::media
