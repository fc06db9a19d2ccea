#include "ReportFormat.hpp"

#include <cstdarg>
#include <cstdio>

namespace dtx::report {

void appendf(std::string& out, const char* format, ...)
{
    // Every report line fits here; the fallback below keeps longer ones whole.
    char buffer[512];
    va_list arguments;
    va_start(arguments, format);
    va_list retry;
    va_copy(retry, arguments);
    const int length = std::vsnprintf(buffer, sizeof buffer, format, arguments);
    va_end(arguments);
    if (length < 0) {
        va_end(retry);
        return;
    }
    if (static_cast<std::size_t>(length) < sizeof buffer) {
        out.append(buffer, static_cast<std::size_t>(length));
    } else {
        const std::size_t start = out.size();
        out.resize(start + static_cast<std::size_t>(length) + 1);
        std::vsnprintf(out.data() + start, static_cast<std::size_t>(length) + 1, format, retry);
        out.resize(start + static_cast<std::size_t>(length));
    }
    va_end(retry);
}

std::string groupedInteger(double value)
{
    char digits[64];
    std::snprintf(digits, sizeof digits, "%.0f", value);
    const std::string_view text(digits);
    const bool negative = !text.empty() && text.front() == '-';
    const std::string_view magnitude = negative ? text.substr(1) : text;
    std::string grouped = negative ? "-" : "";
    for (std::size_t i = 0; i < magnitude.size(); ++i) {
        if (i > 0 && (magnitude.size() - i) % 3 == 0)
            grouped += ',';
        grouped += magnitude[i];
    }
    return grouped;
}

std::string dollars(double usd)
{
    return "$" + groupedInteger(usd);
}

std::string costInMillions(double usd)
{
    std::string text;
    appendf(text, "$%.1fM", usd / 1e6);
    return text;
}

std::string compactCost(double usd)
{
    std::string text;
    if (usd >= 1e9)
        appendf(text, "$%.1fB", usd / 1e9);
    else
        appendf(text, "$%.0fM", usd / 1e6);
    return text;
}

void appendRightAligned(std::string& out, std::string_view text, int width)
{
    int codePoints = 0;
    for (const char byte : text)
        if ((static_cast<unsigned char>(byte) & 0xC0) != 0x80) // not a continuation byte
            ++codePoints;
    if (codePoints < width)
        out.append(static_cast<std::size_t>(width - codePoints), ' ');
    out.append(text);
}

void appendRule(std::string& out, char fill, int width, std::string_view indent)
{
    out.append(indent);
    out.append(static_cast<std::size_t>(width), fill);
    out += '\n';
}

void appendBanner(std::string& out, std::string_view title, int width)
{
    appendRule(out, '=', width);
    out.append(title);
    out += '\n';
    appendRule(out, '=', width);
}

const char* trainingPrecisionName(double bytesPerParam)
{
    // MODEL.md §1: 16 bytes of training state per parameter for FP16 mixed
    // precision, 14 for FP8.
    return bytesPerParam >= 16 ? "FP16" : "FP8";
}

} // namespace dtx::report
