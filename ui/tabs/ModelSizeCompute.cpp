#include "ModelSizeCompute.hpp"

#include "DilocoModes.hpp"
#include "SweepGrid.hpp"

namespace dtx::ui {
namespace {

// The flat curve starts well below the search's smallest candidate (0.25×)
// so that the rise of C_quality towards the largest model shows.
constexpr double kFlatCurveFrom = 0.05;
// PP-Group needs a model larger than one node: start just past 1×.
constexpr double kPipelineCurveFrom = 1.001;
constexpr double kPipelineCurveTo = kPipelineSizeMultiples[std::size(kPipelineSizeMultiples) - 1];

struct SizeSweep {
    std::vector<double> paramsB, computeLocal, computeQuality;
};

SizeSweep sweepSizes(Scenario scenario, Mode mode, const std::vector<double>& grid)
{
    scenario.mode = mode;
    SizeSweep sweep;
    for (const SweepPoint& point :
         sweepScenario(scenario, grid, [](Scenario& s, double paramsB) { s.paramsB = paramsB; })) {
        sweep.paramsB.push_back(point.x);
        sweep.computeLocal.push_back(point.evaluation.computeLocal);
        sweep.computeQuality.push_back(point.evaluation.computeQuality);
    }
    return sweep;
}

} // namespace

bool ModelSizeCompute::reads(const ChangeSet& changes)
{
    return changes.touchesAnyBut({QStringLiteral("scenario")},
                                 {QStringLiteral("scenario.treaty"), QStringLiteral("scenario.name"),
                                  QStringLiteral("scenario.model.params_b")});
}

ModelSizeResult ModelSizeCompute::run(const Scenario& scenario)
{
    ModelSizeResult r;
    r.search = searchModelSize(scenario);
    r.curves = {tr("Model size (billions of parameters)"), tr("Compute (FLOP)"), {}};
    const double maxParamsB = scenario.node.maxParamsB();
    const SizeSweep flat =
        sweepSizes(scenario, Mode::Flat, logGrid(kFlatCurveFrom * maxParamsB, maxParamsB));
    const SizeSweep pipeline =
        sweepSizes(scenario, Mode::PipelineDiloco,
                   logGrid(kPipelineCurveFrom * maxParamsB, kPipelineCurveTo * maxParamsB));
    r.curves.series = {
        {tr("Flat: C_local"), flat.paramsB, flat.computeLocal, QStringLiteral("flat_local")},
        {tr("PP-Group: C_local"), pipeline.paramsB, pipeline.computeLocal, QStringLiteral("pipeline_local")},
        {tr("Flat: C_quality"), flat.paramsB, flat.computeQuality, QStringLiteral("flat_quality")},
        {tr("PP-Group: C_quality"), pipeline.paramsB, pipeline.computeQuality,
         QStringLiteral("pipeline_quality")},
    };
    if (!flat.paramsB.empty()) {
        r.smallestSize = flat.paramsB.front();
        r.largestSize = flat.paramsB.back();
    }
    if (!pipeline.paramsB.empty()) {
        if (r.smallestSize <= 0)
            r.smallestSize = pipeline.paramsB.front();
        r.largestSize = pipeline.paramsB.back();
    }
    return r;
}

} // namespace dtx::ui
