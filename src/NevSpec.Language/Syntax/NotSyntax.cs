using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>The negation <c>not (…)</c>.</summary>
    public sealed record NotSyntax(ExpressionSyntax Operand, SourceSpan Span) : ExpressionSyntax(Span)
    {
        public override string KindDescription => "a condition";

        public override string ToString()
        {
            var inner = ConditionPrinter.Unwrap(Operand);
            return "not " + (ConditionPrinter.PrecedenceOf(inner) >= ConditionPrinter.AtomPrecedence ? inner.ToString() : "(" + inner + ")");
        }
    }
}
