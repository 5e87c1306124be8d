namespace NevSpec.Core.Threshold;

/// <summary>How unit fixed effects are removed before the threshold regression.</summary>
public enum ThresholdWithinTransform
{
    /// <summary>
    /// Hansen's program: subtract each unit's mean over its periods, then drop the unit's last period,
    /// so the regression has Σᵢ(Tᵢ − 1) rows (n(T − 1) when balanced) and each unit's within-residuals
    /// are no longer linearly dependent. Reproduces <c>thresh.out</c>.
    /// </summary>
    DropLastPeriod,

    /// <summary>
    /// The textbook within transform on all Σᵢ Tᵢ unit-periods (as <c>xtreg, fe</c> and <c>xthreg</c>).
    /// Statistics still use Σᵢ(Tᵢ − 1) as the error degrees of freedom.
    /// </summary>
    AllPeriods,
}
