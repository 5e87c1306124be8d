using NevSpec.Core.Data;
using NevSpec.Core.Estimation;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>
/// Turns a bound model and its (filtered) data into a Core regression design: numeric outcome and
/// regressors (a non-numeric cell is a data error naming file, column and line), and factors for fixed
/// effects and clusters, which may be numeric or text columns.
/// </summary>
public static class DesignBuilder
{
    public static RegressionDesign Build(ModelPlan model, DataFrame frame)
    {
        var terms = model.Regressors.Concat(model.Controls).ToArray();
        return new RegressionDesign(
            model.Outcome,
            frame.GetNumeric(model.Outcome),
            terms,
            terms.Select(frame.GetNumeric).ToArray(),
            model.FixedEffects.Select(c => ToFactor(frame, c)).ToArray(),
            model.ClusterBy.Select(c => ToFactor(frame, c)).ToArray());
    }

    private static Factor ToFactor(DataFrame frame, string column) =>
        frame.IsNumeric(column)
            ? Factor.FromNumeric(column, frame.GetNumeric(column))
            : Factor.FromText(column, frame.GetText(column));
}
