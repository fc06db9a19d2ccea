#include "Calibration.hpp"

#include "Chinchilla.hpp"
#include "Constants.hpp"
#include "QualityTables.hpp"
#include "RevisionRules.hpp"
#include "Scenario.hpp"
#include "UncertainInputs.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace dtx {
namespace {

constexpr std::array<std::pair<CalibrationMetric, std::string_view>, 6> kMetricNames = {{
    {CalibrationMetric::ComputePerStep, "compute_per_step_s"},
    {CalibrationMetric::CommPerRound, "comm_per_round_s"},
    {CalibrationMetric::Utilisation, "utilisation"},
    {CalibrationMetric::Eta, "eta"},
    {CalibrationMetric::LossGap, "loss_gap"},
    {CalibrationMetric::CompressionQuality, "compression_quality"},
}};

// A straggler rule for the variants that try the other modes.
struct LinkReading {
    bool asymmetric = false;
    StragglerMode straggler = StragglerMode::Synchronous;
};

class RunPredictor {
public:
    RunPredictor(const CalibrationRun& run, const CalibrationModel& model)
        : in_(run.inputs), model_(model)
    {
    }

    // t_comp = 6 P B / (pflops × 1e15 × MFU) (MODEL.md §4).
    std::optional<double> computeStepSeconds() const
    {
        if (!in_.params || !in_.batchTokens || !in_.pflopsPerNode)
            return std::nullopt;
        return kFlopPerParamPerToken * *in_.params * *in_.batchTokens
               / (*in_.pflopsPerNode * kFlopPerPetaflop * in_.mfu);
    }

    // t_sync of the active revision at the run's own link.
    std::optional<double> syncSeconds() const { return syncSeconds(ownLink(), activeReading()); }

    // The run's link: upload, and download where it reports one.
    struct Link {
        std::optional<double> uploadMbps;
        std::optional<double> downloadMbps;
    };
    Link ownLink() const { return {in_.uploadMbps, in_.downloadMbps ? in_.downloadMbps : in_.uploadMbps}; }
    static Link bothWays(std::optional<double> mbps) { return {mbps, mbps}; }

    // Seed: (2 V / BW_up + lat) f(n); asymmetric (R6): (V / BW_up + V / BW_down + lat) f(n).
    std::optional<double> syncSeconds(Link link, LinkReading reading) const
    {
        if (!in_.params || !in_.compression || !in_.nodes || !link.uploadMbps || !link.downloadMbps)
            return std::nullopt;
        const double bits = *in_.params * in_.bitsPerValue / *in_.compression;
        const double up = *link.uploadMbps * kBitsPerMegabit;
        const double down = *link.downloadMbps * kBitsPerMegabit;
        const double transfer = reading.asymmetric ? bits / up + bits / down : 2.0 * bits / up;
        return (transfer + in_.latencySeconds) * stragglerFactor(*in_.nodes, reading.straggler);
    }

    LinkReading activeReading() const
    {
        return {revisionRules(model_.revision).hasRevisedInputs, model_.stragglerMode};
    }

    std::optional<double> utilisation(std::optional<double> stepSeconds,
                                      std::optional<double> syncSeconds) const
    {
        if (!stepSeconds || !syncSeconds || !in_.innerSteps)
            return std::nullopt;
        const double block = *in_.innerSteps * *stepSeconds;
        return block / (block + *syncSeconds);
    }

    double compressionQuality(double ratio, QualityScenario quality) const
    {
        return lookUpQuality(revisionRules(model_.revision).compressionQuality(model_.errorFeedback),
                             ratio, quality);
    }

    double paramsB() const { return *in_.params / kParamsPerBillion; }

    // eta: the seed's eta_thr × r(n, P_b); 2026-04's eta_thr × eta_rep (R5).
    std::optional<double> eta(std::vector<CalibrationVariant>* variants) const
    {
        const std::optional<double> tokens = in_.resolvedTokens();
        if (!in_.params || !tokens || !in_.nodes || !in_.innerSteps || !in_.compression)
            return std::nullopt;
        const double throughput = throughputEfficiency(
            *in_.innerSteps, paramsB(), compressionQuality(*in_.compression, model_.quality));
        const double compute = kFlopPerParamPerToken * *in_.params * *tokens;
        const ChinchillaEfficiencies chi = chinchillaEfficiencies(
            *in_.params, *tokens, compute, lossMultiplier(), kBesiroglu2024Fit, kBesiroglu2024Fit);
        variants->push_back({"eta_chinchilla", chi.withoutPenalty});
        variants->push_back({"overtraining_ratio", *tokens / (kChinchillaTokensPerParam * *in_.params)});
        if (revisionRules(model_.revision).replicaModel == ReplicaModel::EfficiencyFactor)
            return throughput * replicaFactor();
        return chi.withoutPenalty == 0 ? 0.0 : throughput * chi.withPenalty / chi.withoutPenalty;
    }

    // The loss with n replicas against one: L(N, r D) / L(N, D) − 1 (seed),
    // m(n, P_b, H) − 1 (2026-04).
    std::optional<double> lossGap() const
    {
        const std::optional<double> tokens = in_.resolvedTokens();
        if (!in_.params || !tokens || !in_.nodes || !in_.innerSteps)
            return std::nullopt;
        if (revisionRules(model_.revision).replicaModel == ReplicaModel::LossMultiplier)
            return lossMultiplier() - 1.0;
        return chinchillaLoss(*in_.params, replicaFactor() * *tokens)
                   / chinchillaLoss(*in_.params, *tokens)
               - 1.0;
    }

private:
    double replicaFactor() const
    {
        return model_.replicaPenalty ? replicaPenalty(*in_.nodes, paramsB()) : 1.0;
    }

    double lossMultiplier() const
    {
        if (!model_.replicaPenalty
            || revisionRules(model_.revision).replicaModel != ReplicaModel::LossMultiplier)
            return 1.0;
        return replicaLossMultiplier(*in_.nodes, paramsB(), *in_.innerSteps);
    }

    const CalibrationRunInputs& in_;
    const CalibrationModel& model_;
};

std::optional<double> reportedMiddle(const CalibrationRecord& record)
{
    if (!record.reportedLow || !record.reportedHigh)
        return std::nullopt;
    return (*record.reportedLow + *record.reportedHigh) / 2.0;
}

const CalibrationRecord* findRecord(const CalibrationData& data, const std::string& run,
                                    CalibrationMetric metric)
{
    for (const CalibrationRecord& record : data.records)
        if (record.run == run && record.metric == metric)
            return &record;
    return nullptr;
}

void addVariant(std::vector<CalibrationVariant>* variants, const char* key,
                std::optional<double> value)
{
    if (value && std::isfinite(*value))
        variants->push_back({key, *value});
}

void predictCommunication(const RunPredictor& predictor, CalibrationRow* row)
{
    row->predicted = predictor.syncSeconds();
    const RunPredictor::Link link = predictor.ownLink();
    addVariant(&row->variants, "symmetric_s",
               predictor.syncSeconds(link, {false, StragglerMode::Synchronous}));
    addVariant(&row->variants, "asymmetric_s",
               predictor.syncSeconds(link, {true, StragglerMode::Synchronous}));
    addVariant(&row->variants, "asymmetric_relay_s",
               predictor.syncSeconds(link, {true, StragglerMode::Relay}));
    addVariant(&row->variants, "asymmetric_threshold_s",
               predictor.syncSeconds(link, {true, StragglerMode::Threshold}));
}

void predictUtilisation(const CalibrationData& data, const RunPredictor& predictor,
                        CalibrationRow* row)
{
    const CalibrationRunInputs& in = row->run->inputs;
    const std::optional<double> step = predictor.computeStepSeconds();
    row->predicted = predictor.utilisation(step, predictor.syncSeconds());
    if (in.linkBandLowMbps && in.linkBandHighMbps) {
        addVariant(&row->variants, "band_low",
                   predictor.utilisation(step, predictor.syncSeconds(RunPredictor::bothWays(in.linkBandLowMbps),
                                                         predictor.activeReading())));
        addVariant(&row->variants, "band_high",
                   predictor.utilisation(step, predictor.syncSeconds(RunPredictor::bothWays(in.linkBandHighMbps),
                                                         predictor.activeReading())));
    }
    // With the compute time the run reported, the model's share is the link alone.
    const CalibrationRecord* reportedStep =
        findRecord(data, row->run->id, CalibrationMetric::ComputePerStep);
    if (const std::optional<double> reported = reportedStep ? reportedMiddle(*reportedStep)
                                                            : std::nullopt) {
        addVariant(&row->variants, "reported_compute",
                   predictor.utilisation(reported, predictor.syncSeconds()));
        addVariant(&row->variants, "reported_compute_asymmetric_threshold",
                   predictor.utilisation(reported, predictor.syncSeconds(
                                                       predictor.ownLink(), {true, StragglerMode::Threshold})));
        addVariant(&row->variants, "reported_compute_asymmetric_relay",
                   predictor.utilisation(reported, predictor.syncSeconds(
                                                       predictor.ownLink(), {true, StragglerMode::Relay})));
    }
}

void predictLossGap(const RunPredictor& predictor, CalibrationRow* row)
{
    row->predicted = predictor.lossGap();
    const CalibrationRunInputs& in = row->run->inputs;
    const std::optional<double> tokens = in.resolvedTokens();
    if (!in.params || !tokens)
        return;
    if (row->record->reportedLow)
        addVariant(&row->variants, "implied_eta_low",
                   impliedEtaFromLossGap(*in.params, *tokens, *row->record->reportedLow));
    if (row->record->reportedHigh)
        addVariant(&row->variants, "implied_eta_high",
                   impliedEtaFromLossGap(*in.params, *tokens, *row->record->reportedHigh));
}

CalibrationRow predict(const CalibrationData& data, const CalibrationRecord& record,
                       const CalibrationModel& model)
{
    CalibrationRow row;
    row.record = &record;
    row.run = data.findRun(record.run);
    if (!row.run)
        return row;
    const RunPredictor predictor(*row.run, model);
    const CalibrationRunInputs& in = row.run->inputs;
    switch (record.metric) {
    case CalibrationMetric::ComputePerStep:
        row.predicted = predictor.computeStepSeconds();
        if (const std::optional<double> reported = reportedMiddle(record); reported && row.predicted)
            addVariant(&row.variants, "implied_mfu", in.mfu * *row.predicted / *reported);
        break;
    case CalibrationMetric::CommPerRound:
        predictCommunication(predictor, &row);
        break;
    case CalibrationMetric::Utilisation:
        predictUtilisation(data, predictor, &row);
        break;
    case CalibrationMetric::Eta:
        row.predicted = predictor.eta(&row.variants);
        break;
    case CalibrationMetric::LossGap:
        predictLossGap(predictor, &row);
        break;
    case CalibrationMetric::CompressionQuality:
        if (in.compression) {
            row.predicted = predictor.compressionQuality(*in.compression, QualityScenario::Expected);
            addVariant(&row.variants, "optimistic",
                       predictor.compressionQuality(*in.compression, QualityScenario::Optimistic));
            addVariant(&row.variants, "conservative",
                       predictor.compressionQuality(*in.compression, QualityScenario::Conservative));
        }
        break;
    }
    if (row.predicted && !std::isfinite(*row.predicted))
        row.predicted.reset();
    return row;
}

} // namespace

std::string_view calibrationMetricName(CalibrationMetric metric)
{
    for (const auto& [value, name] : kMetricNames)
        if (value == metric)
            return name;
    return {};
}

bool parseCalibrationMetric(std::string_view text, CalibrationMetric* metric)
{
    for (const auto& [value, name] : kMetricNames)
        if (name == text) {
            *metric = value;
            return true;
        }
    return false;
}

std::optional<double> CalibrationRunInputs::resolvedTokens() const
{
    if (tokens)
        return tokens;
    if (tokensPerParam && params)
        return *tokensPerParam * *params;
    return std::nullopt;
}

const CalibrationRun* CalibrationData::findRun(std::string_view id) const
{
    for (const CalibrationRun& run : runs)
        if (run.id == id)
            return &run;
    return nullptr;
}

std::optional<double> CalibrationRow::variant(std::string_view key) const
{
    for (const CalibrationVariant& v : variants)
        if (v.key == key)
            return v.value;
    return std::nullopt;
}

CalibrationModel calibrationModel(const Scenario& scenario)
{
    return {scenario.revision, scenario.assumptions.quality, scenario.assumptions.replicaPenalty,
            scenario.assumptions.stragglerMode, scenario.training.errorFeedback};
}

std::vector<CalibrationRow> calibrate(const CalibrationData& data, const CalibrationModel& model)
{
    std::vector<CalibrationRow> rows;
    rows.reserve(data.records.size());
    for (const CalibrationRecord& record : data.records)
        rows.push_back(predict(data, record, model));
    return rows;
}

std::optional<double> impliedEtaFromLossGap(double params, double tokens, double gap)
{
    const ChinchillaFit& fit = kBesiroglu2024Fit;
    const double dataTerm = (1.0 + gap) * chinchillaLoss(params, tokens, fit) - fit.E
                            - fit.A / std::pow(params, fit.a);
    if (!(dataTerm > 0))
        return std::nullopt;
    const double eta = std::pow(fit.B / dataTerm, 1.0 / fit.b) / tokens;
    return std::isfinite(eta) ? std::optional<double>(eta) : std::nullopt;
}

CalibrationFindings calibrationFindings(const std::vector<CalibrationRow>& rows,
                                        const Scenario& scenario)
{
    CalibrationFindings findings;
    const double mfuFloorMultiplier =
        uncertainDistribution(UncertainInput::Mfu, scenario, UncertaintyProfile::Standard).low;
    for (const CalibrationRow& row : rows) {
        const std::optional<double> reported = reportedMiddle(*row.record);
        if (!row.run || !row.predicted)
            continue;
        const std::string& title = row.run->title;
        switch (row.record->metric) {
        case CalibrationMetric::CommPerRound: {
            if (!reported || !(*reported > 0))
                break;
            CommunicationFinding finding{title, *row.predicted / *reported, std::nullopt, {}};
            for (const CalibrationVariant& v : row.variants) {
                const double ratio = v.value / *reported;
                if (!finding.closestRatio
                    || std::abs(std::log(ratio)) < std::abs(std::log(*finding.closestRatio))) {
                    finding.closestRatio = ratio;
                    finding.closestVariant = v.key;
                }
            }
            findings.communication.push_back(finding);
            break;
        }
        case CalibrationMetric::ComputePerStep:
            if (const std::optional<double> implied = row.variant("implied_mfu"))
                findings.computeRate.push_back({title, row.run->inputs.mfu, *implied,
                                                row.run->inputs.mfu * mfuFloorMultiplier});
            break;
        case CalibrationMetric::Utilisation: {
            const std::optional<double> low = row.variant("band_low");
            const std::optional<double> high = row.variant("band_high");
            if (!low || !high || !row.record->reportedLow || !row.record->reportedHigh)
                break;
            UtilisationBandFinding finding{title,
                                           *row.record->reportedLow,
                                           *row.record->reportedHigh,
                                           std::min(*low, *high),
                                           std::max(*low, *high),
                                           false,
                                           false,
                                           *row.run->inputs.linkBandLowMbps,
                                           *row.run->inputs.linkBandHighMbps};
            finding.inside = finding.predictedLow <= finding.reportedLow
                             && finding.reportedHigh <= finding.predictedHigh;
            finding.overlaps = finding.predictedLow <= finding.reportedHigh
                               && finding.reportedLow <= finding.predictedHigh;
            findings.utilisationBand.push_back(finding);
            break;
        }
        case CalibrationMetric::LossGap:
            if (*row.predicted > 0 && row.record->reportedLow && row.record->reportedHigh) {
                ReplicaPenaltyFinding finding{title,
                                              *row.predicted,
                                              *row.record->reportedLow,
                                              *row.record->reportedHigh,
                                              *row.record->reportedLow / *row.predicted,
                                              *row.record->reportedHigh / *row.predicted,
                                              *row.run->inputs.nodes,
                                              PenaltyComparison::Within};
                const double tolerance = 1 + kPenaltyComparisonTolerance;
                if (finding.ratioLow > tolerance)
                    finding.comparison = PenaltyComparison::Weaker;
                else if (finding.ratioHigh * tolerance < 1)
                    finding.comparison = PenaltyComparison::Stronger;
                findings.replicaPenalty.push_back(finding);
            }
            break;
        case CalibrationMetric::Eta:
        case CalibrationMetric::CompressionQuality:
            break;
        }
    }
    return findings;
}

} // namespace dtx
