using System.Collections.Generic;
using System.Linq;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Plan;
using NevSpec.Language.Syntax;

namespace NevSpec.Language
{
    /// <summary>A compiled spec: its tree, its plan (null when there are errors) and all diagnostics in text order.</summary>
    public sealed class SpecCompilation
    {
        public SpecCompilation(ModuleSyntax? syntax, StudyPlan? plan, IReadOnlyList<Diagnostic> diagnostics)
        {
            Syntax = syntax;
            Diagnostics = diagnostics;
            HasErrors = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            Plan = HasErrors ? null : plan;
        }

        public ModuleSyntax? Syntax { get; }

        public StudyPlan? Plan { get; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public bool HasErrors { get; }
    }
}
