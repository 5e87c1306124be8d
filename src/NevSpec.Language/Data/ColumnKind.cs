namespace NevSpec.Language
{
    /// <summary>What the values of a data column look like, for checks such as "the threshold variable must be numeric".</summary>
    public enum ColumnKind
    {
        /// <summary>Not known (the host only knows names, or every scanned cell was missing): no kind checks.</summary>
        Unknown,
        /// <summary>Every non-missing scanned cell is a number in invariant notation.</summary>
        Numeric,
        /// <summary>At least one non-missing scanned cell is not a number.</summary>
        Text,
    }
}
