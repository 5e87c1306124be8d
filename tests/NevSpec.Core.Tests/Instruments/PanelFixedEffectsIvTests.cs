using System.Globalization;
using NevSpec.Core.Data;
using NevSpec.Core.Estimation;
using NevSpec.Core.Instruments;
using NevSpec.Core.Tests.Support;
using NevSpec.Tests;

namespace NevSpec.Core.Tests.Instruments;

/// <summary>
/// IV with absorbed fixed effects. External numbers: shared/reference/ivreg2/panel_fe_iv_secondary/claims.csv,
/// values asserted by FixedEffectModels.jl @ b0aabc3 (test/fit.jl) to "match ivreghdfe"/"exactly same with
/// ivreg2" on Baltagi's Cigar panel — secondary (not a Stata log), compared at the printed precision with the
/// tolerance the source uses. Identity: FE partialled out equals explicit dummies (Frisch–Waugh–Lovell).
/// </summary>
public class PanelFixedEffectsIvTests
{
    private static readonly Lazy<DataFrame> Cigar = new(() => CsvReader.Read(RepositoryPaths.InShared("reference", "ivreg2", "panel_fe_iv_secondary", "Cigar.csv")));

    private static readonly Lazy<List<Dictionary<string, string>>> Claims = new(() =>
    {
        var f = CsvReader.Read(RepositoryPaths.InShared("reference", "ivreg2", "panel_fe_iv_secondary", "claims.csv"));
        return Enumerable.Range(0, f.RowCount).Select(i => f.ColumnNames.ToDictionary(c => c, c => f.GetText(c)[i] ?? "")).ToList();
    });

    private static Dictionary<string, string> Claim(string id, string term = "") => Claims.Value.Single(c => c["id"] == id && c["term"] == term);

    private static double Num(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static IvDesign Design(string[] exogenous, bool stateFe, bool clusterState)
    {
        var d = Cigar.Value;
        var state = Factor.FromNumeric("State", d.GetNumeric("State"));
        return new IvDesign("Sales", d.GetNumeric("Sales"), exogenous, exogenous.Select(d.GetNumeric).ToArray(),
            ["Price"], [d.GetNumeric("Price")], ["Pimin"], [d.GetNumeric("Pimin")],
            stateFe ? [state] : [], clusterState ? [state] : []);
    }

    [Fact]
    public void StateFeClusteredByStateMatchesIvreghdfeClaim()
    {
        // fe_cl_1: Sales ~ NDI + (Price ~ Pimin) + fe(State), cluster(State): CR1 with the nested State
        // effects not counted but the intercept counted — Core's OLS rule, our default.
        var result = new TwoStageLeastSquares().Fit(Design(["NDI"], true, true), new IvClusteredCovariance());
        foreach (var term in new[] { "NDI", "Price" })
        {
            var claim = Claim("fe_cl_1", term);
            Assert.True(Math.Abs(result[term].StdErr - Num(claim["value"])) <= Num(claim["test_atol"]),
                $"SE[{term}] {result[term].StdErr:R} vs claimed {claim["value"]} ± {claim["test_atol"]}");
        }
        Assert.Equal(45, result.ResidualDf);
        Assert.True(result.FixedEffects.Single().NestedInCluster);
    }

    [Theory]
    [InlineData("rob_kp_1", new string[0], false)]
    [InlineData("rob_kp_2", new[] { "CPI" }, false)]
    [InlineData("rob_kp_fe", new string[0], true)]
    public void RobustKleibergenPaapWaldFMatchesIvreg2Claim(string id, string[] exogenous, bool stateFe)
    {
        // With State FE the 46 absorbed effects act as ivreg2's dofminus (xtivreg2 fe): F = W_HC0/L1·(N − L − 46)/N, L = 1.
        var result = new TwoStageLeastSquares().Fit(Design(exogenous, stateFe, false), new IvRobustCovariance());
        var claim = Claim(id);
        double kp = result.Diagnostics.KleibergenPaapWaldF!.Value;
        Assert.True(Math.Abs(kp - Num(claim["value"])) <= Num(claim["test_atol"]), $"{id}: KP F {kp:R} vs claimed {claim["value"]} ± {claim["test_atol"]}");
        Assert.Same(result.Diagnostics.KleibergenPaapWaldF, result.Diagnostics.WeakIdentification);
    }

    [Fact]
    public void AbsorbedEffectsGiveTheSameSlopesAndIidSesAsExplicitDummies()
    {
        var d = Cigar.Value;
        var stateCodes = Factor.FromNumeric("State", d.GetNumeric("State"));
        var dummies = Enumerable.Range(1, stateCodes.Levels - 1)
            .Select(level => Enumerable.Range(0, d.RowCount).Select(i => stateCodes.CodeAt(i) == level ? 1.0 : 0.0).ToArray()).ToArray();
        var names = new[] { "NDI" }.Concat(dummies.Select((_, k) => $"s{k + 1}")).ToArray();
        var withDummies = new IvDesign("Sales", d.GetNumeric("Sales"), names, new[] { d.GetNumeric("NDI") }.Concat(dummies).ToArray(),
            ["Price"], [d.GetNumeric("Price")], ["Pimin"], [d.GetNumeric("Pimin")], [], []);
        foreach (IvCovariance cov in new IvCovariance[] { new IvIidCovariance(), new IvRobustCovariance() })
        {
            var a = new TwoStageLeastSquares().Fit(Design(["NDI"], true, false), cov);
            var b = new TwoStageLeastSquares().Fit(withDummies, cov);
            foreach (var term in new[] { "Price", "NDI" })
            {
                Near.Relative(b[term].Estimate, a[term].Estimate, 1e-8, $"{cov.Name} b[{term}]");
                Near.Relative(b[term].StdErr, a[term].StdErr, 1e-8, $"{cov.Name} se[{term}]");
            }
            Assert.Equal(b.ResidualDf, a.ResidualDf);
            Near.Relative(b.Diagnostics.CraggDonaldF.Value, a.Diagnostics.CraggDonaldF.Value, 1e-8, "Cragg–Donald F");
            Near.Relative(b.Diagnostics.AndersonRubinF.Value, a.Diagnostics.AndersonRubinF.Value, 1e-8, "AR F");
            Near.Relative(b.FirstStages[0].F.Value, a.FirstStages[0].F.Value, 1e-8, "first-stage F");
        }
    }

    [Fact]
    public void TimeInvariantInstrumentAbsorbedByFixedEffectsIsAClearError()
    {
        // The paper's trap: a 1984 (time-invariant) instrument with province fixed effects.
        var d = Cigar.Value;
        var state = d.GetNumeric("State");
        var invariant = state.Select(s => s * s + 1.0).ToArray();
        var design = new IvDesign("Sales", d.GetNumeric("Sales"), ["NDI"], [d.GetNumeric("NDI")], ["Price"], [d.GetNumeric("Price")],
            ["z1984"], [invariant], [Factor.FromNumeric("State", state)], []);
        var e = Assert.Throws<EstimationException>(() => new TwoStageLeastSquares().Fit(design, new IvIidCovariance()));
        Assert.Contains("under-identified", e.Message);
        Assert.Contains("z1984", e.Message);

        // Interacted with time it identifies the model, and the note explains the first attempt.
        var year = d.GetNumeric("Year");
        var interacted = design with { InstrumentNames = ["z1984_x_year"], Instruments = [invariant.Select((z, i) => z * year[i]).ToArray()] };
        var ok = new TwoStageLeastSquares().Fit(interacted, new IvIidCovariance());
        Assert.Equal(["z1984_x_year"], ok.ExcludedInstruments);
    }
}
