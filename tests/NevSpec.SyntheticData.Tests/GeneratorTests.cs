using System.Globalization;

namespace NevSpec.SyntheticData.Tests;

public class GeneratorTests
{
    private static readonly SyntheticPanel Default = PanelGenerator.Generate();

    private static string BundledPath()
    {
        string root = RepositoryRoot.Find(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("NevSpec.sln not found above the test binaries.");
        return RepositoryRoot.DefaultOutput(root);
    }

    [Fact]
    public void Bundled_file_is_the_default_seed_output_byte_for_byte()
    {
        byte[] onDisk = File.ReadAllBytes(BundledPath());
        byte[] regenerated = PanelGenerator.Generate(DgpParameters.DefaultSeed).ToCsvBytes();
        Assert.True(onDisk.AsSpan().SequenceEqual(regenerated),
            "specs/data/provinces.csv differs from the generator's default output; run `dotnet run --project tools/NevSpec.SyntheticData`.");
    }

    [Fact]
    public void Same_seed_gives_same_bytes_and_different_seed_gives_different_bytes()
    {
        var a = PanelGenerator.Generate(7).ToCsvBytes();
        var b = PanelGenerator.Generate(7).ToCsvBytes();
        var c = PanelGenerator.Generate(8).ToCsvBytes();
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void SplitMix64_matches_the_reference_sequence()
    {
        ulong state = 0;
        Assert.Equal(0xE220A8397B1DCDAFUL, SeededRandom.SplitMix64(ref state));
        Assert.Equal(0x6E789E6AA1B965F4UL, SeededRandom.SplitMix64(ref state));
    }

    [Fact]
    public void Normals_have_roughly_unit_variance()
    {
        var rng = new SeededRandom(1);
        var xs = Enumerable.Range(0, 20000).Select(_ => rng.NextGaussian()).ToArray();
        Assert.InRange(xs.Average(), -0.03, 0.03);
        Assert.InRange(xs.Select(x => x * x).Average(), 0.96, 1.04);
    }

    [Fact]
    public void File_has_the_documented_shape()
    {
        string[] lines = File.ReadAllText(BundledPath()).Split('\n');
        Assert.Equal("", lines[^1]);                       // trailing newline, no '\r'
        Assert.DoesNotContain(lines, l => l.Contains('\r'));
        string[] header = lines[0].Split(',');
        string[] expected =
        [
            "province", "region", "year", "Nevd", "VA", "Open", "Gov", "Urban", "Fin", "Hum",
            "Tech_Market", "CIM", "Innov", "Ind_Struct", "VA_alt", "internet_ports", "post_tel_1984", "digital_infra",
            "rd_intensity", "rd_personnel_share", "fixed_asset_intensity", "nev_output_share", "nev_patents",
            "nev_profit_margin", "charging_density", "nev_ownership", "nev_employment_share", "energy_intensity",
            "carbon_intensity", "pm25", "renewable_power_share",
        ];
        Assert.Equal(expected, header);
        var rows = lines.Skip(1).Take(lines.Length - 2).Select(l => l.Split(',')).ToArray();
        Assert.Equal(180, rows.Length);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        Assert.All(rows, r => Assert.All(r, cell => Assert.False(string.IsNullOrWhiteSpace(cell))));
        Assert.All(rows, r => Assert.All(r.Skip(3), cell =>
            Assert.True(double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v), cell)));

        // Balanced: 30 provinces, each observed exactly once in every year 2018–2023.
        var byProvince = rows.GroupBy(r => r[0]).ToArray();
        Assert.Equal(30, byProvince.Length);
        Assert.All(byProvince, g => Assert.Equal(["2018", "2019", "2020", "2021", "2022", "2023"], g.Select(r => r[2]).ToArray()));
        Assert.DoesNotContain(byProvince, g => g.Key is "Xizang" or "Tibet" or "Hong Kong" or "Macao" or "Taiwan");
        var regions = byProvince.Select(g => g.Select(r => r[1]).Distinct().Single()).ToArray();
        Assert.Equal(11, regions.Count(r => r == "east"));
        Assert.Equal(8, regions.Count(r => r == "central"));
        Assert.Equal(11, regions.Count(r => r == "west"));
    }

    [Fact]
    public void Variables_are_on_their_documented_scales()
    {
        var p = Default;
        Assert.InRange(p["Nevd"].Min(), 0.0, 1.0);
        Assert.InRange(p["Nevd"].Max(), 0.0, 1.0);
        Assert.InRange(p["VA"].Min(), 0.3, 2.5);
        Assert.InRange(p["VA"].Max(), 0.3, 2.5);
        double below = p["VA"].Count(v => v <= p.Parameters.Threshold) / (double)p.RowCount;
        Assert.InRange(below, 0.40, 0.60);
        Assert.InRange(p["Innov"].Average(), 0.14, 0.22);          // near the interaction centre 0.164
        foreach (var c in p.NumericColumns.Where(c => c != "Nevd"))
            Assert.True(p[c].Min() > 0, $"{c} should be positive");
        Assert.True(p["Urban"].Max() < 1 && p["digital_infra"].Max() < 1.2);
    }

    [Fact]
    public void Post_tel_1984_is_constant_within_each_province_and_varies_across()
    {
        var p = Default;
        var perProvince = Enumerable.Range(0, p.RowCount).GroupBy(r => p.Province[r])
            .Select(g => g.Select(r => p["post_tel_1984"][r]).Distinct().ToArray()).ToArray();
        Assert.All(perProvince, v => Assert.Single(v));
        Assert.True(perProvince.Select(v => v[0]).Distinct().Count() == 30);
    }

    [Fact]
    public void Entropy_composite_of_the_13_indicators_tracks_Nevd()
    {
        var p = Default;
        Assert.Equal(13, Indicators.All.Count);
        Assert.Equal(4, Indicators.All.Select(i => i.Dimension).Distinct().Count());
        double r = PanelAnalysis.Correlation(PanelAnalysis.EntropyComposite(p), p["Nevd"]);
        Assert.True(r > 0.95, $"corr(entropy composite, Nevd) = {r}");
        // Each indicator moves with Nevd in its stated direction.
        foreach (var ind in Indicators.All)
        {
            double c = PanelAnalysis.Correlation(p[ind.Name], p["Nevd"]);
            Assert.True(ind.Positive ? c > 0.8 : c < -0.8, $"{ind.Name}: corr {c}");
        }
    }

    [Fact]
    public void Nevd_equals_latent_mean_plus_error()
    {
        var p = Default;
        for (int r = 0; r < p.RowCount; r++)
            Assert.Equal(p.Latent["nevd_mean"][r] + p.Latent["epsilon"][r], p["Nevd"][r], 1e-8);
    }
}
