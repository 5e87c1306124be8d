using NevSpec.Core.Estimation;

namespace NevSpec.Core.Tests.Estimation;

public class FactorTests
{
    [Fact]
    public void NumericLevelsFollowSortedValuesAndNaNIsMissing()
    {
        var f = Factor.FromNumeric("g", [3, 1, double.NaN, 3, 2]);
        Assert.Equal([2, 0, -1, 2, 1], f.Codes);
        Assert.Equal(3, f.Levels);
    }

    [Fact]
    public void TextLevelsFollowOrdinalOrderAndNullIsMissing()
    {
        var f = Factor.FromText("g", ["b", "B", null, "a", "b"]);
        Assert.Equal(["B", "a", "b"], f.LevelLabels);
        Assert.Equal([2, 0, -1, 1, 2], f.Codes);
    }
}
