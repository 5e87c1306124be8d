namespace NevSpec.Reporting;

/// <summary>A study's tables in order, plus what could not be estimated and why.</summary>
public sealed record Report(string Module, IReadOnlyList<ReportTable> Tables, IReadOnlyList<ReportFailure> Failures);

/// <summary>A model, index or analysis that has no table, with the reason.</summary>
public sealed record ReportFailure(string Name, string Error);
