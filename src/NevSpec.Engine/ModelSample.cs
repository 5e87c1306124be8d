using NevSpec.Core.Data;
using NevSpec.Core.Transforms;
using NevSpec.Language.Plan;
using CorePercentile = NevSpec.Core.Transforms.PercentileDefinition;
using PlanPercentile = NevSpec.Language.Plan.PercentileDefinition;

namespace NevSpec.Engine;

/// <summary>
/// The rows and columns one model is estimated on: derived columns computed on the whole source (so lags
/// see the periods a filter removes), then the <c>where</c> filter, then winsorizing of the model's
/// outcome, regressors and controls at the requested percentiles of the filtered sample (Stata
/// <c>winsor2 …, cuts(1 99)</c> run on the estimation sample).
/// </summary>
public sealed record ModelSample(DataFrame Frame, int ExcludedByFilter, IReadOnlyList<string> Notes)
{
    public static ModelSample Prepare(ModelPlan model, DataFrame source, DataSourcePlan? sourcePlan)
    {
        var frame = sourcePlan is null || model.Derived.IsEmpty ? source : DerivedColumns.Apply(source, model.Derived, sourcePlan);
        var sample = model.Where is null ? frame : frame.SelectRows(FilterEvaluator.SelectRows(frame, model.Where));
        var notes = new List<string>();
        if (model.Winsorize is { } winsorize)
            sample = Winsorize(model, sample, winsorize, notes);
        return new ModelSample(sample, frame.RowCount - sample.RowCount, notes);
    }

    private static DataFrame Winsorize(ModelPlan model, DataFrame sample, WinsorizePlan plan, List<string> notes)
    {
        var definition = plan.Definition == PlanPercentile.R7 ? CorePercentile.RType7 : CorePercentile.Stata;
        foreach (var column in new[] { model.Outcome }.Concat(model.Regressors).Concat(model.Controls).Distinct())
        {
            var result = Winsorizer.Winsorize(column, sample.GetNumeric(column), plan.Fraction, definition);
            sample = sample.WithColumn(column, result.Values);
            notes.Add(FormattableString.Invariant(
                $"{column} winsorized at the {plan.Fraction * 100:0.##}th/{100 - plan.Fraction * 100:0.##}th percentiles ({definition}): [{result.Lower:G6}, {result.Upper:G6}], {result.ReplacedLow} low and {result.ReplacedHigh} high values replaced."));
        }
        return sample;
    }
}
