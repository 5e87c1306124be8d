namespace NevSpec.Core.Estimation;

/// <summary>
/// A model that cannot be estimated: no observations left, every regressor collinear, too few
/// clusters, or no residual degrees of freedom. The message says which and why.
/// </summary>
public sealed class EstimationException : Exception
{
    public EstimationException(string message) : base(message) { }

    public EstimationException(string message, Exception inner) : base(message, inner) { }
}
