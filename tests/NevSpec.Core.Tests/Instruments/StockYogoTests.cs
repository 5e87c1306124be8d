using NevSpec.Core.Instruments;
using NevSpec.Tests;

namespace NevSpec.Core.Tests.Instruments;

/// <summary>
/// The shipped Stock–Yogo (2005) tables: byte-identical to shared/data/stock_yogo/*.csv (ivreg2's s_cdsy
/// tables; provenance in that README), and looked up as ivreg2 displays them.
/// </summary>
public class StockYogoTests
{
    [Theory]
    [InlineData("tsls_size", "TslsSize")]
    [InlineData("tsls_relative_bias", "TslsRelativeBias")]
    [InlineData("liml_size", "LimlSize")]
    [InlineData("fuller_relative_bias", "FullerRelativeBias")]
    [InlineData("fuller_maximal_bias", "FullerMaximalBias")]
    public void EmbeddedTableIsTheSharedCsv(string file, string constant)
    {
        var shipped = (string)typeof(StockYogo).Assembly.GetType("NevSpec.Core.Instruments.Internal.StockYogoTables")!
            .GetField(constant)!.GetValue(null)!;
        var source = File.ReadAllText(RepositoryPaths.InShared("data", "stock_yogo", file + ".csv")).ReplaceLineEndings("\n").TrimEnd('\n');
        Assert.Equal(source, shipped.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void OneEndogenousOneInstrumentGivesThePapersSixteenPointThirtyEight()
    {
        // The check values in shared/data/stock_yogo/README.md: K1 = 1, L1 = 1 → 16.38, 8.96, 6.66, 5.53.
        var values = StockYogo.ForTwoStageLeastSquares(1, 1);
        var size = values.Where(v => v.Table == "2SLS maximal IV size").ToArray();
        Assert.Equal([16.38, 8.96, 6.66, 5.53], size.Select(v => v.Value!.Value));
        Assert.Equal("Stock–Yogo 10 % maximal IV size", size[0].Label);
        Assert.All(values.Where(v => v.Table == "2SLS relative bias"), v => Assert.Null(v.Value)); // bias needs L1 ≥ K1 + 2
        Assert.Contains("not available", values.First(v => v.Table == "2SLS relative bias").Label);
    }

    [Fact]
    public void OutsideTheTablesIsNotAvailable()
    {
        Assert.All(StockYogo.ForTwoStageLeastSquares(3, 5).Where(v => v.Table == "2SLS maximal IV size"), v => Assert.Null(v.Value));
        Assert.All(StockYogo.ForLiml(1, 101), v => Assert.Null(v.Value));
        Assert.Equal(19.93, StockYogo.ForTwoStageLeastSquares(1, 2).First(v => v.Table == "2SLS maximal IV size").Value);
        Assert.NotNull(StockYogo.ForTwoStageLeastSquares(3, 5).First(v => v.Table == "2SLS relative bias").Value);
    }

    [Fact]
    public void ResultsCarryTheTableForTheirEstimator()
    {
        // card_overid: K1 = 1, L1 = 2 (ivreg2's own display for this run uses ivsize 19.93 …).
        Assert.Contains(new Ivreg2Fixture("card_overid/iid").Fit().Diagnostics.StockYogo, v => v.Table == "2SLS maximal IV size" && v.Value == 19.93);
        Assert.All(new Ivreg2Fixture("card_liml_overid/iid").Fit().Diagnostics.StockYogo, v => Assert.Equal("LIML maximal IV size", v.Table));
        Assert.Contains(new Ivreg2Fixture("card_fuller1_overid/iid").Fit().Diagnostics.StockYogo, v => v.Table == "Fuller maximal bias");
    }
}
