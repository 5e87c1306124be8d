using NevSpec.Core.Estimation;

namespace NevSpec.Core.Moderation;

/// <summary>
/// A moderation (interaction) model Y ~ X + Z + X·Z + controls: the fitted model, the names of its
/// terms, whether and where X and Z were centred, Z's mean and SD on the estimation sample, and the
/// simple slopes of X at Z's mean − k·SD, mean and mean + k·SD.
/// </summary>
public sealed record ModerationResult
{
    /// <summary>The fitted interaction model (terms: X, Z, X:Z, then the controls).</summary>
    public required RegressionResult Model { get; init; }

    /// <summary>Focal regressor X.</summary>
    public required string Focal { get; init; }

    /// <summary>Moderator Z.</summary>
    public required string Moderator { get; init; }

    /// <summary>Name of the product term, <c>X:Z</c>.</summary>
    public required string InteractionTerm { get; init; }

    /// <summary>True when X and Z were mean-centred before forming the product (and in their main effects).</summary>
    public required bool Centred { get; init; }

    /// <summary>Value subtracted from X (its sample mean when centred, else 0).</summary>
    public required double FocalCentre { get; init; }

    /// <summary>Value subtracted from Z (its sample mean when centred, else 0).</summary>
    public required double ModeratorCentre { get; init; }

    /// <summary>Mean of Z on the estimation sample.</summary>
    public required double ModeratorMean { get; init; }

    /// <summary>Standard deviation of Z on the estimation sample (divisor n − 1).</summary>
    public required double ModeratorSd { get; init; }

    /// <summary>The interaction coefficient (unchanged by centring).</summary>
    public CoefficientEstimate Interaction => Model[InteractionTerm];

    /// <summary>Simple slopes of X at mean − k·SD, mean and mean + k·SD of Z.</summary>
    public required IReadOnlyList<SimpleSlope> SimpleSlopes { get; init; }
}
