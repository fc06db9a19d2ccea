#include "Contrast.hpp"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace dtx::ui {
namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor& from, const QColor& to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

} // namespace

double relativeLuminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor legibleOn(const QColor& color, const QColor& background, double minimum)
{
    if (contrastRatio(color, background) >= minimum)
        return color;
    // Towards black on a light background, towards white on a dark one, in
    // small steps so that as much of the colour as possible stays.
    const QColor target = relativeLuminance(background) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    constexpr int kSteps = 40;
    for (int step = 1; step <= kSteps; ++step) {
        const QColor candidate = mix(color, target, double(step) / kSteps);
        if (contrastRatio(candidate, background) >= minimum)
            return candidate;
    }
    return target;
}

QColor mutedText(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    return legibleOn(mix(text, window, 0.35), window);
}

} // namespace dtx::ui
