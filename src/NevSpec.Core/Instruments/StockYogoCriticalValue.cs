namespace NevSpec.Core.Instruments;

/// <summary>
/// A Stock–Yogo (2005) critical value for a weak-identification F statistic (5 % test), or a note that
/// the table has no value for this number of endogenous regressors and excluded instruments.
/// </summary>
/// <param name="Table">The table: "2SLS maximal IV size", "2SLS relative bias", "LIML maximal IV size", "Fuller relative bias", "Fuller maximal bias".</param>
/// <param name="Threshold">The tolerated distortion in percent (size 10/15/20/25, bias 5/10/20/30).</param>
/// <param name="Value">The critical value; null when not available.</param>
/// <param name="Label">Text for a table row, e.g. "Stock–Yogo 10 % maximal IV size".</param>
public sealed record StockYogoCriticalValue(string Table, int Threshold, double? Value, string Label);
