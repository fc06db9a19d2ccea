#include "VectorUnitState.hpp"

namespace dtx {

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))

namespace {

// Compiled for AVX alone; only ever called when the processor has it.
__attribute__((target("avx"))) void zeroUpperHalves()
{
    __builtin_ia32_vzeroupper();
}

} // namespace

void clearUpperVectorState()
{
    static const bool hasAvx = __builtin_cpu_supports("avx");
    if (hasAvx)
        zeroUpperHalves();
}

#else

void clearUpperVectorState() {}

#endif

} // namespace dtx
