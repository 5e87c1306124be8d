using System;
using System.Collections.Generic;
using System.Linq;
using NevSpec.Generators.Diagnostics;
using NevSpec.Generators.Models;
using NevSpec.Generators.Pipeline;
using NevSpec.Language;
using NevSpec.Language.Plan;

namespace NevSpec.Generators.Naming
{
    /// <summary>
    /// Chooses the C# names of a module's members: a method and a result class per model, a property per term.
    /// A model whose name collides (with another model, the class itself or a fixed member) is an error,
    /// because the user controls model names; a term that collides with a fixed result member gets a '_'
    /// suffix instead, because terms are data columns the user may not control.
    /// </summary>
    internal static class NameAssigner
    {
        /// <summary>
        /// Members every generated module class has. Models, analyses and network analyses whose mapped name meets one
        /// (<c>let plan = …</c> → <c>Plan</c>) are NEV0036.
        /// </summary>
        public static readonly string[] ClassMembers =
            { "Plan", "SpecPath", "SpecDirectory", "Coefficient", "EnsureEstimated", "Models", "ExecuteAnalysis", "Analyses", "Describe", "Failed",
              "ExecuteNetworkAnalysis", "NetworkAnalyses" };

        /// <summary>Members of records and <c>object</c> that no generated property may take.</summary>
        private static readonly string[] RecordMembers = { "ToString", "GetHashCode", "Equals", "GetType", "EqualityContract", "PrintMembers", "Deconstruct", "Item" };

        /// <summary>Fixed members of each analysis result (its nested types included), beyond <see cref="RecordMembers"/>.</summary>
        public static string[] AnalysisMembers(AnalysisKind kind) => kind switch
        {
            AnalysisKind.Stepwise => new[] { "Raw", "Columns", "Count", "Column" },
            AnalysisKind.Mediation => new[] { "Raw", "Mediation", "Mediators", "Effects" },
            AnalysisKind.Moderation => new[] { "Raw", "Moderation", "Regression", "Interaction", "SimpleSlopes", "Nobs", "Notes" },
            AnalysisKind.Split => new[] { "Raw", "Split", "Groups", "Group", "Difference", "WaldP", "PermutationP", "Notes" },
            AnalysisKind.Descriptives => new[] { "Raw", "Variables" },
            AnalysisKind.Threshold => ThresholdRegimeMembers,
            AnalysisKind.Iv => IvMembers,
            _ => Array.Empty<string>(),
        };

        /// <summary>Members of a threshold result's <c>Regime</c> (its properties are the regime-dependent regressors).</summary>
        public static readonly string[] ThresholdRegimeMembers = { "Raw", "Number", "Lower", "Upper", "Coefficients", "Regime", "Find" };

        /// <summary>Members of a threshold result's <c>SingleModel</c>, <c>DoubleModel</c>, <c>TripleModel</c> (properties: regime-independent terms).</summary>
        public static readonly string[] ThresholdModelMembers =
            { "Raw", "Order", "Thresholds", "Sse", "Test", "Regimes", "Coefficients", "Regime", "Regime1", "Regime2", "Regime3", "Regime4",
              "SingleModel", "DoubleModel", "TripleModel", "Notes" };

        /// <summary>Members of an IV result (its properties are the second-stage terms) and of its nested types.</summary>
        public static readonly string[] IvMembers =
            { "Raw", "Iv", "Coefficients", "FirstStage", "FirstStages", "FirstStageSet", "FirstStageFit", "Diagnostics", "Underidentification",
              "KleibergenPaapLm", "KleibergenPaapWaldF", "CraggDonaldF", "WeakIdentification", "StockYogo", "StockYogo10", "StockYogo15",
              "StockYogo20", "StockYogo25", "StockYogoBias5", "StockYogoBias10", "StockYogoBias20", "StockYogoBias30", "AndersonRubinF",
              "Overidentification", "Endogeneity", "Nobs", "R2", "Notes", "Find", "StockYogoValue" };

        /// <summary>Members of an IV first stage (its properties are the excluded instruments).</summary>
        public static readonly string[] IvFirstStageMembers =
            { "Raw", "Endogenous", "Regression", "F", "PartialR2", "SheaPartialR2", "SandersonWindmeijerF", "AngristPischkeF", "Nobs",
              "Notes", "FirstStageFit", "Find" };

        /// <summary>
        /// The property of a split group with a label known from the spec: <c>Group_</c> followed by the label with
        /// every run of characters that cannot be in an identifier replaced by one '_' (<c>2018..2019</c> →
        /// <c>Group_2018_2019</c>, <c>low</c> → <c>Group_low</c>).
        /// </summary>
        public static string GroupProperty(string label)
        {
            var builder = new System.Text.StringBuilder("Group_");
            foreach (var c in label)
            {
                var ok = Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsIdentifierPartCharacter(c);
                if (ok) builder.Append(c);
                else if (builder[builder.Length - 1] != '_') builder.Append('_');
            }
            return builder.ToString().TrimEnd('_');
        }

        /// <summary>The group labels the engine gives a split, when the spec alone fixes them (not for a group column).</summary>
        public static IEnumerable<string> GroupLabels(SplitPlan split) => split.Kind switch
        {
            SplitKind.Period => split.Periods.Select(p =>
                p.From.ToString("G", System.Globalization.CultureInfo.InvariantCulture) + ".." + p.To.ToString("G", System.Globalization.CultureInfo.InvariantCulture)),
            SplitKind.Median => new[] { "low", "high" },
            _ => Array.Empty<string>(),
        };

        /// <summary>
        /// Fixed members of every typed network result (its period properties get '_' appended instead): the ERGM record's
        /// nested per-period type <c>PeriodFit</c> and the resilience record's <c>Network</c> and <c>NetworkStages</c> included.
        /// </summary>
        public static readonly string[] NetworkResultMembers = { "Raw", "Periods", "Period", "Notes", "Network", "NetworkStages", "PeriodFit" };

        /// <summary>Fixed members of a resilience result's <c>NetworkStages</c> (the coupling model: a property per period).</summary>
        public static readonly string[] NetworkStagesMembers = { "Raw", "Stages", "Options", "Notes" };

        /// <summary>
        /// Fixed members the typed per-period ERGM record (<c>PeriodFit</c>, its own name included) may have; its coefficient
        /// properties get '_' appended when they meet one. The ERGM emitter must give the record no other fixed member, or a
        /// term could collide with it. It writes <c>Raw</c>, <c>Label</c>, <c>Fit</c>, <c>Method</c>, <c>Converged</c>,
        /// <c>LogLikelihood</c>, <c>Aic</c>, <c>Bic</c>, <c>GoodnessOfFit</c>, <c>Notes</c>; the rest stay free for later members.
        /// </summary>
        public static readonly string[] ErgmPeriodMembers =
            { "Raw", "Label", "Fit", "Coefficients", "Coefficient", "Find", "Notes", "Method", "Converged", "Iterations", "LogLikelihood",
              "Aic", "Bic", "Deviance", "Nobs", "Dyads", "EdgeCount", "NodeCount", "Gof", "GoodnessOfFit", "Mcmc", "Period", "Terms",
              "PeriodFit" };

        /// <summary>Members every generated result class has.</summary>
        public static readonly string[] ResultMembers = { "Raw", "Regression", "Coefficients", "Nobs", "R2", "R2Within", "Notes", "Model", "ToString", "GetHashCode", "Equals", "GetType", "EqualityContract", "PrintMembers", "Deconstruct", "Item" };

        public static EquatableArray<ModelNames> Assign(StudyPlan plan, string className, SpecLocator locator, string path, List<DiagnosticInfo> diagnostics)
            => Assign(plan, className, locator, path, diagnostics, out _);

        public static EquatableArray<ModelNames> Assign(StudyPlan plan, string className, SpecLocator locator, string path, List<DiagnosticInfo> diagnostics,
            out EquatableArray<AnalysisNames> analyses) => Assign(plan, className, locator, path, diagnostics, out analyses, out _);

        public static EquatableArray<ModelNames> Assign(StudyPlan plan, string className, SpecLocator locator, string path, List<DiagnosticInfo> diagnostics,
            out EquatableArray<AnalysisNames> analyses, out EquatableArray<NetworkAnalysisNames> networkAnalyses)
        {
            var used = new Dictionary<string, string>(StringComparer.Ordinal);
            used[IdentifierMapper.Bare(className)] = "the module class itself";
            foreach (var member in ClassMembers) used[member] = "the generated member '" + member + "'";

            var result = new List<ModelNames>();
            foreach (var model in plan.Models)
            {
                if (!Claim(model.Name, "model '" + model.Name + "'", true, out var method, out var resultName)) continue;
                result.Add(new ModelNames(model.Name, method, resultName, Terms(model, resultName)));
            }

            // Analyses and descriptives tables follow the models' rules and share their name space.
            var named = new List<AnalysisNames>();
            var bindings = plan.Analyses.Select(a => (a.Name, Kind: KindOf(a), (object)a))
                .Concat(plan.Descriptives.Select(d => (d.Name, Kind: AnalysisKind.Descriptives, (object)d)));
            foreach (var (name, kind, bound) in bindings)
            {
                if (!Claim(name, "analysis '" + name + "'", kind != AnalysisKind.Untyped, out var method, out var resultName)) continue;
                var reserved = AnalysisMembers(kind).Concat(RecordMembers).Append(resultName);
                var members = bound switch
                {
                    StepwisePlan s => Properties(ModelTerms(s.Base), ResultMembers.Append("Column")),
                    MediationPlan m => Properties(m.Mediators, reserved),
                    ModerationPlan m => Properties(ModelTerms(m.Base).Append(m.Moderator).Distinct(StringComparer.Ordinal), reserved),
                    SplitPlan s => GroupProperties(GroupLabels(s), reserved),
                    DescriptivesPlan d => Properties(d.Variables, reserved),
                    ThresholdPlan t => Properties(RegimeDependent(t), reserved),
                    IvPlan i => Properties(ModelTerms(i.Base), reserved),
                    _ => EquatableArray<TermName>.Empty,
                };
                var terms = bound switch
                {
                    SplitPlan split => Properties(ModelTerms(split.Base), ResultMembers.Concat(new[] { "Label", "Group" })),
                    ThresholdPlan t => Properties(RegimeIndependent(t), ThresholdModelMembers.Concat(RecordMembers)),
                    IvPlan i => Properties(i.Instruments, IvFirstStageMembers.Concat(RecordMembers)),
                    _ => EquatableArray<TermName>.Empty,
                };
                var extra = bound is IvPlan iv
                    ? Properties(iv.Endogenous, RecordMembers.Concat(new[] { "FirstStageSet", "Find" }))
                    : EquatableArray<TermName>.Empty;
                named.Add(new AnalysisNames(name, kind, method, resultName, members, terms, extra));
            }
            analyses = named.ToEquatableArray();

            // Network analyses follow the same rules and share the name space: method = the mapped name (Structure,
            // Table4), record = name + Result.
            var networks = new List<NetworkAnalysisNames>();
            foreach (var analysis in plan.NetworkAnalyses)
            {
                // Every kind's record name is reserved, also that of a kind without a typed record, so that adding one breaks no spec.
                if (!Claim(analysis.Name, "network analysis '" + analysis.Name + "'", true, out var method, out var resultName)) continue;
                var kind = NetworkKindOf(analysis);
                var reserved = NetworkResultMembers.Concat(NetworkStagesMembers).Concat(RecordMembers).Append(resultName);
                var terms = analysis is ErgmPlan ergm
                    ? ErgmTermNames.Properties(ergm.Terms, ErgmPeriodMembers.Concat(RecordMembers))
                    : EquatableArray<TermName>.Empty;
                networks.Add(new NetworkAnalysisNames(analysis.Name, kind, method, resultName, PeriodNames.Properties(analysis.Network, reserved), terms));
            }
            networkAnalyses = networks.ToEquatableArray();
            return result.ToEquatableArray();

            // Claims a binding's method name (and its result-record name when it has one) in the shared name space, or
            // reports the collision and claims nothing.
            bool Claim(string name, string owner, bool withRecord, out string method, out string resultName)
            {
                method = IdentifierMapper.ToPascal(name);
                var bare = IdentifierMapper.Bare(method);
                resultName = bare + "Result";
                var clash = Clash(used, bare) ?? (withRecord ? Clash(used, resultName) : null);
                if (clash is not null)
                {
                    diagnostics.Add(SpecModelBuilder.Info(GeneratorDiagnostics.GeneratedNameCollision, path, locator.Binding(name), name, bare, clash));
                    return false;
                }
                used[bare] = owner;
                if (withRecord) used[resultName] = owner;
                return true;
            }
        }

        private static NetworkAnalysisKind NetworkKindOf(NetworkAnalysisPlan analysis) => analysis switch
        {
            NetworkMetricsPlan => NetworkAnalysisKind.Metrics,
            CentralityPlan => NetworkAnalysisKind.Centrality,
            CommunitiesPlan => NetworkAnalysisKind.Communities,
            ResiliencePlan => NetworkAnalysisKind.Resilience,
            ClassesPlan => NetworkAnalysisKind.Classes,
            ErgmPlan => NetworkAnalysisKind.Ergm,
            _ => NetworkAnalysisKind.Untyped,
        };

        private static AnalysisKind KindOf(AnalysisPlan analysis) => analysis switch
        {
            StepwisePlan => AnalysisKind.Stepwise,
            MediationPlan => AnalysisKind.Mediation,
            ModerationPlan => AnalysisKind.Moderation,
            SplitPlan => AnalysisKind.Split,
            ThresholdPlan => AnalysisKind.Threshold,
            IvPlan => AnalysisKind.Iv,
            _ => AnalysisKind.Untyped,
        };

        /// <summary>The regressors whose slope changes by regime, as the engine chooses them (default: the first regressor).</summary>
        public static IEnumerable<string> RegimeDependent(ThresholdPlan t) =>
            t.RegimeDependent.IsEmpty ? t.Base.Regressors.Take(1) : t.RegimeDependent;

        /// <summary>The spec's terms whose slope is the same in every regime.</summary>
        public static IEnumerable<string> RegimeIndependent(ThresholdPlan t)
        {
            var dependent = new HashSet<string>(RegimeDependent(t), StringComparer.Ordinal);
            return ModelTerms(t.Base).Where(x => !dependent.Contains(x));
        }

        private static IEnumerable<string> ModelTerms(ModelPlan model) => model.Regressors.Concat(model.Controls).Distinct(StringComparer.Ordinal);

        /// <summary>One property per name: mapped as terms are, a '_' appended while it collides.</summary>
        private static EquatableArray<TermName> Properties(IEnumerable<string> names, IEnumerable<string> reserved)
        {
            var used = new HashSet<string>(reserved, StringComparer.Ordinal);
            var properties = new List<TermName>();
            foreach (var name in names.Distinct(StringComparer.Ordinal))
                properties.Add(new TermName(name, Unique(used, IdentifierMapper.ToIdentifier(name))));
            return properties.ToEquatableArray();
        }

        private static EquatableArray<TermName> GroupProperties(IEnumerable<string> labels, IEnumerable<string> reserved)
        {
            var used = new HashSet<string>(reserved, StringComparer.Ordinal);
            return labels.Distinct(StringComparer.Ordinal).Select(l => new TermName(l, Unique(used, GroupProperty(l)))).ToEquatableArray();
        }

        /// <summary><paramref name="property"/>, with '_' appended while it is in <paramref name="used"/>; the result is added to it.</summary>
        internal static string Unique(HashSet<string> used, string property)
        {
            while (used.Contains(IdentifierMapper.Bare(property)))
                property = IdentifierMapper.Bare(property) + "_";
            used.Add(IdentifierMapper.Bare(property));
            return property;
        }

        private static string? Clash(Dictionary<string, string> used, string name) => used.TryGetValue(name, out var owner) ? owner : null;

        private static EquatableArray<TermName> Terms(ModelPlan model, string resultName)
        {
            var used = new HashSet<string>(ResultMembers, StringComparer.Ordinal) { resultName };
            var terms = new List<TermName>();
            foreach (var term in model.Regressors.Concat(model.Controls).Distinct(StringComparer.Ordinal))
            {
                var property = IdentifierMapper.ToIdentifier(term);
                while (used.Contains(IdentifierMapper.Bare(property)))
                    property = IdentifierMapper.Bare(property) + "_";
                used.Add(IdentifierMapper.Bare(property));
                terms.Add(new TermName(term, property));
            }
            return terms.ToEquatableArray();
        }
    }
}
