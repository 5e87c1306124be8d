using NevSpec.Core.Data;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>
/// Evaluates a bound <c>where</c> filter row by row. A comparison with a missing value is false,
/// as in Stata's <c>if</c> with missing treated as unknown (not as +∞), so filters never keep rows by accident.
/// </summary>
public static class FilterEvaluator
{
    /// <summary>The indices of the rows of <paramref name="frame"/> that pass <paramref name="filter"/>.</summary>
    public static int[] SelectRows(DataFrame frame, FilterPlan filter)
    {
        var keep = Evaluate(frame, filter);
        var rows = new List<int>(frame.RowCount);
        for (var i = 0; i < keep.Length; i++)
            if (keep[i]) rows.Add(i);
        return rows.ToArray();
    }

    private static bool[] Evaluate(DataFrame frame, FilterPlan filter) => filter switch
    {
        ComparisonFilter c => Compare(frame, c),
        LogicalFilter { Operator: LogicalOperator.And } l => Combine(Evaluate(frame, l.Left), Evaluate(frame, l.Right), (a, b) => a && b),
        LogicalFilter l => Combine(Evaluate(frame, l.Left), Evaluate(frame, l.Right), (a, b) => a || b),
        NotFilter n => Evaluate(frame, n.Operand).Select(v => !v).ToArray(),
        _ => throw new InvalidOperationException($"A filter must be a condition, not the value {filter}."),
    };

    private static bool[] Combine(bool[] left, bool[] right, Func<bool, bool, bool> op)
    {
        var result = new bool[left.Length];
        for (var i = 0; i < result.Length; i++) result[i] = op(left[i], right[i]);
        return result;
    }

    private static bool[] Compare(DataFrame frame, ComparisonFilter comparison)
    {
        var n = frame.RowCount;
        var result = new bool[n];
        if (IsText(frame, comparison.Left) || IsText(frame, comparison.Right))
        {
            var left = TextValues(frame, comparison.Left, n);
            var right = TextValues(frame, comparison.Right, n);
            for (var i = 0; i < n; i++)
                result[i] = left[i] is not null && right[i] is not null
                    && Holds(comparison.Operator, string.CompareOrdinal(left[i], right[i]));
            return result;
        }

        var x = NumericValues(frame, comparison.Left, n);
        var y = NumericValues(frame, comparison.Right, n);
        for (var i = 0; i < n; i++)
            result[i] = !double.IsNaN(x[i]) && !double.IsNaN(y[i]) && Holds(comparison.Operator, x[i].CompareTo(y[i]));
        return result;
    }

    private static bool Holds(ComparisonOperator op, int sign) => op switch
    {
        ComparisonOperator.Equal => sign == 0,
        ComparisonOperator.NotEqual => sign != 0,
        ComparisonOperator.Less => sign < 0,
        ComparisonOperator.LessOrEqual => sign <= 0,
        ComparisonOperator.Greater => sign > 0,
        _ => sign >= 0,
    };

    private static bool IsText(DataFrame frame, FilterPlan value) => value switch
    {
        TextFilterValue => true,
        ColumnFilterValue c => !frame.IsNumeric(c.Column),
        _ => false,
    };

    private static string?[] TextValues(DataFrame frame, FilterPlan value, int n) => value switch
    {
        TextFilterValue t => Enumerable.Repeat<string?>(t.Value, n).ToArray(),
        NumberFilterValue v => Enumerable.Repeat<string?>(v.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), n).ToArray(),
        ColumnFilterValue c => frame.GetText(c.Column),
        _ => throw new InvalidOperationException($"A comparison needs values, not the condition {value}."),
    };

    private static double[] NumericValues(DataFrame frame, FilterPlan value, int n) => value switch
    {
        NumberFilterValue v => Enumerable.Repeat(v.Value, n).ToArray(),
        ColumnFilterValue c => frame.GetNumeric(c.Column),
        _ => throw new InvalidOperationException($"A comparison needs values, not the condition {value}."),
    };
}
