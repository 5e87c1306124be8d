using NevSpec.Language;

namespace NevSpec.Generators.Models
{
    /// <summary>
    /// What only the C# side knows, reduced to equatable data: generated class names that collide with a
    /// type declared in user code (and not as a static partial class), class names produced by more than
    /// one spec, and whether NevSpec.Engine (which the generated code calls) is referenced.
    /// </summary>
    internal sealed record ModuleFacts(EquatableArray<string> UserTypeCollisions, EquatableArray<string> DuplicateSpecPaths, bool EngineReferenced);
}
