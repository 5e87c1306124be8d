namespace NevSpec.Core.Networks;

/// <summary>Coupling coordination degree model over n ≥ 2 subsystem indices u_i ∈ [0, 1] (already normalised).</summary>
/// <remarks>
/// T = (Σ u_i)/n; C = n·(Π u_i)^(1/n)/Σ u_i (= [Π u_i/((Σ u_i)/n)^n]^(1/n), <see cref="CouplingFormula.Alternative"/>);
/// D = √(C·T). C = 1 when all u_i are equal, C = 0 when any u_i = 0; when every u_i = 0, C is 0/0 and is defined as 0
/// (no coupling), so D = 0. Definitions and checks: <c>shared/reference/network/coupling_example.json</c>. The
/// un-normalised [Π u/(Σ u)^n]^(1/n) (= C/n) and the pairwise-sum variant are <b>not</b> offered: they are not in [0, 1].
/// Liao, C. (1999), "Quantitative judgement and classification system for coordinated development of environment and
/// economy", <i>Tropical Geography</i> 19(2), 171–177 (three-subsystem form).
/// </remarks>
public static class CouplingCoordination
{
    /// <summary>Computes C, T and D.</summary>
    /// <exception cref="ArgumentException">Fewer than two values, or a value that is not finite and ≥ 0.</exception>
    public static CouplingResult Compute(IReadOnlyList<double> u, CouplingFormula formula = CouplingFormula.Standard)
    {
        ArgumentNullException.ThrowIfNull(u);
        int n = u.Count;
        if (n < 2) throw new ArgumentException($"Coupling needs at least two subsystems, got {n}.", nameof(u));
        double sum = 0, prod = 1;
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(u[i]) || u[i] < 0) throw new ArgumentException($"Subsystem value u[{i}] = {u[i]} must be finite and ≥ 0.", nameof(u));
            sum += u[i]; prod *= u[i];
        }
        if (!Enum.IsDefined(formula)) throw new ArgumentException($"Unknown coupling formula {formula}.", nameof(formula));
        double t = sum / n;
        double c;
        if (sum == 0) c = 0;
        else if (formula == CouplingFormula.Standard) c = n * Math.Pow(prod, 1.0 / n) / sum;
        else c = Math.Pow(prod / Math.Pow(sum / n, n), 1.0 / n);
        return new CouplingResult(c, t, Math.Sqrt(c * t));
    }
}
