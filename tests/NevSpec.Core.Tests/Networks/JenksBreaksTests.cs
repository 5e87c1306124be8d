using System.Text.Json;
using NevSpec.Core.Networks;
using static NevSpec.Core.Tests.Networks.NetworkReference;

namespace NevSpec.Core.Tests.Networks;

/// <summary>
/// Jenks natural breaks against jenkspy 0.4.1 (= classInt "jenks", simple-statistics ckmeans) in
/// shared/reference/network/jenks/jenks_reference.json. Tolerances (reference README): breaks exact (they are data
/// values); class counts exact; SDCM and GVF 1e-10 relative; SDCM = 0 cases 1e-12 absolute.
/// </summary>
public class JenksBreaksTests
{
    private static readonly JsonElement Cases = Json("jenks", "jenks_reference.json").GetProperty("cases");

    public static TheoryData<string> CaseNames
    {
        get { var d = new TheoryData<string>(); foreach (var p in Cases.EnumerateObject()) d.Add(p.Name); return d; }
    }

    private static double[] Input(JsonElement c) => c.TryGetProperty("x", out var x)
        ? x.EnumerateArray().Select(v => v.GetDouble()).ToArray()
        : Json("jenks", "published", "test.json").EnumerateArray().Select(v => v.GetDouble()).ToArray();

    [Theory, MemberData(nameof(CaseNames))]
    public void MatchesJenkspy(string name)
    {
        var c = Cases.GetProperty(name);
        var x = Input(c);
        Assert.Equal(c.GetProperty("n").GetInt32(), x.Length);
        var r = JenksBreaks.Classify(x, c.GetProperty("k").GetInt32());
        Assert.Equal(c.GetProperty("jenkspy").EnumerateArray().Select(v => v.GetDouble()), r.Breaks);
        var fit = c.GetProperty("jenkspy_fit");
        Assert.Equal(fit.GetProperty("class_counts_upper_bound_closed").EnumerateArray().Select(v => v.GetInt32()), r.ClassCounts);
        AssertRelative(fit.GetProperty("SDCM_within_class_sq_dev").GetDouble(), r.Sdcm, 1e-10, 1e-12, $"{name} SDCM (jenkspy fit)");
        AssertRelative(fit.GetProperty("SDAM_total_sq_dev").GetDouble(), r.Sdam, 1e-10, 1e-12, $"{name} SDAM");
        AssertRelative(fit.GetProperty("GVF").GetDouble(), r.Gvf, 1e-10, 1e-12, $"{name} GVF");
        if (c.TryGetProperty("published_expected", out var pub))
        {
            // jenkspy's own tests/test_jenks.py: exact except test_data k = 5, printed to 6 decimals (half a unit: 5e-7)
            var p = pub.EnumerateArray().Select(v => v.GetDouble()).ToArray();
            for (int i = 0; i < p.Length; i++) AssertRelative(p[i], r.Breaks[i], 0, 5e-7, $"{name} published break {i} (jenkspy tests)");
        }
    }

    [Fact]
    public void RejectsBadInput()
    {
        Assert.Throws<ArgumentException>(() => JenksBreaks.Classify(Array.Empty<double>(), 1));
        var e = Assert.Throws<ArgumentException>(() => JenksBreaks.Classify(new[] { 1.0, 2.0 }, 3));
        Assert.Contains("3", e.Message);
        Assert.Throws<ArgumentException>(() => JenksBreaks.Classify(new[] { 1.0, double.NaN }, 1));
    }
}
