using NevSpec.Core.Estimation;

namespace NevSpec.Core.Indices;

/// <summary>
/// Checks shared by the composite-index builders: at least one indicator, no duplicate names, equal
/// lengths, and the rows where every indicator is observed (listwise deletion).
/// </summary>
internal static class IndicatorSet
{
    public static int[] CompleteRows(IReadOnlyList<Indicator> indicators, string method)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        if (indicators.Count == 0)
            throw new ArgumentException($"The {method} index needs at least one indicator, got none.", nameof(indicators));
        var names = new HashSet<string>(StringComparer.Ordinal);
        int n = -1;
        foreach (var ind in indicators)
        {
            if (ind is null || ind.Values is null)
                throw new ArgumentException($"The {method} index got a null indicator or indicator values.", nameof(indicators));
            if (!names.Add(ind.Name))
                throw new ArgumentException($"Indicator '{ind.Name}' appears twice in the {method} index.", nameof(indicators));
            if (n < 0) n = ind.Values.Length;
            else if (ind.Values.Length != n)
                throw new ArgumentException(
                    $"Indicator '{ind.Name}' has {ind.Values.Length} rows, expected {n} (as '{indicators[0].Name}').", nameof(indicators));
        }
        var rows = new List<int>(n);
        for (int i = 0; i < n; i++)
        {
            bool complete = true;
            foreach (var ind in indicators)
                if (!double.IsFinite(ind.Values[i])) { complete = false; break; }
            if (complete) rows.Add(i);
        }
        return rows.ToArray();
    }

    public static void RequireRows(int count, int needed, string method, string where)
    {
        if (count < needed)
            throw new EstimationException(
                $"The {method} index needs at least {needed} complete observations{where}, but has {count}.");
    }
}
