using System.CodeDom.Compiler;
using System.Globalization;
using System.Linq;
using NevSpec.Generators.Models;
using NevSpec.Language.Plan;
using static NevSpec.Generators.Emit.AnalysisEmitter;

namespace NevSpec.Generators.Emit
{
    /// <summary>
    /// Emits the typed record of an ERGM (<c>|> ergm [ … ]</c>): over the engine's <c>ErgmAnalysisResult</c>, one property
    /// per period of the network, each a nested <c>PeriodFit</c> over the engine's <c>PeriodErgm</c> with one
    /// <c>ErgmCoefficient</c> property per term (named from its statnet label by <see cref="Naming.ErgmTermNames"/>) and the
    /// fit's method, convergence, likelihood, information criteria and goodness of fit. The per-period record has only the
    /// fixed members <see cref="Naming.NameAssigner.ErgmPeriodMembers"/> allows, so that no term property can meet one.
    /// </summary>
    internal static class ErgmRecordEmitter
    {
        /// <summary>The nested per-period type (reserved in <see cref="Naming.NameAssigner.NetworkResultMembers"/> and <see cref="Naming.NameAssigner.ErgmPeriodMembers"/>).</summary>
        private const string PeriodFit = "PeriodFit";

        public static void Write(IndentedTextWriter writer, ErgmPlan plan, NetworkAnalysisNames names)
        {
            var periods = "global::System.Collections.Generic.IReadOnlyList<" + PeriodFit + ">";
            var body = new[]
                {
                    "Raw = raw;",
                    "var periods = new " + PeriodFit + "[raw.Periods.Count];",
                    "for (var i = 0; i < periods.Length; i++) periods[i] = new " + PeriodFit + "(raw.Periods[i]);",
                    "Periods = periods;",
                }
                .Concat(names.Periods.Select(p => p.PropertyName + " = Period(" + CSharpLiterals.String(p.Label) + ");")).ToArray();
            Open(writer, "Results of the ERGM " + XmlDoc.Code(plan.Name) + " of network " + XmlDoc.Code(plan.Network.Name)
                    + ": one property per period, each the period's fit with one coefficient property per term.",
                names.ResultName, KnownTypes.ErgmAnalysisResult + " raw", body);
            EndConstructor(writer);
            Property(writer, "The engine's result, as the CLI would report it (also <c>NonConverged</c>, the periods whose fit is not final).",
                "public " + KnownTypes.ErgmAnalysisResult + " Raw { get; }");
            Property(writer, "The periods in the network's order.", "public " + periods + " Periods { get; }");
            Property(writer, "What a reader should know: loading rules applied, periods whose fit is not final, how covariates were computed.",
                "public " + KnownTypes.Notes + " Notes => Raw.Notes;");
            foreach (var p in names.Periods)
                Property(writer, "The fit in " + Lower(NetworkAnalysisEmitter.PeriodSummary(plan.Network, p)), "public " + PeriodFit + " " + p.PropertyName + " { get; }");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>A period by its label (e.g. " + XmlDoc.Code(names.Periods[0].Label)
                + "); throws <see cref=\"global::System.Collections.Generic.KeyNotFoundException\"/> listing the labels.</summary>");
            writer.WriteLine("public " + PeriodFit + " Period(string label)");
            writer.WriteLine("{");
            writer.WriteLine("    var period = Raw.Period(label);");
            writer.WriteLine("    return global::System.Linq.Enumerable.First(Periods, p => object.ReferenceEquals(p.Raw, period));");
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
            WritePeriodFit(writer, plan, names);
            Close(writer);
        }

        private static void WritePeriodFit(IndentedTextWriter writer, ErgmPlan plan, NetworkAnalysisNames names)
        {
            var body = new[] { "Raw = raw;" }
                .Concat(names.Terms.Select(t => t.PropertyName + " = raw.Fit[" + CSharpLiterals.String(t.Term) + "];")).ToArray();
            Open(writer, "The ERGM " + XmlDoc.Code(plan.Name) + " fitted on one period of " + XmlDoc.Code(plan.Network.Name)
                    + ": one coefficient property per term, how it was estimated, whether it converged, likelihood, information criteria and goodness of fit.",
                PeriodFit, KnownTypes.PeriodErgm + " raw", body);
            EndConstructor(writer);
            Property(writer, "The engine's period: its label, network data (<c>Data</c>) and fit.", "public " + KnownTypes.PeriodErgm + " Raw { get; }");
            Property(writer, "The period's label, e.g. " + XmlDoc.Code(names.Periods[0].Label) + ".", "public string Label => Raw.Label;");
            Property(writer, "The Core fit: coefficients, covariance, observed statistics, MPLE, MCMC diagnostics, the status and its message.",
                "public " + KnownTypes.ErgmFit + " Fit => Raw.Fit;");
            foreach (var term in names.Terms)
            {
                var spec = plan.Terms.First(t => t.Label == term.Term);
                Property(writer, "The coefficient of " + XmlDoc.Code(SpecText(spec)) + " (statnet label " + XmlDoc.Code(term.Term) + "): " + Meaning(spec)
                        + ". Estimate, standard error, z, p and the MCMC part of the error, as statnet's <c>summary</c> prints them.",
                    "public " + KnownTypes.ErgmCoefficient + " " + term.PropertyName + " { get; }");
            }
            Property(writer, "How the fit was estimated: the exact MLE when every term is dyad-independent, else the MCMC-MLE (or MPLE).",
                "public " + KnownTypes.ErgmMethod + " Method => Fit.Method;");
            Property(writer, "Whether the estimates are final (<see cref=\"" + KnownTypes.ErgmStatus + ".Converged\"/>); if not, <c>Fit.Status</c> and <c>Fit.Message</c> say why.",
                "public bool Converged => Fit.Converged;");
            Property(writer, "The log-likelihood at the estimate; null when it was not computed (<c>Fit.LogLikelihoodNote</c> says why).",
                "public double? LogLikelihood => Fit.LogLikelihood;");
            Property(writer, "AIC = −2ℓ + 2k, as statnet; null without a log-likelihood.", "public double? Aic => Fit.Aic;");
            Property(writer, "BIC = −2ℓ + k ln D with D the number of dyads, as statnet; null without a log-likelihood.", "public double? Bic => Fit.Bic;");
            Property(writer, "Goodness of fit at the estimate (model statistics, degree, edgewise shared partners, geodesic distance of simulated networks); null when "
                    + "not requested (<c>gof = 0</c>) or not meaningful (<see cref=\"Notes\"/> say why).",
                "public " + KnownTypes.ErgmGoodnessOfFitResult + "? GoodnessOfFit => Fit.GoodnessOfFit;");
            Property(writer, "The fit's remarks (ignored self-loops, the MCMC iteration trace, why goodness of fit is missing).",
                "public " + KnownTypes.Notes + " Notes => Fit.Notes;");
            Close(writer);
        }

        private static string Lower(string sentence) => char.ToLowerInvariant(sentence[0]) + sentence.Substring(1);

        /// <summary>The term as the spec writes it: <c>nodecov gdp</c>, <c>gwesp 0.5</c>, <c>kstar 2</c>.</summary>
        private static string SpecText(ErgmTermPlan term) =>
            term.Kind.ToString().ToLowerInvariant()
            + (term.Attribute is null ? "" : " " + term.Attribute)
            + (term.Parameter is { } p ? " " + Number(p) : "");

        /// <summary>What the term's statistic counts, for the property's documentation.</summary>
        private static string Meaning(ErgmTermPlan term)
        {
            var attribute = XmlDoc.Code(term.Attribute ?? "");
            var parameter = term.Parameter is { } p ? Number(p) : "";
            switch (term.Kind)
            {
                case ErgmTermKind.Edges: return "the number of ties, the baseline propensity to link";
                case ErgmTermKind.Nodecov: return "the node attribute " + attribute + " of both ends, summed over ties";
                case ErgmTermKind.Nodematch: return "the ties whose two ends have the same " + attribute;
                case ErgmTermKind.Absdiff: return "the absolute difference in " + attribute + " of the two ends, summed over ties";
                case ErgmTermKind.Edgecov:
                    return term.Attribute == "distance"
                        ? "the great-circle distance in km between the two ends (from the node table's coordinates), summed over ties"
                        : "the pair covariate " + attribute + ", summed over ties";
                case ErgmTermKind.Triangle: return "the number of triangles";
                case ErgmTermKind.Kstar: return "the number of " + parameter + "-stars";
                case ErgmTermKind.Gwesp: return "geometrically weighted edgewise shared partners, decay fixed at " + parameter;
                case ErgmTermKind.Gwdegree: return "geometrically weighted degree, decay fixed at " + parameter;
                default: return "the term's statistic";
            }
        }

        private static string Number(double value) => XmlDoc.Escape(value.ToString("R", CultureInfo.InvariantCulture));
    }
}
