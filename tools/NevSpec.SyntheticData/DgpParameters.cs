namespace NevSpec.SyntheticData;

/// <summary>
/// Every number of the data-generating process of the synthetic provincial panel
/// (see docs/data.md for the equations and where each value comes from in the paper).
/// Values marked "paper" are the published estimates of the virtual-agglomeration paper;
/// the others are stylised choices documented in docs/data.md.
/// </summary>
public sealed record DgpParameters
{
    /// <summary>Default seed of the bundled file specs/data/provinces.csv.</summary>
    public const ulong DefaultSeed = 20250601UL;

    public int FirstYear { get; init; } = 2018;
    public int LastYear { get; init; } = 2023;
    /// <summary>First year of the "New Infrastructure" era in which the endogeneity shock is active.</summary>
    public int PolicyYear { get; init; } = 2020;

    // ---------------------------------------------------------------- threshold (paper, Tables 6-7)
    /// <summary>Hansen threshold in VA (paper: 1.2411).</summary>
    public double Threshold { get; init; } = 1.2411;
    /// <summary>Regime slope of VA below/at the threshold as FE-OLS identifies it (paper: 0.066).</summary>
    public double RegimeSlopeLow { get; init; } = 0.066;
    /// <summary>Regime slope of VA above the threshold as FE-OLS identifies it (paper: 0.249).</summary>
    public double RegimeSlopeHigh { get; init; } = 0.249;
    /// <summary>
    /// Designed upward endogeneity bias of FE-OLS slopes of VA (the part of the paper's OLS figures that the
    /// 2SLS estimate removes: 0.161 OLS vs 0.054 2SLS). The causal direct regime slopes are
    /// RegimeSlope − Indirect − EndogeneityBias.
    /// </summary>
    public double EndogeneityBias { get; init; } = 0.107;

    // ---------------------------------------------------------------- mediation (paper, Table 5)
    /// <summary>VA → Tech_Market (paper col 2: 0.024).</summary>
    public double VaToTechMarket { get; init; } = 0.024;
    /// <summary>Tech_Market → Nevd holding VA fixed (paper col 3: 0.934).</summary>
    public double TechMarketToNevd { get; init; } = 0.934;
    /// <summary>VA → CIM (paper col 5: positive, value not reported; stylised).</summary>
    public double VaToCim { get; init; } = 0.10;
    /// <summary>CIM → Nevd (paper col 6: positive, value not reported; stylised).</summary>
    public double CimToNevd { get; init; } = 0.15;

    // ---------------------------------------------------------------- moderation (paper, Table 5 col 7)
    /// <summary>VA × Innov interaction (paper: 0.354).</summary>
    public double VaInnovInteraction { get; init; } = 0.354;
    /// <summary>
    /// Centre of Innov in the interaction; chosen so that the uncentred moderation regression's VA
    /// coefficient is 0.161 − 0.354 × 0.164 ≈ 0.103 (paper col 7: 0.103).
    /// </summary>
    public double InnovCentre { get; init; } = 0.164;
    /// <summary>Median province level of Innov at development 0 in 2018 (Innov is log-normal across provinces).</summary>
    public double InnovBase { get; init; } = 0.115;
    /// <summary>Cross-province SD of log Innov.</summary>
    public double InnovProvinceSd { get; init; } = 0.65;
    /// <summary>Direct effect of Innov on Nevd (paper: positive at 1 %, value not reported; stylised).</summary>
    public double InnovToNevd { get; init; } = 0.15;

    // ---------------------------------------------------------------- instrument (paper, Table 10)
    /// <summary>First-stage coefficient of post_tel_1984 × year on VA (paper: 1.044).</summary>
    public double FirstStage { get; init; } = 1.044;
    /// <summary>Typical (median-province) 1984 post-and-telecom volume, billion yuan.</summary>
    public double PostTelTypical { get; init; } = 0.03;
    /// <summary>Loading of the unobserved shock η on VA.</summary>
    public double EtaToVa { get; init; } = 0.06;
    /// <summary>
    /// Loading of η on Nevd; calibrated (Monte Carlo over seeds, see docs/data.md) so that the FE-OLS bias
    /// of the VA slopes is close to <see cref="EndogeneityBias"/>.
    /// </summary>
    public double EtaToNevd { get; init; } = 0.016;
    /// <summary>SD of the within-province idiosyncratic VA shock.</summary>
    public double VaShockSd { get; init; } = 0.06;
    public double VaShockRho { get; init; } = 0.3;

    // ---------------------------------------------------------------- VA process
    /// <summary>Centre of the province VA levels (core–periphery logistic in development).</summary>
    public double VaMean { get; init; } = 1.25;
    /// <summary>Half the gap between the digital core's and the periphery's VA levels.</summary>
    public double VaSpread { get; init; } = 0.55;
    /// <summary>Development level at the core–periphery switch.</summary>
    public double VaSwitch { get; init; } = 0.1;
    /// <summary>Width of the core–periphery switch in development units.</summary>
    public double VaSwitchWidth { get; init; } = 0.15;
    public double VaProvinceSd { get; init; } = 0.08;
    /// <summary>
    /// Volatility contrast: the within-province VA shocks and η are scaled by h_i = 1 − gap·tanh((d_i − switch)/width),
    /// so peripheral (small-base) provinces have more volatile VA than the digital core.
    /// </summary>
    public double VaVolatilityGap { get; init; } = 0.3;
    /// <summary>Common VA trend per year net of the instrument-driven divergence (VA is a relative index).</summary>
    public double VaTrend { get; init; } = 0.0;

    // ---------------------------------------------------------------- controls → Nevd (stylised)
    public double OpenToNevd { get; init; } = 0.04;
    public double GovToNevd { get; init; } = -0.12;
    public double UrbanToNevd { get; init; } = 0.30;
    public double FinToNevd { get; init; } = 0.015;
    public double HumToNevd { get; init; } = 0.010;
    public double IndStructToNevd { get; init; } = 0.02;

    // ---------------------------------------------------------------- Nevd fixed effects and noise
    public double NevdIntercept { get; init; } = -0.30;
    public double NevdOnDevelopment { get; init; } = -0.22;
    public double NevdProvinceSd { get; init; } = 0.025;
    public double NevdTrend { get; init; } = 0.03;
    public double NevdYearSd { get; init; } = 0.004;
    /// <summary>Typical SD of the Nevd error (scaled per province by exp(N(0, 0.25²))).</summary>
    public double NevdNoiseSd { get; init; } = 0.012;
    /// <summary>AR(1) coefficient of the Nevd error within a province (clustered noise).</summary>
    public double NevdNoiseRho { get; init; } = 0.35;

    // ---------------------------------------------------------------- indicators
    /// <summary>SD of each dimension score around Nevd.</summary>
    public double DimensionSd { get; init; } = 0.02;
    /// <summary>SD of the multiplicative measurement noise of each indicator.</summary>
    public double IndicatorNoiseSd { get; init; } = 0.03;

    /// <summary>Indirect effect of VA through both mediators: a_TM·b_TM + a_CIM·b_CIM.</summary>
    public double IndirectEffect => VaToTechMarket * TechMarketToNevd + VaToCim * CimToNevd;
    /// <summary>Causal direct slope of VA below/at the threshold.</summary>
    public double CausalSlopeLow => RegimeSlopeLow - IndirectEffect - EndogeneityBias;
    /// <summary>Causal direct slope of VA above the threshold.</summary>
    public double CausalSlopeHigh => RegimeSlopeHigh - IndirectEffect - EndogeneityBias;

    /// <summary>The default parameter set (the one behind the bundled file).</summary>
    public static DgpParameters Default { get; } = new();
}
