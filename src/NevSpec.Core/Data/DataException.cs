namespace NevSpec.Core.Data;

/// <summary>
/// A problem with input data: a missing file, a malformed CSV, an unknown column or a cell that is
/// not a number. The message names the file, and where known the column and the 1-based file line.
/// </summary>
public sealed class DataException : Exception
{
    /// <summary>File name (or path) the problem was found in, if known.</summary>
    public string? File { get; }

    /// <summary>Column the problem was found in, if known.</summary>
    public string? Column { get; }

    /// <summary>1-based line of the file the problem was found on, if known.</summary>
    public int? Line { get; }

    public DataException(string message, string? file = null, string? column = null, int? line = null, Exception? inner = null)
        : base(message, inner)
    {
        File = file;
        Column = column;
        Line = line;
    }
}
