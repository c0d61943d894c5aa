#pragma once
#include <string>

namespace kd::i18n {

// A language's own name in its own script, as a language picker writes it:
// "Nederlands", "Français", "العربية", "Türkçe", "ትግርኛ". From ICU's data.
std::string Endonym(const std::string& lang);

// Whether the language is written right to left.
bool IsRightToLeft(const std::string& lang);

}  // namespace kd::i18n
