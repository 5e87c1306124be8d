using System.Text.Json;
using NevSpec.Core.Data;
using NevSpec.Core.Estimation;
using NevSpec.Core.Threshold;
using NevSpec.Tests;

namespace NevSpec.Core.Tests.Threshold;

/// <summary>
/// Hansen's (1999) investment panel (shared/data/hansen1999/invest.csv: 565 firms × 1973–1987) in the
/// model of his THRESH_P.PRG (shared/reference/hansen1999/README.md): outcome i_t; regime-independent
/// q_{t−1}, q², q³, d_{t−1}, q·d; regime-dependent c_{t−1}; threshold d_{t−1}. The 1973 rows have no
/// lags (NaN) and leave by listwise deletion, as the first year leaves Hansen's sample.
/// </summary>
internal static class HansenInvestment
{
    public static readonly Lazy<DataFrame> Frame = new(() => CsvReader.Read(RepositoryPaths.InShared("data", "hansen1999", "invest.csv")));

    /// <summary>shared/reference/hansen1999/expected.json: thresh.out parsed (thresh_out) and the numpy replication.</summary>
    public static readonly Lazy<JsonElement> Expected = new(() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InShared("reference", "hansen1999", "expected.json"))).RootElement);

    /// <summary>The full reproduction: Hansen's defaults (3 thresholds, 300 replications per test), seed 42.</summary>
    public static readonly Lazy<PanelThresholdResult> Full = new(() => new PanelThresholdEstimator().Fit(Design()));

    public static JsonElement ThreshOut => Expected.Value.GetProperty("thresh_out");

    public static JsonElement Numpy => Expected.Value.GetProperty("numpy_replication_full_precision");

    /// <summary>The design; rows of invest.csv where <paramref name="keep"/> is false get a missing (NaN) outcome.</summary>
    public static PanelThresholdDesign Design(Func<int, bool>? keep = null)
    {
        keep ??= _ => true;
        var df = Frame.Value;
        double[] id = df.GetNumeric("id"), year = df.GetNumeric("year");
        double[] i = df.GetNumeric("i"), q = df.GetNumeric("q"), c = df.GetNumeric("c"), d = df.GetNumeric("d");
        var row = new Dictionary<(double, double), int>();
        for (int r = 0; r < id.Length; r++) row[(id[r], year[r])] = r;
        double[] Lag(double[] x) => Enumerable.Range(0, id.Length)
            .Select(r => row.TryGetValue((id[r], year[r] - 1), out int p) ? x[p] : double.NaN).ToArray();
        double[] q1 = Lag(q), d1 = Lag(d), c1 = Lag(c);
        var outcome = i.Select((v, r) => keep(r) ? v : double.NaN).ToArray();
        return new PanelThresholdDesign(
            Factor.FromNumeric("id", id), year, "i", outcome, "d_lag", d1,
            ["c_lag"], [c1],
            ["q_lag", "q_lag^2", "q_lag^3", "d_lag", "q_lag*d_lag"],
            [q1, q1.Select(v => v * v).ToArray(), q1.Select(v => v * v * v).ToArray(), d1, q1.Zip(d1, (a, b) => a * b).ToArray()]);
    }

    public static double Number(this JsonElement e, params string[] path)
    {
        foreach (var p in path) e = e.GetProperty(p);
        return e.GetDouble();
    }

    public static double[] Numbers(this JsonElement e) => e.EnumerateArray().Select(v => v.GetDouble()).ToArray();
}
