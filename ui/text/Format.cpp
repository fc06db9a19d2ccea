#include "Format.hpp"

#include "Scenario.hpp"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>

namespace dtx::ui {
namespace {

// The context its text is translated under.
class FormatText {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::Format)
};

QString superscript(int exponent)
{
    static const char16_t digits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString text = exponent < 0 ? QStringLiteral("⁻") : QString();
    for (const QChar c : QString::number(std::abs(exponent)))
        text += QChar(digits[c.digitValue()]);
    return text;
}

// Rounds to `significant` digits without trailing zeros: 51.8, 240, 0.412.
QString significantDigits(double value, int significant)
{
    if (value == 0)
        return QStringLiteral("0");
    const int magnitude = int(std::floor(std::log10(std::abs(value))));
    const int decimals = std::max(0, significant - 1 - magnitude);
    QString text = QLocale().toString(value, 'f', decimals);
    if (decimals > 0) {
        const QChar point = QLocale().decimalPoint().front();
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

struct Scale {
    double factor;
    const char* suffix;
};

// Picks the largest scale not above the value: 5.18e7 with {1e9 B, 1e6 M}
// becomes 51.8 M.
QString scaled(double value, std::initializer_list<Scale> scales, int significant)
{
    for (const Scale& scale : scales)
        if (std::abs(value) >= scale.factor)
            return significantDigits(value / scale.factor, significant) + FormatText::tr(scale.suffix);
    return significantDigits(value, significant);
}

} // namespace

QString formatPowerOfTen(double value, int significant)
{
    if (!std::isfinite(value))
        return noValue();
    if (value == 0)
        return QStringLiteral("0");
    int exponent = int(std::floor(std::log10(std::abs(value))));
    double mantissa = value / std::pow(10.0, exponent);
    // 9.996e24 with three digits reads 10.0 × 10²⁴; write 1.00 × 10²⁵.
    const double rounded = std::round(mantissa * std::pow(10.0, significant - 1));
    if (std::abs(rounded) >= std::pow(10.0, significant)) {
        exponent += 1;
        mantissa /= 10;
    }
    if (exponent >= -2 && exponent <= 3)
        return significantDigits(value, significant);
    if (mantissa == 1) // an exact power reads best bare: 10²⁵
        return QStringLiteral("10") + superscript(exponent);
    return QLocale().toString(mantissa, 'f', significant - 1) + QStringLiteral(" × 10") + superscript(exponent);
}

QString formatFlop(double flop)
{
    if (!std::isfinite(flop))
        return noValue();
    return FormatText::tr("%1 FLOP").arg(formatPowerOfTen(flop));
}

QString formatUsd(double usd)
{
    if (!std::isfinite(usd))
        return noValue();
    // Where the sign goes is the language's: "$51.8M", "51,8 M$".
    if (std::abs(usd) >= 1e15)
        return FormatText::tr("$%1").arg(formatPowerOfTen(usd));
    return FormatText::tr("$%1").arg(scaled(usd, {{1e12, QT_TRANSLATE_NOOP("dtx::ui::Format", "T")},
                            {1e9, QT_TRANSLATE_NOOP("dtx::ui::Format", "B")},
                            {1e6, QT_TRANSLATE_NOOP("dtx::ui::Format", "M")},
                            {1e3, QT_TRANSLATE_NOOP("dtx::ui::Format", "k")}}, 3));
}

QString formatTokens(double tokens)
{
    if (!std::isfinite(tokens))
        return noValue();
    if (std::abs(tokens) >= 1e18)
        return FormatText::tr("%1 tokens").arg(formatPowerOfTen(tokens));
    return FormatText::tr("%1 tokens").arg(
        scaled(tokens, {{1e15, QT_TRANSLATE_NOOP("dtx::ui::Format", " P")},
                 {1e12, QT_TRANSLATE_NOOP("dtx::ui::Format", " T")},
                 {1e9, QT_TRANSLATE_NOOP("dtx::ui::Format", " B")},
                 {1e6, QT_TRANSLATE_NOOP("dtx::ui::Format", " M")},
                 {1e3, QT_TRANSLATE_NOOP("dtx::ui::Format", " k")}}, 3));
}

QString formatParamsB(double paramsB)
{
    if (!std::isfinite(paramsB))
        return noValue();
    if (paramsB >= 1000)
        return FormatText::tr("%1 T").arg(significantDigits(paramsB / 1000, 3));
    if (paramsB < 1)
        return FormatText::tr("%1 M").arg(significantDigits(paramsB * 1000, 3));
    return FormatText::tr("%1 B").arg(significantDigits(paramsB, 3));
}

QString formatCount(double value)
{
    if (!std::isfinite(value))
        return noValue();
    if (std::abs(value) >= 1e15)
        return formatPowerOfTen(value);
    return QLocale().toString(static_cast<qlonglong>(std::llround(value)));
}

QString formatDecimal(double value, int decimals)
{
    if (!std::isfinite(value))
        return noValue();
    return QLocale().toString(value, 'f', decimals);
}

QString formatSignificant(double value, int significant)
{
    if (!std::isfinite(value))
        return noValue();
    if (value != 0 && (std::abs(value) >= 1e6 || std::abs(value) < 1e-3))
        return formatPowerOfTen(value, significant);
    return significantDigits(value, significant);
}

QString formatMultiple(double value)
{
    if (!std::isfinite(value))
        return noValue();
    return formatSignificant(value, 3) + u'×';
}

QString formatPercent(double fraction)
{
    if (!std::isfinite(fraction))
        return noValue();
    return FormatText::tr("%1 %").arg(QLocale().toString(fraction * 100, 'f', 1));
}

QString formatSeconds(double seconds)
{
    if (!std::isfinite(seconds))
        return noValue();
    if (seconds < 1)
        return FormatText::tr("%1 ms").arg(significantDigits(seconds * 1000, 3));
    if (seconds < 120)
        return FormatText::tr("%1 s").arg(significantDigits(seconds, 3));
    if (seconds < 7200)
        return FormatText::tr("%1 min").arg(significantDigits(seconds / 60, 3));
    if (seconds < 172800)
        return FormatText::tr("%1 h").arg(significantDigits(seconds / 3600, 3));
    return formatDays(seconds / 86400);
}

QString formatDays(double days)
{
    if (!std::isfinite(days))
        return noValue();
    return FormatText::tr("%1 days").arg(formatSignificant(days, days >= 100 ? 4 : 3));
}

QString formatMonths(double months)
{
    if (!std::isfinite(months))
        return noValue();
    return FormatText::tr("%1 months").arg(significantDigits(months, months >= 10 ? 3 : 2));
}

QString formatBandwidth(double mbps)
{
    if (!std::isfinite(mbps))
        return noValue();
    if (mbps >= 1000)
        return FormatText::tr("%1 Gbps").arg(significantDigits(mbps / 1000, 3));
    return FormatText::tr("%1 Mbps").arg(significantDigits(mbps, 3));
}

QString formatWanBandwidth(const WanLink& wan)
{
    if (wan.symmetric())
        return formatBandwidth(wan.uploadMbps);
    return FormatText::tr("%1 up / %2 down")
        .arg(formatBandwidth(wan.uploadMbps), formatBandwidth(wan.downloadMbps));
}

int pluralCount(double value)
{
    if (!std::isfinite(value))
        return 0;
    return int(std::clamp(std::round(value), double(INT_MIN), double(INT_MAX)));
}

} // namespace dtx::ui
