#pragma once

#include <QWidget>

#include <functional>
#include <limits>
#include <vector>

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
    // What may be typed, when wider than what the slider spans (the input
    // limits of core/model/InputLimits.hpp in the field's unit); NaN: the
    // slider's range.
    double limitMinimum = std::numeric_limits<double>::quiet_NaN();
    double limitMaximum = std::numeric_limits<double>::quiet_NaN();
    // Why a value within the limits is still refused; empty when fine.
    std::function<QString(double)> check = {};
};

// A labelled slider with a spin box beside it and a button back to the
// default. The slider has 1,000 steps, linear or logarithmic, over the
// range people usually want; the spin box takes any value within the input's
// limits (so a file's 50,000 nodes show as 50,000 with the slider at its
// end), and a typed value it cannot take is refused with the reason shown
// under the field, never rewritten.
class SliderField : public QWidget {
    Q_OBJECT
public:
    explicit SliderField(const FieldSpec& spec, QWidget* parent = nullptr);

    double value() const;
    const FieldSpec& spec() const { return spec_; }
    QSlider* slider() const { return slider_; }
    class NumberSpinBox* spinBox() const { return spinBox_; }
    // The reason shown under the field for the last refused value; empty
    // once a value is taken.
    QString problem() const;
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
    double limitMinimum() const;
    double limitMaximum() const;
    void updateToolTip();
    void showDefaultState();
    void showProblem(const QString& reason);

    FieldSpec spec_;
    QLabel* label_ = nullptr;
    QSlider* slider_ = nullptr;
    class NumberSpinBox* spinBox_ = nullptr;
    QLabel* problem_ = nullptr;
    bool justRefused_ = false;
    QToolButton* resetButton_ = nullptr;
};

// A panel's fields, kept as bindings that each hold a `field`: the one whose
// object name is `key` (or null), and all of them in order.
template <typename Binding>
SliderField* fieldNamed(const std::vector<Binding>& bindings, const QString& key)
{
    for (const Binding& binding : bindings)
        if (binding.field->objectName() == key)
            return binding.field;
    return nullptr;
}

template <typename Binding>
QList<SliderField*> allFields(const std::vector<Binding>& bindings)
{
    QList<SliderField*> list;
    for (const Binding& binding : bindings)
        list << binding.field;
    return list;
}

} // namespace dtx::ui
