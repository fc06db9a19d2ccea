#pragma once

#include <QDoubleSpinBox>

#include <functional>

namespace dtx::ui {

// The spin box of every numeric input. It reads what people type — the
// language's own digits and separators, the C locale's "0.5", scientific
// "1e9" — and never rewrites a value silently: a number outside the range,
// or one the model refuses, is turned down with the reason (`refused`), and
// the field keeps its value. Ctrl+Z and Ctrl+Shift+Z go to the document's
// undo stack rather than to the text, and the wheel turns the value only
// when the box has focus (otherwise the panel around it scrolls).
class NumberSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit NumberSpinBox(QWidget* parent = nullptr);

    // Why a value in range is still refused (an exclusive lower limit, a
    // rule of the model); empty when it is fine.
    void setCheck(std::function<QString(double)> check) { check_ = std::move(check); }
    // The reason a typed text would be refused; empty when it is a value
    // the box takes.
    QString problemWith(const QString& text) const;

    QValidator::State validate(QString& text, int& position) const override;
    double valueFromText(const QString& text) const override;
    QString textFromValue(double value) const override;
    void fixup(QString& text) const override;

signals:
    void refused(const QString& reason);

protected:
    bool event(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    std::function<QString(double)> check_;
};

// Reads a number as a person types it: in the UI's language, else in the C
// locale, with an optional exponent. False when it is not a number.
bool parseTypedNumber(const QString& text, double* value);

} // namespace dtx::ui
