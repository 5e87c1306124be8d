namespace NevSpec.Language.Plan
{
    /// <summary>
    /// A term expression of a model: a column or a transform of terms. Printed (<see cref="object.ToString"/>) in the
    /// canonical spec text that also names the derived column (<see cref="TermPrinter"/>).
    /// </summary>
    public abstract record TermPlan
    {
        /// <summary>The canonical spec text of the term, e.g. <c>log GDP</c>, <c>lag VA 1</c>, <c>VA * Innov</c>.</summary>
        public override string ToString() => TermPrinter.Print(this);
    }

    /// <summary>A column of the data source, or a composite index of it.</summary>
    public sealed record ColumnTerm(string Column) : TermPlan
    {
        public override string ToString() => TermPrinter.Print(this);
    }

    /// <summary><c>log x</c>: the natural logarithm (missing for x ≤ 0).</summary>
    public sealed record LogTerm(TermPlan Operand) : TermPlan
    {
        public override string ToString() => TermPrinter.Print(this);
    }

    /// <summary>
    /// <c>lag x k</c> (<see cref="Periods"/> = k &gt; 0) or <c>lead x k</c> (<see cref="Periods"/> = −k): the value of x
    /// in the same unit k periods earlier (later), by the panel's time value, so a gap in time gives a missing value.
    /// </summary>
    public sealed record LagTerm(TermPlan Operand, int Periods) : TermPlan
    {
        public override string ToString() => TermPrinter.Print(this);
    }

    /// <summary><c>std x</c>: (x − mean) / SD over the data source's non-missing values.</summary>
    public sealed record StandardizeTerm(TermPlan Operand) : TermPlan
    {
        public override string ToString() => TermPrinter.Print(this);
    }

    /// <summary><c>centre x</c>: x − mean over the data source's non-missing values.</summary>
    public sealed record CentreTerm(TermPlan Operand) : TermPlan
    {
        public override string ToString() => TermPrinter.Print(this);
    }

    /// <summary><c>x * z</c>: the product column only (main effects are listed separately).</summary>
    public sealed record ProductTerm(TermPlan Left, TermPlan Right) : TermPlan
    {
        public override string ToString() => TermPrinter.Print(this);
    }
}
