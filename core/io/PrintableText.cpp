#include "PrintableText.hpp"

namespace dtx {
namespace {

void appendHex(const char* prefix, unsigned value, int digits, std::string* out)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    *out += prefix;
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out->push_back(kDigits[(value >> shift) & 0xF]);
}

// The length of the well-formed UTF-8 sequence at text[at], 0 if none.
std::size_t utf8Length(std::string_view text, std::size_t at)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned lead = byte(at);
    std::size_t length = 0;
    unsigned minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (at + length > text.size())
        return 0;
    unsigned code = lead & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (byte(at + i) & 0x3F);
    }
    if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return 0;
    return length;
}

} // namespace

std::string printableText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7F) {
            out.push_back(char(c));
            ++i;
        } else if (c == '\n') {
            out += "\\n";
            ++i;
        } else if (c == '\r') {
            out += "\\r";
            ++i;
        } else if (c == '\t') {
            out += "\\t";
            ++i;
        } else if (c < 0x80) {
            appendHex("\\x", c, 2, &out);
            ++i;
        } else if (const std::size_t length = utf8Length(text, i)) {
            // C1 controls (U+0080–U+009F, two bytes C2 80–C2 9F) act on
            // terminals too.
            if (c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0)
                appendHex("\\u", static_cast<unsigned char>(text[i + 1]), 4, &out);
            else
                out.append(text.substr(i, length));
            i += length;
        } else {
            appendHex("\\x", c, 2, &out);
            ++i;
        }
    }
    return out;
}

} // namespace dtx
