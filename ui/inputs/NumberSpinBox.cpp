#include "NumberSpinBox.hpp"

#include "Format.hpp"
#include "WheelGuard.hpp"

#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QWheelEvent>

#include <cmath>

namespace dtx::ui {

bool parseTypedNumber(const QString& typed, double* value)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return false;
    bool ok = false;
    // The language's way first ("1,5" in German), then C ("1.5", "1e9").
    double parsed = QLocale().toDouble(text, &ok);
    if (!ok)
        parsed = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(parsed))
        return false;
    *value = parsed;
    return true;
}

NumberSpinBox::NumberSpinBox(QWidget* parent) : QDoubleSpinBox(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    setKeyboardTracking(false);
}

QString NumberSpinBox::problemWith(const QString& text) const
{
    double value = 0;
    if (!parseTypedNumber(text, &value))
        return tr("“%1” is not a number").arg(text.trimmed());
    if (value < minimum())
        return tr("%1 is below the least this input allows, %2")
            .arg(formatSignificant(value, 6), formatSignificant(minimum(), 6));
    if (value > maximum())
        return tr("%1 is above the most this input allows, %2")
            .arg(formatSignificant(value, 6), formatSignificant(maximum(), 6));
    if (decimals() == 0 && value != std::round(value))
        return tr("%1 is not a whole number").arg(formatSignificant(value, 6));
    if (check_)
        return check_(value);
    return {};
}

QValidator::State NumberSpinBox::validate(QString& text, int&) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QValidator::Intermediate;
    // Anything that may still become a number while typing ("1e", "-",
    // "1,") is let through; whether it is taken is decided at the end.
    static const QString numberCharacters = QStringLiteral("0123456789eE+-.,  '");
    for (const QChar c : trimmed)
        if (!numberCharacters.contains(c) && c != QLocale().groupSeparator().front()
            && c != QLocale().decimalPoint().front())
            return QValidator::Invalid;
    return problemWith(trimmed).isEmpty() ? QValidator::Acceptable : QValidator::Intermediate;
}

double NumberSpinBox::valueFromText(const QString& text) const
{
    double value = this->value();
    parseTypedNumber(text, &value);
    return value;
}

QString NumberSpinBox::textFromValue(double value) const
{
    QString text = locale().toString(value, 'f', decimals());
    if (!isGroupSeparatorShown())
        text.remove(locale().groupSeparator());
    return text;
}

void NumberSpinBox::fixup(QString& text) const
{
    // Called when editing ends on a text validate() did not accept: the
    // value stays as it was (CorrectToPreviousValue), and the user hears why.
    const QString reason = problemWith(text);
    if (!reason.isEmpty())
        emit const_cast<NumberSpinBox*>(this)->refused(reason);
}

bool NumberSpinBox::event(QEvent* event)
{
    // Undo and redo belong to the document, not to the text being typed.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QDoubleSpinBox::event(event);
}

void NumberSpinBox::wheelEvent(QWheelEvent* event)
{
    if (!hasFocus()) {
        scrollAroundInstead(this, event);
        return;
    }
    QDoubleSpinBox::wheelEvent(event);
}

} // namespace dtx::ui
