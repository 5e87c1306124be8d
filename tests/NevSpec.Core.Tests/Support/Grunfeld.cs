using NevSpec.Tests;
using System.Text.Json;
using NevSpec.Core.Data;
using NevSpec.Core.Estimation;

namespace NevSpec.Core.Tests.Support;

/// <summary>Grunfeld data (shared/data/grunfeld.csv = plm's Grunfeld) and its R reference numbers.</summary>
internal static class Grunfeld
{
    public static readonly Lazy<DataFrame> Frame = new(() => CsvReader.Read(RepositoryPaths.InShared("data", "grunfeld.csv")));

    /// <summary>shared/reference/grunfeld_twoway.json, computed with R plm 2.6.2 / sandwich 3.0.2.</summary>
    public static readonly Lazy<JsonElement> Reference = new(() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InShared("reference", "grunfeld_twoway.json"))).RootElement);

    public static Factor Firm => Factor.FromNumeric("firm", Frame.Value.GetNumeric("firm"));

    public static Factor Year => Factor.FromNumeric("year", Frame.Value.GetNumeric("year"));

    public static RegressionDesign Design(IReadOnlyList<Factor> fixedEffects, IReadOnlyList<Factor>? clusters = null)
    {
        var df = Frame.Value;
        return new RegressionDesign("inv", df.GetNumeric("inv"), ["value", "capital"],
            [df.GetNumeric("value"), df.GetNumeric("capital")], fixedEffects, clusters ?? []);
    }

    public static double Number(this JsonElement e, params string[] path)
    {
        foreach (var p in path) e = e.GetProperty(p);
        return e.GetDouble();
    }
}
