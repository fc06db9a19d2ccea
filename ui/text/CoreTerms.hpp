#pragma once

#include "Efficiency.hpp"
#include "MonteCarlo.hpp"
#include "RangeCheck.hpp"
#include "Scenario.hpp"
#include "TrainingPlanner.hpp"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>

namespace dtx::ui {

// The explorer's words for the core's named things. The core keeps English
// identifiers for its file formats and report; these are what a user reads,
// in the chosen language.
class CoreTerms {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::CoreTerms)
public:
    static QString modeTitle(Mode mode);
    static QString qualityTitle(QualityScenario quality);
    // "2026-02 (seed model)", "2026-04 (April revision)".
    static QString revisionTitle(Revision revision);
    static QString stragglerModeTitle(StragglerMode mode);
    static QString plannerModeTitle(PlannerMode mode);
    static QString precisionTitle(PlannerPrecision precision);
    // A label of NetworkProfiles.hpp (latency scenario or deployment profile).
    static QString networkLabel(const char* label);
    // In the order of the core's enums, for choice lists.
    static QStringList expertParallelismTitles();
    static QStringList stragglerMitigationTitles();
    static QString expertParallelismTitle(ExpertParallelism parallelism);
    // A collateral system's category of the built-in catalog; other text as it is.
    static QString categoryTitle(const std::string& category);
    // Why an input cannot be evaluated, as a sentence to follow its name.
    static QString inputErrorText(const InputError& error);
    // An analysis metric as an axis title ("C_quality (FLOP)", "eta") and a
    // value of it ("1.55 × 10²⁵ FLOP", "85.7 %").
    static QString metricTitle(UncertainMetric metric);
    static QString metricValue(UncertainMetric metric, double value);
};

} // namespace dtx::ui
