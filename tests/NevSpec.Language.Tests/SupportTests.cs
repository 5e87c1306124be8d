using System.IO;
using System.Linq;
using System.Text;
using NevSpec.Language.Diagnostics;

namespace NevSpec.Language.Tests;

public class SupportTests
{
    [Fact]
    public void CatalogueIdsAreUniqueAndSequential()
    {
        // NEV0035-NEV0039 belong to the generator (GeneratorDiagnostics); the catalogue skips them.
        var ids = DiagnosticCatalogue.All.Select(d => d.Id).ToList();
        var expected = Enumerable.Range(1, ids.Count + 5).Where(i => i is < 35 or > 39).Select(i => $"NEV{i:D4}");

        Assert.Equal(expected, ids);
    }

    [Fact]
    public void CatalogueIsDocumentedInTheLanguageGuide()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "language.md"));

        foreach (var descriptor in DiagnosticCatalogue.All)
            Assert.Contains($"| {descriptor.Id} | {descriptor.Title} |", guide);
    }

    [Fact]
    public void EveryMessageFormatAcceptsFourArguments()
    {
        foreach (var descriptor in DiagnosticCatalogue.All)
            Assert.NotEmpty(descriptor.Create(Text.SourceSpan.Empty, "a", "b", "c", "d").Message);
    }

    [Fact]
    public void CsvHeaderHandlesQuotesBomAndBlanks() =>
        Assert.Equal(new[] { "firm", "a,b", "say \"hi\"", "year" }, CsvHeader.Split("\uFEFF\"firm\",\"a,b\",\"say \"\"hi\"\"\", year \r"));

    [Fact]
    public void FileSystemHeaderProviderReadsTheFirstLineRelativeToTheSpec()
    {
        var header = new FileSystemHeaderProvider(RepositoryPaths.Specs).GetHeader("data/grunfeld.csv");

        Assert.Equal(DataHeader.Available(new[] { "firm", "year", "inv", "value", "capital" }, Enumerable.Repeat(ColumnKind.Numeric, 5)), header);
    }

    [Fact]
    public void FileSystemHeaderProviderReportsAMissingFile() =>
        Assert.Equal(DataHeader.Missing, new FileSystemHeaderProvider(RepositoryPaths.Specs).GetHeader("data/none.csv"));

    [Fact]
    public void FileSystemHeaderProviderSkipsAUtf8ByteOrderMark()
    {
        var directory = Directory.CreateTempSubdirectory("nevspec-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "bom.csv"), "id,t\n1,2\n", new UTF8Encoding(true));

            var header = new FileSystemHeaderProvider(directory.FullName).GetHeader("bom.csv");

            Assert.Equal(new[] { "id", "t" }, header.Columns);
        }
        finally
        {
            directory.Delete(true);
        }
    }
}
