using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NevSpec.Generators.Diagnostics;
using NevSpec.Generators.Emit;
using NevSpec.Generators.Models;
using NevSpec.Language.Text;

namespace NevSpec.Generators.Pipeline
{
    /// <summary>
    /// The output step: reports a spec's diagnostics at its own line and column and adds its source.
    /// No source is added for a spec with errors (its plan is null) or whose class would collide.
    /// </summary>
    internal static class SourceOutput
    {
        public static void Execute(SourceProductionContext context, SpecModel model, ModuleFacts facts)
        {
            try
            {
                foreach (var info in model.Diagnostics)
                    context.ReportDiagnostic(ToRoslyn(info));

                if (model.Plan is null || model.ClassName is null || model.FullClassName is null) return;

                var blocked = false;
                if (facts.UserTypeCollisions.Contains(model.FullClassName))
                {
                    context.ReportDiagnostic(ModuleDiagnostic(GeneratorDiagnostics.ClassCollidesWithUserType, model, model.Plan.Module, model.FullClassName));
                    blocked = true;
                }
                if (facts.DuplicateSpecPaths.Contains(model.Path))
                {
                    context.ReportDiagnostic(ModuleDiagnostic(GeneratorDiagnostics.DuplicateModule, model, model.Plan.Module, model.FullClassName));
                    blocked = true;
                }
                if (!facts.EngineReferenced)
                {
                    context.ReportDiagnostic(ModuleDiagnostic(GeneratorDiagnostics.EngineNotReferenced, model, model.FileName));
                    blocked = true;
                }
                if (blocked) return;

                context.AddSource(HintName(model), SourceText.From(ModuleEmitter.Emit(model), Encoding.UTF8));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var info = SpecModelBuilder.Info(GeneratorDiagnostics.InternalError, model.Path, SourceSpan.Empty, ex.GetType().Name + ": " + ex.Message);
                context.ReportDiagnostic(ToRoslyn(info));
            }
        }

        /// <summary>Unique per spec file (module names may repeat across specs), stable, and path-independent.</summary>
        public static string HintName(SpecModel model)
        {
            var raw = (model.RelativeDirectory.Length == 0 ? "" : model.RelativeDirectory + "/") + model.FileName;
            var builder = new StringBuilder(raw.Length + 5);
            foreach (var c in raw.Replace("../", ""))
                builder.Append(char.IsLetterOrDigit(c) || c == '.' || c == '_' || c == '-' ? c : '_');
            return builder + ".g.cs";
        }

        private static Diagnostic ModuleDiagnostic(Language.Diagnostics.DiagnosticDescriptor descriptor, SpecModel model, params string[] arguments) =>
            ToRoslyn(new DiagnosticInfo(descriptor.Id, model.Path, model.ModuleSpan, model.ModuleLineSpan, Language.EquatableArray.From(arguments)));

        public static Diagnostic ToRoslyn(DiagnosticInfo info) =>
            Diagnostic.Create(
                RoslynDescriptors.Get(info.Id),
                Location.Create(info.Path, info.Span, info.LineSpan),
                info.Arguments.Cast<object>().ToArray());
    }
}
