using System.Text.Json;
using NevSpec.Core.Heterogeneity;
using NevSpec.Engine;

namespace NevSpec.Reporting;

/// <summary>The results.json object of a heterogeneity analysis: one model per group and the equality tests (see docs/results.md).</summary>
internal static class SplitJson
{
    public static void Write(Utf8JsonWriter json, SplitAnalysisResult analysis, SplitSampleResult split)
    {
        var v = new JsonValues(json);
        json.WriteStartObject();
        json.WriteString("kind", "split");
        json.WriteString("by", split.GroupVariable);
        json.WriteString("term", split.Term);
        json.WriteStartObject("groups");
        foreach (var g in split.Groups)
        {
            json.WritePropertyName(g.Label);
            RegressionJson.Write(json, new ModelResult(analysis.Plan.Base with { Name = g.Label }, g.Model, null));
        }
        json.WriteEndObject();
        json.WriteStartObject("equality_test");
        v.Number("difference", split.Equality.Difference);
        v.Number("stderr", split.Equality.StdErr);
        v.Number("f", split.Equality.F);
        json.WriteNumber("df1", split.Equality.Df1);
        json.WriteNumber("df2", split.Equality.Df2);
        v.Number("p", split.Equality.P);
        json.WriteString("method", split.Equality.Method);
        json.WriteEndObject();
        if (split.Permutation is { } p)
        {
            json.WriteStartObject("permutation_test");
            v.Number("observed", p.Observed);
            json.WriteNumber("requested", p.Requested);
            json.WriteNumber("completed", p.Completed);
            json.WriteNumber("seed", p.Seed);
            json.WriteString("permuted_unit", p.PermutedUnit);
            v.Number("p_two_sided", p.PTwoSided);
            v.Number("p_one_sided", p.POneSided);
            json.WriteString("method", p.Method);
            json.WriteEndObject();
        }
        v.Strings("notes", split.Notes.Concat(v.Notes).ToList());
        json.WriteEndObject();
    }
}
