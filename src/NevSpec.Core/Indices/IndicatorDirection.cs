namespace NevSpec.Core.Indices;

/// <summary>
/// Whether a larger value of an indicator means a better (<see cref="Positive"/>, "+") or a worse
/// (<see cref="Negative"/>, "−") state of the phenomenon a composite index measures.
/// </summary>
public enum IndicatorDirection
{
    /// <summary>Larger is better ("+"): min–max normalised as (x − min)/(max − min).</summary>
    Positive,

    /// <summary>Larger is worse ("−"): min–max normalised as (max − x)/(max − min).</summary>
    Negative,
}
