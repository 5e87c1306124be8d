using System.Text.Json;
using NevSpec.Core.Heterogeneity;
using NevSpec.Core.Instruments;
using NevSpec.Core.Mediation;
using NevSpec.Core.Moderation;
using NevSpec.Core.Threshold;
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
                WriteMediation(json, mediation);
                break;
            case ModerationAnalysisResult { Moderation: { } moderation } m:
                WriteModeration(json, m, moderation);
                break;
            case SplitAnalysisResult { Split: { } split } s:
                WriteSplit(json, s, split);
                break;
            case ThresholdAnalysisResult { Threshold: { } threshold }:
                WriteThreshold(json, threshold);
                break;
            case IvAnalysisResult { Iv: { } iv }:
                WriteIv(json, iv);
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

    private static void WriteModeration(Utf8JsonWriter json, ModerationAnalysisResult analysis, ModerationResult moderation)
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

    private static void WriteSplit(Utf8JsonWriter json, SplitAnalysisResult analysis, SplitSampleResult split)
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

    private static void WriteThreshold(Utf8JsonWriter json, PanelThresholdResult result)
    {
        var v = new JsonValues(json);
        json.WriteStartObject();
        json.WriteString("kind", "threshold");
        json.WriteString("outcome", result.OutcomeName);
        json.WriteString("threshold_variable", result.ThresholdName);
        v.Strings("regime_dependent", result.RegimeDependentNames);
        v.Strings("regime_independent", result.RegimeIndependentNames);
        json.WriteNumber("units", result.Units);
        json.WriteNumber("nobs", result.Observations);
        json.WriteBoolean("balanced", result.Balanced);
        json.WriteNumber("grid_size", result.GridSize);
        json.WriteNumber("bootstrap", result.Options.BootstrapReplications);
        json.WriteNumber("seed", result.Options.Seed);
        json.WriteString("standard_errors", result.Options.StandardErrors.ToString().ToLowerInvariant());
        v.Number("linear_sse", result.LinearSse);
        json.WriteStartArray("steps");
        foreach (var step in result.Steps)
        {
            json.WriteStartObject();
            json.WriteNumber("thresholds", step.Order);
            json.WriteStartArray("estimates");
            foreach (var value in step.Thresholds) v.Value(value, "threshold");
            json.WriteEndArray();
            v.Number("sse", step.Sse);
            json.WriteStartObject("test");
            v.Number("f", step.Test.F);
            v.Number("p", step.Test.PValue);
            json.WriteNumber("replications", step.Test.Replications);
            json.WriteStartArray("critical_values");
            foreach (var c in step.Test.CriticalValues)
            {
                json.WriteStartObject();
                v.Number("level", c.Level);
                v.Number("value", c.Value, "critical value");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            foreach (var (name, estimate) in new[] { ("estimate", (ThresholdEstimate?)step.Estimate), ("refinement", step.Refinement) })
            {
                if (estimate is null) continue;
                json.WriteStartObject(name);
                v.Number("value", estimate.Value);
                json.WriteStartArray("intervals");
                foreach (var interval in estimate.Intervals)
                {
                    json.WriteStartObject();
                    v.Number("level", interval.Level);
                    v.Number("critical_value", interval.CriticalValue);
                    v.Number("lower", interval.Lower);
                    v.Number("upper", interval.Upper);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("lr_curve");
                foreach (var point in estimate.LikelihoodRatio)
                {
                    json.WriteStartArray();
                    v.Value(point.Threshold, "LR curve threshold");
                    v.Value(point.Lr, "LR statistic");
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteStartArray("coefficients");
            foreach (var c in step.Coefficients)
            {
                json.WriteStartObject();
                json.WriteString("term", c.Term);
                json.WriteString("regressor", c.Regressor);
                if (c.Regime is { } regime) json.WriteNumber("regime", regime); else json.WriteNull("regime");
                v.Number("estimate", c.Estimate, c.Term);
                v.Number("stderr", c.StdErr, c.Term);
                v.Number("t", c.T, c.Term);
                v.Number("p", c.P, c.Term);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        v.Strings("notes", result.Notes.Concat(v.Notes).ToList());
        json.WriteEndObject();
    }

    private static void WriteIv(Utf8JsonWriter json, IvResult iv)
    {
        var v = new JsonValues(json);
        json.WriteStartObject();
        json.WriteString("kind", "iv");
        json.WriteString("estimator", iv.Estimator);
        json.WriteString("outcome", iv.Outcome);
        v.Strings("endogenous", iv.Endogenous);
        v.Strings("instruments", iv.ExcludedInstruments);
        json.WriteString("vcov", iv.CovarianceName);
        json.WriteString("vcov_convention", iv.CovarianceConvention);
        json.WriteNumber("nobs", iv.Nobs);
        if (iv.ResidualDf is { } df) json.WriteNumber("df_resid", df); else json.WriteNull("df_resid");
        v.Number("r2", iv.R2);
        json.WriteStartArray("coefficients");
        foreach (var c in iv.Coefficients) RegressionJson.Coefficient(v, c);
        json.WriteEndArray();
        json.WriteStartArray("first_stages");
        foreach (var f in iv.FirstStages)
        {
            json.WriteStartObject();
            json.WriteString("endogenous", f.Endogenous);
            v.Number("partial_r2", f.PartialR2, f.Endogenous);
            Statistic(json, v, "f", f.F);
            Statistic(json, v, "sanderson_windmeijer_f", f.SandersonWindmeijerF);
            json.WriteStartArray("coefficients");
            foreach (var c in f.Regression.Coefficients) RegressionJson.Coefficient(v, c);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        var d = iv.Diagnostics;
        json.WriteStartObject("diagnostics");
        Statistic(json, v, "underidentification", d.Underidentification);
        Statistic(json, v, "kleibergen_paap_lm", d.KleibergenPaapLm);
        Statistic(json, v, "kleibergen_paap_wald_f", d.KleibergenPaapWaldF);
        Statistic(json, v, "cragg_donald_f", d.CraggDonaldF);
        Statistic(json, v, "anderson_rubin_f", d.AndersonRubinF);
        Statistic(json, v, "overidentification", d.Overidentification);
        Statistic(json, v, "endogeneity", d.Endogeneity);
        json.WriteStartArray("stock_yogo");
        foreach (var c in d.StockYogo)
        {
            json.WriteStartObject();
            json.WriteString("table", c.Table);
            v.Number("threshold", c.Threshold);
            v.Number("critical_value", c.Value);
            json.WriteString("label", c.Label);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        v.Strings("notes", iv.Notes.Concat(v.Notes).ToList());
        json.WriteEndObject();
    }

    private static void Statistic(Utf8JsonWriter json, JsonValues v, string name, object? statistic)
    {
        switch (statistic)
        {
            case IvTestStatistic s:
                json.WriteStartObject(name);
                json.WriteString("name", s.Name);
                v.Number("value", s.Value, s.Name);
                json.WriteString("distribution", s.Distribution);
                v.Number("df1", s.Df1);
                v.Number("df2", s.Df2);
                v.Number("p", s.PValue, s.Name);
                json.WriteString("convention", s.Convention);
                json.WriteEndObject();
                break;
            case double d:
                v.Number(name, d);
                break;
            case null:
                json.WriteNull(name);
                break;
        }
    }

    private static void WriteMediation(Utf8JsonWriter json, MediationResult mediation)
    {
        var v = new JsonValues(json);
        json.WriteStartObject();
        json.WriteString("kind", "mediation");
        json.WriteString("outcome", mediation.Outcome);
        json.WriteString("treatment", mediation.Treatment);
        json.WriteString("vcov", mediation.CovarianceName);
        json.WriteNumber("bootstrap", mediation.Options.Bootstrap);
        json.WriteNumber("seed", mediation.Seed);
        json.WriteStartArray("mediators");
        foreach (var m in mediation.Mediators)
        {
            json.WriteStartObject();
            json.WriteString("mediator", m.Mediator);
            json.WriteNumber("nobs", m.Nobs);
            foreach (var (name, c) in new[] { ("a", m.A), ("b", m.B), ("direct", m.Direct), ("total", m.Total) })
            {
                json.WritePropertyName(name);
                RegressionJson.Coefficient(v, c);
            }
            v.Number("indirect", m.Indirect);
            foreach (var test in new[] { m.Sobel, m.Aroian, m.Goodman })
            {
                if (test is null) continue;
                json.WriteStartObject(test.Method.ToLowerInvariant());
                v.Number("stderr", test.StdErr, test.Method);
                v.Number("z", test.Z, test.Method);
                v.Number("p", test.P, test.Method);
                json.WriteEndObject();
            }
            v.Number("proportion_mediated", m.ProportionMediated);
            if (m.Bootstrap is { } boot)
            {
                json.WriteStartObject("bootstrap_ci");
                json.WriteNumber("requested", boot.Requested);
                json.WriteNumber("completed", boot.Completed);
                json.WriteNumber("seed", boot.Seed);
                json.WriteString("resampling", boot.ResamplingUnit);
                v.Number("level", boot.Level);
                json.WriteString("method", boot.Shown == BootstrapCiMethod.BiasCorrected ? "bc" : "percentile");
                v.Number("stderr", boot.StdErr, "bootstrap");
                v.Number("low", boot.Low, "bootstrap");
                v.Number("high", boot.High, "bootstrap");
                json.WriteEndObject();
            }
            v.Strings("notes", m.Notes.Concat(v.Notes).ToList());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
