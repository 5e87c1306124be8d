namespace NevSpec.Core.Mediation;

/// <summary>Which bootstrap confidence interval a table shows for the indirect effect (both are always computed).</summary>
public enum BootstrapCiMethod
{
    /// <summary>Percentile interval: the α/2 and 1 − α/2 percentiles of the bootstrap estimates.</summary>
    Percentile,

    /// <summary>Bias-corrected (BC) percentile interval (Efron 1981).</summary>
    BiasCorrected,
}
