// libFuzzer entry point (clang, preset "fuzz"): the scenario parser and
// --set assignments, with the rules of ScenarioFuzzTarget.hpp.
#include "ScenarioFuzzTarget.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    dtx::fuzz::fuzzScenarioInput(data, size);
    return 0;
}
