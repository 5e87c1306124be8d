using NevSpec.Consumer.Tests.Studies;
using NevSpec.Core.Ergm;
using NevSpec.Engine;
using NevSpec.Engine.Networks;
using NevSpec.Language;
using NevSpec.Language.Plan;
using NevSpec.Tests;
using Table4 = NevSpec.Consumer.Tests.Studies.NetworkResilience.Table4Result;

namespace NevSpec.Consumer.Tests;

/// <summary>
/// The ERGM of the network spec (<c>table4</c> in specs/network_resilience.nevspec, paper 2's Table 4) through its
/// generated class: <c>Table4()</c> returns a record with a property per stage (<c>P2011_2014</c>, …) and, in each, a
/// coefficient property per term of the spec (<c>Edges</c>, <c>NodecovGdp</c>, …, used here at compile time) equal to
/// what the CLI path (<see cref="SpecCompiler"/> + <see cref="StudyRunner"/>) computes for the same plan on the bundled
/// synthetic data, bit for bit.
/// </summary>
public sealed class GeneratedNetworkErgmTests(GeneratedNetworkErgmTests.Runs runs) : IClassFixture<GeneratedNetworkErgmTests.Runs>
{
    /// <summary>
    /// The ERGM run once for the class (it fits three stages and simulates goodness of fit): through the generated
    /// method, and through the engine on the plan the CLI binds from the spec file.
    /// </summary>
    public sealed class Runs
    {
        /// <summary>What <c>nevspec run</c> computes for <c>table4</c>: the expected values of every test here.</summary>
        public ErgmAnalysisResult Cli { get; }

        /// <summary>The generated method's result.</summary>
        public Table4 Typed { get; } = NetworkResilience.Table4(RepositoryPaths.Specs);

        public Runs()
        {
            var compilation = SpecCompiler.Compile(File.ReadAllText(Path.Combine(RepositoryPaths.Specs, "network_resilience.nevspec")),
                new FileSystemHeaderProvider(RepositoryPaths.Specs));
            Assert.False(compilation.HasErrors);
            var plan = compilation.Plan!;
            var result = new StudyRunner(RepositoryPaths.Specs).RunNetworkAnalysis(plan, plan.NetworkAnalyses.Single(a => a.Name == "table4"));
            Assert.Null(result.Error);
            Cli = Assert.IsType<ErgmAnalysisResult>(result);
        }
    }

    private static Table4.PeriodFit[] Stages(Table4 r) => [r.P2011_2014, r.P2015_2017, r.P2018_2021];

    /// <summary>The typed properties of one stage in the spec's term order, with the statnet label each stands for.</summary>
    private static (string Label, ErgmCoefficient Typed)[] Terms(Table4.PeriodFit t) =>
    [
        ("edges", t.Edges),
        ("nodecov.gdp", t.NodecovGdp),
        ("nodecov.edu_spending", t.NodecovEdu_spending),
        ("nodecov.st_spending", t.NodecovSt_spending),
        ("edgecov.distance", t.EdgecovDistance),
        ("edgecov.adjacent", t.EdgecovAdjacent),
    ];

    [Fact]
    public void EachStageIsOnePropertyAndEachTermOfTheSpecIsOneCoefficient()
    {
        var stages = typeof(Table4).GetProperties().Where(p => p.PropertyType == typeof(Table4.PeriodFit)).Select(p => p.Name);
        var coefficients = typeof(Table4.PeriodFit).GetProperties().Where(p => p.PropertyType == typeof(ErgmCoefficient)).Select(p => p.Name);

        Assert.Equal(["P2011_2014", "P2015_2017", "P2018_2021"], stages);
        Assert.Equal(["Edges", "NodecovGdp", "NodecovEdu_spending", "NodecovSt_spending", "EdgecovDistance", "EdgecovAdjacent"], coefficients);
        var plan = (ErgmPlan)NetworkResilience.Plan.NetworkAnalyses.Single(a => a.Name == "table4");
        Assert.Equal(plan.Terms.Select(t => t.Label), Terms(runs.Typed.P2015_2017).Select(t => t.Label));
    }

    [Fact]
    public void CoefficientsOfEveryStageEqualTheEngines()
    {
        var (cli, typed) = (runs.Cli, Stages(runs.Typed));

        Assert.Equal(cli.Periods.Count, typed.Length);
        for (var i = 0; i < typed.Length; i++)
        {
            // Expected: the engine's fit of stage i (cli.Periods[i].Fit), coefficient by statnet label.
            var (e, t) = (cli.Periods[i], typed[i]);
            Assert.Equal(e.Label, t.Label);
            foreach (var (label, coefficient) in Terms(t))
            {
                var expected = e.Fit[label];
                Assert.Equal(label, coefficient.Term);
                AssertBits([expected.Estimate, expected.StdErr, expected.Z, expected.P, expected.McmcStdErr, expected.McmcPercent],
                           [coefficient.Estimate, coefficient.StdErr, coefficient.Z, coefficient.P, coefficient.McmcStdErr, coefficient.McmcPercent]);
            }
            Assert.Equal(e.Fit.Terms.Count, Terms(t).Length);
        }
    }

    [Fact]
    public void FitSummaryOfEveryStageEqualsTheEngines()
    {
        var (cli, typed) = (runs.Cli, Stages(runs.Typed));

        for (var i = 0; i < typed.Length; i++)
        {
            // Expected: the engine's fit of stage i (cli.Periods[i].Fit): method, status, likelihood, AIC, BIC, goodness of fit.
            var (e, t) = (cli.Periods[i].Fit, typed[i]);
            Assert.Equal((e.Method, e.Converged), (t.Method, t.Converged));
            Assert.Equal(e.Notes, t.Notes);
            AssertBits([e.LogLikelihood!.Value, e.Aic!.Value, e.Bic!.Value], [t.LogLikelihood!.Value, t.Aic!.Value, t.Bic!.Value]);

            // gof = 100 in the spec: four tables, row by row.
            var (eg, tg) = (e.GoodnessOfFit!, t.GoodnessOfFit!);
            Assert.Equal((eg.Simulations, eg.Seed, eg.Note), (tg.Simulations, tg.Seed, tg.Note));
            foreach (var (et, tt) in new[] { (eg.ModelStatistics, tg.ModelStatistics), (eg.Degree, tg.Degree),
                         (eg.EdgewiseSharedPartners, tg.EdgewiseSharedPartners), (eg.GeodesicDistance, tg.GeodesicDistance) })
            {
                Assert.Equal(et.Statistic, tt.Statistic);
                Assert.Equal(et.Rows, tt.Rows);
            }
        }
        Assert.Equal(runs.Cli.Notes, runs.Typed.Notes);
    }

    [Fact]
    public void PeriodsAndPeriodByLabelAreTheStageProperties()
    {
        var r = runs.Typed;

        Assert.Equal(Stages(r), r.Periods);
        Assert.Equal(["2011–2014", "2015–2017", "2018–2021"], r.Periods.Select(p => p.Label));
        Assert.Same(r.P2015_2017, r.Period("2015–2017"));
        Assert.Same(r.Raw.Periods[2], r.P2018_2021.Raw);
        Assert.Same(r.Raw.Periods[0].Fit, r.P2011_2014.Fit);
        var missing = Assert.Throws<KeyNotFoundException>(() => r.Period("2015"));
        Assert.Contains("2015–2017", missing.Message);
    }

    private static void AssertBits(IEnumerable<double> expected, IEnumerable<double> actual) =>
        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), actual.Select(BitConverter.DoubleToInt64Bits));
}
