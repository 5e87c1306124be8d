using NevSpec.Core.Data;
using NevSpec.Core.Estimation;
using NevSpec.Core.Indices;
using NevSpec.Tests;

namespace NevSpec.Core.Tests.Indices;

/// <summary>The bundled synthetic provincial panel (specs/data/provinces.csv, docs/data.md) and its 13 indicators.</summary>
internal static class ProvincePanel
{
    public static readonly Lazy<DataFrame> Frame = new(() => CsvReader.Read(RepositoryPaths.InRoot("specs", "data", "provinces.csv")));

    /// <summary>The 13 development indicators with their directions (docs/data.md).</summary>
    public static readonly (string Name, bool Positive)[] IndicatorSpecs =
    [
        ("rd_intensity", true), ("rd_personnel_share", true), ("fixed_asset_intensity", true),
        ("nev_output_share", true), ("nev_patents", true), ("nev_profit_margin", true),
        ("charging_density", true), ("nev_ownership", true), ("nev_employment_share", true),
        ("energy_intensity", false), ("carbon_intensity", false), ("pm25", false), ("renewable_power_share", true),
    ];

    public static readonly string[] Controls = ["Open", "Gov", "Urban", "Fin", "Hum"];

    public static double[] Column(string name) => Frame.Value.GetNumeric(name);

    public static Indicator[] Indicators() =>
        IndicatorSpecs.Select(s => new Indicator(s.Name, s.Positive ? IndicatorDirection.Positive : IndicatorDirection.Negative, Column(s.Name))).ToArray();

    public static Factor Province => Factor.FromText("province", Frame.Value.GetText("province"));

    public static Factor Year => Factor.FromNumeric("year", Column("year"));

    /// <summary>Nevd ~ VA + controls, province and year FE, clustered by province.</summary>
    public static RegressionDesign Baseline(string outcome = "Nevd") =>
        new(outcome, Column(outcome), ["VA", .. Controls], [Column("VA"), .. Controls.Select(Column)], [Province, Year], [Province]);
}
