namespace NevSpec.SyntheticData;

/// <summary>Economic region in the National Bureau of Statistics east/central/west division.</summary>
public enum Region { East, Central, West }

/// <summary>
/// One of the 30 mainland provincial units used in provincial-panel studies (Tibet, Hong Kong,
/// Macao and Taiwan excluded). <see cref="Development"/> and <see cref="LogPopulation"/> are rough,
/// hand-set stylised anchors (not data) so that the synthetic panel has a recognisable shape:
/// coastal provinces are more developed, western provinces less. They only centre the random draws.
/// </summary>
public sealed record Province(string Name, Region Region, double Development, double LogPopulation)
{
    public string RegionName => Region switch
    {
        Region.East => "east",
        Region.Central => "central",
        _ => "west",
    };
}

public static class Provinces
{
    /// <summary>The 30 provinces in the conventional statistical-yearbook order (east, central, west).</summary>
    public static IReadOnlyList<Province> All { get; } =
    [
        new("Beijing", Region.East, 1.80, 3.05),
        new("Tianjin", Region.East, 0.90, 2.60),
        new("Hebei", Region.East, -0.10, 4.31),
        new("Liaoning", Region.East, 0.10, 3.75),
        new("Shanghai", Region.East, 1.90, 3.21),
        new("Jiangsu", Region.East, 1.45, 4.44),
        new("Zhejiang", Region.East, 1.35, 4.19),
        new("Fujian", Region.East, 0.70, 3.69),
        new("Shandong", Region.East, 0.80, 4.62),
        new("Guangdong", Region.East, 1.60, 4.84),
        new("Hainan", Region.East, -0.30, 2.31),
        new("Shanxi", Region.Central, -0.40, 3.54),
        new("Jilin", Region.Central, -0.30, 3.17),
        new("Heilongjiang", Region.Central, -0.60, 3.45),
        new("Anhui", Region.Central, 0.40, 4.12),
        new("Jiangxi", Region.Central, -0.20, 3.82),
        new("Henan", Region.Central, 0.10, 4.59),
        new("Hubei", Region.Central, 0.45, 4.07),
        new("Hunan", Region.Central, 0.20, 4.19),
        new("Neimenggu", Region.West, -0.50, 3.17),
        new("Guangxi", Region.West, -0.40, 3.92),
        new("Chongqing", Region.West, 0.40, 3.47),
        new("Sichuan", Region.West, 0.30, 4.43),
        new("Guizhou", Region.West, -0.50, 3.65),
        new("Yunnan", Region.West, -0.60, 3.85),
        new("Shaanxi", Region.West, 0.20, 3.66),
        new("Gansu", Region.West, -1.10, 3.20),
        new("Qinghai", Region.West, -1.20, 1.78),
        new("Ningxia", Region.West, -0.90, 1.95),
        new("Xinjiang", Region.West, -0.80, 3.25),
    ];
}
