namespace NevSpec.Core.Threshold;

/// <summary>
/// A bootstrap critical value of a threshold F test at <see cref="Level"/> (0.95 is the 5 % critical
/// value): the ⌈level·B⌉-th smallest of the B bootstrap statistics, as Hansen's program.
/// </summary>
public sealed record BootstrapCriticalValue(double Level, double Value);
