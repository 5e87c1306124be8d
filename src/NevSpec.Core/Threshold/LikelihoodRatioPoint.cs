namespace NevSpec.Core.Threshold;

/// <summary>One point of a threshold's LR curve: LR(γ) = ty·(SSR(γ)/SSR(γ̂) − 1) at grid value γ.</summary>
public sealed record LikelihoodRatioPoint(double Threshold, double Lr);
