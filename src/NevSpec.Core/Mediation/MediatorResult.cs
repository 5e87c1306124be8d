using NevSpec.Core.Estimation;

namespace NevSpec.Core.Mediation;

/// <summary>
/// The stepwise (Baron–Kenny) mediation results for one mediator M of treatment X on outcome Y, all
/// on one common sample and with the model's fixed effects, clustering and controls: the total-effect
/// model Y ~ X (c), the mediator model M ~ X (a), the outcome model Y ~ X + M (c′ and b), the indirect
/// effect a·b with its Sobel, Aroian and Goodman tests and optional bootstrap interval, and the
/// proportion mediated a·b / c.
/// </summary>
public sealed record MediatorResult
{
    /// <summary>Name of the mediator M.</summary>
    public required string Mediator { get; init; }

    /// <summary>Total-effect model Y ~ X + controls (Table 5 column "total effect").</summary>
    public required RegressionResult TotalModel { get; init; }

    /// <summary>Mediator model M ~ X + controls (path a).</summary>
    public required RegressionResult MediatorModel { get; init; }

    /// <summary>Outcome model Y ~ X + M + controls (paths c′ and b).</summary>
    public required RegressionResult OutcomeModel { get; init; }

    /// <summary>Path a: coefficient of X in the mediator model, with its SE and test.</summary>
    public required CoefficientEstimate A { get; init; }

    /// <summary>Path b: coefficient of M in the outcome model.</summary>
    public required CoefficientEstimate B { get; init; }

    /// <summary>Direct effect c′: coefficient of X in the outcome model.</summary>
    public required CoefficientEstimate Direct { get; init; }

    /// <summary>Total effect c: coefficient of X in the total-effect model.</summary>
    public required CoefficientEstimate Total { get; init; }

    /// <summary>Indirect effect a·b (= c − c′ exactly for least squares on a common sample).</summary>
    public required double Indirect { get; init; }

    /// <summary>Sobel (first-order delta) test.</summary>
    public required IndirectEffectTest Sobel { get; init; }

    /// <summary>Aroian (second-order, added s_a²s_b²) test.</summary>
    public required IndirectEffectTest Aroian { get; init; }

    /// <summary>Goodman (subtracted s_a²s_b²) test; null when its variance is not positive.</summary>
    public required IndirectEffectTest? Goodman { get; init; }

    /// <summary>a·b / c; null when c is exactly zero.</summary>
    public required double? ProportionMediated { get; init; }

    /// <summary>a·b / c′; null when c′ is exactly zero.</summary>
    public required double? IndirectToDirectRatio { get; init; }

    /// <summary>Bootstrap summary of a·b; null without bootstrap.</summary>
    public required BootstrapInterval? Bootstrap { get; init; }

    /// <summary>Observations of the common sample.</summary>
    public int Nobs => OutcomeModel.Nobs;

    /// <summary>Remarks (bootstrap failures, undefined BC interval, Goodman variance).</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
