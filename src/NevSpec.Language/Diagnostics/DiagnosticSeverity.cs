namespace NevSpec.Language.Diagnostics
{
    /// <summary>How serious a diagnostic is; errors stop a spec from binding to a plan.</summary>
    public enum DiagnosticSeverity { Error, Warning, Info }
}
