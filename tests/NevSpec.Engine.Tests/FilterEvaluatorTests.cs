using NevSpec.Core.Data;
using NevSpec.Language.Plan;

namespace NevSpec.Engine.Tests;

public sealed class FilterEvaluatorTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"nevspec-filter-{Guid.NewGuid():N}.csv");

    public FilterEvaluatorTests() =>
        File.WriteAllText(_file, "region,year,x\neast,2018,1\nwest,2019,NA\neast,2020,3\n,2021,4\n");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void NumericComparisonWithMissingValueDoesNotPass()
    {
        var frame = CsvReader.Read(_file);
        var filter = new ComparisonFilter(ComparisonOperator.GreaterOrEqual, new ColumnFilterValue("x"), new NumberFilterValue(0));
        Assert.Equal(new[] { 0, 2, 3 }, FilterEvaluator.SelectRows(frame, filter));
    }

    [Fact]
    public void TextComparisonAndLogicalConnectives()
    {
        var frame = CsvReader.Read(_file);
        var east = new ComparisonFilter(ComparisonOperator.Equal, new ColumnFilterValue("region"), new TextFilterValue("east"));
        var late = new ComparisonFilter(ComparisonOperator.Greater, new ColumnFilterValue("year"), new NumberFilterValue(2018));
        Assert.Equal(new[] { 2 }, FilterEvaluator.SelectRows(frame, new LogicalFilter(LogicalOperator.And, east, late)));
        Assert.Equal(new[] { 0, 1, 2, 3 }, FilterEvaluator.SelectRows(frame, new LogicalFilter(LogicalOperator.Or, east, late)));
        // Missing region: neither east nor, under not, "not east" — a comparison with a missing value is false.
        Assert.Equal(new[] { 1, 3 }, FilterEvaluator.SelectRows(frame, new NotFilter(east)));
    }
}
