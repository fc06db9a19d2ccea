#include "RangeCheck.hpp"

#include <cmath>
#include <charconv>

namespace dtx {

std::string formatInputNumber(double value)
{
    // to_chars, unlike snprintf, ignores the C locale: "0.5" under de_DE
    // too, the spelling the parser accepts.
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, value, std::chars_format::general, 6);
    return std::string(text, result.ptr);
}

std::optional<InputError> checkRange(const RangeRule& rule)
{
    if (!std::isfinite(rule.value))
        return InputError{rule.key, "must be a finite number", InputProblem::NotFinite, rule.value};
    const bool aboveMin = rule.minInclusive ? rule.value >= rule.min : rule.value > rule.min;
    if (!aboveMin || rule.value > rule.max) {
        std::string message = "is " + formatInputNumber(rule.value) + "; it must be ";
        message += rule.minInclusive ? "from " : "greater than ";
        message += formatInputNumber(rule.min);
        message += rule.minInclusive ? " to " : " and at most ";
        message += formatInputNumber(rule.max);
        return InputError{rule.key, message, InputProblem::OutOfRange, rule.value, rule.min,
                          rule.max, rule.minInclusive};
    }
    if (rule.whole && rule.value != std::floor(rule.value))
        return InputError{rule.key, "is " + formatInputNumber(rule.value) + "; it must be a whole number",
                          InputProblem::NotWhole, rule.value};
    return std::nullopt;
}

} // namespace dtx
