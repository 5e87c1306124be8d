using NevSpec.Core.Estimation;

namespace NevSpec.Core.Heterogeneity;

/// <summary>One group of a split-sample analysis: its label and the model fitted on its observations alone.</summary>
public sealed record GroupFit(string Label, RegressionResult Model);
