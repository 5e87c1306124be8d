using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>A list <c>[ a; b ]</c>; an item that names a <c>let</c>-bound list is spliced in when bound.</summary>
    public sealed record ListSyntax(EquatableArray<ExpressionSyntax> Items, SourceSpan Span) : ExpressionSyntax(Span)
    {
        public override string KindDescription => "a list";

        public override string ToString() => Items.IsEmpty ? "[]" : "[ " + string.Join("; ", Items) + " ]";
    }
}
