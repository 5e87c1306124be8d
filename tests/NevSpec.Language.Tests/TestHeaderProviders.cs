using System;

namespace NevSpec.Language.Tests;

/// <summary>A host that cannot see data files (as the generator without AdditionalFiles).</summary>
internal sealed class UnavailableHeaderProvider : IDataHeaderProvider
{
    public DataHeader GetHeader(string pathAsWritten) => DataHeader.Unavailable;
}

/// <summary>A buggy host: proves that binding turns any exception into a diagnostic.</summary>
internal sealed class ThrowingHeaderProvider : IDataHeaderProvider
{
    public DataHeader GetHeader(string pathAsWritten) => throw new InvalidOperationException("header provider failed");
}

/// <summary>Fixed columns for every path, counting calls.</summary>
internal sealed class FixedHeaderProvider(params string[] columns) : IDataHeaderProvider
{
    public int Calls { get; private set; }

    public DataHeader GetHeader(string pathAsWritten)
    {
        Calls++;
        return DataHeader.Available(columns);
    }
}

/// <summary>Headers with column kinds per path; any other path is missing.</summary>
internal sealed class PathHeaderProvider(params (string Path, (string Name, ColumnKind Kind)[] Columns)[] files) : IDataHeaderProvider
{
    public DataHeader GetHeader(string pathAsWritten)
    {
        foreach (var (path, columns) in files)
            if (path == pathAsWritten)
                return DataHeader.Available(System.Linq.Enumerable.Select(columns, c => c.Name), System.Linq.Enumerable.Select(columns, c => c.Kind));
        return DataHeader.Missing;
    }
}
