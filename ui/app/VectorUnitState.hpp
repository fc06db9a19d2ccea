#pragma once

namespace dtx::ui {

// Clears the upper halves of the AVX registers if some library code left
// them in use. While they are, every SSE instruction of the model code pays
// a transition penalty: on the Xeon this was measured on, a countermeasure
// sweep took 14 ms instead of 1.8 ms until the next vzeroupper happened to
// run. Cheap (one instruction) and harmless; a no-op off x86 or without AVX.
void clearUpperVectorState();

} // namespace dtx::ui
