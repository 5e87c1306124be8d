using NevSpec.Core.Estimation;

namespace NevSpec.Core.Descriptives;

/// <summary>Descriptive statistics (N, mean, SD, min, max) of variables, one <see cref="VariableSummary"/> each.</summary>
/// <remarks>
/// Over each variable's non-missing (finite) values: mean x̄ = Σx/N; SD = √(Σ(x − x̄)²/(N − 1)), two-pass
/// for accuracy — Stata <c>summarize</c> and R <c>sd()</c>. A variable with no values, or one value (SD
/// undefined), is an <see cref="EstimationException"/> naming it, so a table never shows NaN. With
/// <c>commonSample</c> the statistics use only rows where every listed variable is observed (Stata
/// <c>summarize</c> after <c>if e(sample)</c>); otherwise each variable uses all of its own values.
/// </remarks>
public static class DescriptiveStatistics
{
    /// <summary>Summarises each (name, values) pair, in the given order.</summary>
    public static IReadOnlyList<VariableSummary> Summarize(IReadOnlyList<(string Name, double[] Values)> variables, bool commonSample = false)
    {
        ArgumentNullException.ThrowIfNull(variables);
        if (variables.Count == 0) throw new ArgumentException("Descriptive statistics need at least one variable, got none.", nameof(variables));
        int n = variables[0].Values?.Length ?? 0;
        foreach (var (name, values) in variables)
        {
            if (values is null) throw new ArgumentException($"Variable '{name}' has no values (null).", nameof(variables));
            if (commonSample && values.Length != n)
                throw new ArgumentException($"Variable '{name}' has {values.Length} rows, expected {n} (as '{variables[0].Name}') for a common sample.", nameof(variables));
        }
        bool[]? keep = null;
        if (commonSample)
        {
            keep = new bool[n];
            for (int i = 0; i < n; i++) keep[i] = variables.All(v => double.IsFinite(v.Values[i]));
        }
        return variables.Select(v => Summarize(v.Name, v.Values, keep)).ToArray();
    }

    /// <summary>Summarises one variable over its non-missing values (and, if given, the rows where <paramref name="keep"/> is true).</summary>
    public static VariableSummary Summarize(string name, double[] values, bool[]? keep = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (keep is not null && keep.Length != values.Length)
            throw new ArgumentException($"The sample mask has {keep.Length} rows but '{name}' has {values.Length}.", nameof(keep));
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        int count = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (keep is not null && !keep[i]) continue;
            double x = values[i];
            if (!double.IsFinite(x)) continue;
            sum += x;
            count++;
            min = Math.Min(min, x);
            max = Math.Max(max, x);
        }
        if (count < 2)
            throw new EstimationException($"Variable '{name}' has {count} non-missing value{(count == 1 ? "" : "s")}; its standard deviation needs at least 2.");
        double mean = sum / count, ss = 0;
        for (int i = 0; i < values.Length; i++)
            if ((keep is null || keep[i]) && double.IsFinite(values[i])) ss += (values[i] - mean) * (values[i] - mean);
        return new VariableSummary(name, count, mean, Math.Sqrt(ss / (count - 1)), min, max, values.Length - count);
    }
}
