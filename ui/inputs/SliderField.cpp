#include "SliderField.hpp"

#include "Format.hpp"
#include "NumberSpinBox.hpp"

#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <utility>

namespace dtx::ui {
namespace {

constexpr int kSliderSteps = 1000;

} // namespace

SliderField::SliderField(const FieldSpec& spec, QWidget* parent)
    : QWidget(parent), spec_(spec)
{
    label_ = new QLabel(spec.unit.isEmpty() ? spec.label : tr("%1 (%2)").arg(spec.label, spec.unit));
    slider_ = new QSlider(Qt::Horizontal);
    slider_->setRange(0, kSliderSteps);
    slider_->setPageStep(kSliderSteps / 20);
    slider_->setAccessibleName(spec.label);
    spinBox_ = new NumberSpinBox;
    spinBox_->setDecimals(spec.integer ? 0 : spec.decimals);
    spinBox_->setRange(limitMinimum(), limitMaximum());
    spinBox_->setCheck(spec.check);
    spinBox_->setAccelerated(true);
    spinBox_->setStepType(spec.logScale ? QAbstractSpinBox::AdaptiveDecimalStepType
                                        : QAbstractSpinBox::DefaultStepType);
    if (!spec.logScale && !spec.integer)
        spinBox_->setSingleStep(std::pow(10.0, -spec.decimals));
    spinBox_->setAccessibleName(spec.label);
    spinBox_->setMinimumWidth(90);
    resetButton_ = new QToolButton;
    resetButton_->setText(QStringLiteral("↺"));
    resetButton_->setAutoRaise(true);
    resetButton_->setAccessibleName(tr("Reset %1").arg(spec.label));
    label_->setBuddy(spinBox_);
    problem_ = new QLabel;
    problem_->setWordWrap(true);
    problem_->setObjectName(QStringLiteral("problem"));
    problem_->hide();

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(0);
    layout->addWidget(label_, 0, 0, 1, 3);
    layout->addWidget(slider_, 1, 0);
    layout->addWidget(spinBox_, 1, 1);
    layout->addWidget(resetButton_, 1, 2);
    layout->addWidget(problem_, 2, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(slider_, &QSlider::valueChanged, this,
            [this](int position) { editValue(valueAtSliderPosition(position)); });
    connect(spinBox_, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        const QSignalBlocker blocker(slider_);
        slider_->setValue(sliderPosition(value));
        showDefaultState();
        showProblem({});
        emit valueEdited(value);
    });
    connect(spinBox_, &NumberSpinBox::refused, this, [this](const QString& reason) {
        showProblem(reason);
        justRefused_ = true;
    });
    // A good value typed again (the same as before) also ends the warning;
    // the end of the edit that was refused does not.
    connect(spinBox_, &QAbstractSpinBox::editingFinished, this, [this] {
        if (!std::exchange(justRefused_, false))
            showProblem({});
    });
    connect(resetButton_, &QToolButton::clicked, this, &SliderField::resetToDefault);
    connect(slider_, &QSlider::sliderPressed, this, &SliderField::dragStarted);
    connect(slider_, &QSlider::sliderReleased, this, &SliderField::dragFinished);

    showValue(spec.defaultValue);
    updateToolTip();
}

double SliderField::value() const
{
    return spinBox_->value();
}

void SliderField::setRange(double minimum, double maximum)
{
    spec_.minimum = minimum;
    spec_.maximum = std::max(minimum, maximum);
    // A range set from other inputs (the largest model a node holds) is
    // also what may be typed.
    spec_.limitMinimum = spec_.minimum;
    spec_.limitMaximum = spec_.maximum;
    const QSignalBlocker blocker(spinBox_);
    spinBox_->setRange(spec_.minimum, spec_.maximum);
    showValue(spinBox_->value());
    updateToolTip();
}

double SliderField::limitMinimum() const
{
    return std::isnan(spec_.limitMinimum) ? spec_.minimum : spec_.limitMinimum;
}

double SliderField::limitMaximum() const
{
    return std::isnan(spec_.limitMaximum) ? spec_.maximum : spec_.limitMaximum;
}

QString SliderField::problem() const
{
    return problem_->isHidden() ? QString() : problem_->text();
}

void SliderField::showProblem(const QString& reason)
{
    // Red enough to notice, readable on either background (WCAG AA).
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette palette = problem_->palette();
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x9e, 0x9e) : QColor(0x9b, 0x1c, 0x1c));
    problem_->setPalette(palette);
    problem_->setText(reason.isEmpty() ? QString() : tr("Not taken: %1.").arg(reason));
    problem_->setVisible(!reason.isEmpty());
}

void SliderField::setDefaultValue(double value)
{
    spec_.defaultValue = value;
    updateToolTip();
    showDefaultState();
}

void SliderField::showValue(double value)
{
    const QSignalBlocker spinBlocker(spinBox_);
    const QSignalBlocker sliderBlocker(slider_);
    spinBox_->setValue(clamp(value));
    slider_->setValue(sliderPosition(spinBox_->value()));
    showDefaultState();
}

void SliderField::editValue(double value)
{
    const double clamped = clamp(value);
    if (clamped == spinBox_->value())
        return;
    spinBox_->setValue(clamped); // emits valueEdited through the spin box
}

void SliderField::resetToDefault()
{
    editValue(spec_.defaultValue);
}

int SliderField::sliderPosition(double value) const
{
    const double lo = spec_.minimum;
    const double hi = spec_.maximum;
    if (hi <= lo)
        return 0;
    double fraction = spec_.logScale && lo > 0
                          ? std::log(value / lo) / std::log(hi / lo)
                          : (value - lo) / (hi - lo);
    return int(std::lround(std::clamp(fraction, 0.0, 1.0) * kSliderSteps));
}

double SliderField::valueAtSliderPosition(int position) const
{
    const double fraction = double(position) / kSliderSteps;
    const double lo = spec_.minimum;
    const double hi = spec_.maximum;
    // The ends map exactly onto the limits, free of pow() rounding.
    if (position <= 0)
        return lo;
    if (position >= kSliderSteps)
        return hi;
    const double value = spec_.logScale && lo > 0 ? lo * std::pow(hi / lo, fraction)
                                                  : lo + fraction * (hi - lo);
    if (spec_.integer)
        return std::round(value);
    // Three significant digits: a slider cannot point more finely than that.
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::abs(value))) - 2);
    return value == 0 ? 0 : std::round(value / magnitude) * magnitude;
}

double SliderField::clamp(double value) const
{
    if (!std::isfinite(value))
        return spec_.defaultValue;
    const double clamped = std::clamp(value, limitMinimum(), limitMaximum());
    return spec_.integer ? std::round(clamped) : clamped;
}

void SliderField::updateToolTip()
{
    const QString range = tr("Range %1 to %2 %3%4. Default %5 %3.")
                              .arg(formatSignificant(limitMinimum(), 4),
                                   formatSignificant(limitMaximum(), 4), spec_.unit,
                                   spec_.logScale ? tr(", logarithmic slider") : QString(),
                                   formatSignificant(spec_.defaultValue, 4));
    const QString tip = QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3</p>")
                            .arg(spec_.label.toHtmlEscaped(), spec_.help.toHtmlEscaped(),
                                 range.toHtmlEscaped());
    slider_->setToolTip(tip);
    spinBox_->setToolTip(tip);
    label_->setToolTip(tip);
    resetButton_->setToolTip(
        tr("Back to the default, %1 %2").arg(formatSignificant(spec_.defaultValue, 4), spec_.unit));
}

void SliderField::showDefaultState()
{
    resetButton_->setEnabled(spinBox_->value() != clamp(spec_.defaultValue));
}

} // namespace dtx::ui
