namespace NevSpec.SyntheticData;

/// <summary>
/// Approximate geography of a province for the city table: longitude/latitude of the capital (degrees,
/// rounded to 0.1) and the standard deviation (degrees) of the scatter of its other synthetic cities.
/// <see cref="CityCount"/> is close to, but for a few large western provinces below, the real number of
/// prefecture-level units, so that the 30 provinces hold exactly 300 synthetic cities.
/// </summary>
public sealed record ProvinceGeography(string Province, double Longitude, double Latitude, double Spread, int CityCount)
{
    public bool IsMunicipality => CityCount == 1;
}

/// <summary>One synthetic prefecture-level city. Names are synthetic: "Hubei-01" is Hubei's capital, "Hubei-02"… its
/// other cities; the four municipalities keep their own names.</summary>
public sealed record City(int Id, string Name, string Province, Region Region, double Longitude, double Latitude, bool IsCapital);

public static class Cities
{
    /// <summary>In <see cref="Provinces.All"/> order; city counts sum to 300.</summary>
    public static IReadOnlyList<ProvinceGeography> Geography { get; } =
    [
        new("Beijing", 116.4, 39.9, 0.0, 1), new("Tianjin", 117.2, 39.1, 0.0, 1), new("Hebei", 114.5, 38.0, 1.5, 11),
        new("Liaoning", 123.4, 41.8, 1.5, 14), new("Shanghai", 121.5, 31.2, 0.0, 1), new("Jiangsu", 118.8, 32.1, 1.2, 13),
        new("Zhejiang", 120.2, 30.3, 1.0, 11), new("Fujian", 119.3, 26.1, 1.0, 9), new("Shandong", 117.0, 36.7, 1.5, 16),
        new("Guangdong", 113.3, 23.1, 1.5, 19), new("Hainan", 110.3, 20.0, 0.5, 3), new("Shanxi", 112.5, 37.9, 1.2, 11),
        new("Jilin", 125.3, 43.9, 1.3, 9), new("Heilongjiang", 126.6, 45.8, 2.0, 10), new("Anhui", 117.3, 31.9, 1.2, 16),
        new("Jiangxi", 115.9, 28.7, 1.2, 11), new("Henan", 113.6, 34.8, 1.3, 17), new("Hubei", 114.3, 30.6, 1.5, 13),
        new("Hunan", 113.0, 28.2, 1.3, 14), new("Neimenggu", 111.7, 40.8, 3.0, 9), new("Guangxi", 108.3, 22.8, 1.5, 14),
        new("Chongqing", 106.5, 29.6, 0.0, 1), new("Sichuan", 104.1, 30.7, 1.8, 18), new("Guizhou", 106.7, 26.6, 1.2, 9),
        new("Yunnan", 102.7, 25.0, 1.8, 12), new("Shaanxi", 108.9, 34.3, 1.5, 10), new("Gansu", 103.8, 36.1, 2.0, 10),
        new("Qinghai", 101.8, 36.6, 1.5, 4), new("Ningxia", 106.3, 38.5, 0.8, 5), new("Xinjiang", 87.6, 43.8, 3.0, 8),
    ];

    /// <summary>Great-circle distance in km (haversine, R = 6371 km).</summary>
    public static double DistanceKm(City a, City b)
    {
        const double r = 6371.0, rad = Math.PI / 180.0;
        double dLat = (b.Latitude - a.Latitude) * rad, dLon = (b.Longitude - a.Longitude) * rad;
        double h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                 + Math.Cos(a.Latitude * rad) * Math.Cos(b.Latitude * rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * r * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }
}
