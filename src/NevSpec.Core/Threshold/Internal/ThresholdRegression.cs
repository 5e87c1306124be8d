using System.Globalization;
using MathNet.Numerics.Distributions;
using NevSpec.Core.Estimation.Internal;

namespace NevSpec.Core.Threshold.Internal;

/// <summary>
/// The within regression at given thresholds, by Householder QR (Core's <c>PivotedLeastSquares</c>):
/// coefficients, SSE, residuals and fitted values (for the bootstrap), and homoskedastic, White and
/// cluster-by-unit standard errors (formulas on <see cref="ThresholdCoefficient"/>).
/// </summary>
internal sealed class ThresholdRegression
{
    public required double Sse { get; init; }
    public required double[] Residuals { get; init; }
    public required double[] Fitted { get; init; }
    public required ThresholdCoefficient[] Coefficients { get; init; }
    public required string[] DroppedCollinear { get; init; }

    public static ThresholdRegression Fit(ThresholdSearchSetup setup, double[] y, IReadOnlyList<double> thresholds, ThresholdStandardErrors primary, string thresholdName)
    {
        var panel = setup.Panel;
        var columns = new List<double[]>();
        var terms = new List<(string Term, string Regressor, int? Regime, double Lower, double Upper)>();
        foreach (int k in setup.KeptIndependent)
        {
            columns.Add(panel.Transform(panel.Independent[k]));
            terms.Add((setup.IndependentNames[k], setup.IndependentNames[k], null, double.NegativeInfinity, double.PositiveInfinity));
        }
        var bounds = new List<double> { double.NegativeInfinity };
        bounds.AddRange(thresholds.Order());
        bounds.Add(double.PositiveInfinity);
        for (int k = 0; k < panel.Dependent.Length; k++)
            for (int r = 0; r + 1 < bounds.Count; r++)
            {
                columns.Add(panel.Transform(panel.RegimeColumn(panel.Dependent[k], bounds[r], bounds[r + 1])));
                string name = setup.DependentNames[k];
                string term = thresholds.Count == 0 ? name : $"{name} ({RegimeLabel(thresholdName, bounds[r], bounds[r + 1])})";
                terms.Add((term, name, thresholds.Count == 0 ? null : r + 1, bounds[r], bounds[r + 1]));
            }

        var ls = PivotedLeastSquares.Solve(columns, y, Orthonormal.CollinearTolerance);
        int n = y.Length, k_C = ls.Kept.Length;
        var x = ls.Kept.Select(j => columns[j]).ToArray();
        var residuals = new double[n];
        var fitted = new double[n];
        for (int i = 0; i < n; i++)
        {
            double fit = 0;
            for (int c = 0; c < k_C; c++) fit += x[c][i] * ls.Beta[c];
            fitted[i] = fit;
            residuals[i] = y[i] - fit;
        }
        double sse = Orthonormal.Dot(residuals, residuals);

        var bread = ls.Bread;
        var white = Sandwich(bread, Meat(x, residuals, panel, byUnit: false));
        var cluster = Sandwich(bread, Meat(x, residuals, panel, byUnit: true));
        int df = n - panel.Units - k_C, g = panel.Units;
        double clusterFactor = g / (g - 1.0) * (n - 1.0) / (n - k_C - 1.0);
        double sigma2 = df > 0 ? sse / df : double.NaN;
        var coefficients = new ThresholdCoefficient[k_C];
        for (int c = 0; c < k_C; c++)
        {
            double seHomo = Math.Sqrt(bread[c, c] * sigma2);
            double seWhite = Math.Sqrt(white[c, c]);
            double seCluster = Math.Sqrt(cluster[c, c] * clusterFactor);
            var (se, tDf) = primary switch
            {
                ThresholdStandardErrors.Homoskedastic => (seHomo, df),
                ThresholdStandardErrors.Cluster => (seCluster, g - 1),
                _ => (seWhite, df),
            };
            double b = ls.Beta[c], t = b / se;
            double p = tDf > 0 && double.IsFinite(t) ? 2 * StudentT.CDF(0, 1, tDf, -Math.Abs(t)) : double.NaN;
            var term = terms[ls.Kept[c]];
            coefficients[c] = new ThresholdCoefficient(term.Term, term.Regressor, term.Regime, term.Lower, term.Upper,
                b, se, t, p, seHomo, seWhite, seCluster);
        }
        return new ThresholdRegression
        {
            Sse = sse,
            Residuals = residuals,
            Fitted = fitted,
            Coefficients = coefficients,
            DroppedCollinear = ls.Collinear.Select(j => terms[j].Term).ToArray(),
        };
    }

    // Σᵢ xᵢxᵢ'eᵢ² (White) or Σᵤ sᵤsᵤ', sᵤ = Σ_{i∈u} xᵢeᵢ (cluster by unit).
    private static double[,] Meat(double[][] x, double[] e, ThresholdPanel panel, bool byUnit)
    {
        int k = x.Length;
        var meat = new double[k, k];
        var score = new double[k];
        if (!byUnit)
        {
            for (int i = 0; i < e.Length; i++)
                AddOuter(meat, x, i, e[i] * e[i]);
            return meat;
        }
        for (int u = 0; u < panel.Units; u++)
        {
            Array.Clear(score);
            for (int i = panel.RowStart[u]; i < panel.RowStart[u + 1]; i++)
                for (int c = 0; c < k; c++) score[c] += x[c][i] * e[i];
            for (int a = 0; a < k; a++)
                for (int b = 0; b < k; b++) meat[a, b] += score[a] * score[b];
        }
        return meat;
    }

    private static void AddOuter(double[,] meat, double[][] x, int i, double weight)
    {
        int k = x.Length;
        for (int a = 0; a < k; a++)
        {
            double xa = x[a][i] * weight;
            for (int b = 0; b < k; b++) meat[a, b] += xa * x[b][i];
        }
    }

    private static double[,] Sandwich(double[,] bread, double[,] meat)
    {
        int k = bread.GetLength(0);
        var half = new double[k, k];
        var v = new double[k, k];
        for (int a = 0; a < k; a++)
            for (int b = 0; b < k; b++)
            {
                double s = 0;
                for (int c = 0; c < k; c++) s += bread[a, c] * meat[c, b];
                half[a, b] = s;
            }
        for (int a = 0; a < k; a++)
            for (int b = 0; b < k; b++)
            {
                double s = 0;
                for (int c = 0; c < k; c++) s += half[a, c] * bread[c, b];
                v[a, b] = s;
            }
        return v;
    }

    private static string RegimeLabel(string q, double lower, double upper)
    {
        static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        if (double.IsNegativeInfinity(lower)) return $"{q} < {F(upper)}";
        if (double.IsPositiveInfinity(upper)) return $"{q} ≥ {F(lower)}";
        return $"{F(lower)} ≤ {q} < {F(upper)}";
    }
}
