#pragma once

namespace dtx {

// Clears the upper halves of the AVX registers (x86-64 with AVX; nothing
// elsewhere). Why: Qt 6.4 as Debian builds it leaves them in use after some
// of its string code (QCommandLineParser::parse is one), and while they are
// in use every SSE instruction of the model pays a state-transition penalty.
// Measured on this project's 2-core Xeon: chinchillaEfficiency 231 ns per
// call clean, 2,921 ns after a dirtying instruction; a dtx sweep ran ten
// times slower than its evaluations alone, a countermeasure sweep of the
// window took 14 ms instead of 1.8 ms. Every mode's evaluation starts with
// this call, so no caller has to know; other heavy model code (a tab's
// refresh) calls it too. One instruction, harmless; a no-op off x86 or
// without AVX.
void clearUpperVectorState();

} // namespace dtx
