#pragma once

#include <QString>

// How the explorer writes numbers for people: 1.75 × 10²⁵ FLOP, $51.8M,
// 14.2 T tokens. Every function returns "—" for a value that is not finite,
// so no NaN or inf can reach the screen.
namespace dtx {
struct WanLink;
}

namespace dtx::ui {

// What stands in for a value that cannot be shown.
inline QString noValue() { return QStringLiteral("—"); }

QString formatPowerOfTen(double value, int significant = 3); // 1.75 × 10²⁵
QString formatFlop(double flop);                             // 1.75 × 10²⁵ FLOP
QString formatUsd(double usd);                               // $51.8M, $1.2B, $450k
QString formatTokens(double tokens);                         // 14.2 T tokens
QString formatParamsB(double paramsB);                       // 240 B, 1.2 T
QString formatCount(double value);                           // 3,456 (rounded)
int pluralCount(double value); // rounded and clamped, for tr()'s %Ln
QString formatDecimal(double value, int decimals);           // 0.412
QString formatSignificant(double value, int significant = 3);
QString formatMultiple(double value);                        // 17.5×
QString formatPercent(double fraction);                      // 41.2 %
QString formatSeconds(double seconds);                       // 950 ms, 18.9 s, 1.3 h
QString formatDays(double days);                             // 331 days
QString formatMonths(double months);                         // 18 months, 4.5 months
QString formatBandwidth(double mbps);                        // 25 Mbps, 1 Gbps
QString formatWanBandwidth(const WanLink& wan);              // 100 Mbps; 100 Mbps up / 20 Mbps down

} // namespace dtx::ui
