using System.Text.Json;
using NevSpec.Core.Networks;
using static NevSpec.Core.Tests.Networks.NetworkReference;

namespace NevSpec.Core.Tests.Networks;

/// <summary>
/// Coupling coordination degree against shared/reference/network/coupling_example.json (Python 3.11 float64, with a
/// 50-digit decimal check). Tolerance (reference README): T, C, D 1e-15 relative (≤ 4 ulp); 0 exactly at the zero edge case.
/// </summary>
public class CouplingCoordinationTests
{
    private static readonly JsonElement Ref = Json("coupling_example.json");

    public static TheoryData<string, int> AllCases
    {
        get
        {
            var d = new TheoryData<string, int>();
            foreach (var set in new[] { "cases", "edge_cases" })
                for (int i = 0; i < Ref.GetProperty(set).GetArrayLength(); i++) d.Add(set, i);
            return d;
        }
    }

    [Theory, MemberData(nameof(AllCases))]
    public void MatchesReference(string set, int index)
    {
        var c = Ref.GetProperty(set)[index];
        var u = c.GetProperty("u").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var f = c.GetProperty("float64");
        var s = CouplingCoordination.Compute(u);
        var a = CouplingCoordination.Compute(u, CouplingFormula.Alternative);
        string what = $"{set}[{index}] u=({string.Join(", ", u)})";
        AssertRelative(f.GetProperty("T").GetDouble(), s.T, 1e-15, 0, $"{what} T");
        AssertRelative(f.GetProperty("C_standard").GetDouble(), s.C, 1e-15, 0, $"{what} C standard");
        AssertRelative(f.GetProperty("D_standard").GetDouble(), s.D, 1e-15, 0, $"{what} D standard");
        AssertRelative(f.GetProperty("C_alternative").GetDouble(), a.C, 1e-15, 0, $"{what} C alternative");
        AssertRelative(f.GetProperty("D_alternative").GetDouble(), a.D, 1e-15, 0, $"{what} D alternative");
        var dec = c.GetProperty("decimal50_check");
        AssertRelative(double.Parse(dec.GetProperty("D_standard").GetString()!, System.Globalization.CultureInfo.InvariantCulture), s.D, 1e-15, 1e-300, $"{what} D vs 50-digit decimal");
    }

    [Fact]
    public void RejectsBadInputAndHandlesAllZero()
    {
        var e = Assert.Throws<ArgumentException>(() => CouplingCoordination.Compute(new[] { 0.5, -0.1, 0.2 }));
        Assert.Contains("-0.1", e.Message);
        Assert.Throws<ArgumentException>(() => CouplingCoordination.Compute(new[] { 0.5 }));
        Assert.Throws<ArgumentException>(() => CouplingCoordination.Compute(new[] { 0.5, double.NaN }));
        Assert.Equal(new CouplingResult(0, 0, 0), CouplingCoordination.Compute(new[] { 0.0, 0.0, 0.0 }));
    }
}
