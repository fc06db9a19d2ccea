#include "MainWindow.hpp"

#include "RevisionSwitch.hpp"

#include "ControlPanel.hpp"
#include "HeadlinePanel.hpp"
#include "PlotExport.hpp"
#include "PlotTab.hpp"
#include "PlotView.hpp"
#include "PolicyBrief.hpp"
#include "PresentationMode.hpp"
#include "CompareTab.hpp"
#include "CountermeasuresTab.hpp"
#include "ModelSizeTab.hpp"
#include "NetworkTab.hpp"
#include "ScaleTab.hpp"
#include "Document.hpp"
#include "ScenarioFiles.hpp"
#include "MapTab.hpp"
#include "MemoryRuleTab.hpp"
#include "DetectionTab.hpp"
#include "EvidenceTab.hpp"
#include "EvidenceText.hpp"
#include "TimeTab.hpp"
#include "UncertaintyTab.hpp"
#include "TrainingRunTab.hpp"
#include "Appearance.hpp"
#include "Constants.hpp"
#include "HelpPages.hpp"
#include "Preferences.hpp"
#include "UiLanguage.hpp"

#include <QTableView>
#include <QApplication>
#include <QTextBrowser>
#include <QDialogButtonBox>
#include <QDialog>
#include <QUrl>
#include <QPushButton>
#include <QDir>
#include <QDesktopServices>
#include <QClipboard>
#include <QGuiApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QActionGroup>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dtx::ui {

MainWindow::MainWindow(Document* document, Preferences* preferences, QWidget* parent)
    : QMainWindow(parent),
      document_(document),
      preferences_(preferences),
      controlPanel_(new ControlPanel(document)),
      headline_(new HeadlinePanel(document)),
      tabs_(new QTabWidget),
      files_(new ScenarioFiles(document, preferences, this))
{
    auto* dock = new QDockWidget(tr("Inputs"));
    dock->setObjectName(QStringLiteral("inputsDock"));
    dock->setWidget(controlPanel_);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    // In the order of the questions: how far does scale go, what does the
    // network cost, what would stop it, then the finer points.
    addPlotTab(new ScaleTab(document));
    addPlotTab(new NetworkTab(document));
    addPlotTab(new CountermeasuresTab(document));
    addPlotTab(new ModelSizeTab(document));
    addPlotTab(new TrainingRunTab(document));
    addPlotTab(new TimeTab(document));
    addPlotTab(new UncertaintyTab(document));
    addPlotTab(new MapTab(document));
    addPlotTab(new EvidenceTab(document));
    addPlotTab(new DetectionTab(document));
    addPlotTab(new MemoryRuleTab(document));
    compareTab_ = new CompareTab(document);
    addPlotTab(compareTab_);

    presentation_ = new PresentationMode(this, dock, controlPanel_, document,
                                         [this](const QString& tab) { return showTab(tab); });
    // Esc from a presentation comes back to the tab it started from.
    // The headline shrinks to its figures for the room's plots.
    connect(presentation_, &PresentationMode::entering, this, [this] {
        tabBeforePresentation_ = tabs_->currentIndex();
        headline_->setCompact(true);
    });
    connect(presentation_, &PresentationMode::left, this, [this] {
        tabs_->setCurrentIndex(tabBeforePresentation_);
        headline_->setCompact(false);
    });
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(presentation_);
    layout->addWidget(headline_);
    layout->addWidget(tabs_, 1);
    setCentralWidget(central);
    buildMenus();
    describeTabs();
    connect(document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(document, &Document::changed, this, [this](const ChangeSet& changes) {
        if (changes.touches(QStringLiteral("scenario.revision")))
            updateTitle();
    });
    connect(document->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(preferences_, &Preferences::problemFound, this,
            [this](const QString& message) { showNotice(tr("Settings not saved"), message); });
    updateTitle();
    resize(1440, 900);
}

void MainWindow::showNotice(const QString& title, const QString& text)
{
    lastNotice_ = text;
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateTitle()
{
    // [*] is where Qt puts the modified marker.
    setWindowTitle(tr("%1[*] — model %2 — Decentralized Training Explorer")
                       .arg(files_->displayName(),
                            QString::fromLatin1(revisionName(document_->scenario().revision))));
    setWindowModified(!document_->undoStack()->isClean());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // What is kept is the user's scenario, not the story step on screen.
    presentation_->leave();
    if (!files_->maybeSave() || !files_->storeSessionBeforeQuit()) {
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::addPlotTab(PlotTab* tab)
{
    tabs_->addTab(tab, tab->tabTitle());
    for (QTableView* table : tab->findChildren<QTableView*>())
        addTableExportAction(table, [tab] { return tab->provenance(); });
}

QList<PlotTab*> MainWindow::plotTabs() const
{
    QList<PlotTab*> list;
    for (int i = 0; i < tabs_->count(); ++i)
        if (auto* tab = qobject_cast<PlotTab*>(tabs_->widget(i)))
            list << tab;
    return list;
}

PlotTab* MainWindow::currentPlotTab() const
{
    return qobject_cast<PlotTab*>(tabs_->currentWidget());
}

bool MainWindow::showTab(const QString& name)
{
    for (PlotTab* tab : plotTabs())
        if (tab->tabName() == name) {
            tabs_->setCurrentWidget(tab);
            return true;
        }
    return false;
}

QStringList MainWindow::tabNames() const
{
    QStringList names;
    for (const PlotTab* tab : plotTabs())
        names << tab->tabName();
    return names;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    files_->addActions(file);
    file->addSeparator();
    file->addAction(tr("Write a policy &brief (PDF)…"), this, [this] {
        const QString name = currentPlotTab()->provenance().fileStem(tr("brief"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Write policy brief"),
                                                          name + QStringLiteral(".pdf"),
                                                          tr("PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        if (const QString error = PolicyBrief(this).writePdf(path); !error.isEmpty()) {
            QMessageBox::warning(this, tr("Cannot write the brief"), error);
            return;
        }
        // Where it went, and the way to it.
        QMessageBox written(QMessageBox::Information, tr("Policy brief written"),
                            tr("The brief was written to %1.").arg(QDir::toNativeSeparators(path)),
                            QMessageBox::Close, this);
        QPushButton* open = written.addButton(tr("&Open it"), QMessageBox::AcceptRole);
        written.setDefaultButton(open);
        written.exec();
        if (written.clickedButton() == open)
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
    file->addAction(tr("&Export all plots and tables…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export into folder"));
        if (folder.isEmpty())
            return;
        QStringList written;
        const QString error = exportAll(this, folder, &written);
        if (error.isEmpty())
            QMessageBox::information(this, tr("Exported"),
                                     tr("%n file(s) written to %1.", nullptr, int(written.size()))
                                         .arg(folder));
        else
            QMessageBox::warning(this, tr("Export stopped"), error);
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // The same scenario for the command line (what exports record too).
    edit->addAction(tr("Copy as &command line"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                    [this] { QGuiApplication::clipboard()->setText(document_->commandLine()); });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* reset = view->addAction(tr("&Reset plot views"), this, [this] {
        if (PlotTab* tab = currentPlotTab())
            for (PlotView* plot : tab->plots())
                plot->resetView();
    });
    reset->setShortcut(Qt::CTRL | Qt::Key_0);
    view->addAction(tr("Reset all &inputs to the reference scenario"), this,
                    [this] {
                        document_->editScenario(tr("all inputs"),
                                          [this](Scenario& s) {
                                              // The reference of the revision in use.
                                              const Revision revision = s.revision;
                                              s = switchRevision(document_->defaultScenario(),
                                                                 revision, document_->catalog())
                                                      .scenario;
                                          });
                    });
    QAction* present = view->addAction(tr("Present the &story (full screen)"), presentation_,
                                       &PresentationMode::toggle);
    present->setShortcut(Qt::Key_F11);
    presentation_->addStoryActions(view->addMenu(tr("&Story")),
                                   [this] { return currentPlotTab()->tabName(); });
    QAction* pin = view->addAction(tr("&Pin the scenario for comparison"), this, [this] {
        if (!compareTab_->pinCurrent())
            QMessageBox::information(this, tr("Compare"),
                                     tr("Four scenarios are pinned already; unpin one first."));
    });
    pin->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    // The same switch as the checkbox under the revision selector.
    QAction* otherRevision = view->addAction(tr("Show the other model &revision too (dashed)"));
    otherRevision->setCheckable(true);
    otherRevision->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    otherRevision->setChecked(document_->showsOtherRevision());
    connect(otherRevision, &QAction::toggled, document_, &Document::setShowOtherRevision);
    connect(document_, &Document::changed, otherRevision, [this, otherRevision](const ChangeSet& changes) {
        if (changes.touches(kOtherRevisionKey))
            otherRevision->setChecked(document_->showsOtherRevision());
    });
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    addPreferenceMenus(view);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Glossary"), QKeySequence::HelpContents, this, [this] {
        showHelpPage(tr("Glossary"), HelpPages::glossaryHtml());
    });
    help->addAction(tr("What the model &leaves out"), this, [this] {
        showHelpPage(tr("What the model leaves out"), EvidenceText::leftOutHtml());
    });
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash), this, [this] {
        showHelpPage(tr("Keyboard shortcuts"), HelpPages::shortcutsHtml(shortcutActions()));
    });
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(
            this, tr("About the Decentralized Training Explorer"),
            tr("<p><b>Decentralized Training Explorer</b> %1</p>"
               "<p>How much training compute can many small, unregistered nodes reach over "
               "ordinary internet links with DiLoCo-style training, at what cost, and which "
               "treaty thresholds would stop them?</p>"
               "<p>Every figure follows the evaluation model, in revision 2026-02 (the seed "
               "model) or 2026-04 (its authors' April revision), as chosen at the top of the "
               "inputs; this scenario uses %2. Hover a plot for exact values; drag to pan, "
               "scroll to zoom, double-click to reset the view.</p>")
                .arg(QApplication::applicationVersion(),
                     QString::fromLatin1(revisionName(document_->scenario().revision))));
    });
}

QList<QAction*> MainWindow::shortcutActions() const
{
    QList<QAction*> actions;
    for (QAction* menu : menuBar()->actions())
        if (menu->menu())
            for (QAction* action : menu->menu()->actions()) {
                if (action->menu())
                    actions += action->menu()->actions();
                else
                    actions << action;
            }
    return actions;
}

void MainWindow::showHelpPage(const QString& title, const QString& html)
{
    QDialog page(this);
    page.setWindowTitle(title);
    auto* text = new QTextBrowser;
    text->setAccessibleName(title);
    text->setHtml(html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &page, &QDialog::reject);
    auto* layout = new QVBoxLayout(&page);
    layout->addWidget(text);
    layout->addWidget(buttons);
    page.resize(640, 560);
    page.exec();
}

void MainWindow::describeTabs()
{
    tabs_->setAccessibleName(tr("Plots"));
    tabs_->setAccessibleDescription(tr("One tab per question; Ctrl+Tab and Ctrl+Shift+Tab switch "
                                       "tabs, Tab moves into the plots and tables."));
    QTabBar* bar = tabs_->tabBar();
    bar->setAccessibleDescription(tabs_->accessibleDescription());
    for (int i = 0; i < tabs_->count(); ++i)
        if (auto* tab = qobject_cast<PlotTab*>(tabs_->widget(i)))
            tabs_->setTabToolTip(i, tab->tabTitle());
    // Qt's arrows for a tab bar wider than the window.
    for (QToolButton* arrow : bar->findChildren<QToolButton*>())
        arrow->setAccessibleDescription(tr("Scrolls the tab bar to show more tabs."));
}

void MainWindow::addPreferenceMenus(QMenu* view)
{
    QMenu* languages = view->addMenu(tr("&Language"));
    auto* languageGroup = new QActionGroup(languages);
    const QString savedLanguage = settings::kLanguage.readString(preferences_->file());
    const auto addLanguage = [&](const QString& code, const QString& title) {
        QAction* action = languages->addAction(title);
        action->setCheckable(true);
        action->setChecked(code == savedLanguage);
        action->setData(code);
        languageGroup->addAction(action);
    };
    addLanguage(QString(), tr("Follow the system (%1)")
                               .arg(UiLanguage::nativeName(UiLanguage::systemLanguage())));
    for (const QString& code : UiLanguage::available())
        addLanguage(code, UiLanguage::nativeName(code));
    connect(languageGroup, &QActionGroup::triggered, this, [this](QAction* action) {
        preferences_->write(settings::kLanguage, action->data().toString());
        emit languageChosen(action->data().toString());
    });

    QMenu* appearance = view->addMenu(tr("&Appearance"));
    auto* appearanceGroup = new QActionGroup(appearance);
    const Appearance::Choice savedAppearance = Appearance::saved(preferences_->file());
    for (const Appearance::Choice choice :
         {Appearance::Choice::System, Appearance::Choice::Light, Appearance::Choice::Dark}) {
        QAction* action = appearance->addAction(Appearance::title(choice));
        action->setCheckable(true);
        action->setChecked(choice == savedAppearance);
        action->setData(int(choice));
        appearanceGroup->addAction(action);
    }
    connect(appearanceGroup, &QActionGroup::triggered, this, [this](QAction* action) {
        const auto choice = Appearance::Choice(action->data().toInt());
        preferences_->write(settings::kAppearance, Appearance::name(choice));
        emit appearanceChosen(int(choice));
    });
}

void MainWindow::continueFrom(const MainWindow& previous)
{
    restoreGeometry(previous.saveGeometry());
    restoreState(previous.saveState());
    tabs_->setCurrentIndex(previous.tabs_->currentIndex());
}

} // namespace dtx::ui
