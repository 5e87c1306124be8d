using System.Text.Json;
using NevSpec.Core.Data;
using NevSpec.Core.Instruments;
using NevSpec.Core.Tests.Support;
using NevSpec.Tests;

namespace NevSpec.Core.Tests.Instruments;

/// <summary>
/// Stock–Watson cigarette demand, 1995, against shared/reference/cigarettes_iv.json (R 4.2.2, AER 1.2.10
/// <c>ivreg</c>, sandwich 3.0.2, lmtest 0.9.40; script shared/reference/scripts/iv.R):
/// log(packs) ~ log(rprice) + log(rincome) | log(rincome) + tdiff + I(tax/cpi).
/// </summary>
public class CigarettesReferenceTests
{
    private static readonly Lazy<JsonElement> Reference = new(() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InShared("reference", "cigarettes_iv.json"))).RootElement);

    private static readonly string[] OurTerms = ["lrprice", "lrincome", "_cons"];

    private static IvResult Fit(IvCovariance covariance, bool small = true)
    {
        // The derived variables exactly as the JSON's "derived_variables" define them, on year == 1995.
        var df = CsvReader.Read(RepositoryPaths.InShared("data", "cigarettes_sw.csv"));
        var year = df.GetNumeric("year");
        var rows = Enumerable.Range(0, df.RowCount).Where(i => year[i] == 1995).ToArray();
        double[] Col(string name) => rows.Select(i => df.GetNumeric(name)[i]).ToArray();
        var (cpi, price, income, pop, tax, taxs, packs) = (Col("cpi"), Col("price"), Col("income"), Col("population"), Col("tax"), Col("taxs"), Col("packs"));
        int n = rows.Length;
        var lpacks = Enumerable.Range(0, n).Select(i => Math.Log(packs[i])).ToArray();
        var lrprice = Enumerable.Range(0, n).Select(i => Math.Log(price[i] / cpi[i])).ToArray();
        var lrincome = Enumerable.Range(0, n).Select(i => Math.Log(income[i] / pop[i] / cpi[i])).ToArray();
        var tdiff = Enumerable.Range(0, n).Select(i => (taxs[i] - tax[i]) / cpi[i]).ToArray();
        var rtax = Enumerable.Range(0, n).Select(i => tax[i] / cpi[i]).ToArray();
        var design = new IvDesign("lpacks", lpacks, ["lrincome"], [lrincome], ["lrprice"], [lrprice], ["tdiff", "rtax"], [tdiff, rtax], [], []);
        return new TwoStageLeastSquares(new IvOptions(SmallSample: small)).Fit(design, covariance);
    }

    private static double Json(params object[] path)
    {
        var e = Reference.Value;
        foreach (var p in path) e = p is int i ? e[i] : e.GetProperty((string)p);
        return e.GetDouble();
    }

    private static string RName(string ours) => Reference.Value.GetProperty("coef_order")[(Array.IndexOf(OurTerms, ours) + 1) % 3].GetString()!;

    [Fact]
    public void CoefficientsAndSesMatchAerIvreg()
    {
        var iid = Fit(new IvIidCovariance());
        var hc1 = Fit(new IvRobustCovariance());
        var hc0 = Fit(new IvRobustCovariance(), small: false);
        Assert.Equal(OurTerms, iid.Terms);
        Assert.Equal((int)Json("N"), iid.Nobs);
        Assert.Equal((int)Json("df_resid"), iid.ResidualDf);
        foreach (var term in OurTerms)
        {
            string r = RName(term);
            Near.Relative(Json("coefficients_2sls", r), iid[term].Estimate, 1e-8, $"b[{term}]");
            Near.Relative(Json("se_iid", r), iid[term].StdErr, 1e-6, $"iid se[{term}]");
            Near.Relative(Json("se_HC1", r), hc1[term].StdErr, 1e-6, $"HC1 se[{term}]");
            Near.Relative(Json("se_HC0", r), hc0[term].StdErr, 1e-6, $"HC0 se[{term}]");
        }
        Near.Relative(Json("sigma"), Math.Sqrt(iid.SigmaSquared), 1e-6, "sigma");
        var order = Reference.Value.GetProperty("coef_order").EnumerateArray().Select(e => e.GetString()!).ToArray();
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                Near.Relative(Json("vcov_HC1", i, j), hc1.Covariance(OurTermOf(order[i]), OurTermOf(order[j])), 1e-6, $"HC1 V[{i},{j}]");
    }

    private static string OurTerm(int rIndex) => OurTerms[(rIndex + 2) % 3];

    private static string OurTermOf(string rName) => OurTerm(Array.IndexOf(Reference.Value.GetProperty("coef_order").EnumerateArray().Select(e => e.GetString()).ToArray(), rName));

    [Fact]
    public void FirstStageMatchesLm()
    {
        var fsReference = Reference.Value.GetProperty("first_stage");
        var iid = Fit(new IvIidCovariance()).FirstStages.Single();
        var hc1 = Fit(new IvRobustCovariance()).FirstStages.Single();
        var names = new Dictionary<string, string> { ["(Intercept)"] = "_cons", ["log(rincome)"] = "lrincome", ["tdiff"] = "tdiff", ["I(tax/cpi)"] = "rtax" };
        foreach (var (r, ours) in names)
        {
            Near.Relative(fsReference.GetProperty("coefficients").GetProperty(r).GetDouble(), iid.Regression[ours].Estimate, 1e-8, $"first-stage b[{r}]");
            Near.Relative(fsReference.GetProperty("se_iid").GetProperty(r).GetDouble(), iid.Regression[ours].StdErr, 1e-6, $"first-stage iid se[{r}]");
            Near.Relative(fsReference.GetProperty("se_HC1").GetProperty(r).GetDouble(), hc1.Regression[ours].StdErr, 1e-6, $"first-stage HC1 se[{r}]");
        }
        Near.Relative(fsReference.GetProperty("r_squared").GetDouble(), iid.Regression.R2, 1e-6, "first-stage R²");
        var fIid = fsReference.GetProperty("F_excluded_iid");
        Near.Relative(fIid.GetProperty("value").GetDouble(), iid.F.Value, 1e-6, "first-stage F (iid)");
        Near.Relative(fIid.GetProperty("p").GetDouble(), iid.F.PValue!.Value, 1e-6, "first-stage F p (iid)");
        Assert.Equal(fIid.GetProperty("df2").GetInt32(), (int)iid.F.Df2!.Value);
        var fHc1 = fsReference.GetProperty("F_excluded_HC1");
        Near.Relative(fHc1.GetProperty("value").GetDouble(), hc1.F.Value, 1e-6, "first-stage F (HC1)");
        Near.Relative(fHc1.GetProperty("p").GetDouble(), hc1.F.PValue!.Value, 1e-6, "first-stage F p (HC1)");
        // ivreg2's robust χ² is the HC0 Wald; the HC1 Wald is F·q (same (N − L)/N scaling).
        Near.Relative(fsReference.GetProperty("Wald_chi2_excluded_HC0").GetProperty("value").GetDouble(), hc1.Chi2.Value, 1e-6, "first-stage HC0 χ²");
        Near.Relative(fsReference.GetProperty("Wald_chi2_excluded_HC1").GetProperty("value").GetDouble(), 2 * hc1.F.Value, 1e-6, "first-stage HC1 χ²");
    }

    [Theory]
    [InlineData("AER_diagnostics_iid")]
    [InlineData("AER_diagnostics_HC1")]
    public void WuHausmanAndSarganMatchAerDiagnostics(string block)
    {
        var result = Fit(block.EndsWith("iid", StringComparison.Ordinal) ? new IvIidCovariance() : new IvRobustCovariance());
        var reference = Reference.Value.GetProperty(block);
        var wu = reference.GetProperty("Wu-Hausman");
        Near.Relative(wu.GetProperty("statistic").GetDouble(), result.Diagnostics.WuHausmanF!.Value, 1e-6, $"{block} Wu–Hausman");
        Near.Relative(wu.GetProperty("p").GetDouble(), result.Diagnostics.WuHausmanF.PValue!.Value, 1e-6, $"{block} Wu–Hausman p");
        Assert.Equal(wu.GetProperty("df2").GetInt32(), (int)result.Diagnostics.WuHausmanF.Df2!.Value);
        var weak = reference.GetProperty("Weak instruments");
        Near.Relative(weak.GetProperty("statistic").GetDouble(), result.FirstStages[0].F.Value, 1e-6, $"{block} weak instruments");
        // AER's Sargan is not robust: it is the iid Sargan in both blocks.
        var sargan = Fit(new IvIidCovariance()).Diagnostics.Sargan!;
        Near.Relative(reference.GetProperty("Sargan").GetProperty("statistic").GetDouble(), sargan.Value, 1e-6, $"{block} Sargan");
        Near.Relative(reference.GetProperty("Sargan").GetProperty("p").GetDouble(), sargan.PValue!.Value, 1e-6, $"{block} Sargan p");
    }
}
