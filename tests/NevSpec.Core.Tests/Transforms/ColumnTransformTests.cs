using NevSpec.Core.Estimation;
using NevSpec.Core.Transforms;

namespace NevSpec.Core.Tests.Transforms;

public class ColumnTransformTests
{
    [Fact]
    public void LogOfPositiveValuesKeepsMissing()
    {
        var y = LogTransform.Apply("x", [1, Math.E, double.NaN]);
        Assert.Equal([0, 1], y.Take(2).Select(v => Math.Round(v, 15)));
        Assert.True(double.IsNaN(y[2]));
    }

    [Fact]
    public void LogOfNonPositiveValueNamesVariableRowAndValue()
    {
        var ex = Assert.Throws<EstimationException>(() => LogTransform.Apply("patents", [3, 0, -1, 2]));
        Assert.Contains("'patents'", ex.Message);
        Assert.Contains("2 values are not positive", ex.Message);
        Assert.Contains("row 1: 0", ex.Message);
    }

    [Fact]
    public void LagRespectsGapsInTimeAndRowOrder()
    {
        // Unit A observed 2018, 2019, 2021 (gap in 2020), unit B 2019, 2020; rows shuffled.
        var unit = Factor.FromText("id", ["A", "B", "A", "B", "A"]);
        double[] year = [2021, 2020, 2018, 2019, 2019];
        double[] x = [21, 120, 18, 119, 19];

        var lag = PanelShift.Lag("x", x, unit, year);
        Assert.True(double.IsNaN(lag[0]));   // A 2021: 2020 is missing, not 2019's value
        Assert.Equal(119, lag[1]);            // B 2020 ← B 2019
        Assert.True(double.IsNaN(lag[2]));   // first period
        Assert.True(double.IsNaN(lag[3]));   // B's first period
        Assert.Equal(18, lag[4]);             // A 2019 ← A 2018

        var lag2 = PanelShift.Lag("x", x, unit, year, 2);
        Assert.Equal(19, lag2[0]);            // A 2021 ← A 2019

        var lead = PanelShift.Lead("x", x, unit, year);
        Assert.Equal(19, lead[2]);            // A 2018 → A 2019
        Assert.True(double.IsNaN(lead[4]));  // A 2019: 2020 is missing
        Assert.Equal(120, lead[3]);
    }

    [Fact]
    public void LagOnTheProvincialPanelShiftsByOneYearWithinProvince()
    {
        var va = Indices.ProvincePanel.Column("VA");
        var lag = PanelShift.Lag("VA", va, Indices.ProvincePanel.Province, Indices.ProvincePanel.Column("year"));
        // Rows are ordered by province then year (docs/data.md): 6 rows per province.
        for (int i = 0; i < 180; i++)
            if (i % 6 == 0) Assert.True(double.IsNaN(lag[i]));
            else Assert.Equal(va[i - 1], lag[i]);
    }

    [Fact]
    public void RepeatedUnitPeriodIsAnError()
    {
        var unit = Factor.FromText("id", ["A", "A"]);
        var ex = Assert.Throws<EstimationException>(() => PanelShift.Lag("x", [1, 2], unit, [2018, 2018]));
        Assert.Contains("unit 'A'", ex.Message);
    }

    [Fact]
    public void StandardiseAndCentre()
    {
        double[] x = [1, 2, 3, double.NaN, 6];
        var z = Standardization.Standardize("x", x);
        // mean 3, SD = √((4 + 1 + 0 + 9)/3) = √(14/3)
        Assert.Equal(-2 / Math.Sqrt(14.0 / 3), z[0], 14);
        Assert.True(double.IsNaN(z[3]));
        Assert.Equal([-2, -1, 0], Standardization.Centre("x", x).Take(3));
        Assert.Equal([0, 1, 2], Standardization.Centre("x", x, at: 1).Take(3));
        var ex = Assert.Throws<EstimationException>(() => Standardization.Standardize("flat", [4, 4, 4]));
        Assert.Contains("'flat'", ex.Message);
    }

    [Fact]
    public void InteractionIsTheProductOfCentredColumns()
    {
        Assert.Equal("VA:Innov", Interaction.Name("VA", "Innov"));
        var p = Interaction.Product([1, 2, double.NaN], [3, 4, 5], centreX: 1, centreZ: 2);
        Assert.Equal(0, p[0]);
        Assert.Equal(2, p[1]);
        Assert.True(double.IsNaN(p[2]));
        Assert.Throws<ArgumentException>(() => Interaction.Product([1], [1, 2]));
    }
}
