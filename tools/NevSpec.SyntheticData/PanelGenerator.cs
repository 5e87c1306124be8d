namespace NevSpec.SyntheticData;

/// <summary>
/// Generates the synthetic provincial NEV panel (30 provinces × 2018–2023). The equations are in
/// docs/data.md; every random draw comes from one <see cref="SeededRandom"/> stream in a fixed order,
/// so a seed determines the file byte for byte.
/// </summary>
public static class PanelGenerator
{
    /// <summary>Numeric columns in file order.</summary>
    public static IReadOnlyList<string> NumericColumns { get; } =
    [
        "Nevd", "VA",
        "Open", "Gov", "Urban", "Fin", "Hum",
        "Tech_Market", "CIM", "Innov", "Ind_Struct",
        "VA_alt", "internet_ports", "post_tel_1984", "digital_infra",
        .. Indicators.All.Select(i => i.Name),
    ];

    public static SyntheticPanel Generate(ulong seed = DgpParameters.DefaultSeed, DgpParameters? parameters = null)
    {
        var p = parameters ?? DgpParameters.Default;
        var rng = new SeededRandom(seed);
        var provinces = Provinces.All;
        int n = provinces.Count;
        int years = p.LastYear - p.FirstYear + 1;
        int rows = n * years;

        // ------------------------------------------------------------ province-level traits (fixed draw order)
        var dev = new double[n];
        var postTel = new double[n];
        var vaLevel = new double[n];
        var innovLevel = new double[n];
        var tmLevel = new double[n];
        var cimLevel = new double[n];
        var openLevel = new double[n];
        var govLevel = new double[n];
        var urbanLevel = new double[n];
        var finLevel = new double[n];
        var humLevel = new double[n];
        var indLevel = new double[n];
        var digLevel = new double[n];
        var portLevel = new double[n];
        var alpha = new double[n];
        var noiseScale = new double[n];
        var vol = new double[n];
        for (int i = 0; i < n; i++)
        {
            var pr = provinces[i];
            double d = pr.Development + rng.NextGaussian(0, 0.15);
            dev[i] = d;
            double popDev = pr.LogPopulation - 3.7;
            // 1984 post-and-telecom business volume, billion yuan.
            postTel[i] = Math.Exp(Math.Log(p.PostTelTypical) + 0.15 * d + 0.30 * popDev + rng.NextGaussian(0, 0.45));
            vol[i] = 1 - p.VaVolatilityGap * Math.Tanh((d - p.VaSwitch) / p.VaSwitchWidth);
            vaLevel[i] = p.VaMean + p.VaSpread * Math.Tanh((d - p.VaSwitch) / p.VaSwitchWidth) + rng.NextGaussian(0, p.VaProvinceSd);
            innovLevel[i] = p.InnovBase * Math.Exp(p.InnovProvinceSd * (0.3 * d + 0.95 * rng.NextGaussian()));
            tmLevel[i] = 0.20 + 0.09 * d + rng.NextGaussian(0, 0.04);
            cimLevel[i] = 0.15 + 0.07 * d + rng.NextGaussian(0, 0.03);
            openLevel[i] = Math.Log(0.22) + 0.6 * d + rng.NextGaussian(0, 0.25);
            govLevel[i] = Math.Log(0.24) - 0.25 * d - 0.2 * popDev + rng.NextGaussian(0, 0.12);
            urbanLevel[i] = 0.60 + 0.08 * d + rng.NextGaussian(0, 0.03);
            finLevel[i] = 1.45 + 0.25 * d + rng.NextGaussian(0, 0.2);
            humLevel[i] = 9.7 + 0.75 * d + rng.NextGaussian(0, 0.3);
            indLevel[i] = Math.Log(1.25) + 0.30 * d + rng.NextGaussian(0, 0.15);
            digLevel[i] = 0.30 + 0.15 * (vaLevel[i] - p.VaMean) + 0.05 * d + rng.NextGaussian(0, 0.04);
            portLevel[i] = pr.LogPopulation + Math.Log(45.0) + 0.25 * d + rng.NextGaussian(0, 0.1);
            alpha[i] = p.NevdIntercept + p.NevdOnDevelopment * d + rng.NextGaussian(0, p.NevdProvinceSd);
            noiseScale[i] = Math.Exp(rng.NextGaussian(0, 0.25));
        }

        var yearEffect = new double[years];
        for (int s = 0; s < years; s++)
            yearEffect[s] = p.NevdTrend * s + rng.NextGaussian(0, p.NevdYearSd);

        // ------------------------------------------------------------ province-year draws
        string[] provinceCol = new string[rows], regionCol = new string[rows];
        int[] yearCol = new int[rows];
        var cols = NumericColumns.ToDictionary(c => c, _ => new double[rows]);
        var latent = new[] { "eta", "epsilon", "nevd_mean", "dim_input", "dim_output", "dim_social", "dim_sustainability" }
            .ToDictionary(c => c, _ => new double[rows]);
        var ports = new double[rows];
        var lqNoiseCol = new double[rows];

        double vaShockInnovSd = p.VaShockSd * Math.Sqrt(1 - p.VaShockRho * p.VaShockRho);
        double epsInnovSd = Math.Sqrt(1 - p.NevdNoiseRho * p.NevdNoiseRho);
        for (int i = 0; i < n; i++)
        {
            double v = rng.NextGaussian(0, p.VaShockSd);       // stationary start of the AR(1) VA shock
            double e = rng.NextGaussian();                      // stationary start of the AR(1) Nevd error
            for (int s = 0; s < years; s++)
            {
                int r = i * years + s;
                int year = p.FirstYear + s;
                provinceCol[r] = provinces[i].Name;
                regionCol[r] = provinces[i].RegionName;
                yearCol[r] = year;

                if (s > 0)
                {
                    v = p.VaShockRho * v + rng.NextGaussian(0, vaShockInnovSd);
                    e = p.NevdNoiseRho * e + epsInnovSd * rng.NextGaussian();
                }
                double eta = year >= p.PolicyYear ? vol[i] * rng.NextGaussian() : 0.0;
                double zv = v / p.VaShockSd;                     // standardised VA shock, shared with controls

                double va = vaLevel[i] + p.VaTrend * s + p.FirstStage * (postTel[i] - p.PostTelTypical) * s + p.EtaToVa * eta + vol[i] * v;

                double open = Math.Exp(openLevel[i] - 0.02 * s + 0.05 * Mix(rng, zv, 0.2));
                double gov = Math.Exp(govLevel[i] + 0.01 * s + 0.03 * Mix(rng, zv, -0.1));
                double urban = Math.Min(0.92, urbanLevel[i] + 0.009 * s + 0.004 * Mix(rng, zv, 0.3));
                double fin = finLevel[i] + 0.04 * s + 0.05 * Mix(rng, zv, 0.1);
                double hum = humLevel[i] + 0.07 * s + 0.08 * Mix(rng, zv, 0.2);
                double ind = Math.Exp(indLevel[i] + 0.03 * s + 0.03 * rng.NextGaussian());

                double innov = innovLevel[i] + 0.010 * s + rng.NextGaussian(0, 0.015);
                double tm = tmLevel[i] + 0.012 * s + p.VaToTechMarket * va + rng.NextGaussian(0, 0.024);
                double cim = cimLevel[i] + 0.010 * s + p.VaToCim * va + rng.NextGaussian(0, 0.03);
                double dig = digLevel[i] + 0.035 * s + rng.NextGaussian(0, 0.01);
                double port = Math.Exp(portLevel[i] + 0.05 * s + rng.NextGaussian(0, 0.02));
                double lqNoise = rng.NextGaussian(0, 0.04);

                double slope = va <= p.Threshold ? p.CausalSlopeLow : p.CausalSlopeHigh;
                double mean = alpha[i] + yearEffect[s]
                    + slope * va
                    + p.VaInnovInteraction * va * (innov - p.InnovCentre)
                    + p.InnovToNevd * innov
                    + p.TechMarketToNevd * tm
                    + p.CimToNevd * cim
                    + p.OpenToNevd * open + p.GovToNevd * gov + p.UrbanToNevd * urban
                    + p.FinToNevd * fin + p.HumToNevd * hum + p.IndStructToNevd * ind
                    + p.EtaToNevd * eta;
                double eps = p.NevdNoiseSd * noiseScale[i] * e;
                double nevd = mean + eps;

                cols["Nevd"][r] = nevd;
                cols["VA"][r] = va;
                cols["Open"][r] = open;
                cols["Gov"][r] = gov;
                cols["Urban"][r] = urban;
                cols["Fin"][r] = fin;
                cols["Hum"][r] = hum;
                cols["Tech_Market"][r] = tm;
                cols["CIM"][r] = cim;
                cols["Innov"][r] = innov;
                cols["Ind_Struct"][r] = ind;
                cols["post_tel_1984"][r] = postTel[i];
                cols["digital_infra"][r] = dig;
                ports[r] = port;
                latent["eta"][r] = eta;
                latent["epsilon"][r] = eps;
                latent["nevd_mean"][r] = mean;
                lqNoiseCol[r] = lqNoise;

                // Dimension scores and the 13 indicators.
                string[] dimNames = ["dim_input", "dim_output", "dim_social", "dim_sustainability"];
                var dims = new double[4];
                for (int k = 0; k < 4; k++)
                {
                    dims[k] = nevd + rng.NextGaussian(0, p.DimensionSd);
                    latent[dimNames[k]][r] = dims[k];
                }
                foreach (var ind13 in Indicators.All)
                {
                    double u = Math.Clamp(dims[(int)ind13.Dimension], 0.005, 1.5);
                    double g = Math.Pow(u, ind13.Curvature);
                    double span = ind13.High - ind13.Low;
                    double value = ind13.Positive ? ind13.Low + span * g : ind13.High - span * g;
                    value = Math.Max(value, 0.05 * ind13.Low);
                    cols[ind13.Name][r] = value * Math.Exp(rng.NextGaussian(0, p.IndicatorNoiseSd));
                }
            }
        }

        // Internet ports (10,000 ports) and the alternative VA = location quotient × internet-port weight,
        // with weight = ports / cross-province mean ports in that year.
        for (int s = 0; s < years; s++)
        {
            double meanPorts = 0;
            for (int i = 0; i < n; i++) meanPorts += ports[i * years + s];
            meanPorts /= n;
            for (int i = 0; i < n; i++)
            {
                int r = i * years + s;
                double w = ports[r] / meanPorts;
                double lq = cols["VA"][r] * Math.Exp(lqNoiseCol[r]) / Math.Pow(w, 0.7);
                cols["internet_ports"][r] = ports[r];
                cols["VA_alt"][r] = lq * w;
            }
        }

        foreach (var col in cols.Values)
            for (int r = 0; r < rows; r++)
                col[r] = SyntheticPanel.RoundForFile(col[r]);

        return new SyntheticPanel(seed, p, provinceCol, regionCol, yearCol, NumericColumns, cols, latent);
    }

    /// <summary>A standard normal with correlation <paramref name="rho"/> to the standardised shock <paramref name="z"/>.</summary>
    private static double Mix(SeededRandom rng, double z, double rho) =>
        rho * z + Math.Sqrt(1 - rho * rho) * rng.NextGaussian();
}
