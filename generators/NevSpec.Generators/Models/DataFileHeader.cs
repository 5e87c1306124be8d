using NevSpec.Language;

namespace NevSpec.Generators.Models
{
    /// <summary>A CSV AdditionalFile reduced to what the binder checks: its normalised path and header columns.</summary>
    internal sealed record DataFileHeader(string Path, DataHeader Header);
}
