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
        public static readonly string[] ClassMembers = { "Plan", "SpecPath", "SpecDirectory", "Coefficient", "RunModel", "Models" };

        /// <summary>Members every generated result class has.</summary>
        public static readonly string[] ResultMembers = { "Raw", "Regression", "Coefficients", "Nobs", "R2", "R2Within", "Notes", "Model", "ToString", "GetHashCode", "Equals", "GetType", "EqualityContract", "PrintMembers", "Deconstruct", "Item" };

        public static EquatableArray<ModelNames> Assign(StudyPlan plan, string className, SpecLocator locator, string path, List<DiagnosticInfo> diagnostics)
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
            return result.ToEquatableArray();
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
