using System.Globalization;
using NevSpec.Core.Ergm;
using NevSpec.Engine;
using NevSpec.Engine.Networks;
using ScottPlot;
using SkiaSharp;

namespace NevSpec.Reporting;

/// <summary>
/// The ERGM goodness-of-fit figure (statnet's <c>plot(gof(fit))</c>), one per period of each <c>ergm</c> analysis: three
/// panels side by side — degree, edgewise shared partners and geodesic distance — each with the observed counts as a black
/// line, the mean of the simulated networks as a blue line and their 2.5–97.5 % range as a blue band. Counts, not
/// statnet's log-odds of proportions, so the panels read like the goodness-of-fit tables; every k is drawn (the tables cut
/// long tails). Drawn with ScottPlot 5 (SkiaSharp), PNG and SVG.
/// </summary>
public static class ErgmFigures
{
    /// <summary>Size of one panel in pixels; the figure is three panels wide.</summary>
    public const int PanelWidth = 560, Height = 440;

    /// <summary>
    /// Writes <c>&lt;analysis&gt;.gof.&lt;period&gt;</c> (.png and .svg) into <paramref name="folder"/> for every period with a
    /// goodness of fit of every successful ERGM analysis; returns the paths written, in order.
    /// </summary>
    public static IReadOnlyList<string> Write(StudyResult study, string folder)
    {
        var written = new List<string>();
        foreach (var ergm in study.NetworkAnalyses.OfType<ErgmAnalysisResult>().Where(e => e.Succeeded))
            for (int i = 0; i < ergm.Periods.Count; i++)
                if (ergm.Periods[i].Fit.GoodnessOfFit is not null)
                {
                    var stem = NetworkFigures.FileStem(folder, ergm.Name, "gof", ergm.Periods[i].Label);
                    var panels = Panels(ergm, i);
                    File.WriteAllBytes(stem + ".png", Png(panels));
                    File.WriteAllText(stem + ".svg", Svg(panels));
                    written.Add(stem + ".png");
                    written.Add(stem + ".svg");
                }
        return written;
    }

    /// <summary>The three panels (degree, edgewise shared partners, geodesic distance) of period <paramref name="period"/> (0-based).</summary>
    public static IReadOnlyList<Plot> Panels(ErgmAnalysisResult ergm, int period)
    {
        var p = ergm.Periods[period];
        var gof = p.Fit.GoodnessOfFit ?? throw new ArgumentException($"Period {p.Label} of '{ergm.Name}' has no goodness of fit (gof = 0 or the fit is not final).", nameof(period));
        string head = $"{ergm.Name}, {p.Label}: ";
        return
        [
            Panel(gof.Degree, head + "degree", "Degree k", "Nodes with degree k", gof.Simulations),
            Panel(gof.EdgewiseSharedPartners, head + "edgewise shared partners", "Shared partners k", "Ties with k shared partners", gof.Simulations),
            Panel(gof.GeodesicDistance, head + "geodesic distance", "Distance k (Inf: unreachable)", "Node pairs at distance k", gof.Simulations),
        ];
    }

    private static Plot Panel(ErgmGofTable table, string title, string xLabel, string yLabel, int simulations)
    {
        var rows = table.Rows;
        // x is k itself; "Inf" (unreachable pairs) sits one step after the largest finite distance.
        var xs = new double[rows.Count];
        for (int r = 0; r < rows.Count; r++)
            xs[r] = rows[r].Label == "Inf" ? (r == 0 ? 1 : xs[r - 1] + 1) : double.Parse(rows[r].Label, CultureInfo.InvariantCulture);
        var plot = new Plot();
        var blue = Color.FromHex("#1f77b4");
        var band = plot.Add.FillY(xs, rows.Select(r => r.Lower).ToArray(), rows.Select(r => r.Upper).ToArray());
        band.FillColor = blue.WithAlpha(0.25);
        band.LineWidth = 0;
        band.LegendText = $"simulated 95 % range ({simulations} networks)";
        var mean = plot.Add.ScatterLine(xs, rows.Select(r => r.Mean).ToArray());
        mean.Color = blue;
        mean.LineWidth = 1.5f;
        mean.LegendText = "simulated mean";
        var observed = plot.Add.Scatter(xs, rows.Select(r => r.Observed).ToArray());
        observed.Color = Colors.Black;
        observed.LineWidth = 1.5f;
        observed.MarkerSize = 4;
        observed.LegendText = "observed";
        if (rows.Count > 0 && rows[^1].Label == "Inf")
        {
            var ticks = new ScottPlot.TickGenerators.NumericManual();
            int step = Math.Max(1, (int)Math.Ceiling(rows.Count / 12.0));
            for (int r = 0; r < rows.Count; r++)
                if (r % step == 0 || r == rows.Count - 1) ticks.AddMajor(xs[r], rows[r].Label);
            plot.Axes.Bottom.TickGenerator = ticks;
        }
        else plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Title(title, size: 13);
        plot.XLabel(xLabel, size: 12);
        plot.YLabel(yLabel, size: 12);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static byte[] Png(IReadOnlyList<Plot> panels)
    {
        using var surface = SKSurface.Create(new SKImageInfo(PanelWidth * panels.Count, Height));
        Draw(surface.Canvas, panels);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static string Svg(IReadOnlyList<Plot> panels)
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, PanelWidth * panels.Count, Height), stream))
            Draw(canvas, panels);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Draw(SKCanvas canvas, IReadOnlyList<Plot> panels)
    {
        canvas.Clear(SKColors.White);
        for (int i = 0; i < panels.Count; i++)
        {
            // A plot clears its canvas before drawing; the clip keeps each panel from wiping the ones drawn before it.
            canvas.Save();
            canvas.ClipRect(new SKRect(i * PanelWidth, 0, (i + 1) * PanelWidth, Height));
            panels[i].Render(canvas, new PixelRect(new Pixel(i * PanelWidth, 0), new PixelSize(PanelWidth, Height)));
            canvas.Restore();
        }
    }
}
