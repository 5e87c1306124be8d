using NevSpec.Tests;
using NevSpec.Core.Data;
using NevSpec.Core.Tests.Support;

namespace NevSpec.Core.Tests.Data;

public sealed class CsvReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nevspec-csv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text, bool bom = false)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(bom));
        return path;
    }

    [Fact]
    public void ReadsGrunfeld()
    {
        var df = CsvReader.Read(RepositoryPaths.InShared("data", "grunfeld.csv"));
        Assert.Equal(["firm", "year", "inv", "value", "capital"], df.ColumnNames);
        Assert.Equal(200, df.RowCount);
        Assert.Equal(317.6, df.GetNumeric("inv")[0]);
        Assert.Equal(2, df.FileLine(0));
        Assert.True(df.IsNumeric("capital"));
    }

    [Fact]
    public void QuotingBomCrLfAndMissingMarkers()
    {
        string path = Write("q.csv", " id , name ,x\r\n1,\"Smith, \"\"J\"\"\",1.5\r\n2,\"two\nlines\",NA\r\n3,c,.\r\n\r\n4,,-2e3\r\n", bom: true);
        var df = CsvReader.Read(path);
        Assert.Equal(["id", "name", "x"], df.ColumnNames);
        Assert.Equal(4, df.RowCount);
        Assert.Equal(new string?[] { "Smith, \"J\"", "two\nlines", "c", null }, df.GetText("name"));
        var x = df.GetNumeric("x");
        Assert.Equal(1.5, x[0]);
        Assert.True(double.IsNaN(x[1]) && double.IsNaN(x[2]));
        Assert.Equal(-2000, x[3]);
        Assert.Equal([2, 3, 5, 7], Enumerable.Range(0, 4).Select(df.FileLine));
        Assert.Equal(["id", "name", "x"], CsvReader.ReadHeader(path));
    }

    [Fact]
    public void NonNumericCellNamesFileColumnLineAndText()
    {
        var df = CsvReader.Read(Write("grunfeld.csv", "firm,inv\n1,2\n1,abc\n"));
        Assert.False(df.IsNumeric("inv"));
        var ex = Assert.Throws<DataException>(() => df.GetNumeric("inv"));
        Assert.Equal("grunfeld.csv: column 'inv', line 3: 'abc' is not a number", ex.Message);
        Assert.Equal(("grunfeld.csv", "inv", 3), (ex.File, ex.Column, ex.Line));
    }

    [Fact]
    public void SelectedRowsKeepTheirFileLines()
    {
        var df = CsvReader.Read(Write("s.csv", "a,b\n1,x\n2,y\n3,oops\n")).SelectRows([2, 0]);
        Assert.Equal([4, 2], new[] { df.FileLine(0), df.FileLine(1) });
        var ex = Assert.Throws<DataException>(() => df.GetNumeric("b"));
        Assert.Contains("line 4: 'oops'", ex.Message);
    }

    [Fact]
    public void RaggedRowIsAnErrorAtItsLine()
    {
        var ex = Assert.Throws<DataException>(() => CsvReader.Read(Write("r.csv", "a,b,c\n1,2,3\n4,5\n")));
        Assert.Equal("r.csv: line 3: expected 3 cells (as in the header) but found 2", ex.Message);
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void DuplicateAndEmptyHeaderNamesAreErrors()
    {
        var dup = Assert.Throws<DataException>(() => CsvReader.Read(Write("d.csv", "a,b,a\n1,2,3\n")));
        Assert.Contains("duplicate column name 'a' (columns 1 and 3)", dup.Message);
        var empty = Assert.Throws<DataException>(() => CsvReader.ReadHeader(Write("e.csv", "a, ,c\n")));
        Assert.Contains("e.csv: line 1: column 2 of the header has an empty name", empty.Message);
    }

    [Fact]
    public void MissingFileNamesThePath()
    {
        string path = Path.Combine(_dir, "nope.csv");
        var ex = Assert.Throws<DataException>(() => CsvReader.Read(path));
        Assert.Contains(path, ex.Message);
        Assert.Equal(path, ex.File);
    }

    [Fact]
    public void UnknownColumnListsTheAvailableOnes()
    {
        var df = CsvReader.Read(Write("u.csv", "a,b\n1,2\n"));
        Assert.False(df.HasColumn("c"));
        var ex = Assert.Throws<DataException>(() => df.GetNumeric("c"));
        Assert.Equal("u.csv: unknown column 'c'; available columns: a, b", ex.Message);
        Assert.Equal("c", ex.Column);
    }

    [Fact]
    public void UnclosedQuoteIsAnError()
    {
        var ex = Assert.Throws<DataException>(() => CsvReader.Read(Write("o.csv", "a,b\n1,\"open\n")));
        Assert.Contains("line 2: quoted cell is never closed", ex.Message);
    }

    [Fact]
    public void DerivedColumnsAreAddedOrReplacedWithoutTouchingTheOriginal()
    {
        var df = CsvReader.Read(Write("w.csv", "a,b\n1,x\n2,y\n"));
        var added = df.WithColumn("c", [0.1 + 0.2, double.NaN]).WithColumn("a", [10.0, 20.0]);
        Assert.Equal(["a", "b", "c"], added.ColumnNames);
        Assert.Equal(0.1 + 0.2, added.GetNumeric("c")[0]);
        Assert.Null(added.GetText("c")[1]);
        Assert.Equal([10.0, 20.0], added.GetNumeric("a"));
        Assert.Equal([1.0, 2.0], df.GetNumeric("a"));
        Assert.False(df.HasColumn("c"));
        Assert.Equal(3, added.FileLine(1));
    }
}
