#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace dtx::ui {

// Asks for the size and resolution of an exported plot image: a preset for
// slides (1920 × 1080 pixels) or documents (1600 × 1000), both drawn at
// twice the screen's scale so that every export has the same type size, or
// a size of one's own. The size is in points of the plot's layout; the
// resolution multiplies the pixels of a PNG (192 dpi is twice the screen's 96).
class ImageExportDialog : public QDialog {
    Q_OBJECT
public:
    ImageExportDialog(QSize initialSize, QWidget* parent = nullptr);

    QSize imageSize() const;
    double scale() const; // dpi / 96

private:
    void applyPreset();

    QComboBox* preset_;
    QSize screenSize_;
    QSpinBox* width_;
    QSpinBox* height_;
    QSpinBox* dpi_;
};

} // namespace dtx::ui
