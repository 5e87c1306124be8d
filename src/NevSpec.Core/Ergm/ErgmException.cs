namespace NevSpec.Core.Ergm;

/// <summary>
/// An ERGM that cannot be set up or estimated at all: a covariate of the wrong length or with a missing value, a
/// term collinear with the others, an invalid option. The message names the term, node or dyad. (Outcomes of the
/// estimation itself — separation, degeneracy, non-convergence — are reported in <see cref="ErgmFit.Status"/>.)
/// </summary>
public sealed class ErgmException : Exception
{
    /// <summary>Creates the exception with a message that says what is wrong and where.</summary>
    public ErgmException(string message) : base(message) { }
}
