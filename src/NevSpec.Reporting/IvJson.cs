using System.Text.Json;
using NevSpec.Core.Instruments;

namespace NevSpec.Reporting;

/// <summary>The results.json object of a instrumental-variables analysis: second stage, first stages and diagnostics with their conventions (see docs/results.md).</summary>
internal static class IvJson
{
    public static void Write(Utf8JsonWriter json, IvResult iv)
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
}
