#pragma once

#include "Calibration.hpp"
#include "LossGap.hpp"
#include "PolicyContext.hpp"
#include "TrafficFingerprint.hpp"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dtx::ui {

// The explorer's words for the evidence (ANALYSES.md B, C, E): calibration
// metrics and findings, the upstream arguments on detectability, and the
// context of overtraining, power and cost. Every sentence is built from
// computed numbers; the fixed texts are upstream's arguments, cited.
class EvidenceText {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::EvidenceText)
public:
    static QString metricTitle(CalibrationMetric metric);
    // A metric's value in its units: "23.8 s", "80.2 %", "0.868", "0.0565 %".
    static QString metricValue(CalibrationMetric metric, double value);
    // "low–high", one value, or upstream's words when it gives no number.
    static QString reportedText(const CalibrationRecord& record);
    // The other readings of a row, one per line ("asymmetric link, relay: 96.1 s").
    static QString variantsText(const CalibrationRow& row);
    // The findings of C as sentences, in the order computed.
    static QStringList findings(const CalibrationFindings& findings);
    // A percentage with `significant` digits, for small fractions (0.0565 %).
    static QString smallPercent(double fraction, int significant = 3);

    // B: upstream's arguments, cited, as list items.
    static QStringList detectionArguments();
    // E1: the scenario's overtraining ratio on the literature's scale.
    static QString overtrainingSentence(double ratio, double paramsB, bool moe);
    // E3: the fleet's power and hardware cost beside upstream's examples.
    static QString powerSentence(double nodes);
    static QString costSentence(double costUsd);
    // G2: the two loss figures, what each law is fitted on, and why only
    // the gaps compare.
    static QString lossLawsSentence(const LossComparison& loss);
    // E2: what the model leaves out, as an HTML table with sources.
    static QString leftOutHtml();
};

} // namespace dtx::ui
