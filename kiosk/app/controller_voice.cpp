// What the parent screens say, and when. Each step says its question when it
// opens; the check mark says that it was sent; a picture or a button held down
// says what it is (without choosing it); a language chip greets in its language;
// the last seconds before the kiosk goes home beep. Never on the teacher's
// screens, the slideshow or at night; never when the school turned the voice off
// or this parent silenced it. The app plays what TakeSpeech() returns.
#include "app/kiosk_controller.h"
#include "i18n/catalog.h"

#include <cmath>

namespace kd {

namespace {
// The question each step asks, and what the screens after sending say.
std::vector<std::string> OpeningWords(Screen s) {
    switch (s) {
        case Screen::TellClass: return {N_("Which class?")};
        case Screen::TellChild: return {N_("Who is it about?")};
        case Screen::TellTopic: return {N_("What is it about?")};
        case Screen::TellFeeling: return {N_("How do you feel about it?")};
        case Screen::TellWish: return {N_("What would you like?")};
        case Screen::TellDone: return {N_("Thank you!"), N_("The teacher will see this today.")};
        case Screen::TellTakenBack: return {N_("Taken back. Nothing was sent.")};
        case Screen::TellFailed: return {N_("Not sent."), N_("Please tell the teacher at the door.")};
        default: return {};
    }
}
}  // namespace

bool KioskController::VoiceOn() const {
    return m_settings.voice && m_settings.voice_volume > 0 && !m_state.muted && !m_night &&
           !IsTeacherScreen(m_state.screen) && m_state.screen != Screen::Slideshow && m_state.screen != Screen::Night;
}

void KioskController::Say(std::vector<std::string> msgids, const std::string& lang) {
    if (!VoiceOn() || msgids.empty()) return;
    m_speech.push_back(Speech{lang, std::move(msgids), false, m_settings.voice_volume / 100.0f});
}

void KioskController::OnScreenOpened(Screen s) {
    if (s == Screen::TellDone && m_state.sent_late)  // it cannot wait, and the teacher may not look again in time
        return Say({N_("Thank you!"), N_("The teacher may not see this before pick-up. Please tell them at the door.")},
                   m_state.lang);
    Say(OpeningWords(s), m_state.lang);
}

// The idle countdown, heard as well as seen: a short beep on each of its last
// seconds (a touch still puts it off, as it always did).
void KioskController::CountdownBeep(double now) {
    if (AtRest() || IsTeacherScreen(m_state.screen)) {
        m_last_beep_second = -1;
        return;
    }
    const double left = m_idle.Deadline() - now;
    if (left > kCountdownSeconds || left <= 0) {
        m_last_beep_second = -1;
        return;
    }
    const int second = static_cast<int>(std::ceil(left));
    if (second == m_last_beep_second || second > 5) return;  // the last five seconds
    m_last_beep_second = second;
    if (VoiceOn()) m_speech.push_back(Speech{m_state.lang, {}, true, m_settings.voice_volume / 100.0f});
}

std::vector<Speech> KioskController::TakeSpeech() {
    std::vector<Speech> out;
    out.swap(m_speech);
    return out;
}

}  // namespace kd
