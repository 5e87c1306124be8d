using System.Globalization;
using NevSpec.Core.Instruments.Internal;

namespace NevSpec.Core.Instruments;

/// <summary>
/// Stock–Yogo (2005) critical values of the Cragg–Donald F statistic (5 % tests), looked up by the
/// number of endogenous regressors K1 and excluded instruments L1, as ivreg2 displays them for the
/// Cragg–Donald and Kleibergen–Paap Wald F statistics.
/// </summary>
/// <remarks>
/// Stock, J. H. and Yogo, M. (2005), "Testing for Weak Instruments in Linear IV Regression", in D. W. K.
/// Andrews and J. H. Stock (eds.), <i>Identification and Inference for Econometric Models</i>, Cambridge
/// University Press, Tables 5.1–5.4. The tables ship verbatim from <c>shared/data/stock_yogo/*.csv</c>
/// (ivreg2's <c>s_cdsy</c> tables; provenance in that folder's README and in the generated files).
/// Which tables apply follows ivreg2: 2SLS → relative bias 5/10/20/30 % (defined for L1 ≥ K1 + 2) and
/// maximal IV size 10/15/20/25 %; LIML → LIML size; Fuller → Fuller relative and maximal bias. Size and
/// Fuller tables cover K1 ≤ 2, the 2SLS bias table K1 ≤ 3, and L1 ≤ 100; elsewhere the value is null
/// ("not available").
/// </remarks>
public static class StockYogo
{
    private static readonly Lazy<Dictionary<string, Dictionary<(int, int), double?[]>>> Tables = new(Load);

    /// <summary>Critical values for 2SLS: relative bias 5/10/20/30 % then maximal IV size 10/15/20/25 %.</summary>
    public static IReadOnlyList<StockYogoCriticalValue> ForTwoStageLeastSquares(int k1, int l1) =>
        [.. Lookup("2SLS relative bias", "TslsRelativeBias", [5, 10, 20, 30], "relative bias", k1, l1),
         .. Lookup("2SLS maximal IV size", "TslsSize", [10, 15, 20, 25], "maximal IV size", k1, l1)];

    /// <summary>Critical values for LIML (no Fuller correction): maximal IV size 10/15/20/25 %.</summary>
    public static IReadOnlyList<StockYogoCriticalValue> ForLiml(int k1, int l1) =>
        [.. Lookup("LIML maximal IV size", "LimlSize", [10, 15, 20, 25], "LIML maximal IV size", k1, l1)];

    /// <summary>Critical values for Fuller-k: relative bias then maximal bias, 5/10/20/30 %.</summary>
    public static IReadOnlyList<StockYogoCriticalValue> ForFuller(int k1, int l1) =>
        [.. Lookup("Fuller relative bias", "FullerRelativeBias", [5, 10, 20, 30], "Fuller relative bias", k1, l1),
         .. Lookup("Fuller maximal bias", "FullerMaximalBias", [5, 10, 20, 30], "Fuller maximal bias", k1, l1)];

    private static IEnumerable<StockYogoCriticalValue> Lookup(string table, string key, int[] thresholds, string what, int k1, int l1)
    {
        Tables.Value[key].TryGetValue((k1, l1), out var row);
        for (int t = 0; t < thresholds.Length; t++)
        {
            double? value = row?[t];
            string label = value is null
                ? $"Stock–Yogo {thresholds[t]} % {what}: not available for K1 = {k1}, L1 = {l1}"
                : $"Stock–Yogo {thresholds[t]} % {what}";
            yield return new StockYogoCriticalValue(table, thresholds[t], value, label);
        }
    }

    private static Dictionary<string, Dictionary<(int, int), double?[]>> Load()
    {
        var texts = new Dictionary<string, string>
        {
            ["TslsSize"] = StockYogoTables.TslsSize,
            ["TslsRelativeBias"] = StockYogoTables.TslsRelativeBias,
            ["LimlSize"] = StockYogoTables.LimlSize,
            ["FullerRelativeBias"] = StockYogoTables.FullerRelativeBias,
            ["FullerMaximalBias"] = StockYogoTables.FullerMaximalBias,
        };
        var result = new Dictionary<string, Dictionary<(int, int), double?[]>>();
        foreach (var (key, text) in texts)
        {
            var table = new Dictionary<(int, int), double?[]>();
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1))
            {
                var cells = line.Split(',');
                table[(int.Parse(cells[0], CultureInfo.InvariantCulture), int.Parse(cells[1], CultureInfo.InvariantCulture))] =
                    cells.Skip(2).Select(c => c.Length == 0 ? (double?)null : double.Parse(c, CultureInfo.InvariantCulture)).ToArray();
            }
            result[key] = table;
        }
        return result;
    }
}
