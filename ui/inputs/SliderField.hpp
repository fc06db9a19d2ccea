#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSlider;
class QToolButton;

namespace dtx::ui {

// What one numeric input means: its range, default, unit and how a slider
// spreads it (log for ranges that span decades).
struct FieldSpec {
    QString label;
    QString unit;
    QString help; // what the input means, for the tooltip
    double minimum = 0;
    double maximum = 1;
    double defaultValue = 0;
    int decimals = 0;
    bool logScale = false;
    bool integer = false;
};

// A labelled slider with a spin box beside it and a button back to the
// default. The slider has 1,000 steps, linear or logarithmic; the spin box
// takes any value in range, so typed values are not rounded to a step.
class SliderField : public QWidget {
    Q_OBJECT
public:
    explicit SliderField(const FieldSpec& spec, QWidget* parent = nullptr);

    double value() const;
    const FieldSpec& spec() const { return spec_; }
    QSlider* slider() const { return slider_; }
    QDoubleSpinBox* spinBox() const { return spinBox_; }
    // Changing the range keeps the value inside it (a model size bounded by
    // the node's memory, say).
    void setRange(double minimum, double maximum);
    double minimum() const { return spec_.minimum; }
    double maximum() const { return spec_.maximum; }
    // For defaults that depend on other inputs (the largest model that fits).
    void setDefaultValue(double value);

public slots:
    // Sets the value without emitting valueEdited: for showing a scenario.
    void showValue(double value);
    // As if the user moved the slider to this value.
    void editValue(double value);
    void resetToDefault();

signals:
    // Only for the user's own edits, never for showValue().
    void valueEdited(double value);
    // The slider handle is held down / let go: its edits are one drag.
    void dragStarted();
    void dragFinished();

private:
    int sliderPosition(double value) const;
    double valueAtSliderPosition(int position) const;
    double clamp(double value) const;
    void updateToolTip();
    void showDefaultState();

    FieldSpec spec_;
    QLabel* label_ = nullptr;
    QSlider* slider_ = nullptr;
    QDoubleSpinBox* spinBox_ = nullptr;
    QToolButton* resetButton_ = nullptr;
};

} // namespace dtx::ui
