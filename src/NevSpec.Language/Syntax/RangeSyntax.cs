using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>An inclusive range of numbers <c>2018..2019</c>, as in <c>split by period [ 2018..2019; 2020..2023 ]</c>.</summary>
    public sealed record RangeSyntax(NumberLiteralSyntax From, NumberLiteralSyntax To, SourceSpan Span) : ExpressionSyntax(Span)
    {
        public override string KindDescription => "a range";

        public override string ToString() => From + ".." + To;
    }
}
