// ANALYSES.md G in the window (issue 16): the Network tab's link table
// equals the core in both readings, marks what the scenario's own link
// satisfies, reads one line; the switch is a setting, not an undo step;
// the headline's loss figures; the brief and the table's CSV.
#include "Document.hpp"
#include "EvidenceText.hpp"
#include "Format.hpp"
#include "HeadlinePanel.hpp"
#include "LinkRequirementsPanel.hpp"
#include "LossGap.hpp"
#include "MainWindow.hpp"
#include "NetworkTab.hpp"
#include "PlotExport.hpp"
#include "PolicyBrief.hpp"
#include "Preferences.hpp"
#include "RevisionSwitch.hpp"
#include "ExplorerWindow.hpp"
#include "TestSupport.hpp"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dtx;
using namespace dtx::ui;

class TestLinksExplorer : public QObject {
    Q_OBJECT

private:
    dtx::test::ExplorerWindow explorer_;
    std::unique_ptr<Document>& document_ = explorer_.document;
    std::unique_ptr<MainWindow>& window_ = explorer_.window;

    NetworkTab* network() const { return window_->findChild<NetworkTab*>(); }
    QTableWidget* table() const { return network()->linkPanel()->table(); }

private slots:
    void init()
    {
        QVERIFY(explorer_.open());
        window_->showTab(QStringLiteral("network"));
        network()->refreshNow();
    }

    // Every cell is the core's need in the chosen reading, in both revisions.
    void tableEqualsCore()
    {
        for (const Revision revision : kAllRevisions) {
            document_->setScenario(switchRevision(document_->scenario(), revision, document_->catalog()).scenario);
            document_->evaluateNow();
            for (const LinkReading reading : {LinkReading::Streaming, LinkReading::Blocking}) {
                AnalysisSettings settings = document_->analysisSettings();
                settings.linksBlocking = reading == LinkReading::Blocking;
                document_->setAnalysisSettings(settings);
                network()->refreshNow();
                const LinkRequirements core = linkRequirements(document_->scenario());
                QCOMPARE(table()->rowCount(), int(core.rows.size()));
                for (int r = 0; r < table()->rowCount(); ++r)
                    for (int c = 0; c < 5; ++c) {
                        const std::optional<double> need = neededLinks(core.rows[std::size_t(r)], reading)[std::size_t(c)];
                        QTableWidgetItem* cell = table()->item(r, c);
                        QCOMPARE(cell->text(), need ? formatBandwidth(*need) : NetworkTab::tr("unreachable"));
                        if (need) {
                            QCOMPARE(cell->data(kCsvValueRole).toDouble(), *need);
                            QCOMPARE(cell->font().bold(), *need <= core.ownMbps);
                        }
                    }
            }
        }
    }

    // The reading's one line, from the table's numbers (ANALYSES.md G1).
    void readingSentence()
    {
        QCOMPARE(network()->linkPanel()->readingSentence(),
                 QStringLiteral("At H = 200 this fleet needs 89.7 Mbps for 90.0 % utilisation; "
                                "data-parallel would need 288 Gbps."));
        QCOMPARE(network()->briefText(), network()->linkPanel()->readingSentence());
    }

    // Choosing the blocking reading is a way of looking: no undo step.
    void readingIsASetting()
    {
        QComboBox* choice = network()->linkPanel()->readingChoice();
        const int blocking = choice->findData(int(LinkReading::Blocking));
        QVERIFY(blocking >= 0);
        choice->setCurrentIndex(blocking);
        emit choice->activated(blocking);
        QVERIFY(document_->analysisSettings().linksBlocking);
        QCOMPARE(document_->undoStack()->count(), 0);
        network()->refreshNow();
        QVERIFY(network()->linkPanel()->readingSentence().contains(QStringLiteral("897 Mbps")));
    }

    // Latency larger than the budget: the cell says unreachable.
    void unreachableCell()
    {
        document_->edit(QStringLiteral("scenario.network"), [](DocumentState& s) { s.scenario.wan.latencyMs = 300; });
        AnalysisSettings settings = document_->analysisSettings();
        settings.linksBlocking = true;
        document_->setAnalysisSettings(settings);
        document_->evaluateNow();
        network()->refreshNow();
        QCOMPARE(table()->item(0, 4)->text(), NetworkTab::tr("unreachable"));
    }

    // The headline gives both loss gaps, and its tooltip what the laws are fitted on.
    void headlineLoss()
    {
        const std::optional<LossComparison> loss = lossComparison(*document_->outcome().evaluation);
        QVERIFY(loss);
        const QString detail = window_->headline()->detailText(QStringLiteral("tokens"));
        QVERIFY2(detail.contains(EvidenceText::smallPercent(loss->lossGap, 2))
                     && detail.contains(EvidenceText::smallPercent(loss->dilocoLawGap, 2)),
                 qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("extrapolated")));
        const QLabel* tokensDetail = nullptr;
        for (const QLabel* label : window_->headline()->findChildren<QLabel*>())
            if (label->text() == detail)
                tokensDetail = label;
        QVERIFY(tokensDetail);
        QVERIFY(tokensDetail->toolTip().contains(QStringLiteral("only their gaps compare")));
    }

    // The brief prints the line and the table; the table exports as CSV.
    void briefAndCsv()
    {
        const PolicyBrief brief(window_.get());
        QVERIFY(brief.text().contains(network()->linkPanel()->readingSentence()));
        QVERIFY(brief.text().contains(QStringLiteral("Data-parallel")));
        const QByteArray csv = tableCsv(table()->model());
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY2(lines[1].startsWith("\"Data-parallel (H = 1, uncompressed)\",159804.8"), lines[1].constData());
    }
};

QTEST_MAIN(TestLinksExplorer)
#include "test_links_explorer.moc"
