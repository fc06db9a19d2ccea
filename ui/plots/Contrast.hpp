#pragma once

#include <QColor>

class QPalette;

// Colour contrast as WCAG 2.1 defines it, and the colours every caption,
// marker and guide is drawn in so that they keep at least AA contrast
// (4.5:1) on the light and the dark appearance alike.
namespace dtx::ui {

inline constexpr double kMinimumTextContrast = 4.5; // WCAG 2.1 AA, normal text

// WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white).
double relativeLuminance(const QColor& color);
// (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 to 21.
double contrastRatio(const QColor& a, const QColor& b);
// `color`, made darker on a light background or lighter on a dark one just
// until it reaches `minimum` contrast against `background` (its hue kept).
QColor legibleOn(const QColor& color, const QColor& background,
                 double minimum = kMinimumTextContrast);
// Secondary text (captions, notes): between the palette's text and window
// colours, yet legible.
QColor mutedText(const QPalette& palette);

} // namespace dtx::ui
