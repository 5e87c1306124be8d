using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>A list item with a direction, <c>+x</c> or <c>-x</c>, as in the indicator list of <c>entropy</c>.</summary>
    public sealed record SignedSyntax(bool Positive, ExpressionSyntax Operand, SourceSpan Span) : ExpressionSyntax(Span)
    {
        public override string KindDescription => "a signed indicator";

        public override string ToString() => (Positive ? "+" : "-") + Operand;
    }
}
