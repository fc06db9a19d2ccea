#include "VectorUnitState.hpp"

namespace dtx::ui {

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))

void clearUpperVectorState()
{
    // Called through a function boundary, so no 256-bit value of ours can
    // be live (and this file is built without AVX anyway).
    static const bool hasAvx = __builtin_cpu_supports("avx");
    if (hasAvx)
        asm volatile("vzeroupper" ::: "memory");
}

#else

void clearUpperVectorState() {}

#endif

} // namespace dtx::ui
