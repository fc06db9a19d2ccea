#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// A small streaming JSON writer that keeps keys in the order written and
// prints numbers in their shortest round-trip form (CLI.md: "full double
// precision"). QJsonDocument sorts keys and must hold the whole document,
// which a million-row sweep cannot afford.
namespace dtx {

class JsonWriter {
public:
    explicit JsonWriter(std::string* out, bool pretty = true) : m_out(out), m_pretty(pretty) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);
    void value(double number);
    // Every digit of a 64-bit integer (a seed), which a double would round.
    void integer(std::uint64_t number);
    void value(bool flag);
    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void null();

private:
    void beforeValue();
    void newline();

    std::string* m_out;
    bool m_pretty;
    int m_depth = 0;
    bool m_first = true;
    bool m_afterKey = false;
};

// Shortest text that reads back to the same double; "null" for non-finite
// values, which validated inputs never produce.
void appendJsonNumber(std::string* out, double number);
void appendJsonString(std::string* out, std::string_view text);

} // namespace dtx
