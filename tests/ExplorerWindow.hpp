#pragma once

#include "Document.hpp"
#include "HardwareCatalogFile.hpp"
#include "MainWindow.hpp"
#include "Preferences.hpp"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The explorer's window on a fresh document, with settings in a folder of
// its own, as the GUI tests open it.
namespace dtx::test {

struct ExplorerWindow {
    QTemporaryDir settingsFolder;
    ui::Preferences preferences{settingsFolder.filePath(QStringLiteral("settings.json")),
                                settingsFolder.filePath(QStringLiteral("session.json"))};
    std::unique_ptr<ui::Document> document;
    std::unique_ptr<ui::MainWindow> window;

    // A new document and window (1440 × 900, shown); false if it never appeared.
    bool open(CalibrationData runs = builtInCalibrationData())
    {
        window.reset();
        document = std::make_unique<ui::Document>(builtInHardwareCatalog(), std::move(runs));
        window = std::make_unique<ui::MainWindow>(document.get(), &preferences);
        window->resize(1440, 900);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
};

} // namespace dtx::test
