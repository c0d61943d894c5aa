#pragma once
// The kiosk's voice: where the clip for a message in a language is (a school's
// own recording first, else the synthetic one made at build time), decoding a
// clip, and importing a school's recordings (a voice pack).
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace kd::media {

// Mono samples in [-1, 1].
struct Pcm {
    std::vector<float> samples;
    int rate = 0;
    double Seconds() const { return rate ? static_cast<double>(samples.size()) / rate : 0.0; }
};

// Any file libsndfile reads (WAV, Ogg Vorbis, Opus, FLAC, MP3), mixed down to
// mono. Empty, with `error` set to one line, when it cannot be read.
Pcm DecodeClip(const std::filesystem::path& file, std::string* error = nullptr);

class VoiceLibrary {
public:
    enum class Source { Human, Synthetic, None };

    // `synthetic_dir`: share/klasdeur/voice (index.tsv, <lang>/<clip id>.opus);
    // `packs_dir`: the data directory's voice/ (<lang>/<clip id>.ogg), may not exist.
    VoiceLibrary(std::filesystem::path synthetic_dir, std::filesystem::path packs_dir);
    VoiceLibrary() = default;

    // The clip that says `msgid` in `lang`; empty when there is none.
    std::filesystem::path Find(const std::string& lang, const std::string& msgid) const;
    Source SourceOf(const std::string& lang, const std::string& msgid) const;
    // Every spoken message, in the index's order, and the file name a recording of it takes.
    const std::vector<std::string>& Msgids() const { return m_msgids; }
    std::string ClipId(const std::string& msgid) const;
    std::string MsgidOf(const std::string& clip_id) const;
    const std::filesystem::path& PacksDir() const { return m_packs; }
    bool Empty() const { return m_msgids.empty(); }

private:
    std::filesystem::path m_synthetic, m_packs;
    std::vector<std::string> m_msgids;
    std::map<std::string, std::string> m_id_of, m_msgid_of;
};

// A school's recordings for one language: each file in `folder` named after a
// clip id ("what-is-it-about.m4a" ...) is read, trimmed of its silent ends,
// and stored as <packs_dir>/<lang>/<clip id>.ogg. Files it cannot use are
// named, each with a line saying why; the others still come in.
struct PackImportReport {
    int imported = 0;
    std::vector<std::string> problems;
};
PackImportReport ImportVoicePack(const VoiceLibrary& library, const std::string& lang,
                                 const std::filesystem::path& folder);

}  // namespace kd::media
