namespace NevSpec.Core.Indices;

/// <summary>
/// Options of <see cref="PrincipalComponentIndex"/>: how many components enter the composite. Null
/// (the default) retains the components with eigenvalue greater than one (Kaiser's rule; at least one).
/// </summary>
public sealed record PcaIndexOptions(int? Components = null);
