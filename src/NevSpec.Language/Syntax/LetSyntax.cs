using NevSpec.Language;
using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>A binding <c>let name = value</c>.</summary>
    public sealed record LetSyntax(IdentifierSyntax Name, ExpressionSyntax Value, SourceSpan Span) : DeclarationSyntax(Span)
    {
        /// <summary>The binding on one line, without trivia (see <see cref="SpecFormatter"/> for line breaking).</summary>
        public override string ToString() => "let " + Name + " = " + Value;
    }
}
