using NevSpec.Core.Estimation;

namespace NevSpec.Core.Indices;

/// <summary>
/// The entropy-weight composite index: indicators are min–max normalised by direction, weighted by
/// how unevenly they are spread over the observations (low information entropy → high weight), and
/// summed. Returns the index and its weight table.
/// </summary>
/// <remarks>
/// For indicator j over the n observations i of the weighting sample (all complete unit-periods, or
/// one period's): x'ᵢⱼ = (xᵢⱼ − minⱼ)/(maxⱼ − minⱼ) for "+", (maxⱼ − xᵢⱼ)/(maxⱼ − minⱼ) for "−", then
/// zᵢⱼ = x'ᵢⱼ + shift (0.0001); pᵢⱼ = zᵢⱼ/Σᵢ zᵢⱼ; eⱼ = −k Σᵢ pᵢⱼ ln pᵢⱼ with k = 1/ln n;
/// wⱼ = (1 − eⱼ)/Σⱼ(1 − eⱼ); index Sᵢ = Σⱼ wⱼ zᵢⱼ. The weights sum to one, so S lies in
/// [shift, 1 + shift]. Rows with a missing indicator get a missing (NaN) index and do not enter the
/// weights. An indicator with max = min has no defined normalisation and is an error (never NaN).
/// See Shannon (1948), and for the index as used in regional-economics panels e.g. Zou, Yun and Sun
/// (2006), "Entropy method for determination of weight of evaluating indicators in fuzzy synthetic
/// evaluation for water quality assessment", J. Environ. Sci. 18(5).
/// </remarks>
public sealed class EntropyWeightIndex
{
    private const string Method = "entropy-weight";
    private readonly EntropyIndexOptions _options;

    public EntropyWeightIndex(EntropyIndexOptions? options = null)
    {
        _options = options ?? new EntropyIndexOptions();
        if (!(_options.Shift >= 0) || !double.IsFinite(_options.Shift))
            throw new ArgumentOutOfRangeException(nameof(options), _options.Shift, "The entropy shift must be a finite number ≥ 0 (conventionally 0.0001).");
    }

    /// <summary>
    /// Builds the index. <paramref name="period"/> is required for per-period weights and ignored for
    /// pooled weights.
    /// </summary>
    public EntropyIndexResult Compute(string name, IReadOnlyList<Indicator> indicators, Factor? period = null)
    {
        var complete = IndicatorSet.CompleteRows(indicators, Method);
        int n = indicators[0].Values.Length;
        var groups = new List<(string? Label, int[] Rows)>();
        if (_options.Weighting == EntropyWeighting.Pooled)
            groups.Add((null, complete));
        else
        {
            if (period is null)
                throw new ArgumentException("Per-period entropy weights need a period variable, got none.", nameof(period));
            if (period.Length != n)
                throw new ArgumentException($"The period variable '{period.Name}' has {period.Length} rows, expected {n}.", nameof(period));
            for (int level = 0; level < period.Levels; level++)
            {
                var rows = complete.Where(r => period.CodeAt(r) == level).ToArray();
                if (rows.Length > 0) groups.Add((period.LevelLabels[level], rows));
            }
            if (groups.Count == 0) IndicatorSet.RequireRows(0, 2, Method, "");
        }

        var scores = new double[n];
        Array.Fill(scores, double.NaN);
        var table = new List<EntropyWeight>();
        int used = 0;
        foreach (var (label, rows) in groups)
        {
            string where = label is null ? "" : $" in period {label}";
            IndicatorSet.RequireRows(rows.Length, 2, Method, where);
            var z = new double[indicators.Count][];
            var redundancy = new double[indicators.Count];
            var entropy = new double[indicators.Count];
            for (int j = 0; j < indicators.Count; j++)
            {
                z[j] = Normalise(indicators[j], rows, where);
                entropy[j] = Entropy(z[j]);
                redundancy[j] = 1 - entropy[j];
            }
            double total = redundancy.Sum();
            if (!(total > 0))
                throw new EstimationException(
                    $"All {indicators.Count} indicators of the entropy-weight index have entropy 1{where} (they are spread perfectly evenly), so no weights can be formed.");
            for (int j = 0; j < indicators.Count; j++)
                table.Add(new EntropyWeight(indicators[j].Name, indicators[j].Direction, entropy[j], redundancy[j] / total, label));
            for (int r = 0; r < rows.Length; r++)
            {
                double s = 0;
                for (int j = 0; j < indicators.Count; j++) s += redundancy[j] / total * z[j][r];
                scores[rows[r]] = s;
            }
            used += rows.Length;
        }

        var notes = new List<string>();
        int droppedMissing = n - complete.Length;
        if (droppedMissing > 0)
            notes.Add($"{droppedMissing} observation{(droppedMissing == 1 ? "" : "s")} with a missing indicator have a missing index and did not enter the weights.");
        if (used < complete.Length)
            notes.Add($"{complete.Length - used} observation{(complete.Length - used == 1 ? "" : "s")} without a period have a missing index.");
        return new EntropyIndexResult(name, scores, table, _options, used, n - used, notes);
    }

    // z = min–max normalised value (by direction) + shift, on the given rows.
    private double[] Normalise(Indicator indicator, int[] rows, string where)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (int r in rows)
        {
            min = Math.Min(min, indicator.Values[r]);
            max = Math.Max(max, indicator.Values[r]);
        }
        double range = max - min;
        if (!(range > 0))
            throw new EstimationException(
                $"Indicator '{indicator.Name}' has zero variance{where} (every value is {min:R}), so its min–max normalisation " +
                "and entropy weight are undefined; remove it from the entropy-weight index.");
        var z = new double[rows.Length];
        bool positive = indicator.Direction == IndicatorDirection.Positive;
        for (int i = 0; i < rows.Length; i++)
        {
            double x = indicator.Values[rows[i]];
            z[i] = (positive ? x - min : max - x) / range + _options.Shift;
        }
        return z;
    }

    // e = −(1/ln n) Σ p ln p with p = z/Σz; p ln p → 0 as p → 0 (only reachable with shift 0).
    private static double Entropy(double[] z)
    {
        double total = z.Sum(), sum = 0;
        foreach (double v in z)
        {
            if (v <= 0) continue;
            double p = v / total;
            sum += p * Math.Log(p);
        }
        return -sum / Math.Log(z.Length);
    }
}
