using NevSpec.Core.Indices;
using NevSpec.Engine;

namespace NevSpec.Reporting;

/// <summary>The weight table of an entropy index, or the loadings and explained variance of a PCA index.</summary>
internal static class IndexTables
{
    public static void Append(List<ReportTable> tables, IndexResult index, int decimals)
    {
        if (index.Entropy is { } entropy)
        {
            var rows = entropy.Weights
                .Select(w => new[] { w.Indicator, w.Direction == IndicatorDirection.Positive ? "+" : "−", w.Period ?? "pooled",
                    NumberFormat.Fixed(w.Entropy, decimals), NumberFormat.Fixed(w.Weight, decimals) })
                .ToList();
            TableList.Add(tables, $"{index.Name}: entropy weights", ["Indicator", "Direction", "Period", "Entropy", "Weight"], rows,
                FormattableString.Invariant($"Min–max normalised by direction, shift {entropy.Options.Shift}, k = 1/ln n; N = {entropy.Nobs}."));
        }
        else if (index.Pca is { } pca)
        {
            var header = new[] { "Indicator" }.Concat(pca.Components.Select(c => $"PC{c.Number}")).ToArray();
            var rows = pca.IndicatorNames
                .Select((name, i) => new[] { name }.Concat(pca.Components.Select(c => NumberFormat.Fixed(c.Loadings[i], decimals))).ToArray())
                .Append(new[] { "Eigenvalue" }.Concat(pca.Components.Select(c => NumberFormat.Fixed(c.Eigenvalue, decimals))).ToArray())
                .Append(new[] { "Explained variance" }.Concat(pca.Components.Select(c => NumberFormat.Fixed(c.ExplainedVariance, decimals))).ToArray())
                .Append(new[] { "Retained" }.Concat(pca.Components.Select(c => c.Retained ? "Yes" : "No")).ToArray())
                .ToList();
            TableList.Add(tables, $"{index.Name}: principal-component loadings", header, rows,
                "Standardised, direction-adjusted indicators; composite = retained component scores weighted by explained variance.");
        }
    }
}
