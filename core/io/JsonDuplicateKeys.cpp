#include "JsonDuplicateKeys.hpp"

#include <set>
#include <vector>

namespace dtx {
namespace {

struct Container {
    bool isObject = false;
    bool expectKey = false;
    std::string path;           // of this container, dotted
    std::string lastKey;        // the key whose value comes next
    std::set<std::string> keys; // seen in this object
};

void appendUtf8(char32_t code, std::string* out)
{
    if (code < 0x80) {
        out->push_back(char(code));
    } else if (code < 0x800) {
        out->push_back(char(0xC0 | (code >> 6)));
        out->push_back(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out->push_back(char(0xE0 | (code >> 12)));
        out->push_back(char(0x80 | ((code >> 6) & 0x3F)));
        out->push_back(char(0x80 | (code & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (code >> 18)));
        out->push_back(char(0x80 | ((code >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((code >> 6) & 0x3F)));
        out->push_back(char(0x80 | (code & 0x3F)));
    }
}

unsigned hexValue(const QByteArray& json, qsizetype at)
{
    unsigned value = 0;
    for (qsizetype i = at; i < at + 4 && i < json.size(); ++i) {
        const char c = json[i];
        value = value * 16
                + unsigned(c >= '0' && c <= '9'   ? c - '0'
                           : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                                  : c - 'A' + 10);
    }
    return value;
}

// Reads the string starting at the quote json[*at]; leaves *at after the
// closing quote. The document is known to be valid JSON.
std::string readString(const QByteArray& json, qsizetype* at)
{
    std::string text;
    qsizetype i = *at + 1;
    while (i < json.size() && json[i] != '"') {
        if (json[i] != '\\') {
            text.push_back(json[i++]);
            continue;
        }
        const char escape = i + 1 < json.size() ? json[i + 1] : '"';
        i += 2;
        switch (escape) {
        case 'b': text.push_back('\b'); break;
        case 'f': text.push_back('\f'); break;
        case 'n': text.push_back('\n'); break;
        case 'r': text.push_back('\r'); break;
        case 't': text.push_back('\t'); break;
        case 'u': {
            char32_t code = hexValue(json, i);
            i += 4;
            if (code >= 0xD800 && code < 0xDC00 && i + 1 < json.size() && json[i] == '\\'
                && json[i + 1] == 'u') {
                code = 0x10000 + ((code - 0xD800) << 10) + (hexValue(json, i + 2) - 0xDC00);
                i += 6;
            }
            appendUtf8(code, &text);
            break;
        }
        default: text.push_back(escape); break;
        }
    }
    *at = i + 1;
    return text;
}

std::string childPath(const Container& parent)
{
    if (!parent.isObject)
        return parent.path + "[]";
    return parent.path.empty() ? parent.lastKey : parent.path + "." + parent.lastKey;
}

} // namespace

std::optional<std::string> findDuplicateJsonKey(const QByteArray& json)
{
    // An explicit stack: documents may nest deeper than a call stack should.
    std::vector<Container> stack;
    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            Container container;
            container.isObject = c == '{';
            container.expectKey = container.isObject;
            if (!stack.empty())
                container.path = childPath(stack.back());
            stack.push_back(std::move(container));
            ++i;
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
            ++i;
        } else if (c == ',') {
            if (!stack.empty() && stack.back().isObject)
                stack.back().expectKey = true;
            ++i;
        } else if (c == '"') {
            std::string text = readString(json, &i);
            if (!stack.empty() && stack.back().isObject && stack.back().expectKey) {
                Container& object = stack.back();
                object.expectKey = false;
                if (!object.keys.insert(text).second)
                    return object.path.empty() ? text : object.path + "." + text;
                object.lastKey = std::move(text);
            }
        } else {
            ++i; // ':', white space, and the characters of numbers and literals
        }
    }
    return std::nullopt;
}

} // namespace dtx
