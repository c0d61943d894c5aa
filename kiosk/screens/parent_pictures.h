#pragma once
// Every picture the parent screens draw besides the rows of the assets tables
// (topics, feelings, wishes, event types, children's symbols), with the one
// thing it means. One picture, one meaning: tests/ui/pictures_test.cpp fails
// when a picture stands for two things anywhere a parent can look, or when a
// screen draws a picture this table and the assets do not name; docs/PICTOGRAMS.md
// lists them all.
#include <vector>

namespace kd::screens {

struct ParentPicture {
    const char* emoji;    // as drawn; "A|B" is A with B as a badge
    const char* meaning;  // one meaning, in English: a table row with the same meaning may share the picture
    const char* screens;  // where a parent meets it
};

const std::vector<ParentPicture>& ParentPictures();

// The poll band's picture: what the poll asks about (an event type's picture, or
// the class's 🏫 when it is about no event) with a question mark as its badge.
// Each such picture means "a question to parents about <that>".
inline constexpr const char kPollBadge[] = "|❓";

}  // namespace kd::screens
