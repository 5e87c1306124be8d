using System.CodeDom.Compiler;
using NevSpec.Generators.Models;
using NevSpec.Language.Plan;

namespace NevSpec.Generators.Emit
{
    /// <summary>Emits the typed result record of a model (one property per term) and the module's coefficient type.</summary>
    internal static class ResultEmitter
    {
        public static void WriteCoefficient(IndentedTextWriter writer, SpecModel model)
        {
            writer.WriteLine("/// <summary>One estimated coefficient. A term dropped by the estimator (e.g. collinear) has NaN values and <see cref=\"IsEstimated\"/> false.</summary>");
            writer.WriteLine("public readonly record struct Coefficient(string Term, double Estimate, double StdErr, double T, double P, double CiLow, double CiHigh, bool IsEstimated)");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("/// <summary>The confidence interval (<see cref=\"CiLow\"/>, <see cref=\"CiHigh\"/>).</summary>");
            writer.WriteLine("public (double Low, double High) ConfidenceInterval => (CiLow, CiHigh);");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("internal static Coefficient Find(" + KnownTypes.RegressionResult + " regression, string term)");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("foreach (var c in regression.Coefficients)");
            writer.WriteLine("{");
            writer.WriteLine("    if (c.Term == term) return new Coefficient(c.Term, c.Estimate, c.StdErr, c.T, c.P, c.CiLow, c.CiHigh, true);");
            writer.WriteLine("}");
            writer.WriteLine("return new Coefficient(term, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, false);");
            writer.Indent--;
            writer.WriteLine("}");
            writer.Indent--;
            writer.WriteLine("}");
        }

        public static string CoefficientType(SpecModel model) => "global::" + (model.FullClassName ?? model.ClassName) + ".Coefficient";

        public static void WriteResult(IndentedTextWriter writer, SpecModel model, ModelPlan plan, ModelNames names) =>
            WriteResult(writer, model, names,
                "/// <summary>Results of model " + XmlDoc.Code(plan.Name) + ": " + XmlDoc.Code(plan.Outcome) + " on its terms, one property per term.</summary>");

        /// <summary>A record over one <c>ModelResult</c>: a property per term, fit statistics, the indexer (also a stepwise column).</summary>
        public static void WriteResult(IndentedTextWriter writer, SpecModel model, ModelNames names, string summary)
        {
            var coefficient = CoefficientType(model);
            writer.WriteLine(summary);
            writer.WriteLine("public sealed partial record " + names.ResultName);
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("internal " + names.ResultName + "(" + KnownTypes.ModelResult + " raw)");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("Raw = raw;");
            writer.WriteLine("var regression = raw.Regression!;");
            foreach (var term in names.Terms)
                writer.WriteLine(term.PropertyName + " = " + coefficient + ".Find(regression, " + CSharpLiterals.String(term.Term) + ");");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>The engine's result, as the CLI would report it.</summary>");
            writer.WriteLine("public " + KnownTypes.ModelResult + " Raw { get; }");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>The regression behind the typed properties.</summary>");
            writer.WriteLine("public " + KnownTypes.RegressionResult + " Regression => Raw.Regression!;");
            foreach (var term in names.Terms)
            {
                writer.WriteLineNoTabs(string.Empty);
                writer.WriteLine("/// <summary>The coefficient on " + XmlDoc.Code(term.Term) + ".</summary>");
                writer.WriteLine("public " + coefficient + " " + term.PropertyName + " { get; }");
            }
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>Observations used.</summary>");
            writer.WriteLine("public int Nobs => Regression.Nobs;");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>R².</summary>");
            writer.WriteLine("public double R2 => Regression.R2;");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>Within R² (after absorbing fixed effects); null without fixed effects.</summary>");
            writer.WriteLine("public double? R2Within => Regression.R2Within;");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>Notes from the estimator: dropped singletons, collinear terms, missing rows.</summary>");
            writer.WriteLine("public " + KnownTypes.Notes + " Notes => Regression.Notes;");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>Any coefficient by its term name (e.g. the intercept of a model without fixed effects); NaN when absent.</summary>");
            writer.WriteLine("public " + coefficient + " this[string term] => " + coefficient + ".Find(Regression, term);");
            writer.Indent--;
            writer.WriteLine("}");
        }
    }
}
