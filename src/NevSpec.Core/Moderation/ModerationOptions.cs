namespace NevSpec.Core.Moderation;

/// <summary>
/// Options of <see cref="ModerationAnalysis"/>: whether X and Z are mean-centred on the estimation
/// sample before forming X·Z (default false, the uncentred form of paper 1's Table 5 column 7), and
/// the multiple of Z's SD at which simple slopes are evaluated around its mean (default 1).
/// </summary>
public sealed record ModerationOptions(bool Centre = false, double SlopeSpread = 1.0);
