using NevSpec.Language.Plan;
using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>A comparison <c>left op right</c>; <c>==</c> and <c>!=</c> are read as <c>=</c> and <c>&lt;&gt;</c>.</summary>
    public sealed record ComparisonSyntax(ComparisonOperator Operator, ExpressionSyntax Left, ExpressionSyntax Right, SourceSpan Span)
        : ExpressionSyntax(Span)
    {
        public override string KindDescription => "a comparison";

        public static string Symbol(ComparisonOperator op) => op switch
        {
            ComparisonOperator.Equal => "=",
            ComparisonOperator.NotEqual => "<>",
            ComparisonOperator.Less => "<",
            ComparisonOperator.LessOrEqual => "<=",
            ComparisonOperator.Greater => ">",
            _ => ">=",
        };

        public override string ToString() =>
            ConditionPrinter.Operand(Left, ConditionPrinter.ProductPrecedence, false) + " " + Symbol(Operator) + " " +
            ConditionPrinter.Operand(Right, ConditionPrinter.ProductPrecedence, false);
    }
}
