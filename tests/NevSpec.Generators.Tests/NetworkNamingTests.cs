using NevSpec.Engine.Networks;
using NevSpec.Generators.Naming;
using NevSpec.Language;
using NevSpec.Language.Plan;

namespace NevSpec.Generators.Tests;

/// <summary>
/// How network results name their properties from the spec alone: periods (<c>2011..2014</c> → <c>P2011_2014</c>, no
/// periods → <c>All</c>) and ERGM coefficients (statnet labels such as <c>gwesp.fixed.0.5</c> → <c>GwespFixed0_5</c>).
/// </summary>
public sealed class NetworkNamingTests
{
    [Theory]
    [InlineData(ErgmTermKind.Edges, null, null, "edges", "Edges")]
    [InlineData(ErgmTermKind.Nodecov, "gdp", null, "nodecov.gdp", "NodecovGdp")]
    [InlineData(ErgmTermKind.Edgecov, "distance", null, "edgecov.distance", "EdgecovDistance")]
    [InlineData(ErgmTermKind.Gwesp, null, 0.5, "gwesp.fixed.0.5", "GwespFixed0_5")]
    [InlineData(ErgmTermKind.Kstar, null, 2.0, "kstar2", "Kstar2")]
    [InlineData(ErgmTermKind.Gwdegree, null, 0.7, "gwdeg.fixed.0.7", "GwdegFixed0_7")]
    [InlineData(ErgmTermKind.Gwesp, null, 1.0, "gwesp.fixed.1", "GwespFixed1")]
    [InlineData(ErgmTermKind.Gwesp, null, 0.25, "gwesp.fixed.0.25", "GwespFixed0_25")]
    [InlineData(ErgmTermKind.Triangle, null, null, "triangle", "Triangle")]
    [InlineData(ErgmTermKind.Nodematch, "province", null, "nodematch.province", "NodematchProvince")]
    [InlineData(ErgmTermKind.Absdiff, "st_spending", null, "absdiff.st_spending", "AbsdiffSt_spending")]
    [InlineData(ErgmTermKind.Nodecov, "edu_spending", null, "nodecov.edu_spending", "NodecovEdu_spending")]
    [InlineData(ErgmTermKind.Edgecov, "adjacent", null, "edgecov.adjacent", "EdgecovAdjacent")]
    public void ErgmCoefficientsAreNamedFromTheirStatnetLabel(ErgmTermKind kind, string? attribute, double? parameter, string label, string property)
    {
        var term = new ErgmTermPlan(kind, attribute, parameter);

        Assert.Equal(label, term.Label);
        Assert.Equal(property, ErgmTermNames.Property(term));
    }

    [Theory]
    [InlineData("gwesp.fixed.-0.5", "GwespFixed_0_5")]
    [InlineData("gwesp.fixed.1E-05", "GwespFixed1E_05")]
    [InlineData("nodecov.x.1", "NodecovX1")]
    [InlineData("", "_")]
    public void UnusualLabelsStillBecomeIdentifiers(string label, string property) =>
        Assert.Equal(property, ErgmTermNames.FromLabel(label));

    [Fact]
    public void ErgmTermsThatMapToOneNameOrToAFixedMemberGetAnUnderscore()
    {
        var terms = new[]
        {
            new ErgmTermPlan(ErgmTermKind.Edges, null, null),
            new ErgmTermPlan(ErgmTermKind.Nodecov, "gdp", null),
            new ErgmTermPlan(ErgmTermKind.Nodecov, "Gdp", null),          // a different column, the same capitalised name
            new ErgmTermPlan(ErgmTermKind.Nodecov, "gdp", null),          // the same term twice: one coefficient
            new ErgmTermPlan(ErgmTermKind.Kstar, null, 2),
        };

        var names = ErgmTermNames.Properties(terms, ["Kstar2", "Raw"]);

        Assert.Equal(
            [("edges", "Edges"), ("nodecov.gdp", "NodecovGdp"), ("nodecov.Gdp", "NodecovGdp_"), ("kstar2", "Kstar2_")],
            names.Select(n => (n.Term, n.PropertyName)));
    }

    [Fact]
    public void NoErgmTermOfTheNetworkSpecMeetsAFixedMember()
    {
        var terms = Enum.GetValues<ErgmTermKind>().Select(k => new ErgmTermPlan(k, "x", 2)).ToArray();

        var names = ErgmTermNames.Properties(terms, NameAssigner.ErgmPeriodMembers);

        Assert.Equal(terms.Length, names.Select(n => n.PropertyName).Distinct().Count());
        Assert.DoesNotContain(names, n => n.PropertyName.EndsWith('_'));
    }

    [Theory]
    [InlineData(2011, 2014, "P2011_2014")]
    [InlineData(2015, 2015, "P2015")]
    [InlineData(1999, 2000, "P1999_2000")]
    [InlineData(-5, -3, "PM5_M3")]
    [InlineData(-1, 2, "PM1_2")]
    public void PeriodsAreNamedFromTheirRange(int first, int last, string property) =>
        Assert.Equal(property, PeriodNames.Property(new PeriodPlan("label", first, last)));

    [Fact]
    public void EachPeriodOfANetworkHasItsOwnPropertyWithTheEnginesLabel()
    {
        var periods = EquatableArray.From(new PeriodPlan("2011–2014", 2011, 2014), new PeriodPlan("2015", 2015, 2015), new PeriodPlan("2016–2021", 2016, 2021));

        var names = PeriodNames.Properties(Network(periods), NameAssigner.NetworkResultMembers);

        Assert.Equal([("2011–2014", "P2011_2014"), ("2015", "P2015"), ("2016–2021", "P2016_2021")], names.Select(n => (n.Label, n.PropertyName)));
    }

    [Fact]
    public void ANetworkWithoutPeriodsHasOnePropertyAllForTheEnginesOnlyPeriod()
    {
        var names = PeriodNames.Properties(Network(EquatableArray<PeriodPlan>.Empty), NameAssigner.NetworkResultMembers);

        var all = Assert.Single(names);
        Assert.Equal("All", all.PropertyName);
        Assert.Equal(NetworkLoader.AllPeriodLabel, all.Label);
    }

    [Fact]
    public void APeriodNameThatMeetsAFixedMemberGetsAnUnderscore() =>
        Assert.Equal(["P2011_2014_", "All_"], new[]
        {
            PeriodNames.Properties(Network(EquatableArray.From(new PeriodPlan("2011–2014", 2011, 2014))), ["P2011_2014"]).Single().PropertyName,
            PeriodNames.Properties(Network(EquatableArray<PeriodPlan>.Empty), ["All"]).Single().PropertyName,
        });

    private static NetworkPlan Network(EquatableArray<PeriodPlan> periods) =>
        new("links", "data/links.csv", "a", "b", null, "year", null, null, null, periods, null);
}
