// Guards the layering of STYLE.md: core/ never reaches for widgets or GUI
// classes, the model math includes nothing but the standard library, the
// document and every tab's computation reach no widget (directly or through
// the project's own headers), CMake lists its sources, and no source file
// grows past what a reader can hold.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class ArchitectureTest : public QObject {
    Q_OBJECT

private:
    static QStringList includesUnder(const QString& folder)
    {
        QStringList lines;
        QDirIterator it(QStringLiteral(DTX_SOURCE_DIR "/") + folder,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.hpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                const QRegularExpressionMatch match = include.match(line);
                if (match.hasMatch())
                    lines << QFileInfo(file.fileName()).fileName() + QStringLiteral(": ") + match.captured(1);
            }
        }
        return lines;
    }

    // Every header `file` includes, by name.
    static QStringList includesOf(const QString& file)
    {
        QStringList names;
        QFile source(file);
        if (!source.open(QIODevice::ReadOnly))
            return names;
        const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
        while (!source.atEnd()) {
            const QRegularExpressionMatch match = include.match(QString::fromUtf8(source.readLine()));
            if (match.hasMatch())
                names << match.captured(1);
        }
        return names;
    }

    // Where a project header lives, found by name under core/ and ui/.
    static QString projectHeader(const QString& name)
    {
        static const QHash<QString, QString> headers = [] {
            QHash<QString, QString> found;
            for (const char* root : {"core", "ui"}) {
                QDirIterator it(QStringLiteral(DTX_SOURCE_DIR "/") + QLatin1String(root),
                                {QStringLiteral("*.hpp")}, QDir::Files, QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    const QString path = it.next();
                    found.insert(QFileInfo(path).fileName(), path);
                }
            }
            return found;
        }();
        return headers.value(name);
    }

    // The first Qt Widgets header `file` reaches, following the project's
    // own headers; empty when none.
    static QString widgetReachedFrom(const QString& file, QSet<QString>* seen)
    {
        const QString widgets = QLibraryInfo::path(QLibraryInfo::HeadersPath) + QStringLiteral("/QtWidgets/");
        for (const QString& name : includesOf(file)) {
            if (name.startsWith(QLatin1String("QtWidgets")) || name == QLatin1String("qcustomplot.h")
                || QFileInfo::exists(widgets + name))
                return QFileInfo(file).fileName() + QStringLiteral(" includes ") + name;
            const QString header = projectHeader(name);
            if (header.isEmpty() || seen->contains(header))
                continue;
            seen->insert(header);
            const QString reached = widgetReachedFrom(header, seen);
            if (!reached.isEmpty())
                return QFileInfo(file).fileName() + QStringLiteral(" → ") + reached;
        }
        return {};
    }

private slots:
    // The document and each tab's compute are plain code over the
    // document's values: testable without a window, so no widget.
    void documentAndComputeReachNoWidgets_data()
    {
        QTest::addColumn<QString>("file");
        QDirIterator document(QStringLiteral(DTX_SOURCE_DIR "/ui/document"),
                              {QStringLiteral("*.cpp"), QStringLiteral("*.hpp")}, QDir::Files);
        QStringList files;
        while (document.hasNext())
            files << document.next();
        QDirIterator tabs(QStringLiteral(DTX_SOURCE_DIR "/ui/tabs"),
                          {QStringLiteral("*Compute.cpp"), QStringLiteral("*Compute.hpp")}, QDir::Files);
        while (tabs.hasNext())
            files << tabs.next();
        QVERIFY(files.size() >= 20);
        files.sort();
        for (const QString& file : files)
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void documentAndComputeReachNoWidgets()
    {
        QFETCH(QString, file);
        QSet<QString> seen;
        const QString reached = widgetReachedFrom(file, &seen);
        QVERIFY2(reached.isEmpty(), qPrintable(reached));
    }

    // Files of roughly 100–400 lines (STYLE §17); none past 500.
    void noSourceFileOverFiveHundredLines()
    {
        int files = 0;
        for (const char* root : {"core", "ui", "app"}) {
            QDirIterator it(QStringLiteral(DTX_SOURCE_DIR "/") + QLatin1String(root),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.hpp")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const int lines = int(file.readAll().count('\n'));
                QVERIFY2(lines <= 500, qPrintable(QStringLiteral("%1: %2 lines").arg(file.fileName()).arg(lines)));
                ++files;
            }
        }
        QVERIFY(files > 100);
    }

    // Explicit source lists: a reader sees every file from CMakeLists.txt.
    void cmakeListsSourcesExplicitly()
    {
        QDirIterator it(QStringLiteral(DTX_SOURCE_DIR), {QStringLiteral("CMakeLists.txt")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int lists = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/build")))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("GLOB"), qPrintable(path));
            ++lists;
        }
        QVERIFY(lists >= 5);
    }

    void coreIncludesNoWidgetsOrGui()
    {
        const QStringList includes = includesUnder(QStringLiteral("core"));
        QVERIFY(!includes.isEmpty());
        for (const QString& include : includes) {
            QVERIFY2(!include.contains(QLatin1String("QtWidgets")) && !include.contains(QLatin1String("QtGui"))
                         && !include.contains(QLatin1String("QWidget"))
                         && !include.contains(QLatin1String("QApplication"))
                         && !include.contains(QLatin1String("QGuiApplication")),
                     qPrintable(include));
        }
    }

    void modelMathUsesOnlyTheStandardLibrary_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("model") << QStringLiteral("core/model");
        QTest::newRow("report") << QStringLiteral("core/report");
    }

    void modelMathUsesOnlyTheStandardLibrary()
    {
        QFETCH(QString, folder);
        for (const QString& include : includesUnder(folder)) {
            const QString header = include.section(QStringLiteral(": "), 1);
            // Qt's headers are <QName>; the project's own end in .hpp.
            const bool qtHeader =
                header.startsWith(QLatin1Char('Q')) && !header.endsWith(QLatin1String(".hpp"));
            QVERIFY2(!qtHeader && !header.contains(QLatin1Char('/')),
                     qPrintable(include));
        }
    }
};

QTEST_GUILESS_MAIN(ArchitectureTest)
#include "test_architecture.moc"
