using NevSpec.Core.Data;
using NevSpec.Core.Estimation;
using NevSpec.Core.Threshold;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>
/// Builds Hansen's design from a fixed-effects model: the unit fixed effect is the panel's id (removed by
/// the within transformation), a year fixed effect becomes year dummies among the regime-independent
/// regressors (Hansen's own model has no time effects; dummies are the standard way to add them, as
/// Stata's xthreg users do with <c>i.year</c>), and the model's other regressors and controls are
/// regime-independent.
/// </summary>
public static class ThresholdDesignBuilder
{
    public static PanelThresholdDesign Build(ThresholdPlan threshold, DataFrame sample, DataSourcePlan source)
    {
        var model = threshold.Base;
        foreach (var fe in model.FixedEffects)
            if (fe != source.IdColumn && fe != source.TimeColumn)
                throw new ArgumentException(
                    $"Threshold '{threshold.Name}' absorbs unit effects ('{source.IdColumn}') and time effects ('{source.TimeColumn}') only; remove 'fe {fe}' from its base model.");
        if (!model.FixedEffects.Contains(source.IdColumn))
            throw new ArgumentException($"Threshold '{threshold.Name}' needs the unit fixed effect '{source.IdColumn}' in its base model (Hansen's model is a fixed-effects model).");

        var regimeDependent = threshold.RegimeDependent.IsEmpty ? model.Regressors.Take(1).ToArray() : threshold.RegimeDependent.ToArray();
        var independentNames = model.Regressors.Concat(model.Controls).Where(t => !regimeDependent.Contains(t)).ToList();
        var independent = independentNames.Select(sample.GetNumeric).ToList();
        var time = sample.GetNumeric(source.TimeColumn);
        if (model.FixedEffects.Contains(source.TimeColumn))
        {
            var periods = time.Where(t => !double.IsNaN(t)).Distinct().Order().ToArray();
            foreach (var period in periods.Skip(1))
            {
                independentNames.Add(FormattableString.Invariant($"{source.TimeColumn}={period}"));
                independent.Add(time.Select(t => double.IsNaN(t) ? double.NaN : t == period ? 1.0 : 0.0).ToArray());
            }
        }

        var unit = sample.IsNumeric(source.IdColumn)
            ? Factor.FromNumeric(source.IdColumn, sample.GetNumeric(source.IdColumn))
            : Factor.FromText(source.IdColumn, sample.GetText(source.IdColumn));
        return new PanelThresholdDesign(
            unit, time, model.Outcome, sample.GetNumeric(model.Outcome),
            threshold.Variable, sample.GetNumeric(threshold.Variable),
            regimeDependent, regimeDependent.Select(sample.GetNumeric).ToArray(),
            independentNames, independent);
    }

    public static PanelThresholdOptions Options(ThresholdPlan threshold) => new()
    {
        MaxThresholds = threshold.MaxThresholds,
        Trimming = threshold.Trim.ToArray(),
        Grid = threshold.GridQuantiles == 0 ? ThresholdGrid.AllDistinct : ThresholdGrid.Quantiles(threshold.GridQuantiles),
        BootstrapReplications = threshold.Bootstrap,
        Seed = unchecked((long)threshold.Seed),
        ConfidenceLevels = threshold.Levels.ToArray(),
        StandardErrors = threshold.Base.Vcov switch
        {
            VcovKind.Iid => ThresholdStandardErrors.Homoskedastic,
            VcovKind.Hc1 => ThresholdStandardErrors.White,
            _ => ThresholdStandardErrors.Cluster,
        },
    };
}
