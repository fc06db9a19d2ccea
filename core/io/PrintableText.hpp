#pragma once

#include <string>
#include <string_view>

// Text from files and command lines (a scenario's name, a path, a key) is
// printed on terminals and in one-line `error:` messages. A NUL, ESC or
// newline in it must not end the line early, move the cursor or recolour
// the terminal, so such characters are shown as escapes.
namespace dtx {

// Control characters as \n, \r, \t or \xNN (C0, DEL, and C1 as \u0080 …),
// bytes that are not UTF-8 as \xNN; everything else as it is.
std::string printableText(std::string_view text);

} // namespace dtx
