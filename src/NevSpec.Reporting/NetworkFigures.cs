using System.Globalization;
using System.Text;
using NevSpec.Engine;
using NevSpec.Engine.Networks;
using ScottPlot;

namespace NevSpec.Reporting;

/// <summary>
/// Paper 2's figures, drawn with ScottPlot 5 (SkiaSharp), PNG and SVG: per period of each <c>metrics</c> analysis the
/// degree distribution P(k) on log–log axes with its fitted OLS line and slope (Figure 1); per period of each
/// <c>classes</c> analysis a map (Figures 3–4): nodes at longitude/latitude, node size by node-resilience class, a blue
/// halo sized by internal-strength class, links with width by link-strength class, and node colour by Infomap
/// community when the spec also runs <c>communities</c> on the same network. Maps need the node table's coordinates.
/// <see cref="Write"/> also writes the ERGM goodness-of-fit figures of <see cref="ErgmFigures"/>.
/// </summary>
public static class NetworkFigures
{
    /// <summary>Size of the degree-distribution figures in pixels.</summary>
    public const int Width = 720, Height = 480;

    /// <summary>Size of the maps in pixels.</summary>
    public const int MapWidth = 960, MapHeight = 720;

    /// <summary>
    /// Writes <c>&lt;analysis&gt;.degree.&lt;period&gt;</c>, <c>&lt;analysis&gt;.map.&lt;period&gt;</c> and the ERGM goodness-of-fit
    /// figures <c>&lt;analysis&gt;.gof.&lt;period&gt;</c> (<see cref="ErgmFigures"/>) (.png and .svg) into <paramref name="folder"/>;
    /// returns the paths written, in order.
    /// </summary>
    public static IReadOnlyList<string> Write(StudyResult study, string folder)
    {
        var written = new List<string>();
        foreach (var metrics in study.NetworkAnalyses.OfType<NetworkMetricsResult>().Where(m => m.Succeeded))
            for (int i = 0; i < metrics.Periods.Count; i++)
                if (metrics.Periods[i].DegreeSlope is not null)
                    Save(DegreeDistribution(metrics, i), FileStem(folder, metrics.Name, "degree", metrics.Periods[i].Label), Width, Height, written);
        foreach (var classes in study.NetworkAnalyses.OfType<ClassesResult>().Where(c => c.Succeeded))
        {
            var communities = study.NetworkAnalyses.OfType<CommunitiesResult>()
                .FirstOrDefault(c => c.Succeeded && c.Plan.Network == classes.Plan.Network);
            for (int i = 0; i < classes.Periods.Count; i++)
                if (classes.Periods[i].Data.HasCoordinates)
                    Save(Map(classes, i, communities), FileStem(folder, classes.Name, "map", classes.Periods[i].Label), MapWidth, MapHeight, written);
        }
        written.AddRange(ErgmFigures.Write(study, folder));
        return written;
    }

    /// <summary>The degree distribution of period <paramref name="period"/> (0-based) on log–log axes with the fitted line.</summary>
    public static Plot DegreeDistribution(NetworkMetricsResult metrics, int period)
    {
        var p = metrics.Periods[period];
        var fit = p.DegreeSlope ?? throw new ArgumentException($"Period {p.Label} of '{metrics.Name}' has no degree-distribution fit.", nameof(period));
        var plot = new Plot();
        var xs = fit.Degrees.Select(k => Math.Log10(k)).ToArray();
        var ys = fit.Probabilities.Select(Math.Log10).ToArray();
        var points = plot.Add.ScatterPoints(xs, ys);
        points.Color = Colors.Black;
        points.MarkerSize = 7;
        points.LegendText = "P(k), observed degrees k ≥ 1";
        // The fit is log_b P = a + s·log_b k; in base 10 the slope is the same and the intercept is a·log10 b.
        double a10 = fit.Intercept * Math.Log10(fit.LogBase);
        var line = plot.Add.Line(xs.Min(), a10 + fit.Slope * xs.Min(), xs.Max(), a10 + fit.Slope * xs.Max());
        line.Color = Colors.Red;
        line.LineWidth = 2;
        line.MarkerSize = 0;
        line.LegendText = Invariant($"OLS fit: slope {fit.Slope:F3}, R² {fit.RSquared:F3}");
        plot.Axes.Bottom.TickGenerator = LogTicks();
        plot.Axes.Left.TickGenerator = LogTicks();
        plot.Title($"{metrics.Name}: degree distribution, {p.Label} (n = {p.Nodes})");
        plot.XLabel("Degree k (log scale)");
        plot.YLabel("P(k) (log scale)");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>The map of period <paramref name="period"/> (0-based); node colours by community when <paramref name="communities"/> is given.</summary>
    public static Plot Map(ClassesResult classes, int period, CommunitiesResult? communities = null)
    {
        var p = classes.Periods[period];
        var data = p.Data;
        if (!data.HasCoordinates) throw new ArgumentException($"Network '{classes.Plan.Network.Name}' has no coordinates (node table longitude/latitude).", nameof(classes));
        bool Located(int i) => double.IsFinite(data.Longitude[i]) && double.IsFinite(data.Latitude[i]);
        var plot = new Plot();
        var grey = Color.FromHex("#555555");

        foreach (var link in p.Links.OrderBy(l => l.Class))
        {
            if (!Located(link.From) || !Located(link.To)) continue;
            var line = plot.Add.Line(data.Longitude[link.From], data.Latitude[link.From], data.Longitude[link.To], data.Latitude[link.To]);
            line.Color = grey.WithAlpha(0.15 + 0.15 * link.Class);
            line.LineWidth = 0.3f + 0.6f * link.Class;
            line.MarkerSize = 0;
        }
        var blue = Color.FromHex("#1f77b4");
        foreach (var node in p.InternalStrength ?? [])
        {
            if (!Located(node.Node)) continue;
            var halo = plot.Add.Marker(data.Longitude[node.Node], data.Latitude[node.Node]);
            halo.MarkerShape = MarkerShape.FilledCircle;
            halo.MarkerSize = 6 + 5 * node.Class;
            halo.Color = blue.WithAlpha(0.25);
        }
        var palette = new ScottPlot.Palettes.Category10();
        var red = Color.FromHex("#d62728");
        var otherCommunities = Color.FromHex("#aaaaaa");
        // Ten colours cannot tell forty communities apart: the nine largest get colours, the rest grey.
        var community = communities?.Periods.FirstOrDefault(c => c.Label == p.Label) is { } cp ? CommunityColours(cp, palette, otherCommunities) : null;
        foreach (var node in p.Resilience.OrderBy(n => n.Class))
        {
            if (!Located(node.Node)) continue;
            var marker = plot.Add.Marker(data.Longitude[node.Node], data.Latitude[node.Node]);
            marker.MarkerShape = MarkerShape.FilledCircle;
            marker.MarkerSize = 3 + 3 * node.Class;
            marker.Color = community is not null && community.TryGetValue(node.Id, out var colour) ? colour : red;
        }

        int k = classes.Plan.Classes;
        for (int j = 1; j <= Math.Min(k, p.ResilienceBreaks.ClassCounts.Count); j++)
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = Invariant($"resilience class {j} (≤ {p.ResilienceBreaks.Breaks[j]:G3})"),
                MarkerShape = MarkerShape.FilledCircle, MarkerSize = 3 + 3 * j, MarkerFillColor = community is null ? red : grey,
                MarkerLineColor = community is null ? red : grey, LineWidth = 0,
            });
        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = "internal strength (halo size = class)", MarkerShape = MarkerShape.FilledCircle, MarkerSize = 14,
            MarkerFillColor = blue.WithAlpha(0.25), MarkerLineColor = blue.WithAlpha(0.25), LineWidth = 0,
        });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "link (width = strength class)", LineColor = grey, LineWidth = 2 });
        plot.ShowLegend(Alignment.LowerRight);
        plot.Axes.SquareUnits();
        plot.Title($"{classes.Name}: {p.Label}, {p.Resilience.Count} nodes, {p.Links.Count} links" +
                   (community is null ? "" : $", colour = the {ColouredCommunities} largest Infomap communities ({communities!.Name}), others grey"));
        plot.XLabel("Longitude (°)");
        plot.YLabel("Latitude (°)");
        return plot;
    }

    /// <summary>Communities given a colour of their own on maps (the largest; the others share grey).</summary>
    public const int ColouredCommunities = 9;

    private static Dictionary<string, Color> CommunityColours(PeriodCommunities period, IPalette palette, Color other)
    {
        var sizes = period.Sizes;
        var rank = Enumerable.Range(0, sizes.Count).OrderByDescending(m => sizes[m]).ThenBy(m => m)
            .Select((m, r) => (m, r)).ToDictionary(x => x.m, x => x.r);
        return period.NodeIds.Select((id, i) => (id, m: period.Infomap.Membership[i]))
            .ToDictionary(x => x.id, x => rank[x.m] < ColouredCommunities ? palette.GetColor(rank[x.m]) : other, StringComparer.Ordinal);
    }

    /// <summary><c>folder/analysis.kind.period</c> with the period label made file-name safe (<c>2011–2014</c> → <c>2011-2014</c>).</summary>
    public static string FileStem(string folder, string analysis, string kind, string period)
    {
        var safe = new StringBuilder();
        foreach (char c in period.Replace('–', '-').Replace('—', '-'))
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        return Path.Combine(folder, $"{analysis}.{kind}.{safe}");
    }

    private static void Save(Plot plot, string stem, int width, int height, List<string> written)
    {
        File.WriteAllBytes(stem + ".png", plot.GetImageBytes(width, height, ImageFormat.Png));
        File.WriteAllText(stem + ".svg", plot.GetSvgXml(width, height));
        written.Add(stem + ".png");
        written.Add(stem + ".svg");
    }

    private static ScottPlot.TickGenerators.NumericAutomatic LogTicks() => new()
    {
        IntegerTicksOnly = true,
        MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
        LabelFormatter = v => Math.Pow(10, v).ToString("G4", CultureInfo.InvariantCulture),
    };

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
