#pragma once

// Marks English display text that the explorer shows translated. The core
// keeps the English text; Qt's lupdate finds the marker by its name and the
// explorer looks the text up with QCoreApplication::translate(context, text).
// The definition is Qt's own, so either header may come first.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif
