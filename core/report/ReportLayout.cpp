#include "ReportLayout.hpp"

namespace dtx::report {
namespace {

constexpr ReportLayout kSeedLayout{"eta_chin", "eta_chinchilla", "C_actual", false, 11};
constexpr ReportLayout kRevised2026_04Layout{"chi", "chi", "C_throughput", true, 12};

} // namespace

const ReportLayout& reportLayout(Revision revision)
{
    return revision == Revision::Apr2026 ? kRevised2026_04Layout : kSeedLayout;
}

} // namespace dtx::report
