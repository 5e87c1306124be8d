namespace NevSpec.Core.Threshold;

/// <summary>Progress of a threshold fit: the current stage (e.g. "bootstrap double") and how far it is.</summary>
public readonly record struct ThresholdProgress(string Stage, int Completed, int Total);
