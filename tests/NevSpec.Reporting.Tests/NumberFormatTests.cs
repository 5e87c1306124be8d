using NevSpec.Reporting;

namespace NevSpec.Reporting.Tests;

public sealed class NumberFormatTests
{
    [Theory]
    [InlineData(0.117715855, "0.1177")]
    [InlineData(-2.5, "-2.5000")]
    [InlineData(0.0, "0.0000")]
    [InlineData(0.0000123, "1.23E-5")]
    public void FixedDecimalsNeverPrintANonZeroValueAsZero(double value, string expected) =>
        Assert.Equal(expected, NumberFormat.Fixed(value));

    [Theory]
    [InlineData(0.009, "***")]
    [InlineData(0.01, "**")]
    [InlineData(0.049, "**")]
    [InlineData(0.05, "*")]
    [InlineData(0.0999, "*")]
    [InlineData(0.1, "")]
    public void StarsFollowTheTenFiveOnePercentConvention(double p, string expected) =>
        Assert.Equal(expected, Significance.Stars(p));
}
