using System.Collections.Generic;
using NevSpec.Language.Plan;
using NevSpec.Language.Syntax;

namespace NevSpec.Language.Binding
{
    internal sealed partial class Binder
    {
        private const string ConditionExpected = "a condition such as (year <= 1944)";

        /// <summary><c>where (…)</c>: binds the condition and ANDs it with any filter the model already has.</summary>
        private ModelState? BindWhere(ModelState model, ExpressionSyntax argument)
        {
            if (argument is not ParenthesizedSyntax parenthesized)
            {
                ReportWrongKind(argument, argument.KindDescription, "a condition in parentheses, such as (year <= 1944)");
                return null;
            }
            var columns = new List<ColumnRef>(model.WhereColumns);
            var filter = BindCondition(parenthesized.Inner, columns);
            if (filter is null) return null;
            return model with
            {
                Where = model.Where is null ? filter : new LogicalFilter(LogicalOperator.And, model.Where, filter),
                WhereColumns = columns.ToEquatableArray(),
            };
        }

        private FilterPlan? BindCondition(ExpressionSyntax condition, List<ColumnRef> columns)
        {
            switch (condition)
            {
                case ParenthesizedSyntax parenthesized:
                    return BindCondition(parenthesized.Inner, columns);
                case LogicalSyntax logical:
                    var left = BindCondition(logical.Left, columns);
                    var right = BindCondition(logical.Right, columns);
                    return left is null || right is null ? null : new LogicalFilter(logical.Operator, left, right);
                case NotSyntax not:
                    var operand = BindCondition(not.Operand, columns);
                    return operand is null ? null : new NotFilter(operand);
                case ComparisonSyntax comparison:
                    var leftValue = BindValue(comparison.Left, columns);
                    var rightValue = BindValue(comparison.Right, columns);
                    return leftValue is null || rightValue is null ? null : new ComparisonFilter(comparison.Operator, leftValue, rightValue);
                case IdentifierSyntax identifier when !_bound.ContainsKey(identifier.Name):
                    ReportWrongKind(identifier, "a column", ConditionExpected);
                    return null;
                default:
                    ReportWrongKind(condition, condition.KindDescription, ConditionExpected);
                    return null;
            }
        }

        private FilterPlan? BindValue(ExpressionSyntax value, List<ColumnRef> columns)
        {
            switch (value)
            {
                case ParenthesizedSyntax parenthesized:
                    return BindValue(parenthesized.Inner, columns);
                case NumberLiteralSyntax number:
                    return new NumberFilterValue(number.Value);
                case StringLiteralSyntax text:
                    return new TextFilterValue(text.Value);
                case IdentifierSyntax:
                    var column = ResolveColumn(value, "a column");
                    if (column is null) return null;
                    columns.Add(column);
                    return new ColumnFilterValue(column.Name);
                default:
                    ReportWrongKind(value, value.KindDescription, "a column, a number or a string");
                    return null;
            }
        }
    }
}
