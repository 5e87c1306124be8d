using System.Collections.Generic;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Plan;

namespace NevSpec.Language
{
    /// <summary>The outcome of <see cref="NevSpecBinder.Bind"/>: a plan (null when there are errors) and diagnostics.</summary>
    public sealed class BindResult
    {
        public BindResult(StudyPlan? plan, IReadOnlyList<Diagnostic> diagnostics)
        {
            Plan = plan;
            Diagnostics = diagnostics;
        }

        public StudyPlan? Plan { get; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }
    }
}
