#pragma once

#include <string>
#include <string_view>

// Number and layout formatting shared by every part of the text report.
// The reference calculator printed with Python format specs; these helpers
// reproduce them with snprintf so the report matches the golden file byte for
// byte. Everything appends to one std::string, the fastest way to build the
// whole report.
namespace dtx::report {

#if defined(__GNUC__)
#define DTX_PRINTF_LIKE(formatIndex, firstArgument) \
    __attribute__((format(printf, formatIndex, firstArgument)))
#else
#define DTX_PRINTF_LIKE(formatIndex, firstArgument)
#endif

// printf-style append; the format is checked at compile time.
void appendf(std::string& out, const char* format, ...) DTX_PRINTF_LIKE(2, 3);

// A whole number with thousands separators ("192,000"), rounded like %.0f.
std::string groupedInteger(double value);

// "$2,880,000": an exact dollar amount.
std::string dollars(double usd);

// "$0.7M": part 1's cost column, always in millions with one decimal.
std::string costInMillions(double usd);

// "$1.4B" at or above a billion, else "$360M" (MODEL.md §12a).
std::string compactCost(double usd);

// Right-aligns `text` in `width` characters, counting UTF-8 code points (not
// bytes) as the reference did, so "US East–Asia" lines up with its column.
void appendRightAligned(std::string& out, std::string_view text, int width);

// A line of `width` copies of `fill`, after `indent`.
void appendRule(std::string& out, char fill, int width, std::string_view indent = {});

// A title between two rules of '=' (80 wide for parts, 100 for the wide
// tables), as the reference framed its sections.
void appendBanner(std::string& out, std::string_view title, int width);

inline constexpr int kPartRuleWidth = 80;
inline constexpr int kWideRuleWidth = 100;

// The precision name of a node's training state, from its bytes per parameter.
const char* trainingPrecisionName(double bytesPerParam);

} // namespace dtx::report
