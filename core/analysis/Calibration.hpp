#pragma once

#include "Efficiency.hpp"
#include "Revision.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Calibration against real runs (ANALYSES.md C): what upstream reports of
// a decentralised training run, against what the active model predicts
// from the same inputs. The runs are data (resources/calibration.json);
// every prediction is computed here, live, for the scenario's revision.
namespace dtx {

struct Scenario;

enum class CalibrationMetric {
    ComputePerStep,     // "compute_per_step_s": t_comp of one inner step
    CommPerRound,       // "comm_per_round_s": t_sync of one outer round
    Utilisation,        // "utilisation": H t_comp / (H t_comp + t_sync)
    Eta,                // "eta": the model's efficiency for the run
    LossGap,            // "loss_gap": loss with n replicas over one, minus 1
    CompressionQuality, // "compression_quality": q_c of the active table
};
std::string_view calibrationMetricName(CalibrationMetric metric);
bool parseCalibrationMetric(std::string_view text, CalibrationMetric* metric);

// A run's setup as upstream reports it; what it does not say stays empty.
struct CalibrationRunInputs {
    std::optional<double> params;         // P
    std::optional<double> tokens;         // D
    std::optional<double> tokensPerParam; // D = k × P when only that is known
    std::optional<double> nodes;          // replicas n
    std::optional<double> pflopsPerNode;
    std::optional<double> uploadMbps;
    std::optional<double> downloadMbps;
    std::optional<double> innerSteps;     // H
    std::optional<double> compression;    // c against 16-bit values
    std::optional<double> batchTokens;    // B per inner step and node
    // A band of links (both directions) when the link of each site is unknown.
    std::optional<double> linkBandLowMbps;
    std::optional<double> linkBandHighMbps;
    double mfu = 0.40;
    double latencySeconds = 0.1;
    double bitsPerValue = 16;

    std::optional<double> resolvedTokens() const;
};

struct CalibrationRun {
    std::string id;    // "covenant-72b"
    std::string title; // "Covenant-72B"
    std::string source;
    CalibrationRunInputs inputs;
};

// One reported figure; low = high for a single value, both empty where
// upstream gives words, not a number (`reported` says them).
struct CalibrationRecord {
    std::string run;
    CalibrationMetric metric = CalibrationMetric::Utilisation;
    std::optional<double> reportedLow;
    std::optional<double> reportedHigh;
    std::string reported;
    std::string source;
};

struct CalibrationData {
    std::vector<CalibrationRun> runs;
    std::vector<CalibrationRecord> records;

    const CalibrationRun* findRun(std::string_view id) const;
};

// The model a prediction runs: the revision and the model switches of the
// scenario; everything else comes from the run.
struct CalibrationModel {
    Revision revision = kDefaultRevision;
    QualityScenario quality = QualityScenario::Expected;
    bool replicaPenalty = true;
    StragglerMode stragglerMode = StragglerMode::Synchronous;
    bool errorFeedback = false;
};
CalibrationModel calibrationModel(const Scenario& scenario);

// Other readings of a prediction: other links, straggler modes, implied values.
struct CalibrationVariant {
    std::string key;
    double value = 0;
};

struct CalibrationRow {
    const CalibrationRecord* record = nullptr;
    const CalibrationRun* run = nullptr; // null when the record names no run of the data
    std::optional<double> predicted;     // empty: not computable from the run's inputs
    std::vector<CalibrationVariant> variants;

    std::optional<double> variant(std::string_view key) const;
};

// The rows point into `data`, which must outlive them.
std::vector<CalibrationRow> calibrate(const CalibrationData& data, const CalibrationModel& model);
std::vector<CalibrationRow> calibrate(CalibrationData&& data, const CalibrationModel& model) = delete;

// The eta at which L(N, eta D) = (1 + gap) L(N, D): what a measured loss
// gap means in the model's terms (Besiroglu fit).
std::optional<double> impliedEtaFromLossGap(double params, double tokens, double gap);

// What the rows say, as numbers; ui/text words them. Each is present only
// when the data holds what it needs, so a different runs file gives
// different findings.
struct CommunicationFinding {
    std::string run;
    double ratio = 1;                   // predicted / reported
    std::optional<double> closestRatio; // the variant nearest the report
    std::string closestVariant;         // its key ("asymmetric_threshold_s")
};
struct ComputeRateFinding {
    std::string run;
    double assumedMfu = 0;
    double impliedMfu = 0;   // assumed × predicted / reported
    double mfuFloor = 0;     // the lowest MFU of the Monte Carlo's standard range
};
struct UtilisationBandFinding {
    std::string run;
    double reportedLow = 0, reportedHigh = 0;
    double predictedLow = 0, predictedHigh = 0;
    bool inside = false;     // the reported range lies within the predicted band
    bool overlaps = false;   // the two ranges share some values
    double bandLowMbps = 0, bandHighMbps = 0;
};
// Whether the model's penalty is weaker than measured, within the
// measured range, or stronger. "Within" allows 1 % either side: upstream
// prints its gaps to two or three digits (1.45 % against 1.454 %).
enum class PenaltyComparison { Weaker, Within, Stronger };
inline constexpr double kPenaltyComparisonTolerance = 0.01;
struct ReplicaPenaltyFinding {
    std::string run;
    double predicted = 0;
    double reportedLow = 0, reportedHigh = 0;
    double ratioLow = 0, ratioHigh = 0; // reported / predicted
    double replicas = 0;
    PenaltyComparison comparison = PenaltyComparison::Within;
};
struct CalibrationFindings {
    std::vector<CommunicationFinding> communication;
    std::vector<ComputeRateFinding> computeRate;
    std::vector<UtilisationBandFinding> utilisationBand;
    std::vector<ReplicaPenaltyFinding> replicaPenalty;
};
CalibrationFindings calibrationFindings(const std::vector<CalibrationRow>& rows,
                                        const Scenario& scenario);

} // namespace dtx
