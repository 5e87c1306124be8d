using System.Text.Json;
using NevSpec.Engine;

namespace NevSpec.Reporting;

/// <summary>The results.json object of an analysis derived from a model; see docs/results.md.</summary>
internal static class AnalysisJson
{
    public static void Write(Utf8JsonWriter json, AnalysisResult analysis)
    {
        switch (analysis)
        {
            case StepwiseResult stepwise:
                json.WriteStartObject();
                json.WriteString("kind", "stepwise");
                json.WriteStartArray("columns");
                foreach (var column in stepwise.Columns) RegressionJson.Write(json, column);
                json.WriteEndArray();
                json.WriteEndObject();
                break;
            case MediationAnalysisResult { Mediation: { } mediation }:
                MediationJson.Write(json, mediation);
                break;
            case ModerationAnalysisResult { Moderation: { } moderation } m:
                ModerationJson.Write(json, m, moderation);
                break;
            case SplitAnalysisResult { Split: { } split } s:
                SplitJson.Write(json, s, split);
                break;
            case ThresholdAnalysisResult { Threshold: { } threshold }:
                ThresholdJson.Write(json, threshold);
                break;
            case IvAnalysisResult { Iv: { } iv }:
                IvJson.Write(json, iv);
                break;
            default:
                json.WriteStartObject();
                json.WriteString("kind", Kind(analysis));
                json.WriteString("error", analysis.Error);
                json.WriteEndObject();
                break;
        }
    }

    private static string Kind(AnalysisResult analysis) => analysis switch
    {
        StepwiseResult => "stepwise",
        MediationAnalysisResult => "mediation",
        ModerationAnalysisResult => "moderation",
        SplitAnalysisResult => "split",
        IvAnalysisResult => "iv",
        ThresholdAnalysisResult => "threshold",
        UnsupportedAnalysisResult u => u.Plan.GetType().Name.Replace("Plan", "").ToLowerInvariant(),
        _ => "analysis",
    };
}
