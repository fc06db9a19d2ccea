#include "JsonWriter.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace dtx {

void appendJsonNumber(std::string* out, double number)
{
    if (!std::isfinite(number)) {
        out->append("null");
        return;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    out->append(buffer, result.ptr);
}

void appendJsonString(std::string* out, std::string_view text)
{
    out->push_back('"');
    for (char c : text) {
        switch (c) {
        case '"': out->append("\\\""); break;
        case '\\': out->append("\\\\"); break;
        case '\n': out->append("\\n"); break;
        case '\r': out->append("\\r"); break;
        case '\t': out->append("\\t"); break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                out->append(escaped);
            } else {
                out->push_back(c);
            }
        }
    }
    out->push_back('"');
}

void JsonWriter::newline()
{
    if (!m_pretty)
        return;
    m_out->push_back('\n');
    m_out->append(static_cast<std::size_t>(m_depth) * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (!m_first)
            m_out->push_back(',');
        newline();
    }
    m_first = false;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out->push_back('{');
    ++m_depth;
    m_first = true;
}

void JsonWriter::endObject()
{
    --m_depth;
    if (!m_first)
        newline();
    m_out->push_back('}');
    m_first = false;
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out->push_back('[');
    ++m_depth;
    m_first = true;
}

void JsonWriter::endArray()
{
    endObject();
    m_out->back() = ']';
}

void JsonWriter::key(std::string_view name)
{
    beforeValue();
    appendJsonString(m_out, name);
    m_out->append(m_pretty ? ": " : ":");
    m_afterKey = true;
}

void JsonWriter::value(double number)
{
    beforeValue();
    appendJsonNumber(m_out, number);
}

void JsonWriter::integer(std::uint64_t number)
{
    beforeValue();
    m_out->append(std::to_string(number));
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out->append(flag ? "true" : "false");
}

void JsonWriter::value(std::string_view text)
{
    beforeValue();
    appendJsonString(m_out, text);
}

void JsonWriter::null()
{
    beforeValue();
    m_out->append("null");
}

} // namespace dtx
