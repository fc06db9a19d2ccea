// Guards the layering of STYLE.md: core/ never reaches for widgets or GUI
// classes, and the model math includes nothing but the standard library.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
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

private slots:
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
            QVERIFY2(!header.startsWith(QLatin1Char('Q')) && !header.contains(QLatin1Char('/')),
                     qPrintable(include));
        }
    }
};

QTEST_GUILESS_MAIN(ArchitectureTest)
#include "test_architecture.moc"
