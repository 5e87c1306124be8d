using System.Collections.Generic;

namespace NevSpec.Language
{
    /// <summary>
    /// The column names of a data file, or why they are not known. <see cref="Kinds"/> (v2, optional) gives each column's
    /// <see cref="ColumnKind"/> in the order of <see cref="Columns"/>; a provider that only knows names leaves it empty and
    /// the binder then skips kind checks.
    /// </summary>
    public sealed record DataHeader(DataHeaderStatus Status, EquatableArray<string> Columns, EquatableArray<ColumnKind> Kinds = default)
    {
        public static DataHeader Unavailable { get; } = new(DataHeaderStatus.Unavailable, EquatableArray<string>.Empty);

        public static DataHeader Missing { get; } = new(DataHeaderStatus.Missing, EquatableArray<string>.Empty);

        public static DataHeader Available(IEnumerable<string> columns) => new(DataHeaderStatus.Available, columns.ToEquatableArray());

        /// <summary>Column names with their kinds (same order and count).</summary>
        public static DataHeader Available(IEnumerable<string> columns, IEnumerable<ColumnKind> kinds) =>
            new(DataHeaderStatus.Available, columns.ToEquatableArray(), kinds.ToEquatableArray());

        /// <summary>The kind of <paramref name="column"/>; <see cref="ColumnKind.Unknown"/> when kinds are not known.</summary>
        public ColumnKind KindOf(string column)
        {
            if (Kinds.Count != Columns.Count) return ColumnKind.Unknown;
            for (var i = 0; i < Columns.Count; i++)
                if (Columns[i] == column) return Kinds[i];
            return ColumnKind.Unknown;
        }
    }
}
