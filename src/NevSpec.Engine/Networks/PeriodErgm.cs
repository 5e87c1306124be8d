using NevSpec.Core.Ergm;

namespace NevSpec.Engine.Networks;

/// <summary>The ERGM of one period.</summary>
/// <param name="Label">Period label.</param>
/// <param name="Data">The loaded period; node i of the fitted network is <c>Data.ActiveNodes[i]</c> there (the nodes with links).</param>
/// <param name="Fit">The fit: coefficients named by statnet labels in plan order, method, status, log-likelihood, AIC, BIC and
/// goodness of fit (null when <c>gof = 0</c> or the fit is not final).</param>
public sealed record PeriodErgm(string Label, NetworkPeriod Data, ErgmFit Fit)
{
    /// <summary>Nodes of the fitted network (the period's nodes with at least one link).</summary>
    public int Nodes => Fit.NodeCount;

    /// <summary>Ties of the fitted network (the period's links, as a binary network).</summary>
    public int Edges => Data.ActiveGraph.EdgeCount;
}
