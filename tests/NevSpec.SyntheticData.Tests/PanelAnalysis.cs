namespace NevSpec.SyntheticData.Tests;

/// <summary>The paper's regressions, written out with <see cref="LeastSquares"/>, for DGP sanity checks.</summary>
public static class PanelAnalysis
{
    public static readonly string[] Controls = ["Open", "Gov", "Urban", "Fin", "Hum"];

    public static double[] Col(SyntheticPanel p, string name) => p[name].ToArray();

    public static double[][] ControlCols(SyntheticPanel p) => Controls.Select(c => Col(p, c)).ToArray();

    /// <summary>Nevd ~ VA + controls, two-way FE.</summary>
    public static LeastSquares.Fit Baseline(SyntheticPanel p, string outcome = "Nevd", double[]? y = null) =>
        LeastSquares.TwoWay(y ?? Col(p, outcome), [Col(p, "VA"), .. ControlCols(p)], p.Province, p.Year);

    public static LeastSquares.Fit Regress(SyntheticPanel p, string outcome, params string[] regressors) =>
        LeastSquares.TwoWay(Col(p, outcome), [.. regressors.Select(r => Col(p, r)), .. ControlCols(p)], p.Province, p.Year);

    /// <summary>Nevd ~ VA + Innov + VA×Innov + controls (uncentred, as in the paper's col 7).</summary>
    public static LeastSquares.Fit Moderation(SyntheticPanel p)
    {
        var va = Col(p, "VA");
        var innov = Col(p, "Innov");
        var inter = va.Zip(innov, (a, b) => a * b).ToArray();
        return LeastSquares.TwoWay(Col(p, "Nevd"), [va, innov, inter, .. ControlCols(p)], p.Province, p.Year);
    }

    /// <summary>Hansen-form single threshold at a fixed <paramref name="gamma"/>: VA·1(VA≤γ), VA·1(VA>γ) + controls.</summary>
    public static LeastSquares.Fit ThresholdAt(SyntheticPanel p, double gamma)
    {
        var va = Col(p, "VA");
        var lo = va.Select(v => v <= gamma ? v : 0.0).ToArray();
        var hi = va.Select(v => v > gamma ? v : 0.0).ToArray();
        return LeastSquares.TwoWay(Col(p, "Nevd"), [lo, hi, .. ControlCols(p)], p.Province, p.Year);
    }

    /// <summary>SSR-minimising threshold over the observed VA values between the given quantiles.</summary>
    public static (double Gamma, LeastSquares.Fit Fit) ThresholdSearch(SyntheticPanel p, double trim = 0.10)
    {
        var sorted = p["VA"].OrderBy(v => v).ToArray();
        int lo = (int)Math.Floor(trim * sorted.Length), hi = (int)Math.Ceiling((1 - trim) * sorted.Length) - 1;
        double bestGamma = double.NaN;
        LeastSquares.Fit? best = null;
        for (int q = lo; q <= hi; q++)
        {
            var fit = ThresholdAt(p, sorted[q]);
            if (best is null || fit.Ssr < best.Ssr) { best = fit; bestGamma = sorted[q]; }
        }
        return (bestGamma, best!);
    }

    /// <summary>2SLS of Nevd on VA + controls with instrument post_tel_1984 × year.</summary>
    public static (double[] Beta, LeastSquares.Fit FirstStage) Iv(SyntheticPanel p)
    {
        var z = Enumerable.Range(0, p.RowCount).Select(r => p["post_tel_1984"][r] * p.Year[r]).ToArray();
        return LeastSquares.TwoWayIv(Col(p, "Nevd"), Col(p, "VA"), z, ControlCols(p), p.Province, p.Year);
    }

    /// <summary>Baseline on a subset of rows.</summary>
    public static LeastSquares.Fit BaselineWhere(SyntheticPanel p, Func<int, bool> keep)
    {
        var rows = Enumerable.Range(0, p.RowCount).Where(keep).ToArray();
        double[] Sub(string c) => rows.Select(r => p[c][r]).ToArray();
        return LeastSquares.TwoWay(Sub("Nevd"), [Sub("VA"), .. Controls.Select(Sub)],
            rows.Select(r => p.Province[r]).ToArray(), rows.Select(r => p.Year[r]).ToArray());
    }

    /// <summary>Pooled entropy-weight composite of the 13 indicators (min–max by direction, shift 0.0001, k = 1/ln n).</summary>
    public static double[] EntropyComposite(SyntheticPanel p)
    {
        int n = p.RowCount;
        var inds = Indicators.All;
        var norm = new double[inds.Count][];
        var weights = new double[inds.Count];
        for (int j = 0; j < inds.Count; j++)
        {
            var x = p[inds[j].Name];
            double min = x.Min(), max = x.Max();
            norm[j] = x.Select(v => (inds[j].Positive ? (v - min) : (max - v)) / (max - min) + 0.0001).ToArray();
            double total = norm[j].Sum();
            double e = -norm[j].Sum(v => v / total * Math.Log(v / total)) / Math.Log(n);
            weights[j] = 1 - e;
        }
        double wsum = weights.Sum();
        return Enumerable.Range(0, n).Select(r => Enumerable.Range(0, inds.Count).Sum(j => weights[j] / wsum * norm[j][r])).ToArray();
    }

    public static double Correlation(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        double ma = a.Average(), mb = b.Average(), sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < a.Count; i++)
        {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.Sqrt(saa * sbb);
    }
}
