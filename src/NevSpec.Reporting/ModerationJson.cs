using System.Text.Json;
using NevSpec.Core.Moderation;
using NevSpec.Engine;

namespace NevSpec.Reporting;

/// <summary>The results.json object of a moderation analysis: the interaction model and simple slopes (see docs/results.md).</summary>
internal static class ModerationJson
{
    public static void Write(Utf8JsonWriter json, ModerationAnalysisResult analysis, ModerationResult moderation)
    {
        var v = new JsonValues(json);
        json.WriteStartObject();
        json.WriteString("kind", "moderation");
        json.WriteString("focal", moderation.Focal);
        json.WriteString("moderator", moderation.Moderator);
        json.WriteString("interaction_term", moderation.InteractionTerm);
        json.WriteBoolean("centred", moderation.Centred);
        v.Number("moderator_mean", moderation.ModeratorMean);
        v.Number("moderator_sd", moderation.ModeratorSd);
        json.WritePropertyName("model");
        RegressionJson.Write(json, new ModelResult(analysis.Plan.Base, moderation.Model, null));
        json.WriteStartArray("simple_slopes");
        foreach (var s in moderation.SimpleSlopes)
        {
            json.WriteStartObject();
            json.WriteString("at", s.Label);
            v.Number("moderator_value", s.ModeratorValue, s.Label);
            v.Number("slope", s.Slope, s.Label);
            v.Number("stderr", s.StdErr, s.Label);
            v.Number("t", s.T, s.Label);
            v.Number("p", s.P, s.Label);
            v.Number("ci_low", s.CiLow, s.Label);
            v.Number("ci_high", s.CiHigh, s.Label);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        v.Strings("notes", v.Notes);
        json.WriteEndObject();
    }
}
