#pragma once

#include "AnalysisSettings.hpp"
#include "Evaluation.hpp"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace dtx::ui {

// The headline's words, computed from a scenario and its evaluation alone:
// what the headline panel shows and the policy brief prints, so that the
// two can never differ and neither reads the other's labels.
struct HeadlineFigure {
    QString id; // "c_local", "c_quality", "eta", "cost", "params", "tokens", "h", "status"
    QString title;
    QString help;
    QString value;
    QString detail;
};

struct Headline {
    bool ok = false;             // the inputs give a result
    bool underThreshold = false; // each node escapes registration
    std::vector<HeadlineFigure> figures;
    QString sentence; // rich text, one sentence
    QString targets;  // rich text: the fewest nodes for 10²⁴ … 10²⁶ FLOP
};

// The same scenario under the other model revision, when it is shown too.
struct OtherRevisionResult {
    const Scenario& scenario;
    const EvaluationOutcome& outcome;
};

class HeadlineText {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::HeadlinePanel)
public:
    // The figures in reading order, their titles and help, values empty.
    static std::vector<HeadlineFigure> figures();
    // With `other`, the sentence and the fewest-nodes line give both
    // revisions' figures and their ratio.
    static Headline describe(const Scenario& scenario, const EvaluationOutcome& outcome,
                             const OtherRevisionResult* other = nullptr);
    // The median and 90 % interval of C_local, C_quality and eta (ANALYSES.md
    // A2, kHeadlineSamples samples with the settings' seed, ranges and law)
    // added to those figures' details, when the settings ask for them.
    static void addIntervals(const Scenario& scenario, const AnalysisSettings& settings,
                             Headline* headline);
    static constexpr std::size_t kHeadlineSamples = 2000;
    // The scenario in one plain line: "72 nodes of 48x A100 80GB, flat
    // DiLoCo, 100 Mbps, 100 ms" (exports' captions).
    static QString keyInputs(const Scenario& scenario);
};

} // namespace dtx::ui
