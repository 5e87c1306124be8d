namespace NevSpec.Generators.Models
{
    /// <summary>A <c>.nevspec</c> AdditionalFile: its path as the compiler sees it and its text (null when it could not be read).</summary>
    internal sealed record SpecFile(string Path, string? Text);
}
