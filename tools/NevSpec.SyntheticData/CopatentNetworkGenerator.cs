using System.Globalization;
using System.Text;

namespace NevSpec.SyntheticData;

/// <summary>City attributes in one year (100 million yuan, i.e. 亿元).</summary>
public sealed record CityYear(int CityId, int Year, double Gdp, double EduSpending, double StSpending);

/// <summary>One co-patent record: <c>CityA &lt;= CityB</c>; <c>CityA == CityB</c> is internal (same-city) cooperation.</summary>
public sealed record CopatentRecord(int Year, int CityA, int CityB, int Count)
{
    public bool IsInternal => CityA == CityB;
}

/// <summary>Parameters of the co-patent network process (documented in docs/data.md, "Co-patent network").</summary>
public sealed record NetworkParameters
{
    public const ulong DefaultSeed = 20110101;
    public int FirstYear { get; init; } = 2011;
    public int LastYear { get; init; } = 2021;
    /// <summary>Cities entering the network per year (each with one link to an active city).</summary>
    public int[] Entrants { get; init; } = [30, 20, 20, 22, 22, 23, 25, 35, 35, 35, 25];
    /// <summary>Additional new links among active cities per year.</summary>
    public int[] ExtraLinks { get; init; } = [15, 20, 25, 30, 63, 73, 77, 140, 155, 170, 175];
    /// <summary>Mass exponents on GDP, education and S&amp;T spending.</summary>
    public double MassGdp { get; init; } = 0.18;
    public double MassEdu { get; init; } = 0.09;
    public double MassSt { get; init; } = 0.09;
    /// <summary>Exponent on mass in the entry order.</summary>
    public double EntryTheta { get; init; } = 1.5;
    /// <summary>Preferential-attachment exponent on (degree + 1).</summary>
    public double Gamma { get; init; } = 0.8;
    /// <summary>Distance decay (1 + d/D0)^-beta_t with beta_t = Beta0 - Beta1 (t - FirstYear).</summary>
    public double D0Km { get; init; } = 100.0;
    public double Beta0 { get; init; } = 1.6;
    public double Beta1 { get; init; } = 0.08;
    /// <summary>Clustering bonus: multiplier 1 + RhoProvince [same province] + RhoRegion [same region].</summary>
    public double RhoProvince { get; init; } = 2.0;
    public double RhoRegion { get; init; } = 0.5;
    /// <summary>Probability an existing tie has at least one co-patent in a later year.</summary>
    public double TieActivity { get; init; } = 0.4;
    /// <summary>Intensity: count = 1 + Poisson(Lambda0 exp(LambdaGrowth (t - FirstYear)) eta_ij sqrt(M_i M_j)).</summary>
    public double Lambda0 { get; init; } = 0.45;
    public double LambdaGrowth { get; init; } = 0.30;
    /// <summary>Log-sd of the tie-specific strength eta_ij (mean 1).</summary>
    public double EtaSigma { get; init; } = 1.0;
    /// <summary>Internal cooperation: Poisson(Kappa0 exp(KappaGrowth (t - FirstYear)) M_i^1.5) for entered cities.</summary>
    public double Kappa0 { get; init; } = 8.0;
    public double KappaGrowth { get; init; } = 0.15;
}

public sealed class CopatentNetwork
{
    internal CopatentNetwork(ulong seed, NetworkParameters p, IReadOnlyList<City> cities, IReadOnlyList<CityYear> cityYears,
        IReadOnlyList<CopatentRecord> records)
    {
        Seed = seed; Parameters = p; Cities = cities; CityYears = cityYears; Records = records;
    }

    public ulong Seed { get; }
    public NetworkParameters Parameters { get; }
    public IReadOnlyList<City> Cities { get; }
    public IReadOnlyList<CityYear> CityYears { get; }
    public IReadOnlyList<CopatentRecord> Records { get; }

    private static string F(double v, string fmt) => v.ToString(fmt, CultureInfo.InvariantCulture);

    public byte[] CitiesCsvBytes()
    {
        var sb = new StringBuilder("city_id,city,province,region,longitude,latitude\n");
        foreach (var c in Cities)
            sb.Append(c.Id).Append(',').Append(c.Name).Append(',').Append(c.Province).Append(',')
              .Append(new Province(c.Province, c.Region, 0, 0).RegionName).Append(',')
              .Append(F(c.Longitude, "F2")).Append(',').Append(F(c.Latitude, "F2")).Append('\n');
        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }

    public byte[] CityYearsCsvBytes()
    {
        var sb = new StringBuilder("city_id,year,gdp,edu_spending,st_spending\n");
        foreach (var r in CityYears)
            sb.Append(r.CityId).Append(',').Append(r.Year).Append(',').Append(F(r.Gdp, "F1")).Append(',')
              .Append(F(r.EduSpending, "F2")).Append(',').Append(F(r.StSpending, "F2")).Append('\n');
        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }

    /// <summary>
    /// Geographic adjacency of cities: pairs <c>city_a &lt; city_b</c> where either city is among the other's
    /// <see cref="NeighbourCount"/> nearest cities and the two are at most <see cref="NeighbourMaxKm"/> apart. Computed
    /// from the coordinates only (no random draws), so the other files' streams are unaffected. Only adjacent pairs are
    /// listed (<c>adjacent = 1</c>); a pair-table lookup treats an unlisted pair as 0.
    /// </summary>
    public IReadOnlyList<(int CityA, int CityB)> AdjacentPairs()
    {
        var pairs = new SortedSet<(int, int)>();
        foreach (var a in Cities)
        {
            var nearest = Cities.Where(b => b.Id != a.Id)
                .Select(b => (City: b, Km: NevSpec.SyntheticData.Cities.DistanceKm(a, b)))
                .OrderBy(x => x.Km).ThenBy(x => x.City.Id)
                .Take(NeighbourCount)
                .Where(x => x.Km <= NeighbourMaxKm);
            foreach (var (b, _) in nearest)
                pairs.Add((Math.Min(a.Id, b.Id), Math.Max(a.Id, b.Id)));
        }
        return pairs.ToArray();
    }

    /// <summary>Nearest cities that count as a city's neighbours.</summary>
    public const int NeighbourCount = 4;

    /// <summary>Neighbours farther apart than this (km) are not adjacent (islands, the far west).</summary>
    public const double NeighbourMaxKm = 300.0;

    public byte[] CityPairsCsvBytes()
    {
        var sb = new StringBuilder("city_a,city_b,adjacent\n");
        foreach (var (a, b) in AdjacentPairs())
            sb.Append(a).Append(',').Append(b).Append(",1\n");
        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }

    public byte[] CopatentsCsvBytes()
    {
        var sb = new StringBuilder("year,city_a,city_b,count\n");
        foreach (var r in Records)
            sb.Append(r.Year).Append(',').Append(r.CityA).Append(',').Append(r.CityB).Append(',').Append(r.Count).Append('\n');
        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }
}

/// <summary>
/// Deterministic generator of the synthetic co-patent network (paper 2's shape). One <see cref="SeededRandom"/>
/// stream, drawn in a fixed order: city geography, city attributes, then year by year entry, new links, tie
/// counts and internal counts. See docs/data.md for the equations.
/// </summary>
public static class CopatentNetworkGenerator
{
    public static CopatentNetwork Generate(ulong seed = NetworkParameters.DefaultSeed, NetworkParameters? parameters = null)
    {
        var p = parameters ?? new NetworkParameters();
        var rng = new SeededRandom(seed);
        int years = p.LastYear - p.FirstYear + 1;

        // 1. Cities: capital at the province's coordinates, others scattered N(capital, Spread²) per axis.
        var cities = new List<City>();
        var dev = new List<double>();
        for (int q = 0; q < Provinces.All.Count; q++)
        {
            var prov = Provinces.All[q];
            var geo = Cities.Geography[q];
            for (int k = 0; k < geo.CityCount; k++)
            {
                double lon = geo.Longitude, lat = geo.Latitude;
                if (k > 0)
                {
                    lon += rng.NextGaussian(0, geo.Spread);
                    lat += rng.NextGaussian(0, geo.Spread * 0.7);
                }
                string name = geo.IsMunicipality ? prov.Name : $"{prov.Name}-{k + 1:00}";
                cities.Add(new City(cities.Count + 1, name, prov.Name, prov.Region, Math.Round(lon, 2), Math.Round(lat, 2), k == 0));
                dev.Add(prov.Development);
            }
        }
        int n = cities.Count;

        // 2. Attributes: log GDP_i,2011 = 6.6 + 0.8 dev + 1.0 capital + 1.5 municipality + 0.5 z; growth g_i + 0.015 e_it.
        var gdp = new double[n, years];
        var edu = new double[n, years];
        var st = new double[n, years];
        var cityYears = new List<CityYear>();
        for (int i = 0; i < n; i++)
        {
            var c = cities[i];
            bool muni = Cities.Geography.First(g => g.Province == c.Province).IsMunicipality;
            double lg = 6.6 + 0.8 * dev[i] + (c.IsCapital && !muni ? 1.0 : 0.0) + (muni ? 1.5 : 0.0) + rng.NextGaussian(0, 0.5);
            double growth = 0.075 + 0.01 * dev[i] + rng.NextGaussian(0, 0.015);
            double eduShare = 0.03 * Math.Exp(rng.NextGaussian(0, 0.2));
            double stShare = 0.004 * Math.Exp(0.5 * dev[i] + (c.IsCapital ? 0.4 : 0.0) + rng.NextGaussian(0, 0.4));
            for (int t = 0; t < years; t++)
            {
                if (t > 0) lg += growth - 0.003 * t + rng.NextGaussian(0, 0.015);
                double g = Math.Round(Math.Exp(lg), 1);
                double e = Math.Round(g * eduShare * Math.Exp(rng.NextGaussian(0, 0.05)), 2);
                double s = Math.Round(g * stShare * Math.Exp(0.03 * t + rng.NextGaussian(0, 0.08)), 2);
                gdp[i, t] = g; edu[i, t] = e; st[i, t] = s;
                cityYears.Add(new CityYear(c.Id, p.FirstYear + t, g, e, s));
            }
        }

        var dist = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                dist[i, j] = Cities.DistanceKm(cities[i], cities[j]);

        // 3. Network growth.
        var entered = new bool[n];
        var active = new List<int>();
        var degree = new int[n];
        var ties = new List<(int A, int B, double Eta)>();
        var tieSet = new HashSet<(int, int)>();
        var records = new List<CopatentRecord>();
        var mass = new double[n];

        for (int t = 0; t < years; t++)
        {
            int year = p.FirstYear + t;
            // Mass M_it = gdp^a edu^b st^c, normalised to mean 1 over all cities.
            double sum = 0;
            for (int i = 0; i < n; i++)
            {
                mass[i] = Math.Exp(p.MassGdp * Math.Log(gdp[i, t]) + p.MassEdu * Math.Log(edu[i, t]) + p.MassSt * Math.Log(st[i, t]));
                sum += mass[i];
            }
            for (int i = 0; i < n; i++) mass[i] *= n / sum;
            double beta = p.Beta0 - p.Beta1 * t;
            var formedThisYear = new HashSet<(int, int)>();

            double Affinity(int i, int j)
            {
                double c = 1.0 + (cities[i].Province == cities[j].Province ? p.RhoProvince : 0.0)
                               + (cities[i].Region == cities[j].Region ? p.RhoRegion : 0.0);
                return Math.Pow(degree[j] + 1, p.Gamma) * mass[j] * Math.Pow(1 + dist[i, j] / p.D0Km, -beta) * c;
            }

            void AddTie(int i, int j)
            {
                var key = i < j ? (i, j) : (j, i);
                tieSet.Add(key);
                formedThisYear.Add(key);
                ties.Add((key.Item1, key.Item2, Math.Exp(rng.NextGaussian(-0.5 * p.EtaSigma * p.EtaSigma, p.EtaSigma))));
                degree[i]++; degree[j]++;
            }

            // 3a. Entry: sample without replacement ∝ M^theta; each entrant links to an active city ∝ affinity.
            int entrants = t < p.Entrants.Length ? p.Entrants[t] : 0;
            for (int e = 0; e < entrants; e++)
            {
                var pool = Enumerable.Range(0, n).Where(i => !entered[i]).ToArray();
                if (pool.Length == 0) break;
                int i = pool[Sample(rng, pool.Select(c => Math.Pow(mass[c], p.EntryTheta)).ToArray())];
                entered[i] = true;
                if (active.Count > 0)
                {
                    var cand = active.ToArray();
                    int j = cand[Sample(rng, cand.Select(c => Affinity(i, c)).ToArray())];
                    AddTie(i, j);
                }
                active.Add(i);
            }

            // 3b. Extra links: i ∝ M_i (k_i+1)^gamma, then j ∝ affinity among non-neighbours.
            int extra = t < p.ExtraLinks.Length ? p.ExtraLinks[t] : 0;
            for (int e = 0; e < extra; e++)
            {
                // Saturated cities (linked to every active city) cannot start a link.
                var act = active.Where(c => degree[c] < active.Count - 1).ToArray();
                if (act.Length < 2) break;
                int i = act[Sample(rng, act.Select(c => mass[c] * Math.Pow(degree[c] + 1, p.Gamma)).ToArray())];
                var cand = active.Where(c => c != i && !tieSet.Contains(i < c ? (i, c) : (c, i))).ToArray();
                int j = cand[Sample(rng, cand.Select(c => Affinity(i, c)).ToArray())];
                AddTie(i, j);
            }

            // 3c. Counts on ties: new ties always, older ties with probability TieActivity.
            double lambda = p.Lambda0 * Math.Exp(p.LambdaGrowth * t);
            var yearRecords = new List<CopatentRecord>();
            foreach (var (a, b, eta) in ties)
            {
                bool isNew = formedThisYear.Contains((a, b));
                bool on = rng.NextDouble() < p.TieActivity;
                if (!isNew && !on) continue;
                int count = 1 + Poisson(rng, lambda * eta * Math.Sqrt(mass[a] * mass[b]));
                yearRecords.Add(new CopatentRecord(year, cities[a].Id, cities[b].Id, count));
            }
            // 3d. Internal cooperation for entered cities (rows with zero count are not written).
            double kappa = p.Kappa0 * Math.Exp(p.KappaGrowth * t);
            for (int i = 0; i < n; i++)
            {
                if (!entered[i]) continue;
                int count = Poisson(rng, kappa * Math.Pow(mass[i], 1.5));
                if (count > 0) yearRecords.Add(new CopatentRecord(year, cities[i].Id, cities[i].Id, count));
            }
            records.AddRange(yearRecords.OrderBy(r => r.CityA).ThenBy(r => r.CityB));
        }

        return new CopatentNetwork(seed, p, cities, cityYears, records);
    }

    /// <summary>Index drawn with probability ∝ weights (one uniform; inverse CDF by linear scan).</summary>
    private static int Sample(SeededRandom rng, double[] w)
    {
        double total = 0;
        foreach (var x in w) total += x;
        double u = rng.NextDouble() * total, acc = 0;
        for (int k = 0; k < w.Length; k++)
        {
            acc += w[k];
            if (u < acc) return k;
        }
        return w.Length - 1;
    }

    /// <summary>Poisson draw: Knuth's product method for mean ≤ 30, else rounded normal N(mu, mu) clamped at 0.</summary>
    private static int Poisson(SeededRandom rng, double mu)
    {
        if (mu <= 0) return 0;
        if (mu > 30) return Math.Max(0, (int)Math.Round(rng.NextGaussian(mu, Math.Sqrt(mu))));
        double limit = Math.Exp(-mu), prod = rng.NextDouble();
        int k = 0;
        while (prod > limit) { k++; prod *= rng.NextDouble(); }
        return k;
    }
}
