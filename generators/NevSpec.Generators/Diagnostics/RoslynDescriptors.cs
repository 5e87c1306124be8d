using System.Collections.Generic;
using System.Linq;
using NevSpec.Language.Diagnostics;
using RoslynDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using NevDescriptor = NevSpec.Language.Diagnostics.DiagnosticDescriptor;
using NevSeverity = NevSpec.Language.Diagnostics.DiagnosticSeverity;

namespace NevSpec.Generators.Diagnostics
{
    /// <summary>
    /// One Roslyn descriptor per NEV id, built from the Language catalogue plus <see cref="GeneratorDiagnostics"/>:
    /// same id, title, message format and severity, category "NevSpec". Errors cannot be suppressed.
    /// </summary>
    internal static class RoslynDescriptors
    {
        public const string Category = "NevSpec";

        private static readonly Dictionary<string, RoslynDescriptor> ById =
            DiagnosticCatalogue.All.Concat(GeneratorDiagnostics.All)
                .GroupBy(d => d.Id)
                .ToDictionary(g => g.Key, g => Create(g.First()));

        /// <summary>Every NEV descriptor the generator can report, in id order.</summary>
        public static IEnumerable<RoslynDescriptor> All => ById.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal);

        public static bool Contains(string id) => ById.ContainsKey(id);

        /// <summary>The descriptor for an id; an id the catalogue does not know is reported as an internal error.</summary>
        public static RoslynDescriptor Get(string id) =>
            ById.TryGetValue(id, out var descriptor) ? descriptor : ById[GeneratorDiagnostics.InternalError.Id];

        private static RoslynDescriptor Create(NevDescriptor descriptor) => new(
            descriptor.Id,
            descriptor.Title,
            descriptor.MessageFormat,
            Category,
            ToRoslyn(descriptor.Severity),
            isEnabledByDefault: true,
            customTags: descriptor.Severity == NevSeverity.Error ? new[] { "NotConfigurable" } : System.Array.Empty<string>());

        private static RoslynSeverity ToRoslyn(NevSeverity severity) => severity switch
        {
            NevSeverity.Error => RoslynSeverity.Error,
            NevSeverity.Warning => RoslynSeverity.Warning,
            _ => RoslynSeverity.Info,
        };
    }
}
