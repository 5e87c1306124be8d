namespace NevSpec.Engine.Networks;

/// <summary>Finds a period of a result by label, with an error that lists the labels.</summary>
internal static class PeriodLookup
{
    public static T Find<T>(IReadOnlyList<T> periods, Func<T, string> label, string wanted, string analysis) =>
        periods.FirstOrDefault(p => label(p) == wanted)
        ?? throw new KeyNotFoundException($"Network analysis '{analysis}' has no period '{wanted}'; it has: {string.Join(", ", periods.Select(label))}.");
}
