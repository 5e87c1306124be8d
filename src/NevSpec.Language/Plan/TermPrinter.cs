using System.Globalization;

namespace NevSpec.Language.Plan
{
    /// <summary>
    /// Canonical text of a <see cref="TermPlan"/>: functions by juxtaposition (<c>log x</c>, <c>lag x 1</c>,
    /// <c>lead x 1</c>, <c>std x</c>, <c>centre x</c>), a function's operand in parentheses unless it is a column,
    /// products as <c>a * b</c> (left-associative: a product on the right is parenthesised), single spaces.
    /// </summary>
    public static class TermPrinter
    {
        public static string Print(TermPlan term) => term switch
        {
            ColumnTerm column => column.Column,
            LogTerm log => "log " + Operand(log.Operand),
            LagTerm { Periods: < 0 } lead => "lead " + Operand(lead.Operand) + " " + (-(long)lead.Periods).ToString(CultureInfo.InvariantCulture),
            LagTerm lag => "lag " + Operand(lag.Operand) + " " + lag.Periods.ToString(CultureInfo.InvariantCulture),
            StandardizeTerm std => "std " + Operand(std.Operand),
            CentreTerm centre => "centre " + Operand(centre.Operand),
            ProductTerm product => Print(product.Left) + " * " + (product.Right is ProductTerm ? "(" + Print(product.Right) + ")" : Print(product.Right)),
            _ => "?",
        };

        private static string Operand(TermPlan operand) => operand is ColumnTerm c ? c.Column : "(" + Print(operand) + ")";
    }
}
