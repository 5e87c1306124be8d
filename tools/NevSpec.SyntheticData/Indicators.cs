namespace NevSpec.SyntheticData;

/// <summary>The four dimensions of the high-quality-development evaluation system.</summary>
public enum Dimension { InputIntensity, OutputIntensity, SocialDrivers, Sustainability }

/// <summary>
/// One of the 13 development indicators. The indicator is a noisy monotone function of its dimension
/// score u: value = Low + (High − Low)·u^Curvature for a positive indicator and
/// High − (High − Low)·u^Curvature for a negative one, times exp(N(0, noise²)).
/// </summary>
public sealed record Indicator(
    string Name, Dimension Dimension, bool Positive, double Low, double High, double Curvature,
    string Meaning, string Unit)
{
    public char Direction => Positive ? '+' : '-';
}

public static class Indicators
{
    public static IReadOnlyList<Indicator> All { get; } =
    [
        new("rd_intensity", Dimension.InputIntensity, true, 0.8, 6.5, 1.0,
            "R&D expenditure of the NEV industry / its operating revenue", "%"),
        new("rd_personnel_share", Dimension.InputIntensity, true, 3.0, 18.0, 0.9,
            "R&D personnel / employment in the NEV industry", "%"),
        new("fixed_asset_intensity", Dimension.InputIntensity, true, 4.0, 22.0, 1.1,
            "NEV fixed-asset investment / NEV industry revenue", "%"),
        new("nev_output_share", Dimension.OutputIntensity, true, 1.0, 45.0, 1.2,
            "NEV output / total motor-vehicle output", "%"),
        new("nev_patents", Dimension.OutputIntensity, true, 0.05, 3.5, 1.3,
            "NEV invention patents granted per 10,000 population", "patents per 10k people"),
        new("nev_profit_margin", Dimension.OutputIntensity, true, 1.5, 9.0, 0.8,
            "Total profit / operating revenue of the NEV industry", "%"),
        new("charging_density", Dimension.SocialDrivers, true, 0.5, 60.0, 1.4,
            "Public charging piles per 10,000 population", "piles per 10k people"),
        new("nev_ownership", Dimension.SocialDrivers, true, 0.5, 45.0, 1.3,
            "NEV stock per 1,000 population", "vehicles per 1k people"),
        new("nev_employment_share", Dimension.SocialDrivers, true, 0.3, 6.0, 1.0,
            "NEV industry employment / manufacturing employment", "%"),
        new("energy_intensity", Dimension.Sustainability, false, 0.25, 1.9, 0.7,
            "Energy consumption per 10,000 yuan of GDP", "tce per 10k yuan"),
        new("carbon_intensity", Dimension.Sustainability, false, 0.4, 3.5, 0.7,
            "CO2 emissions per 10,000 yuan of GDP", "t per 10k yuan"),
        new("pm25", Dimension.Sustainability, false, 18.0, 60.0, 1.0,
            "Annual mean PM2.5 concentration", "µg/m³"),
        new("renewable_power_share", Dimension.Sustainability, true, 8.0, 75.0, 1.0,
            "Non-fossil share of electricity generation", "%"),
    ];
}
