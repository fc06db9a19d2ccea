#pragma once

#include <QDialog>

class QSpinBox;

namespace dtx::ui {

// Asks for the size and resolution of an exported plot image. The size is
// in points of the plot's layout; the resolution multiplies the pixels of
// a PNG (192 dpi is twice the screen's 96).
class ImageExportDialog : public QDialog {
    Q_OBJECT
public:
    ImageExportDialog(QSize initialSize, QWidget* parent = nullptr);

    QSize imageSize() const;
    double scale() const; // dpi / 96

private:
    QSpinBox* width_;
    QSpinBox* height_;
    QSpinBox* dpi_;
};

} // namespace dtx::ui
