using NevSpec.Language.Plan;
using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary><c>left &amp;&amp; right</c> or <c>left || right</c>.</summary>
    public sealed record LogicalSyntax(LogicalOperator Operator, ExpressionSyntax Left, ExpressionSyntax Right, SourceSpan Span)
        : ExpressionSyntax(Span)
    {
        public override string KindDescription => "a condition";

        public override string ToString()
        {
            var precedence = ConditionPrinter.PrecedenceOf(this);
            return ConditionPrinter.Operand(Left, precedence, false) + (Operator == LogicalOperator.And ? " && " : " || ") +
                   ConditionPrinter.Operand(Right, precedence, true);
        }
    }
}
