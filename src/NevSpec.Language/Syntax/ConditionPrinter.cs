using NevSpec.Language.Plan;

namespace NevSpec.Language.Syntax
{
    /// <summary>
    /// Minimal parentheses for conditions and term expressions. A right operand of equal precedence keeps its parentheses so that
    /// printing and re-reading gives the same tree (and so the same filter plan), not just an equivalent one.
    /// </summary>
    internal static class ConditionPrinter
    {
        public const int OrPrecedence = 1;
        public const int AndPrecedence = 2;
        public const int NotPrecedence = 3;
        public const int ComparisonPrecedence = 4;
        public const int ProductPrecedence = 5;
        public const int ApplicationPrecedence = 6;
        public const int AtomPrecedence = 7;

        public static int PrecedenceOf(ExpressionSyntax expression) => expression switch
        {
            LogicalSyntax { Operator: LogicalOperator.Or } => OrPrecedence,
            LogicalSyntax => AndPrecedence,
            NotSyntax => NotPrecedence,
            ComparisonSyntax => ComparisonPrecedence,
            ProductSyntax => ProductPrecedence,
            ApplicationSyntax => ApplicationPrecedence,
            ParenthesizedSyntax p => PrecedenceOf(p.Inner),
            _ => AtomPrecedence,
        };

        public static ExpressionSyntax Unwrap(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedSyntax p) expression = p.Inner;
            return expression;
        }

        public static string Operand(ExpressionSyntax operand, int parentPrecedence, bool isRight)
        {
            // Drop redundant parentheses the author wrote; add the ones the tree needs.
            var inner = Unwrap(operand);
            var precedence = PrecedenceOf(inner);
            var needsParentheses = precedence < parentPrecedence || (isRight && precedence == parentPrecedence && precedence < AtomPrecedence);
            return needsParentheses ? "(" + inner + ")" : inner.ToString();
        }
    }
}
