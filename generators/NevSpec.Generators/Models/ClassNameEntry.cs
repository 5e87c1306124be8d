namespace NevSpec.Generators.Models
{
    /// <summary>A spec and the fully qualified name of the class it generates (null when it did not bind).</summary>
    internal sealed record ClassNameEntry(string SpecPath, string? FullClassName);
}
