using NevSpec.Core.Threshold;
using NevSpec.Engine;
using ScottPlot;

namespace NevSpec.Reporting;

/// <summary>
/// The threshold LR figure (paper 1's Figure 3, Hansen 1999's Figures 1–2): for the k-th threshold
/// estimate, LR(γ) = ty·(SSE(γ)/SSE(γ̂) − 1) over the searched grid, with the 95 % critical value
/// c(0.95) = −2 ln(1 − √0.95) ≈ 7.35 as a dashed horizontal line; the 95 % confidence region is the set
/// of grid points whose curve lies below that line. Curve k is the search of the k-th threshold with
/// the first k − 1 fixed (single: γ1; double: γ2 given γ1; triple: γ3 given γ1, γ2). Drawn with
/// ScottPlot 5 (SkiaSharp), PNG and SVG.
/// </summary>
public static class ThresholdFigures
{
    /// <summary>Size of the written figures in pixels.</summary>
    public const int Width = 720, Height = 480;

    /// <summary>Level of the critical-value line.</summary>
    public const double Level = 0.95;

    private const int Dashes = 60;

    private static readonly string[] StepNames = ["single", "double", "triple"];

    /// <summary>
    /// Writes <c>&lt;analysis&gt;.lr&lt;k&gt;.png</c> and <c>.svg</c> into <paramref name="folder"/> for each
    /// threshold estimate of each successful threshold analysis; returns the paths written, in order.
    /// </summary>
    public static IReadOnlyList<string> Write(StudyResult study, string folder)
    {
        var written = new List<string>();
        foreach (var analysis in study.Analyses.OfType<ThresholdAnalysisResult>())
        {
            if (analysis.Threshold is null) continue;
            for (int k = 1; k <= analysis.Threshold.Steps.Count; k++)
            {
                var plot = Build(analysis, k);
                var stem = Path.Combine(folder, $"{analysis.Name}.lr{k}");
                File.WriteAllBytes(stem + ".png", plot.GetImageBytes(Width, Height, ImageFormat.Png));
                File.WriteAllText(stem + ".svg", plot.GetSvgXml(Width, Height));
                written.Add(stem + ".png");
                written.Add(stem + ".svg");
            }
        }
        return written;
    }

    /// <summary>The LR curve of the k-th threshold estimate (1-based) with the 95 % critical-value line.</summary>
    public static Plot Build(ThresholdAnalysisResult analysis, int k)
    {
        var result = analysis.Threshold ?? throw new ArgumentException($"Threshold '{analysis.Name}' has no result.", nameof(analysis));
        if (k < 1 || k > result.Steps.Count) throw new ArgumentOutOfRangeException(nameof(k));
        var estimate = result.Steps[k - 1].Estimate;
        double critical = ThresholdInterval.CriticalValueFor(Level);

        var plot = new Plot();
        var xs = estimate.LikelihoodRatio.Select(p => p.Threshold).ToArray();
        var ys = estimate.LikelihoodRatio.Select(p => p.Lr).ToArray();
        var curve = plot.Add.ScatterLine(xs, ys);
        curve.LineWidth = 1.5f;
        curve.Color = Colors.Black;
        curve.LegendText = "LR(γ)";

        // The dashed line is drawn as separate segments: Skia's SVG backend does not support dash path
        // effects (it would draw a solid line and complain on stderr).
        double left = xs.DefaultIfEmpty(0).Min(), right = xs.DefaultIfEmpty(1).Max(), step = (right - left) / Dashes;
        for (int d = 0; d < Dashes; d++)
        {
            var dash = plot.Add.Line(left + d * step, critical, left + (d + 0.6) * step, critical);
            dash.LineWidth = 1.2f;
            dash.Color = Colors.Black;
            dash.MarkerSize = 0;
            if (d == 0) dash.LegendText = FormattableString.Invariant($"95 % critical value {critical:F2}");
        }

        var interval = estimate.Intervals.FirstOrDefault(i => Math.Abs(i.Level - Level) < 1e-12);
        var marker = plot.Add.Marker(estimate.Value, 0);
        marker.Color = Colors.Red;
        marker.MarkerSize = 7;
        marker.LegendText = interval is null
            ? FormattableString.Invariant($"γ̂{k} = {estimate.Value:G6}")
            : FormattableString.Invariant($"γ̂{k} = {estimate.Value:G6}, 95 % CI [{interval.Lower:G6}, {interval.Upper:G6}]");

        string fixedText = estimate.FixedThresholds.Count == 0 ? ""
            : FormattableString.Invariant($" given {string.Join(", ", estimate.FixedThresholds.Select(t => t.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)))}");
        plot.Title($"{analysis.Name}: LR curve, {StepNames[k - 1]} threshold model (γ{k}{fixedText})");
        plot.XLabel($"Threshold parameter ({result.ThresholdName})");
        plot.YLabel("Likelihood ratio");
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.SetLimitsY(0, Math.Max(ys.DefaultIfEmpty(0).Max(), critical) * 1.05);
        return plot;
    }
}
