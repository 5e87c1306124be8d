using NevSpec.Language;
using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>
    /// A whole spec: the module header (null when it is missing, which is diagnosed), the bindings in order and
    /// the comments after the last binding. <see cref="ToString"/> is the canonical text (<see cref="SpecFormatter"/>).
    /// </summary>
    public sealed record ModuleSyntax(ModuleHeaderSyntax? Header, EquatableArray<LetSyntax> Bindings, SourceSpan Span)
    {
        /// <summary>Comments after the last declaration.</summary>
        public EquatableArray<CommentSyntax> EndComments { get; init; } = EquatableArray<CommentSyntax>.Empty;

        /// <summary>The module's name, or null when the header is missing.</summary>
        public string? Name => Header?.Name.Name;

        public override string ToString() => SpecFormatter.Format(this);
    }
}
