using NevSpec.Core.Estimation;
using NevSpec.Core.Tests.Support;

namespace NevSpec.Core.Tests.Estimation;

/// <summary>Listwise deletion, singletons, collinear regressors and designs that cannot be estimated.</summary>
public class SampleAndCollinearityTests
{
    private static Factor Ids(params int[] codes) => Factor.FromNumeric("id", codes.Select(c => c < 0 ? double.NaN : c).ToArray());

    [Fact]
    public void MissingValuesAreDeletedListwiseAndCounted()
    {
        var d = Grunfeld.Design([Grunfeld.Firm]);
        var inv = (double[])d.Outcome.Clone();
        var value = (double[])d.Regressors[0].Clone();
        var firm = Grunfeld.Firm.Codes;
        inv[3] = double.NaN;
        value[3] = double.NaN;  // same row: counted once in DroppedMissing
        value[50] = double.NaN;
        firm[120] = -1;
        var design = d with
        {
            Outcome = inv,
            Regressors = [value, d.Regressors[1]],
            FixedEffects = [new Factor("firm", firm, Grunfeld.Firm.LevelLabels)],
        };
        var result = new FixedEffectsOls().Fit(design, new IidCovariance());
        Assert.Equal(3, result.DroppedMissing);
        Assert.Equal(197, result.Nobs);
        Assert.Contains(result.Notes, n => n.StartsWith("3 observations dropped for missing values (inv: 1, value: 2, firm: 1)"));
    }

    [Fact]
    public void SingletonsAreDroppedIteratively()
    {
        // ids 0–2 have three rows each. id 3 has one row (a singleton) in year 8; once it goes, id 4's
        // year-8 row is alone in year 8; once that goes, id 4 is left with one row. Three rounds.
        int[] id =   [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 4, 4];
        int[] year = [0, 1, 2, 0, 1, 2, 0, 1, 2, 8, 8, 0];
        var rng = new Random(7);
        var x = id.Select(_ => rng.NextDouble()).ToArray();
        var y = x.Select(v => 2 * v + rng.NextDouble()).ToArray();
        var design = new RegressionDesign("y", y, ["x"], [x], [Ids(id), Factor.FromNumeric("year", year.Select(v => (double)v).ToArray())], []);

        var result = new FixedEffectsOls().Fit(design, new IidCovariance());
        Assert.Equal(3, result.DroppedSingletons);
        Assert.Equal(9, result.Nobs);
        Assert.Contains(result.Notes, n => n.StartsWith("3 singleton observations dropped"));

        var kept = new FixedEffectsOls(new FixedEffectsOptions(DropSingletons: false)).Fit(design, new IidCovariance());
        Assert.Equal(0, kept.DroppedSingletons);
        Assert.Equal(12, kept.Nobs);
        Near.Relative(result["x"].Estimate, kept["x"].Estimate, 1e-10, "singletons do not change the slope");
    }

    [Fact]
    public void RegressorCollinearWithFixedEffectsIsDroppedWithANote()
    {
        var d = Grunfeld.Design([Grunfeld.Firm, Grunfeld.Year]);
        var firmNumber = Grunfeld.Frame.Value.GetNumeric("firm");
        var design = d with
        {
            RegressorNames = ["value", "firmsize", "capital"],
            Regressors = [d.Regressors[0], firmNumber.Select(f => 3 * f + 1000).ToArray(), d.Regressors[1]],
        };
        var result = new FixedEffectsOls().Fit(design, new IidCovariance());
        Assert.Equal(["value", "capital"], result.Terms);
        Assert.Equal(["firmsize"], result.DroppedCollinear);
        Assert.Contains("'firmsize' is collinear with the fixed effects and was dropped.", result.Notes);
        Assert.Equal(169, result.ResidualDf);
    }

    [Fact]
    public void RegressorCollinearWithOthersIsDroppedWithANote()
    {
        var d = Grunfeld.Design([]);
        var sum = d.Regressors[0].Zip(d.Regressors[1], (a, b) => a - 2 * b).ToArray();
        var constant = Enumerable.Repeat(5.0, 200).ToArray();
        var design = d with { RegressorNames = ["value", "capital", "combo", "five"], Regressors = [d.Regressors[0], d.Regressors[1], sum, constant] };
        var result = new FixedEffectsOls().Fit(design, new IidCovariance());
        Assert.Equal(["value", "capital", "_cons"], result.Terms);
        Assert.Equal(["combo", "five"], result.DroppedCollinear);
        Assert.Contains("'combo' is collinear with other regressors and was dropped.", result.Notes);
        Assert.Equal(200 - 3, result.ResidualDf);
    }

    [Fact]
    public void NoObservationsLeftSaysWhy()
    {
        var d = Grunfeld.Design([Grunfeld.Firm]);
        var design = d with { Outcome = Enumerable.Repeat(double.NaN, 200).ToArray() };
        var ex = Assert.Throws<EstimationException>(() => new FixedEffectsOls().Fit(design, new IidCovariance()));
        Assert.Contains("No observations left for 'inv'", ex.Message);
        Assert.Contains("200 dropped for missing values (inv: 200)", ex.Message);
    }

    [Fact]
    public void AllRegressorsCollinearWithFixedEffectsIsAnError()
    {
        var d = Grunfeld.Design([Grunfeld.Firm]);
        var design = d with { RegressorNames = ["firmno"], Regressors = [Grunfeld.Frame.Value.GetNumeric("firm")] };
        var ex = Assert.Throws<EstimationException>(() => new FixedEffectsOls().Fit(design, new IidCovariance()));
        Assert.Contains("All regressors of 'inv' (firmno) are collinear with the fixed effects (firm)", ex.Message);
    }

    [Fact]
    public void OneClusterIsAnErrorNamingTheVariable()
    {
        var one = Factor.FromNumeric("country", Enumerable.Repeat(1.0, 200).ToArray());
        var ex = Assert.Throws<EstimationException>(() =>
            new FixedEffectsOls().Fit(Grunfeld.Design([Grunfeld.Firm], [one]), new ClusteredCovariance()));
        Assert.Contains("'country' has G = 1", ex.Message);
    }

    [Fact]
    public void TooFewObservationsIsAnError()
    {
        double[] y = [1, 2, 4], x1 = [1, 0, 3], x2 = [0, 1, 1];
        var ex = Assert.Throws<EstimationException>(() =>
            new FixedEffectsOls().Fit(new RegressionDesign("y", y, ["x1", "x2"], [x1, x2], [], []), new IidCovariance()));
        Assert.Contains("N = 3 but K = 3", ex.Message);
    }
}
