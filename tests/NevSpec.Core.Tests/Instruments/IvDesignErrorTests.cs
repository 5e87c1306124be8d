using NevSpec.Core.Estimation;
using NevSpec.Core.Instruments;

namespace NevSpec.Core.Tests.Instruments;

/// <summary>The model errors the issue asks for, each an <see cref="EstimationException"/> that names the problem.</summary>
public class IvDesignErrorTests
{
    private static readonly double[] A = [1, 2, 3, 4, 5, 6, 7, 8], B = [2, 1, 4, 3, 6, 5, 8, 9], C = [1, 0, 1, 1, 0, 0, 1, 0];

    private static RegressionDesign Model => new("y", [1, 3, 2, 5, 4, 6, 8, 7], ["va", "open"], [A, B], [], []);

    [Fact]
    public void FewerInstrumentsThanEndogenousRegressorsIsAnError()
    {
        var e = Assert.Throws<EstimationException>(() => IvDesign.FromRegression(Model, ["va", "open"], ["z"], [C]));
        Assert.Contains("2 endogenous regressor(s)", e.Message);
        Assert.Contains("only 1 excluded instrument(s) (z)", e.Message);
    }

    [Fact]
    public void InstrumentThatIsAlsoARegressorIsAnError()
    {
        var e = Assert.Throws<EstimationException>(() => IvDesign.FromRegression(Model, ["va"], ["open"], [B]));
        Assert.Contains("Instrument 'open' is also a regressor", e.Message);
    }

    [Fact]
    public void EndogenousRegressorNotInTheModelIsAnError()
    {
        var e = Assert.Throws<EstimationException>(() => IvDesign.FromRegression(Model, ["tech"], ["z"], [C]));
        Assert.Contains("'tech' is not a regressor", e.Message);
        Assert.Contains("va, open", e.Message);
    }

    [Fact]
    public void InstrumentCollinearWithExogenousRegressorsLeavesTheModelUnderidentified()
    {
        var design = IvDesign.FromRegression(Model, ["va"], ["z"], [B.Select(b => 2 * b + 1).ToArray()]);
        var e = Assert.Throws<EstimationException>(() => new TwoStageLeastSquares().Fit(design, new IvIidCovariance()));
        Assert.Contains("under-identified", e.Message);
        Assert.Contains("(z)", e.Message);
    }

    [Fact]
    public void FromRegressionKeepsExogenousRegressorsAndAddsTheInstruments()
    {
        var design = IvDesign.FromRegression(Model, ["va"], ["z"], [C]);
        Assert.Equal(["open"], design.ExogenousNames);
        Assert.Equal(["va"], design.EndogenousNames);
        Assert.Equal(["z"], design.InstrumentNames);
    }
}
