// `klasdeur voice list` and `klasdeur voice import`: a school's own recordings.
#include "cli/commands.h"
#include "media/voice.h"
#include "services/paths.h"

#include <cstdio>
#include <algorithm>
#include <stdexcept>

namespace kd::cli {

namespace {
const char* SourceName(media::VoiceLibrary::Source s) {
    switch (s) {
        case media::VoiceLibrary::Source::Human: return "recorded";
        case media::VoiceLibrary::Source::Synthetic: return "synthetic";
        case media::VoiceLibrary::Source::None: break;
    }
    return "none";
}

media::VoiceLibrary Library(const std::filesystem::path& data_dir) {
    media::VoiceLibrary lib(FindShareDir() / "voice", data_dir / "voice");
    if (lib.Empty()) throw std::runtime_error("there are no voice clips in " + (FindShareDir() / "voice").string());
    return lib;
}

// The languages of the catalogs (every language the kiosk offers).
std::vector<std::string> Languages() {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(FindShareDir() / "locale", ec))
        if (e.is_directory()) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}
}  // namespace

int VoiceList(const std::filesystem::path& data_dir, const std::string& lang) {
    const media::VoiceLibrary lib = Library(data_dir);
    if (!lang.empty()) {
        for (const std::string& msgid : lib.Msgids())
            std::printf("%-10s %-40s %s\n", SourceName(lib.SourceOf(lang, msgid)), lib.ClipId(msgid).c_str(),
                        msgid.c_str());
        return 0;
    }
    std::printf("%-5s %9s %10s %5s\n", "lang", "recorded", "synthetic", "none");
    for (const std::string& l : Languages()) {
        int n[3] = {0, 0, 0};
        for (const std::string& msgid : lib.Msgids()) ++n[static_cast<int>(lib.SourceOf(l, msgid))];
        std::printf("%-5s %9d %10d %5d\n", l.c_str(), n[0], n[1], n[2]);
    }
    return 0;
}

int VoiceImport(const std::filesystem::path& data_dir, const std::string& folder, const std::string& lang) {
    const std::vector<std::string> langs = Languages();
    if (std::find(langs.begin(), langs.end(), lang) == langs.end())
        throw std::invalid_argument("'" + lang + "' is not one of the kiosk's languages");
    const media::VoiceLibrary lib = Library(data_dir);
    const media::PackImportReport r = media::ImportVoicePack(lib, lang, folder);
    for (const std::string& p : r.problems) std::printf("skipped %s\n", p.c_str());
    std::printf("%d recording%s imported for %s; %zu skipped.\n", r.imported, r.imported == 1 ? "" : "s", lang.c_str(),
                r.problems.size());
    return r.imported > 0 || r.problems.empty() ? 0 : 1;
}

}  // namespace kd::cli
