using NevSpec.Core.Data;
using NevSpec.Core.Estimation;
using NevSpec.Core.Indices;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>
/// Adds a source's composite indices (<c>entropy</c>, <c>pca</c>) to its frame as numeric columns, so
/// that models use an index like any other column. Computed once per source, before filters: the
/// weights are a property of the whole panel, as in the paper.
/// </summary>
public static class IndexColumns
{
    public static DataFrame Apply(DataFrame frame, DataSourcePlan source, IEnumerable<IndexPlan> indices, List<IndexResult> results)
    {
        foreach (var index in indices.Where(i => i.Source == source.Name))
        {
            try
            {
                var indicators = index.Indicators
                    .Select(i => new Indicator(i.Column, i.Positive ? IndicatorDirection.Positive : IndicatorDirection.Negative, frame.GetNumeric(i.Column)))
                    .ToArray();
                if (index.Method == IndexMethod.Entropy)
                {
                    var period = index.Weighting == IndexWeighting.PerPeriod ? TimeFactor(frame, source) : null;
                    var options = new EntropyIndexOptions(
                        index.Weighting == IndexWeighting.PerPeriod ? EntropyWeighting.PerPeriod : EntropyWeighting.Pooled, index.Shift);
                    var entropy = new EntropyWeightIndex(options).Compute(index.Name, indicators, period);
                    frame = frame.WithColumn(index.Name, entropy.Scores);
                    results.Add(new IndexResult(index, entropy, null, null));
                }
                else
                {
                    var pca = new PrincipalComponentIndex(new PcaIndexOptions(index.Components)).Compute(index.Name, indicators);
                    frame = frame.WithColumn(index.Name, pca.Scores);
                    results.Add(new IndexResult(index, null, pca, null));
                }
            }
            catch (Exception e) when (e is DataException or EstimationException or ArgumentException)
            {
                results.Add(new IndexResult(index, null, null, $"Index '{index.Name}': {e.Message}"));
            }
        }
        return frame;
    }

    private static Factor TimeFactor(DataFrame frame, DataSourcePlan source) =>
        frame.IsNumeric(source.TimeColumn)
            ? Factor.FromNumeric(source.TimeColumn, frame.GetNumeric(source.TimeColumn))
            : Factor.FromText(source.TimeColumn, frame.GetText(source.TimeColumn));
}
