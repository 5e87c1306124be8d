using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>A name: a column, a <c>let</c>-bound name, a function or a pipe stage.</summary>
    public sealed record IdentifierSyntax(string Name, SourceSpan Span) : ExpressionSyntax(Span)
    {
        public override string KindDescription => "a name";

        public override string ToString() => Name;
    }
}
