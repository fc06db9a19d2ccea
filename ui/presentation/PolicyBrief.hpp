#pragma once

#include <QImage>
#include <QList>
#include <QString>

#include <memory>

class QTextDocument;

namespace dtx::ui {

class MainWindow;

// The PDF brief for a policymaker: a cover with the scenario in plain
// language and its key findings, the headline figures, the main plot of
// every tab, the inputs and the sources behind each assumption (MODEL.md
// §14), and the model's limits. Built as one paginated text document, so
// the PDF and the page images used to check it come from the same layout.
class PolicyBrief {
public:
    explicit PolicyBrief(MainWindow* window);
    ~PolicyBrief();

    int pageCount() const;
    // The brief's words without layout (tests).
    QString text() const;
    // Written through QSaveFile; empty or a message naming the file.
    QString writePdf(const QString& path) const;
    // Every page at `dpi`, for looking at and for tests.
    QList<QImage> renderPages(int dpi) const;

private:
    std::unique_ptr<QTextDocument> document_;
};

} // namespace dtx::ui
