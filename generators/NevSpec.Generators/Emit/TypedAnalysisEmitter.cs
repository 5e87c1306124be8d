using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NevSpec.Generators.Models;
using NevSpec.Language.Plan;
using static NevSpec.Generators.Emit.AnalysisEmitter;

namespace NevSpec.Generators.Emit
{
    /// <summary>
    /// The typed records of threshold (Hansen 1999) and IV analyses. Every property name comes from the spec alone
    /// (terms, instruments, the number of thresholds, confidence levels), never from data-dependent labels.
    /// </summary>
    internal static class TypedAnalysisEmitter
    {
        private static readonly string[] Orders = { "Single", "Double", "Triple" };

        /// <summary><c>0.95</c> → <c>95</c>, <c>0.975</c> → <c>97_5</c>: the suffix of a per-level property.</summary>
        public static string LevelSuffix(double level) =>
            System.Math.Round(level * 100, 6).ToString("G", CultureInfo.InvariantCulture).Replace('.', '_').Replace('-', '_');

        private static string Literal(double value) => value.ToString("R", CultureInfo.InvariantCulture);

        public static void WriteThreshold(IndentedTextWriter writer, SpecModel model, ThresholdPlan plan, AnalysisNames names)
        {
            var coefficient = ResultEmitter.CoefficientType(model);
            var max = System.Math.Max(1, System.Math.Min(3, plan.MaxThresholds));
            var levels = plan.Levels.Distinct().Select(l => (Level: l, Suffix: LevelSuffix(l))).GroupBy(l => l.Suffix).Select(g => g.First()).ToArray();
            var estimates = "global::System.Collections.Generic.IReadOnlyList<ThresholdEstimate>";

            var body = new List<string> { "Raw = raw;", "var t = raw.Threshold!;", "Tests = new TestSet(t);",
                "var estimates = new ThresholdEstimate[t.Thresholds.Count];",
                "for (var i = 0; i < estimates.Length; i++) estimates[i] = new ThresholdEstimate(t.Thresholds[i]);",
                "Thresholds = estimates;" };
            for (var k = 1; k <= max; k++) body.Add(Orders[k - 1] + " = new " + Orders[k - 1] + "Model(t.Steps[" + (k - 1) + "]);");
            Open(writer, "Results of the threshold analysis " + XmlDoc.Code(plan.Name) + " (Hansen 1999, threshold variable " + XmlDoc.Code(plan.Variable)
                    + ", up to " + max + " threshold" + (max == 1 ? "" : "s") + "): tests, threshold estimates, regime slopes per model.",
                names.ResultName, KnownTypes.ThresholdAnalysisResult + " raw", body.ToArray());
            EndConstructor(writer);
            Property(writer, "The engine's result, as the CLI would report it.", "public " + KnownTypes.ThresholdAnalysisResult + " Raw { get; }");
            Property(writer, "The estimator's full result (sample, linear model, LR curves, bootstrap statistics).", "public " + KnownTypes.PanelThresholdResult + " Threshold => Raw.Threshold!;");
            Property(writer, "The F tests: single (0 against 1 threshold), double (1 against 2), triple (2 against 3); null beyond the spec's <c>max</c>.", "public TestSet Tests { get; }");
            Property(writer, "The threshold found at each step: <c>Thresholds[k − 1]</c> is the one added by the model with k thresholds.", "public " + estimates + " Thresholds { get; }");
            for (var k = 1; k <= 3; k++)
            {
                var what = "The model with " + k + " threshold" + (k == 1 ? "" : "s") + ": its thresholds and the slopes in each of its " + (k + 1) + " regimes";
                Property(writer, k <= max ? what + "." : what + "; always null, because the spec's <c>max</c> is " + max + ".",
                    k <= max ? "public " + Orders[k - 1] + "Model " + Orders[k - 1] + " { get; }" : "public " + Orders[k - 1] + "Model? " + Orders[k - 1] + " => null;");
            }
            Property(writer, "Observations used (after listwise deletion).", "public int Nobs => Threshold.Observations;");
            Property(writer, "Remarks: deleted rows, dropped units or columns, unbalanced-panel handling.", "public " + KnownTypes.Notes + " Notes => Threshold.Notes;");
            writer.WriteLineNoTabs(string.Empty);

            // Tests.
            Open(writer, "The threshold tests, by the number of thresholds under the alternative.", "TestSet", KnownTypes.PanelThresholdResult + " t",
                Enumerable.Range(1, max).Select(k => Orders[k - 1] + " = new Test(t.Tests[" + (k - 1) + "]);").ToArray());
            EndConstructor(writer);
            for (var k = 1; k <= 3; k++)
                Property(writer, k <= max ? "The test of " + (k - 1) + " against " + k + " threshold" + (k == 1 ? "" : "s") + "." : "Always null: the spec's <c>max</c> is " + max + ".",
                    "public Test" + (k <= max ? "" : "?") + " " + Orders[k - 1] + (k <= max ? " { get; }" : " => null;"));
            Close(writer);
            writer.WriteLineNoTabs(string.Empty);

            Open(writer, "Hansen's bootstrap F test of k − 1 against k thresholds.", "Test", KnownTypes.ThresholdTest + " raw", "Raw = raw;");
            EndConstructor(writer);
            Property(writer, "The Core test (bootstrap statistics, all critical values).", "public " + KnownTypes.ThresholdTest + " Raw { get; }");
            Property(writer, "The F statistic.", "public double F => Raw.F;");
            Property(writer, "The bootstrap p-value (NaN without a bootstrap).", "public double PValue => Raw.PValue;");
            Property(writer, "Bootstrap replications (0 when the bootstrap was skipped).", "public int Replications => Raw.Replications;");
            foreach (var (level, suffix) in levels)
                Property(writer, "The bootstrap critical value at the " + suffix.Replace('_', '.') + " % level (NaN without a bootstrap).",
                    "public double Critical" + suffix + " => CriticalValue(" + Literal(level) + ");");
            Property(writer, "The bootstrap critical value at <paramref name=\"level\"/> (e.g. 0.95); NaN when it was not computed.",
                "public double CriticalValue(double level)");
            writer.WriteLine("{");
            writer.WriteLine("    foreach (var c in Raw.CriticalValues) if (global::System.Math.Abs(c.Level - level) < 1e-12) return c.Value;");
            writer.WriteLine("    return double.NaN;");
            writer.WriteLine("}");
            Close(writer);
            writer.WriteLineNoTabs(string.Empty);

            // Estimates.
            Open(writer, "One threshold estimate with its LR confidence interval.", "ThresholdEstimate", KnownTypes.ThresholdEstimate + " raw", "Raw = raw;");
            EndConstructor(writer);
            Property(writer, "The Core estimate (LR curve, all intervals, fixed thresholds, SSE).", "public " + KnownTypes.ThresholdEstimate + " Raw { get; }");
            Property(writer, "The threshold γ̂ (a value of " + XmlDoc.Code(plan.Variable) + ").", "public double Estimate => Raw.Value;");
            Property(writer, "Lower end of the 95 % LR confidence interval (NaN when 0.95 is not among the spec's levels).", "public double Lower => Interval(0.95).Lower;");
            Property(writer, "Upper end of the 95 % LR confidence interval (NaN when 0.95 is not among the spec's levels).", "public double Upper => Interval(0.95).Upper;");
            Property(writer, "SSE of the model at the estimate.", "public double Sse => Raw.Sse;");
            Property(writer, "LR(γ) over the searched grid, ascending in γ.", "public global::System.Collections.Generic.IReadOnlyList<" + KnownTypes.LikelihoodRatioPoint + "> LikelihoodRatio => Raw.LikelihoodRatio;");
            Property(writer, "The LR confidence interval at <paramref name=\"level\"/>; NaN ends when it was not computed.",
                "public (double Lower, double Upper) Interval(double level)");
            writer.WriteLine("{");
            writer.WriteLine("    foreach (var i in Raw.Intervals) if (global::System.Math.Abs(i.Level - level) < 1e-12) return (i.Lower, i.Upper);");
            writer.WriteLine("    return (double.NaN, double.NaN);");
            writer.WriteLine("}");
            Close(writer);

            // Models (all three types, so that Double and Triple keep their type when the spec's max makes them null).
            for (var k = 1; k <= 3; k++)
            {
                var type = Orders[k - 1] + "Model";
                writer.WriteLineNoTabs(string.Empty);
                Open(writer, "The model with " + k + " threshold" + (k == 1 ? "" : "s") + ": regime slopes of "
                        + string.Join(", ", NevSpec.Generators.Naming.NameAssigner.RegimeDependent(plan).Select(XmlDoc.Code)) + " in regimes 1 to " + (k + 1)
                        + " (ascending in " + XmlDoc.Code(plan.Variable) + "), a property per regime-independent term.",
                    type, KnownTypes.ThresholdStep + " raw",
                    new[] { "Raw = raw;" }
                        .Concat(Enumerable.Range(1, k + 1).Select(r => "Regime" + r + " = new Regime(raw, " + r + ");"))
                        .Concat(names.Terms.Select(t => t.PropertyName + " = Regime.Find(raw, " + CSharpLiterals.String(t.Term) + ", null);")).ToArray());
                EndConstructor(writer);
                Property(writer, "The Core step (refinement, dropped terms).", "public " + KnownTypes.ThresholdStep + " Raw { get; }");
                Property(writer, "Number of thresholds (" + k + ").", "public int Order => Raw.Order;");
                Property(writer, "The model's thresholds, ascending (after refinement).", "public global::System.Collections.Generic.IReadOnlyList<double> Thresholds => Raw.Thresholds;");
                Property(writer, "SSE at the model's thresholds.", "public double Sse => Raw.Sse;");
                Property(writer, "The F test of " + (k - 1) + " against " + k + " threshold" + (k == 1 ? "" : "s") + ".", "public Test Test => new Test(Raw.Test);");
                Property(writer, "All slopes as the estimator reports them (regime-independent first, then each regime-dependent regressor by regime).",
                    "public global::System.Collections.Generic.IReadOnlyList<" + KnownTypes.ThresholdCoefficient + "> Coefficients => Raw.Coefficients;");
                Property(writer, "The regimes in order.", "public global::System.Collections.Generic.IReadOnlyList<Regime> Regimes => new[] { "
                    + string.Join(", ", Enumerable.Range(1, k + 1).Select(r => "Regime" + r)) + " };");
                for (var r = 1; r <= k + 1; r++)
                    Property(writer, "Regime " + r + (r == 1 ? " (below the first threshold)" : r == k + 1 ? " (at or above the last threshold)" : "") + ".",
                        "public Regime Regime" + r + " { get; }");
                foreach (var t in names.Terms)
                    Property(writer, "The regime-independent slope of " + XmlDoc.Code(t.Term) + " (no confidence interval: CiLow, CiHigh NaN).", "public " + coefficient + " " + t.PropertyName + " { get; }");
                Close(writer);
            }
            writer.WriteLineNoTabs(string.Empty);

            Open(writer, "One regime of a threshold model: lower ≤ " + XmlDoc.Code(plan.Variable) + " &lt; upper, a slope per regime-dependent regressor.",
                "Regime", KnownTypes.ThresholdStep + " step, int number",
                new[] { "Number = number;", "var all = new global::System.Collections.Generic.List<" + KnownTypes.ThresholdCoefficient + ">();",
                        "foreach (var c in step.Coefficients) if (c.Regime == number) all.Add(c);", "Coefficients = all;",
                        "Lower = number == 1 ? double.NegativeInfinity : step.Thresholds[number - 2];",
                        "Upper = number > step.Thresholds.Count ? double.PositiveInfinity : step.Thresholds[number - 1];" }
                    .Concat(names.Members.Select(m => m.PropertyName + " = Find(step, " + CSharpLiterals.String(m.Term) + ", number);")).ToArray());
            EndConstructor(writer);
            Property(writer, "The regime's number, 1-based, ascending in the threshold variable.", "public int Number { get; }");
            Property(writer, "The regime's lower bound (−∞ for the first regime).", "public double Lower { get; }");
            Property(writer, "The regime's upper bound (+∞ for the last regime).", "public double Upper { get; }");
            Property(writer, "The Core slopes of this regime.", "public global::System.Collections.Generic.IReadOnlyList<" + KnownTypes.ThresholdCoefficient + "> Coefficients { get; }");
            foreach (var m in names.Members)
                Property(writer, "The slope of " + XmlDoc.Code(m.Term) + " in this regime (no confidence interval: CiLow, CiHigh NaN).", "public " + coefficient + " " + m.PropertyName + " { get; }");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("internal static " + coefficient + " Find(" + KnownTypes.ThresholdStep + " step, string regressor, int? regime)");
            writer.WriteLine("{");
            writer.WriteLine("    foreach (var c in step.Coefficients)");
            writer.WriteLine("        if (c.Regressor == regressor && c.Regime == regime) return new " + coefficient + "(c.Term, c.Estimate, c.StdErr, c.T, c.P, double.NaN, double.NaN, !double.IsNaN(c.Estimate));");
            writer.WriteLine("    return new " + coefficient + "(regressor, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, false);");
            writer.WriteLine("}");
            Close(writer);
            Close(writer);
        }

        public static void WriteIv(IndentedTextWriter writer, SpecModel model, IvPlan plan, AnalysisNames names)
        {
            var coefficient = ResultEmitter.CoefficientType(model);
            var statistic = KnownTypes.IvTestStatistic;
            var size = plan.Estimator == IvEstimator.Liml ? "LIML maximal IV size" : "2SLS maximal IV size";
            Open(writer, "Results of the IV analysis " + XmlDoc.Code(plan.Name) + " (" + (plan.Estimator == IvEstimator.Liml ? "LIML" : "2SLS") + ", endogenous "
                    + string.Join(", ", plan.Endogenous.Select(XmlDoc.Code)) + "): second-stage terms, first stages, weak-instrument diagnostics.",
                names.ResultName, KnownTypes.IvAnalysisResult + " raw",
                new[] { "Raw = raw;", "var iv = raw.Iv!;", "FirstStage = new FirstStageSet(iv);",
                        "var stages = new FirstStageFit[iv.FirstStages.Count];",
                        "for (var i = 0; i < stages.Length; i++) stages[i] = new FirstStageFit(iv.FirstStages[i]);",
                        "FirstStages = stages;" }
                    .Concat(names.Members.Select(t => t.PropertyName + " = Find(iv.Coefficients, " + CSharpLiterals.String(t.Term) + ");")).ToArray());
            EndConstructor(writer);
            Property(writer, "The engine's result, as the CLI would report it.", "public " + KnownTypes.IvAnalysisResult + " Raw { get; }");
            Property(writer, "The estimator's full result (covariance, fixed effects, clusters, conventions).", "public " + KnownTypes.IvResult + " Iv => Raw.Iv!;");
            Property(writer, "The second-stage coefficients in design order.", "public global::System.Collections.Generic.IReadOnlyList<" + KnownTypes.CoefficientEstimate + "> Coefficients => Iv.Coefficients;");
            foreach (var t in names.Members)
                Property(writer, "The second-stage coefficient on " + XmlDoc.Code(t.Term) + ".", "public " + coefficient + " " + t.PropertyName + " { get; }");
            Property(writer, "Any second-stage coefficient by its term name; NaN when absent.", "public " + coefficient + " this[string term] => Find(Iv.Coefficients, term);");
            Property(writer, "The first stages, a property per endogenous regressor.", "public FirstStageSet FirstStage { get; }");
            Property(writer, "The first stages in the order of the endogenous regressors.", "public global::System.Collections.Generic.IReadOnlyList<FirstStageFit> FirstStages { get; }");
            Property(writer, "All diagnostics (each says which convention it follows).", "public " + KnownTypes.IvDiagnostics + " Diagnostics => Iv.Diagnostics;");
            Property(writer, "Underidentification test as reported (Kleibergen–Paap rk LM with a robust or clustered covariance, Anderson canonical-correlation LM otherwise).", "public " + statistic + " Underidentification => Diagnostics.Underidentification;");
            Property(writer, "Kleibergen–Paap rk LM statistic; null with an iid covariance.", "public " + statistic + "? KleibergenPaapLm => Diagnostics.KleibergenPaapLm;");
            Property(writer, "Kleibergen–Paap rk Wald F statistic; null with an iid covariance.", "public " + statistic + "? KleibergenPaapWaldF => Diagnostics.KleibergenPaapWaldF;");
            Property(writer, "Cragg–Donald Wald F statistic.", "public " + statistic + " CraggDonaldF => Diagnostics.CraggDonaldF;");
            Property(writer, "The weak-identification statistic compared with Stock–Yogo (KP Wald F when robust, else Cragg–Donald F).", "public " + statistic + " WeakIdentification => Diagnostics.WeakIdentification;");
            Property(writer, "All Stock–Yogo critical values for this estimator and K1, L1.", "public global::System.Collections.Generic.IReadOnlyList<" + KnownTypes.StockYogoCriticalValue + "> StockYogo => Diagnostics.StockYogo;");
            foreach (var p in new[] { 10, 15, 20, 25 })
                Property(writer, "Stock–Yogo critical value, " + p + " % " + size + "; null where the tables do not define it.",
                    "public double? StockYogo" + p + " => StockYogoValue(" + CSharpLiterals.String(size) + ", " + p + ");");
            if (plan.Estimator == IvEstimator.Tsls)
                foreach (var p in new[] { 5, 10, 20, 30 })
                    Property(writer, "Stock–Yogo critical value, " + p + " % 2SLS relative bias; null where the tables do not define it.",
                        "public double? StockYogoBias" + p + " => StockYogoValue(\"2SLS relative bias\", " + p + ");");
            Property(writer, "Anderson–Rubin Wald F test of the endogenous coefficients.", "public " + statistic + " AndersonRubinF => Diagnostics.AndersonRubinF;");
            Property(writer, "Over-identification test (Hansen J when robust, Sargan otherwise; 0 with df 0 when exactly identified).", "public " + statistic + " Overidentification => Diagnostics.Overidentification;");
            Property(writer, "Endogeneity (C / Durbin–Wu–Hausman) test; null when not computed.", "public " + statistic + "? Endogeneity => Diagnostics.Endogeneity;");
            Property(writer, "Observations used.", "public int Nobs => Iv.Nobs;");
            Property(writer, "R² of the second stage.", "public double R2 => Iv.R2;");
            Property(writer, "Notes from the estimator.", "public " + KnownTypes.Notes + " Notes => Iv.Notes;");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("private double? StockYogoValue(string table, int threshold)");
            writer.WriteLine("{");
            writer.WriteLine("    foreach (var c in Diagnostics.StockYogo) if (c.Table == table && c.Threshold == threshold) return c.Value;");
            writer.WriteLine("    return null;");
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("internal static " + coefficient + " Find(global::System.Collections.Generic.IReadOnlyList<" + KnownTypes.CoefficientEstimate + "> coefficients, string term)");
            writer.WriteLine("{");
            writer.WriteLine("    foreach (var c in coefficients) if (c.Term == term) return new " + coefficient + "(c.Term, c.Estimate, c.StdErr, c.T, c.P, c.CiLow, c.CiHigh, true);");
            writer.WriteLine("    return new " + coefficient + "(term, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, false);");
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);

            Open(writer, "The first stages of " + XmlDoc.Code(plan.Name) + ", a property per endogenous regressor.", "FirstStageSet", KnownTypes.IvResult + " iv",
                names.Extra.Select(e => e.PropertyName + " = new FirstStageFit(Find(iv, " + CSharpLiterals.String(e.Term) + "));").ToArray());
            EndConstructor(writer);
            foreach (var e in names.Extra)
                Property(writer, "The first stage of " + XmlDoc.Code(e.Term) + ".", "public FirstStageFit " + e.PropertyName + " { get; }");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("private static " + KnownTypes.FirstStageResult + " Find(" + KnownTypes.IvResult + " iv, string endogenous)");
            writer.WriteLine("{");
            writer.WriteLine("    foreach (var f in iv.FirstStages) if (f.Endogenous == endogenous) return f;");
            writer.WriteLine("    throw new global::System.Collections.Generic.KeyNotFoundException(\"No first stage for '\" + endogenous + \"'.\");");
            writer.WriteLine("}");
            Close(writer);
            writer.WriteLineNoTabs(string.Empty);

            Open(writer, "One first-stage regression: a property per excluded instrument, the instruments' strength.", "FirstStageFit", KnownTypes.FirstStageResult + " raw",
                new[] { "Raw = raw;" }.Concat(names.Terms.Select(t => t.PropertyName + " = " + coefficient + ".Find(raw.Regression, " + CSharpLiterals.String(t.Term) + ");")).ToArray());
            EndConstructor(writer);
            Property(writer, "The Core first stage (χ² versions, Angrist–Pischke, RMSE).", "public " + KnownTypes.FirstStageResult + " Raw { get; }");
            Property(writer, "The endogenous regressor this stage explains.", "public string Endogenous => Raw.Endogenous;");
            Property(writer, "The first-stage regression (all terms).", "public " + KnownTypes.RegressionResult + " Regression => Raw.Regression;");
            foreach (var t in names.Terms)
                Property(writer, "The first-stage coefficient on the instrument " + XmlDoc.Code(t.Term) + ".", "public " + coefficient + " " + t.PropertyName + " { get; }");
            Property(writer, "F test of the excluded instruments.", "public " + statistic + " F => Raw.F;");
            Property(writer, "Partial R² of the excluded instruments.", "public double PartialR2 => Raw.PartialR2;");
            Property(writer, "Shea's partial R².", "public double SheaPartialR2 => Raw.SheaPartialR2;");
            Property(writer, "Sanderson–Windmeijer F (equals F with one endogenous regressor).", "public " + statistic + " SandersonWindmeijerF => Raw.SandersonWindmeijerF;");
            Property(writer, "Angrist–Pischke F.", "public " + statistic + " AngristPischkeF => Raw.AngristPischkeF;");
            Property(writer, "Observations of the first stage.", "public int Nobs => Regression.Nobs;");
            Property(writer, "Any first-stage coefficient by its term name; NaN when absent.", "public " + coefficient + " this[string term] => " + coefficient + ".Find(Regression, term);");
            Close(writer);
            Close(writer);
        }
    }
}
