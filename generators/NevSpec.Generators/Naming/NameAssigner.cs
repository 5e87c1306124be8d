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
        /// <summary>Members every generated module class has.</summary>
        public static readonly string[] ClassMembers = { "Plan", "SpecPath", "SpecDirectory", "Coefficient", "RunModel", "Models", "RunAnalysis", "Analyses", "Describe", "Failed" };

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
            _ => Array.Empty<string>(),
        };

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

        /// <summary>Members every generated result class has.</summary>
        public static readonly string[] ResultMembers = { "Raw", "Regression", "Coefficients", "Nobs", "R2", "R2Within", "Notes", "Model", "ToString", "GetHashCode", "Equals", "GetType", "EqualityContract", "PrintMembers", "Deconstruct", "Item" };

        public static EquatableArray<ModelNames> Assign(StudyPlan plan, string className, SpecLocator locator, string path, List<DiagnosticInfo> diagnostics)
            => Assign(plan, className, locator, path, diagnostics, out _);

        public static EquatableArray<ModelNames> Assign(StudyPlan plan, string className, SpecLocator locator, string path, List<DiagnosticInfo> diagnostics,
            out EquatableArray<AnalysisNames> analyses)
        {
            var used = new Dictionary<string, string>(StringComparer.Ordinal);
            used[IdentifierMapper.Bare(className)] = "the module class itself";
            foreach (var member in ClassMembers) used[member] = "the generated member '" + member + "'";

            var result = new List<ModelNames>();
            foreach (var model in plan.Models)
            {
                var method = IdentifierMapper.ToPascal(model.Name);
                var resultName = IdentifierMapper.Bare(method) + "Result";
                var clash = Clash(used, IdentifierMapper.Bare(method)) ?? Clash(used, resultName);
                if (clash is not null)
                {
                    diagnostics.Add(SpecModelBuilder.Info(GeneratorDiagnostics.GeneratedNameCollision, path, locator.Binding(model.Name), model.Name, IdentifierMapper.Bare(method), clash));
                    continue;
                }
                used[IdentifierMapper.Bare(method)] = "model '" + model.Name + "'";
                used[resultName] = "model '" + model.Name + "'";
                result.Add(new ModelNames(model.Name, method, resultName, Terms(model, resultName)));
            }

            // Analyses and descriptives tables follow the models' rules and share their name space.
            var named = new List<AnalysisNames>();
            var bindings = plan.Analyses.Select(a => (a.Name, Kind: KindOf(a), (object)a))
                .Concat(plan.Descriptives.Select(d => (d.Name, Kind: AnalysisKind.Descriptives, (object)d)));
            foreach (var (name, kind, bound) in bindings)
            {
                var method = IdentifierMapper.ToPascal(name);
                var resultName = IdentifierMapper.Bare(method) + "Result";
                var clash = Clash(used, IdentifierMapper.Bare(method)) ?? (kind == AnalysisKind.Untyped ? null : Clash(used, resultName));
                if (clash is not null)
                {
                    diagnostics.Add(SpecModelBuilder.Info(GeneratorDiagnostics.GeneratedNameCollision, path, locator.Binding(name), name, IdentifierMapper.Bare(method), clash));
                    continue;
                }
                used[IdentifierMapper.Bare(method)] = "analysis '" + name + "'";
                if (kind != AnalysisKind.Untyped) used[resultName] = "analysis '" + name + "'";
                var reserved = AnalysisMembers(kind).Concat(RecordMembers).Append(resultName);
                var members = bound switch
                {
                    StepwisePlan s => Properties(ModelTerms(s.Base), ResultMembers.Append("Column")),
                    MediationPlan m => Properties(m.Mediators, reserved),
                    ModerationPlan m => Properties(ModelTerms(m.Base).Append(m.Moderator).Distinct(StringComparer.Ordinal), reserved),
                    SplitPlan s => GroupProperties(GroupLabels(s), reserved),
                    DescriptivesPlan d => Properties(d.Variables, reserved),
                    _ => EquatableArray<TermName>.Empty,
                };
                var terms = bound is SplitPlan split
                    ? Properties(ModelTerms(split.Base), ResultMembers.Concat(new[] { "Label", "Group" }))
                    : EquatableArray<TermName>.Empty;
                named.Add(new AnalysisNames(name, kind, method, resultName, members, terms));
            }
            analyses = named.ToEquatableArray();
            return result.ToEquatableArray();
        }

        private static AnalysisKind KindOf(AnalysisPlan analysis) => analysis switch
        {
            StepwisePlan => AnalysisKind.Stepwise,
            MediationPlan => AnalysisKind.Mediation,
            ModerationPlan => AnalysisKind.Moderation,
            SplitPlan => AnalysisKind.Split,
            _ => AnalysisKind.Untyped,
        };

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

        private static string Unique(HashSet<string> used, string property)
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
