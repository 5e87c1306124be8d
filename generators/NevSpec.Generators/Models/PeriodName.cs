namespace NevSpec.Generators.Models
{
    /// <summary>A period of a network: the label the engine gives it (e.g. <c>2011–2014</c>, <c>all</c>) and its C# property name.</summary>
    internal sealed record PeriodName(string Label, string PropertyName);
}
