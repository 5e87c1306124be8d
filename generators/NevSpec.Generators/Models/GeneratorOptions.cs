namespace NevSpec.Generators.Models
{
    /// <summary>
    /// The MSBuild properties the generator reads (made visible by the package props):
    /// the namespace for generated classes and the project folder that spec paths are made relative to.
    /// </summary>
    internal sealed record GeneratorOptions(string? Namespace, string? ProjectDirectory);
}
