using System.Globalization;

namespace NevSpec.SyntheticData.Tests;

public class NetworkGeneratorTests
{
    private static readonly CopatentNetwork Default = CopatentNetworkGenerator.Generate();

    private static string DataPath(string file)
    {
        string root = RepositoryRoot.Find(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("NevSpec.sln not found above the test binaries.");
        return Path.Combine(RepositoryRoot.DataDirectory(root), file);
    }

    private static string[][] Rows(string file, string expectedHeader)
    {
        string text = File.ReadAllText(DataPath(file));
        Assert.EndsWith("\n", text);
        Assert.DoesNotContain('\r', text);
        string[] lines = text[..^1].Split('\n');
        Assert.Equal(expectedHeader, lines[0]);
        int width = expectedHeader.Split(',').Length;
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.All(rows, r => Assert.Equal(width, r.Length));
        Assert.All(rows, r => Assert.All(r, c => Assert.False(string.IsNullOrWhiteSpace(c))));
        return rows;
    }

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("cities.csv")]
    [InlineData("city_years.csv")]
    [InlineData("copatents.csv")]
    [InlineData("city_pairs.csv")]
    public void Bundled_network_files_are_the_default_seed_output_byte_for_byte(string file)
    {
        byte[] onDisk = File.ReadAllBytes(DataPath(file));
        var net = CopatentNetworkGenerator.Generate(NetworkParameters.DefaultSeed);
        byte[] regenerated = file switch
        {
            "cities.csv" => net.CitiesCsvBytes(),
            "city_years.csv" => net.CityYearsCsvBytes(),
            "city_pairs.csv" => net.CityPairsCsvBytes(),
            _ => net.CopatentsCsvBytes(),
        };
        Assert.True(onDisk.AsSpan().SequenceEqual(regenerated),
            $"specs/data/{file} differs from the generator's default output; run `dotnet run --project tools/NevSpec.SyntheticData`.");
        Assert.True(onDisk.Length < 1_000_000, $"{file} is {onDisk.Length} bytes");
    }

    [Fact]
    public void Same_seed_gives_same_bytes_and_different_seed_gives_different_bytes()
    {
        var a = CopatentNetworkGenerator.Generate(7);
        var b = CopatentNetworkGenerator.Generate(7);
        var c = CopatentNetworkGenerator.Generate(8);
        Assert.Equal(a.CitiesCsvBytes(), b.CitiesCsvBytes());
        Assert.Equal(a.CityYearsCsvBytes(), b.CityYearsCsvBytes());
        Assert.Equal(a.CopatentsCsvBytes(), b.CopatentsCsvBytes());
        Assert.NotEqual(a.CopatentsCsvBytes(), c.CopatentsCsvBytes());
        Assert.NotEqual(a.CitiesCsvBytes(), c.CitiesCsvBytes());
    }

    [Fact]
    public void City_pairs_file_lists_each_citys_nearest_neighbours_within_the_cut_off()
    {
        var rows = Rows("city_pairs.csv", "city_a,city_b,adjacent");
        var listed = rows.Select(r => (int.Parse(r[0], CultureInfo.InvariantCulture), int.Parse(r[1], CultureInfo.InvariantCulture))).ToArray();
        Assert.All(rows, r => Assert.Equal("1", r[2]));
        Assert.All(listed, p => Assert.True(p.Item1 < p.Item2));
        Assert.Equal(listed.Length, listed.Distinct().Count());
        var byId = Default.Cities.ToDictionary(c => c.Id);
        // Every listed pair is within the cut-off, and every city's nearest city within the cut-off is listed.
        Assert.All(listed, p => Assert.True(Cities.DistanceKm(byId[p.Item1], byId[p.Item2]) <= CopatentNetwork.NeighbourMaxKm));
        var set = listed.ToHashSet();
        foreach (var a in Default.Cities)
        {
            var nearest = Default.Cities.Where(b => b.Id != a.Id).MinBy(b => Cities.DistanceKm(a, b))!;
            if (Cities.DistanceKm(a, nearest) > CopatentNetwork.NeighbourMaxKm) continue;
            Assert.Contains((Math.Min(a.Id, nearest.Id), Math.Max(a.Id, nearest.Id)), set);
        }
        // Sparse: a few neighbours per city, not all pairs.
        Assert.InRange(listed.Length, 300, 300 * CopatentNetwork.NeighbourCount);
    }

    [Fact]
    public void Cities_file_has_the_documented_shape()
    {
        var rows = Rows("cities.csv", "city_id,city,province,region,longitude,latitude");
        Assert.Equal(300, rows.Length);
        Assert.Equal(Enumerable.Range(1, 300).Select(i => i.ToString(CultureInfo.InvariantCulture)), rows.Select(r => r[0]));
        Assert.Equal(300, rows.Select(r => r[1]).Distinct().Count());
        Assert.Equal(30, rows.Select(r => r[2]).Distinct().Count());
        Assert.Equal(Provinces.All.Select(p => p.Name), rows.Select(r => r[2]).Distinct());
        Assert.All(rows, r => Assert.Contains(r[3], new[] { "east", "central", "west" }));
        // Mainland China's rough bounding box.
        Assert.All(rows, r => Assert.InRange(D(r[4]), 73.0, 135.0));
        Assert.All(rows, r => Assert.InRange(D(r[5]), 18.0, 54.0));
        Assert.Contains(rows, r => r[1] == "Beijing");
        Assert.Contains(rows, r => r[1] == "Hubei-01" && r[2] == "Hubei");
    }

    [Fact]
    public void City_years_file_is_a_balanced_positive_long_panel()
    {
        var rows = Rows("city_years.csv", "city_id,year,gdp,edu_spending,st_spending");
        Assert.Equal(300 * 11, rows.Length);
        Assert.All(rows.GroupBy(r => r[0]), g => Assert.Equal(Enumerable.Range(2011, 11).Select(y => y.ToString(CultureInfo.InvariantCulture)), g.Select(r => r[1])));
        Assert.All(rows, r => Assert.True(D(r[2]) > 0 && D(r[3]) > 0 && D(r[4]) > 0, string.Join(",", r)));
        // Spending is a small share of GDP; GDP grows on average.
        Assert.All(rows, r => Assert.True(D(r[3]) < 0.1 * D(r[2]) && D(r[4]) < 0.1 * D(r[2])));
        double g2011 = rows.Where(r => r[1] == "2011").Sum(r => D(r[2])), g2021 = rows.Where(r => r[1] == "2021").Sum(r => D(r[2]));
        Assert.InRange(g2021 / g2011, 1.6, 2.6);
    }

    [Fact]
    public void Copatents_file_has_the_documented_shape()
    {
        var rows = Rows("copatents.csv", "year,city_a,city_b,count");
        var recs = rows.Select(r => (Year: int.Parse(r[0], CultureInfo.InvariantCulture), A: int.Parse(r[1], CultureInfo.InvariantCulture),
            B: int.Parse(r[2], CultureInfo.InvariantCulture), Count: int.Parse(r[3], CultureInfo.InvariantCulture))).ToArray();
        Assert.All(recs, r => Assert.InRange(r.Year, 2011, 2021));
        Assert.All(recs, r => Assert.True(r.A >= 1 && r.A <= r.B && r.B <= 300, $"{r}"));
        Assert.All(recs, r => Assert.True(r.Count >= 1));
        // Sorted by year, city_a, city_b, with no duplicate key.
        var keys = recs.Select(r => (r.Year, r.A, r.B)).ToArray();
        Assert.Equal(keys.OrderBy(k => k.Year).ThenBy(k => k.A).ThenBy(k => k.B), keys);
        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.All(Enumerable.Range(2011, 11), y => Assert.Contains(recs, r => r.Year == y && r.A == r.B));
        Assert.All(Enumerable.Range(2011, 11), y => Assert.Contains(recs, r => r.Year == y && r.A != r.B));
        // Internal cooperation is the main mode overall (paper 2, section 3.4).
        Assert.True(recs.Where(r => r.A == r.B).Sum(r => r.Count) > recs.Where(r => r.A != r.B).Sum(r => r.Count));
    }

    // Paper 2: stage 1 92 / 181 / 628 / 3.93, stage 2 158 / 415 / 2,740 / 5.25, stage 3 "close to all" cities,
    // average degree 8.03. Bands: cities ±10 %, pairs ±15 %, collaborations ±20 %, average degree ±10 %;
    // stage 3: at least 270 of 300 cities, pairs within ±15 % of 8.03 × cities / 2.
    [Fact]
    public void Per_stage_figures_are_within_the_stated_bands_of_the_paper()
    {
        var s = NetworkStages.All(Default);
        static void Near(double actual, double target, double rel, string what) =>
            Assert.True(Math.Abs(actual - target) <= rel * target, $"{what}: {actual} vs paper {target} (±{rel:P0})");
        Near(s[0].Cities, 92, 0.10, "stage 1 cities");
        Near(s[0].Pairs, 181, 0.15, "stage 1 pairs");
        Near(s[0].Collaborations, 628, 0.20, "stage 1 collaborations");
        Near(s[0].AverageDegree, 3.93, 0.10, "stage 1 average degree");
        Near(s[1].Cities, 158, 0.10, "stage 2 cities");
        Near(s[1].Pairs, 415, 0.15, "stage 2 pairs");
        Near(s[1].Collaborations, 2740, 0.20, "stage 2 collaborations");
        Near(s[1].AverageDegree, 5.25, 0.10, "stage 2 average degree");
        Assert.InRange(s[2].Cities, 270, 300);
        Near(s[2].Pairs, 8.03 * s[2].Cities / 2, 0.15, "stage 3 pairs");
        Near(s[2].AverageDegree, 8.03, 0.10, "stage 3 average degree");
        // Growth: more cities, pairs, collaborations and a higher average degree in every stage.
        for (int k = 1; k < 3; k++)
            Assert.True(s[k].Cities > s[k - 1].Cities && s[k].Pairs > s[k - 1].Pairs
                && s[k].Collaborations > s[k - 1].Collaborations && s[k].AverageDegree > s[k - 1].AverageDegree);
    }

    [Fact]
    public void Stage_helper_counts_a_hand_made_example()
    {
        // Three cities in 2011–14: pairs (1,2) twice and (2,3) once, plus internal records that do not count.
        var recs = new[] { (2011, 1, 2, 3), (2012, 1, 2, 4), (2013, 2, 3, 5), (2013, 3, 3, 9), (2015, 1, 3, 7) };
        var s = NetworkStages.Compute(recs, "s1", 2011, 2014);
        Assert.Equal(new StageFigures("s1", 3, 2, 12, 4.0 / 3.0, 9), s);
    }

    [Fact]
    public void Bands_can_fail_a_network_without_growth()
    {
        // A process with no links after 2011 must miss the stage-2 bands.
        var flat = CopatentNetworkGenerator.Generate(NetworkParameters.DefaultSeed,
            new NetworkParameters { Entrants = [92], ExtraLinks = [90] });
        var s = NetworkStages.All(flat);
        Assert.True(Math.Abs(s[1].Cities - 158) > 0.10 * 158);
    }

    [Fact]
    public void Network_is_shaped_by_distance_region_and_size()
    {
        var net = Default;
        var inter = net.Records.Where(r => !r.IsInternal).ToArray();
        var city = net.Cities.ToDictionary(c => c.Id);
        // Mean link distance is well below the mean distance of all city pairs (gravity in distance).
        double linkKm = inter.Average(r => Cities.DistanceKm(city[r.CityA], city[r.CityB]));
        double allKm = net.Cities.SelectMany(a => net.Cities.Where(b => b.Id > a.Id).Select(b => Cities.DistanceKm(a, b))).Average();
        Assert.True(linkKm < 0.8 * allKm, $"link {linkKm:F0} km vs all pairs {allKm:F0} km");
        // Same-region links are over-represented relative to random pairs.
        double sameRegionLinks = inter.Average(r => city[r.CityA].Region == city[r.CityB].Region ? 1.0 : 0.0);
        double sameRegionPairs = net.Cities.SelectMany(a => net.Cities.Where(b => b.Id > a.Id).Select(b => a.Region == b.Region ? 1.0 : 0.0)).Average();
        Assert.True(sameRegionLinks > sameRegionPairs + 0.05, $"{sameRegionLinks} vs {sameRegionPairs}");
        // Heavy-tailed degrees in stage 3 (preferential attachment): max degree > 5 × average, most cities below the mean.
        var deg = inter.Where(r => r.Year >= 2018).Select(r => (r.CityA, r.CityB)).Distinct()
            .SelectMany(p => new[] { p.CityA, p.CityB }).GroupBy(x => x).Select(g => g.Count()).ToArray();
        Assert.True(deg.Max() > 5 * deg.Average(), $"max {deg.Max()} avg {deg.Average()}");
        Assert.True(deg.Count(d => d < deg.Average()) > 0.55 * deg.Length);
    }
}
