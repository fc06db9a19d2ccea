#include "ImageExportDialog.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace dtx::ui {
namespace {

constexpr double kScreenDpi = 96;
constexpr int kPresetDpi = 192; // twice the screen: the presets' type scale

enum Preset { Slides, Document, Screen, Custom };
// Points at kPresetDpi: 960 × 540 → 1920 × 1080 pixels.
constexpr QSize kSlideSize(960, 540);
constexpr QSize kDocumentSize(800, 500);

QSpinBox* spinBox(int minimum, int maximum, int value, const QString& suffix)
{
    auto* box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

} // namespace

ImageExportDialog::ImageExportDialog(QSize initialSize, QWidget* parent)
    : QDialog(parent),
      preset_(new QComboBox),
      screenSize_(initialSize),
      width_(spinBox(200, 8000, initialSize.width(), tr(" px"))),
      height_(spinBox(150, 8000, initialSize.height(), tr(" px"))),
      dpi_(spinBox(72, 600, 192, tr(" dpi")))
{
    setWindowTitle(tr("Export plot image"));
    dpi_->setToolTip(tr("Pixels per inch of a PNG: 96 is the screen, 192 sharp on slides, "
                        "300 for print. SVG and PDF are vector images and ignore it."));
    width_->setToolTip(tr("Width of the plot in screen pixels; a PNG gets width × dpi / 96 pixels."));
    height_->setToolTip(tr("Height of the plot in screen pixels; a PNG gets height × dpi / 96 pixels."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(tr("Choose where to save the image, then write it."));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without exporting."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    preset_->addItem(tr("Slides: 1920 × 1080 pixels"), Slides);
    preset_->addItem(tr("Document: 1600 × 1000 pixels"), Document);
    preset_->addItem(tr("As on screen, sharp"), Screen);
    preset_->addItem(tr("Custom size"), Custom);
    preset_->setCurrentIndex(Document);
    preset_->setAccessibleName(tr("Image preset"));
    preset_->setToolTip(tr("Slides and Document share one type scale, so charts from both read "
                           "alike; Custom sets the size and resolution by hand."));
    connect(preset_, &QComboBox::currentIndexChanged, this, &ImageExportDialog::applyPreset);
    applyPreset();
    auto* form = new QFormLayout(this);
    form->addRow(tr("Preset"), preset_);
    form->addRow(tr("Width"), width_);
    form->addRow(tr("Height"), height_);
    form->addRow(tr("Resolution"), dpi_);
    form->addRow(buttons);
}

void ImageExportDialog::applyPreset()
{
    const int preset = preset_->currentData().toInt();
    const QSize size = preset == Slides ? kSlideSize : preset == Document ? kDocumentSize : screenSize_;
    if (preset != Custom) {
        width_->setValue(size.width());
        height_->setValue(size.height());
        dpi_->setValue(kPresetDpi);
    }
    for (QSpinBox* box : {width_, height_, dpi_})
        box->setEnabled(preset == Custom);
}

QSize ImageExportDialog::imageSize() const
{
    return {width_->value(), height_->value()};
}

double ImageExportDialog::scale() const
{
    return dpi_->value() / kScreenDpi;
}

} // namespace dtx::ui
