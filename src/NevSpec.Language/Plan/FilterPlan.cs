using System;

namespace NevSpec.Language.Plan
{
    /// <summary>A bound sample filter (<c>where (year &lt;= 1944 &amp;&amp; firm &lt;&gt; 3)</c>).</summary>
    public abstract record FilterPlan;

    /// <summary>The value of a data column in the current row.</summary>
    public sealed record ColumnFilterValue(string Column) : FilterPlan;

    /// <summary>A numeric literal.</summary>
    public sealed record NumberFilterValue(double Value) : FilterPlan;

    /// <summary>A string literal (compared with text columns).</summary>
    public sealed record TextFilterValue(string Value) : FilterPlan;

    /// <summary>Comparison operators, printed F#-style: <c>= &lt;&gt; &lt; &lt;= &gt; &gt;=</c>.</summary>
    public enum ComparisonOperator { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual }

    /// <summary>A comparison of two values; rows where either side is missing do not pass.</summary>
    public sealed record ComparisonFilter(ComparisonOperator Operator, FilterPlan Left, FilterPlan Right) : FilterPlan;

    /// <summary>Boolean connectives <c>&amp;&amp;</c> and <c>||</c>.</summary>
    public enum LogicalOperator { And, Or }

    /// <summary>Both or either of two conditions.</summary>
    public sealed record LogicalFilter(LogicalOperator Operator, FilterPlan Left, FilterPlan Right) : FilterPlan;

    /// <summary>The negation <c>not (…)</c>.</summary>
    public sealed record NotFilter(FilterPlan Operand) : FilterPlan;
}
