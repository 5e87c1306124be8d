namespace NevSpec.Reporting;

/// <summary>
/// The significance stars economics journals print: * p &lt; 0.10, ** p &lt; 0.05, *** p &lt; 0.01
/// (Stata esttab's <c>star(* 0.10 ** 0.05 *** 0.01)</c>, the convention of both target papers).
/// </summary>
public static class Significance
{
    public const string Legend = "* p < 0.10, ** p < 0.05, *** p < 0.01";

    public static string Stars(double p) =>
        double.IsNaN(p) ? "" : p < 0.01 ? "***" : p < 0.05 ? "**" : p < 0.10 ? "*" : "";
}
