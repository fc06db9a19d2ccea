#pragma once

// Units and reference constants of MODEL.md §0–§3, each defined once.
namespace dtx {

inline constexpr double kSecondsPerDay = 86400.0;
inline constexpr double kDaysPerYear = 365.25;
inline constexpr double kSecondsPerYear = kDaysPerYear * kSecondsPerDay;
inline constexpr double kMonthsPerYear = 12; // time budgets are shown in months

inline constexpr double kBitsPerMegabit = 1e6;   // Mbps = 1e6 bit/s
inline constexpr double kBytesPerGigabyte = 1e9; // GB = 1e9 bytes
inline constexpr double kParamsPerBillion = 1e9;
inline constexpr double kFlopPerPetaflop = 1e15;
inline constexpr double kFlopPerTeraflop = 1e12;

// One H100 SXM delivers 990 dense FP16 TFLOPS; the treaty counts nodes in
// these units (vendor datasheet, MODEL.md §1).
inline constexpr double kH100Fp16Tflops = 990.0;

// Treaty proposal (arXiv:2511.10783): covered-cluster threshold and the
// Strict Threshold on training compute.
inline constexpr double kDefaultCccThresholdH100e = 16.0;
inline constexpr double kDefaultStrictThresholdFlop = 1e24;

// Forward and backward pass cost 6 FLOP per parameter per token
// (Kaplan et al. 2020; Hoffmann et al. 2022).
inline constexpr double kFlopPerParamPerToken = 6.0;

} // namespace dtx
