using Microsoft.CodeAnalysis.Text;
using NevSpec.Language;
using NevSpec.Language.Plan;

namespace NevSpec.Generators.Models
{
    /// <summary>
    /// Everything the emitter needs for one spec, as value-equatable data: where the spec is (for hint names
    /// and run-time data lookup), the namespace, the bound plan (null when the spec has errors), the C# names
    /// chosen for its models and the diagnostics to report.
    /// </summary>
    /// <param name="Path">The spec's path as the compiler sees it (only used for diagnostics).</param>
    /// <param name="RelativeDirectory">The spec's folder relative to the project folder, '/'-separated ("" when unknown).</param>
    /// <param name="FileName">The spec's file name, e.g. <c>grunfeld.nevspec</c>.</param>
    /// <param name="Namespace">The namespace of the generated class (null: global namespace).</param>
    /// <param name="ClassName">The C# name of the module class (null when the spec did not bind).</param>
    /// <param name="ModuleSpan">Where the module is declared, for diagnostics about the class.</param>
    /// <param name="ModuleLineSpan">The same, as 0-based lines and columns.</param>
    /// <param name="Plan">The bound plan, or null when the spec has errors.</param>
    /// <param name="Models">The C# names of the models that get methods.</param>
    /// <param name="Diagnostics">Everything to report for this spec.</param>
    /// <param name="Analyses">The C# names of the analyses and descriptives tables that get methods, in spec order.</param>
    /// <param name="NetworkAnalyses">The C# names of the network analyses that get methods, in spec order.</param>
    internal sealed record SpecModel(
        string Path,
        string RelativeDirectory,
        string FileName,
        string? Namespace,
        string? ClassName,
        TextSpan ModuleSpan,
        LinePositionSpan ModuleLineSpan,
        StudyPlan? Plan,
        EquatableArray<ModelNames> Models,
        EquatableArray<DiagnosticInfo> Diagnostics,
        EquatableArray<AnalysisNames> Analyses = default,
        EquatableArray<NetworkAnalysisNames> NetworkAnalyses = default)
    {
        /// <summary>Fully qualified metadata name of the generated class, e.g. <c>MyStudy.Grunfeld</c>.</summary>
        public string? FullClassName => ClassName is null ? null : string.IsNullOrEmpty(Namespace) ? ClassName : Namespace + "." + ClassName;
    }
}
