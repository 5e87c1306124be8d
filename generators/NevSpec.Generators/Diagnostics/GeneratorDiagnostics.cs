using NevSpec.Language.Diagnostics;

namespace NevSpec.Generators.Diagnostics
{
    /// <summary>
    /// The generator-side extension of <c>DiagnosticCatalogue</c>: problems only the C# side can see.
    /// Same shape and id sequence as the Language catalogue (the ids continue after its last entry);
    /// listed in AnalyzerReleases.*.md and docs/generator.md with the others. A failure inside the generator
    /// is reported with the catalogue's own internal-error entry (<see cref="InternalError"/>).
    /// </summary>
    internal static class GeneratorDiagnostics
    {
        /// <summary>The generated class would collide with a type declared in the project.</summary>
        public static readonly DiagnosticDescriptor ClassCollidesWithUserType = new(
            "NEV0035", "Generated class collides with a user type",
            "Module '{0}' generates the class '{1}', but the project already declares a type with that name that is not a 'static partial class'; rename the module or the type",
            DiagnosticSeverity.Error);

        /// <summary>Two models (or a model and a member every generated class has) map to the same C# name.</summary>
        public static readonly DiagnosticDescriptor GeneratedNameCollision = new(
            "NEV0036", "Generated names collide",
            "Model '{0}' maps to the C# name '{1}', which is already used by {2}; rename the model",
            DiagnosticSeverity.Error);

        /// <summary>Two specs declare modules that become the same class.</summary>
        public static readonly DiagnosticDescriptor DuplicateModule = new(
            "NEV0037", "Duplicate module",
            "Module '{0}' generates the class '{1}', which another spec in this project also generates; give each spec its own module name",
            DiagnosticSeverity.Error);

        /// <summary>The generated code calls NevSpec.Engine, which the project does not reference.</summary>
        public static readonly DiagnosticDescriptor EngineNotReferenced = new(
            "NEV0038", "NevSpec.Engine is not referenced",
            "Spec '{0}' was checked, but no code was generated because the project does not reference NevSpec.Engine; add a PackageReference to NevSpec.Engine",
            DiagnosticSeverity.Warning);

        /// <summary>The spec file could not be read.</summary>
        public static readonly DiagnosticDescriptor SpecUnreadable = new(
            "NEV0039", "Spec cannot be read",
            "The spec file '{0}' could not be read",
            DiagnosticSeverity.Error);


        /// <summary>A bug (in the generator or the front end), reported instead of crashing the build (CS8785) with no output.</summary>
        public static DiagnosticDescriptor InternalError => DiagnosticCatalogue.InternalError;

        /// <summary>The generator-only entries, in id order (the internal error is the catalogue's).</summary>
        public static readonly DiagnosticDescriptor[] All =
        {
            ClassCollidesWithUserType, GeneratedNameCollision, DuplicateModule, EngineNotReferenced, SpecUnreadable,
        };
    }
}
