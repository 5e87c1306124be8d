using System.Collections.Generic;

namespace NevSpec.Language
{
    /// <summary>The column names of a data file, or why they are not known.</summary>
    public sealed record DataHeader(DataHeaderStatus Status, EquatableArray<string> Columns)
    {
        public static DataHeader Unavailable { get; } = new(DataHeaderStatus.Unavailable, EquatableArray<string>.Empty);

        public static DataHeader Missing { get; } = new(DataHeaderStatus.Missing, EquatableArray<string>.Empty);

        public static DataHeader Available(IEnumerable<string> columns) => new(DataHeaderStatus.Available, columns.ToEquatableArray());
    }
}
