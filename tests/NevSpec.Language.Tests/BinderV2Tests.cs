using System.Linq;
using NevSpec.Language.Plan;
using static NevSpec.Language.EquatableArray;

namespace NevSpec.Language.Tests;

/// <summary>Language v2: indices, term expressions, model variants and analyses, on small specs against a fixed header.</summary>
public class BinderV2Tests
{
    private const string Source = "module M\nlet d = panel \"d.csv\" { id = unit; time = year }\n";
    private const string Baseline = "let base = regress y [ x ] [ c1; c2 ] |> fe [ unit; year ] |> cluster unit\n";

    private static readonly IDataHeaderProvider Headers = new KindedHeaderProvider(
        ("unit", ColumnKind.Text), ("year", ColumnKind.Numeric), ("y", ColumnKind.Numeric), ("x", ColumnKind.Numeric),
        ("x_alt", ColumnKind.Numeric), ("z", ColumnKind.Numeric), ("c1", ColumnKind.Numeric), ("c2", ColumnKind.Numeric),
        ("m1", ColumnKind.Numeric), ("m2", ColumnKind.Numeric), ("w", ColumnKind.Numeric), ("region", ColumnKind.Text),
        ("a", ColumnKind.Numeric), ("b", ColumnKind.Numeric));

    private static SpecCompilation Compile(string lets) => SpecCompiler.Compile(Source + lets, Headers);

    private static StudyPlan Plan(string lets)
    {
        var compilation = Compile(lets);
        Assert.True(compilation.Plan is not null, string.Join("\n", compilation.Diagnostics));
        Assert.Empty(compilation.Diagnostics);
        return compilation.Plan!;
    }

    private static ModelPlan Model(string lets, string name) => Plan(lets).Models.Single(m => m.Name == name);

    private static T Analysis<T>(string lets) where T : AnalysisPlan => Assert.IsType<T>(Assert.Single(Plan(Baseline + lets).Analyses));

    private static string Diagnostic(string lets) => string.Join(" | ", Compile(lets).Diagnostics.Select(d => d.Id + "@" + d.Span + " " + d.Message));

    [Fact]
    public void AnEntropyIndexBindsItsIndicatorsWithDirections()
    {
        var index = Assert.Single(Plan("let q = entropy d [ +a; -b; z ] { weights = per_period; shift = 0.001 }").Indices);

        Assert.Equal(new IndexPlan("q", null, "d", IndexMethod.Entropy,
            From(new IndicatorPlan("a", true), new IndicatorPlan("b", false), new IndicatorPlan("z", true)), IndexWeighting.PerPeriod, 0.001, 0), index);
    }

    [Fact]
    public void EntropyDefaultsArePooledWithAShiftOfOneTenThousandth()
    {
        var index = Assert.Single(Plan("let q = entropy d [ a; b ]").Indices);

        Assert.Equal((IndexWeighting.Pooled, 0.0001, 0), (index.Weighting, index.Shift, index.Components));
    }

    [Fact]
    public void APcaIndexTakesItsComponentsAndALetBoundSignedList()
    {
        var index = Assert.Single(Plan("let ind = [ +a; -b; z ]\nlet q = pca d ind { components = 2 }").Indices);

        Assert.Equal((IndexMethod.Pca, 2, false), (index.Method, index.Components, index.Indicators[1].Positive));
    }

    [Fact]
    public void AnIndexIsANumericColumnOfItsSourceForModels()
    {
        var model = Model("let q = entropy d [ a; b ]\nlet m = regress q [ x ] |> fe [ unit ]", "m");

        Assert.Equal(("q", EquatableArray<DerivedColumnPlan>.Empty), (model.Outcome, model.Derived));
    }

    [Fact]
    public void TermsAreNamedByTheirCanonicalTextAndComputedFromDataColumns()
    {
        var model = Model("let lnZ = log z\nlet m = regress (log  y) [ x; x * z; lag x 1; lead (log x) 2 ] [ lnZ; std c1; centre c2 ]", "m");

        Assert.Equal("log y", model.Outcome);
        Assert.Equal(From("x", "x * z", "lag x 1", "lead (log x) 2"), model.Regressors);
        Assert.Equal(From("lnZ", "std c1", "centre c2"), model.Controls);
        Assert.Equal(From(
            new DerivedColumnPlan("log y", new LogTerm(new ColumnTerm("y"))),
            new DerivedColumnPlan("x * z", new ProductTerm(new ColumnTerm("x"), new ColumnTerm("z"))),
            new DerivedColumnPlan("lag x 1", new LagTerm(new ColumnTerm("x"), 1)),
            new DerivedColumnPlan("lead (log x) 2", new LagTerm(new LogTerm(new ColumnTerm("x")), -2)),
            new DerivedColumnPlan("lnZ", new LogTerm(new ColumnTerm("z"))),
            new DerivedColumnPlan("std c1", new StandardizeTerm(new ColumnTerm("c1"))),
            new DerivedColumnPlan("centre c2", new CentreTerm(new ColumnTerm("c2")))), model.Derived);
    }

    [Fact]
    public void ATermOverADerivedBindingIsNamedAfterItButComputedFromTheData()
    {
        var model = Model("let lnZ = log z\nlet m = regress y [ x * lnZ ]", "m");

        Assert.Equal(new DerivedColumnPlan("x * lnZ", new ProductTerm(new ColumnTerm("x"), new LogTerm(new ColumnTerm("z")))), Assert.Single(model.Derived));
    }

    [Fact]
    public void ProductsAreLeftAssociativeAndParenthesisedOnTheRight() =>
        Assert.Equal(From("x * z * a", "x * (z * a)"), Model("let m = regress y [ x * z * a; x * (z * a) ]", "m").Regressors);

    [Fact]
    public void WinsorizeDefaultsToStataPercentiles()
    {
        var plan = Plan(Baseline + "let w1 = base |> winsorize 0.01\nlet w2 = base |> winsorize 0.05 { percentile = r7 }");

        Assert.Equal(new WinsorizePlan(0.01, PercentileDefinition.Stata), plan.Models[1].Winsorize);
        Assert.Equal(new WinsorizePlan(0.05, PercentileDefinition.R7), plan.Models[2].Winsorize);
        Assert.Null(plan.Models[0].Winsorize);
    }

    [Fact]
    public void ModelVariantsReplaceLagAddAndSwapTheOutcome()
    {
        var plan = Plan(Baseline + "let r = base |> replace x x_alt\nlet l = base |> lag x 1\nlet a = base |> add [ z ]\nlet o = base |> outcome (log y)");
        var (r, l, a, o) = (plan.Models[1], plan.Models[2], plan.Models[3], plan.Models[4]);

        Assert.Equal(From("x_alt"), r.Regressors);
        Assert.Equal((From("lag x 1"), "lag x 1"), (l.Regressors, Assert.Single(l.Derived).Name));
        Assert.Equal(From("c1", "c2", "z"), a.Controls);
        Assert.Equal("log y", o.Outcome);
        Assert.Equal(plan.Models[0] with { Name = "a", Controls = From("c1", "c2", "z") }, a);
    }

    [Fact]
    public void StepwiseKeepsTheBaseModelAsItsBase()
    {
        var stepwise = Analysis<StepwisePlan>("let t = base |> stepwise");

        Assert.Equal(("t", From("c1", "c2"), From("unit", "year")), (stepwise.Base.Name, stepwise.Base.Controls, stepwise.Base.FixedEffects));
    }

    [Fact]
    public void MediationWithoutASeedUsesTheDocumentedDefaultAndSaysSo()
    {
        var mediation = Analysis<MediationPlan>("let med = base |> mediate [ m1; m2 ]");

        Assert.Equal((From("m1", "m2"), 1000, AnalysisDefaults.Seed, false, MediationCi.Percentile, 0.95),
            (mediation.Mediators, mediation.Bootstrap, mediation.Seed, mediation.SeedGiven, mediation.Ci, mediation.Level));
    }

    [Fact]
    public void MediationOptionsBind()
    {
        var mediation = Analysis<MediationPlan>("let med = base |> mediate [ m1 ] { bootstrap = 500; seed = 42; ci = bc; level = 0.9 }");

        Assert.Equal((500, 42UL, true, MediationCi.BiasCorrected, 0.9), (mediation.Bootstrap, mediation.Seed, mediation.SeedGiven, mediation.Ci, mediation.Level));
    }

    [Fact]
    public void ModerationNamesFocalAndModerator()
    {
        var moderation = Analysis<ModerationPlan>("let mod = base |> moderate x w { centre = true }");

        Assert.Equal(("x", "w", true), (moderation.Focal, moderation.Moderator, moderation.Centre));
    }

    [Fact]
    public void SplitByPeriodUsesTheTimeColumn()
    {
        var split = Analysis<SplitPlan>("let s = base |> split by period [ 2018..2019; 2020..2023 ] { permutations = 99; seed = 7 }");

        Assert.Equal((SplitKind.Period, "year", From(new PeriodRange(2018, 2019), new PeriodRange(2020, 2023)), 99, 7UL, true),
            (split.Kind, split.Column, split.Periods, split.Permutations, split.Seed, split.SeedGiven));
    }

    [Fact]
    public void SplitByMedianAndByGroup()
    {
        var plan = Plan(Baseline + "let s1 = base |> split by median w\nlet s2 = base |> split by region");

        Assert.Equal((SplitKind.Median, "w"), (((SplitPlan)plan.Analyses[0]).Kind, ((SplitPlan)plan.Analyses[0]).Column));
        Assert.Equal((SplitKind.Group, "region"), (((SplitPlan)plan.Analyses[1]).Kind, ((SplitPlan)plan.Analyses[1]).Column));
    }

    [Fact]
    public void ThresholdDefaultsFollowHansen()
    {
        var threshold = Analysis<ThresholdPlan>("let t = base |> threshold x");

        Assert.Equal(("x", From("x"), 3, From(0.01, 0.01, 0.05), 400, 300, From(0.90, 0.95, 0.99), false),
            (threshold.Variable, threshold.RegimeDependent, threshold.MaxThresholds, threshold.Trim, threshold.GridQuantiles,
             threshold.Bootstrap, threshold.Levels, threshold.SeedGiven));
    }

    [Fact]
    public void ThresholdOptionsBindAndASingleTrimAppliesToEveryThreshold()
    {
        var threshold = Analysis<ThresholdPlan>("let t = base |> threshold z { regimes = [ x; c1 ]; max = 2; trim = 0.05; grid = all; bootstrap = 0; seed = 1; levels = [ 0.95 ] }");

        Assert.Equal(("z", From("x", "c1"), 2, From(0.05, 0.05), 0, 0, 1UL, From(0.95)),
            (threshold.Variable, threshold.RegimeDependent, threshold.MaxThresholds, threshold.Trim, threshold.GridQuantiles,
             threshold.Bootstrap, threshold.Seed, threshold.Levels));
    }

    [Fact]
    public void InstrumentTermsGoIntoTheBaseModelsDerivedColumns()
    {
        var iv = Analysis<IvPlan>("let iv = base |> instrument x [ z * year; a ] { estimator = liml }");

        Assert.Equal((From("x"), From("z * year", "a"), IvEstimator.Liml), (iv.Endogenous, iv.Instruments, iv.Estimator));
        Assert.Equal(new DerivedColumnPlan("z * year", new ProductTerm(new ColumnTerm("z"), new ColumnTerm("year"))), Assert.Single(iv.Base.Derived));
    }

    [Fact]
    public void SeveralEndogenousRegressorsTakeAList() =>
        Assert.Equal(From("x", "c1"), Analysis<IvPlan>("let iv = base |> instrument [ x; c1 ] [ z; a; b ]").Endogenous);

    [Fact]
    public void DescribeListsVariablesAndTheirDerivedColumns()
    {
        var table = Assert.Single(Plan("let q = entropy d [ a; b ]\nlet t = describe d [ q; y; log x ]").Descriptives);

        Assert.Equal(new DescriptivesPlan("t", null, "d", From("q", "y", "log x"), From(new DerivedColumnPlan("log x", new LogTerm(new ColumnTerm("x"))))), table);
    }

    [Fact]
    public void AModelDerivedFromAModelStaysAModelAndAnAnalysisCanBeRenamed()
    {
        var plan = Plan(Baseline + "let t = base |> stepwise\nlet t2 = t");

        Assert.Equal(new[] { "t", "t2" }, plan.Analyses.Select(a => a.Name));
        Assert.Single(plan.Models);
    }

    [Theory]
    [InlineData("let t = base |> threshold x { trim = [ 0.01; 0.02 ] }", "NEV0026")]
    [InlineData("let t = base |> threshold x { grid = some }", "NEV0025")]
    [InlineData("let t = base |> threshold x { bootstrap = -1 }", "NEV0026")]
    [InlineData("let t = base |> threshold x { max = 1; trim = 0.6 }", "NEV0026")]
    [InlineData("let t = base |> threshold region", "NEV0028")]
    [InlineData("let t = base |> threshold x { regimes = [ z ] }", "NEV0030")]
    [InlineData("let m = base |> moderate z w", "NEV0030")]
    [InlineData("let m = base |> moderate x x", "NEV0017")]
    [InlineData("let m = base |> mediate [ x ]", "NEV0017")]
    [InlineData("let m = base |> mediate [ m1 ] { seed = 1.5 }", "NEV0026")]
    [InlineData("let m = base |> mediate [ m1 ] { ci = bca }", "NEV0025")]
    [InlineData("let m = base |> split by period [ 2020..2018; 2021 ]", "NEV0034")]
    [InlineData("let m = base |> split by period [ 2018..2023 ]", "NEV0034")]
    [InlineData("let m = base |> split by median region", "NEV0028")]
    [InlineData("let m = base |> split with region", "NEV0006")]
    [InlineData("let m = base |> instrument x [ c1 ]", "NEV0017")]
    [InlineData("let m = base |> instrument x [ y ]", "NEV0017")]
    [InlineData("let m = base |> instrument [ x; c1 ] [ z ]", "NEV0029")]
    [InlineData("let m = base |> stepwise |> vcov hc1", "NEV0031")]
    [InlineData("let s = base |> stepwise\nlet m = s |> vcov hc1", "NEV0031")]
    [InlineData("let s = base |> stepwise\nlet m = s |> mediate [ m1 ]", "NEV0031")]
    [InlineData("let m = base |> lag x 0", "NEV0026")]
    [InlineData("let m = base |> winsorize 0.01 { percentile = r8 }", "NEV0025")]
    [InlineData("let m = regress y [ log region ]", "NEV0028")]
    [InlineData("let m = regress y [ lag x ]", "NEV0009")]
    [InlineData("let m = base |> fe [ log x ]", "NEV0006")]
    [InlineData("let q = entropy d [ a; a ]", "NEV0017")]
    [InlineData("let q = entropy d [ a; region ]", "NEV0028")]
    [InlineData("let q = pca d [ a; b ] { components = 3 }", "NEV0026")]
    [InlineData("let q = entropy d [ a; b ] { weights = yearly }", "NEV0025")]
    [InlineData("let q = entropy base [ a; b ]", "NEV0006")]
    [InlineData("let q = entropy d []", "NEV0033")]
    [InlineData("let t = describe d [ nope ]", "NEV0022")]
    [InlineData("let x2 = log nope\nlet m = regress y [ x2 ]", "NEV0022")]
    public void BadV2InputIsDiagnosed(string lets, string id) =>
        Assert.Contains(id + "@", Diagnostic(Baseline + lets));

    [Fact]
    public void AProviderThatOnlyKnowsNamesSkipsKindChecks()
    {
        var compilation = SpecCompiler.Compile(Source + Baseline + "let t = base |> threshold region",
            new FixedHeaderProvider("unit", "year", "y", "x", "c1", "c2", "region"));

        Assert.Empty(compilation.Diagnostics);
    }

    private sealed class KindedHeaderProvider(params (string Name, ColumnKind Kind)[] columns) : IDataHeaderProvider
    {
        public DataHeader GetHeader(string pathAsWritten) => DataHeader.Available(columns.Select(c => c.Name), columns.Select(c => c.Kind));
    }
}
