namespace NevSpec.Language.Diagnostics
{
    /// <summary>
    /// One entry of the diagnostics catalogue (<see cref="DiagnosticCatalogue"/>): a stable id (NEV0001…),
    /// a title, and a composite-format message whose arguments name the offending thing and what was expected.
    /// The Roslyn generator maps each descriptor one to one onto a Roslyn descriptor with the same format.
    /// </summary>
    public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, DiagnosticSeverity Severity);
}
