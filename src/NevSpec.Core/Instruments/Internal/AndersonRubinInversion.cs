namespace NevSpec.Core.Instruments.Internal;

/// <summary>
/// Inverts the Anderson–Rubin test for one endogenous regressor: the set of β₀ at which the AR test
/// of y − xβ₀ on the excluded instruments is not rejected (Anderson and Rubin 1949; Dufour 1997).
/// </summary>
/// <remarks>
/// Grid of 4001 points over β̂ ± 200·SE, each boundary refined by bisection to 1e-12 relative; the set is
/// extended to ±∞ when the test also accepts at β̂ ± 1e10·SE (it then accepts all far values, because the
/// AR statistic tends to the first-stage statistic of x as |β₀| → ∞). Under iid errors the result
/// agrees with the closed-form quadratic inversion.
/// </remarks>
internal static class AndersonRubinInversion
{
    public static (double Low, double High)[] Invert(Func<double, double> pValue, double alpha, double center, double scale)
    {
        if (!(scale > 0) || !double.IsFinite(scale)) scale = Math.Max(1.0, Math.Abs(center));
        bool Accept(double b) => pValue(b) >= alpha;
        const int points = 4001;
        const double halfWidth = 200;
        var grid = new double[points];
        var accepted = new bool[points];
        for (int i = 0; i < points; i++)
        {
            grid[i] = center + scale * halfWidth * (2.0 * i / (points - 1) - 1);
            accepted[i] = Accept(grid[i]);
        }
        bool lowerInfinite = accepted[0] && Accept(center - 1e10 * scale);
        bool upperInfinite = accepted[^1] && Accept(center + 1e10 * scale);
        var intervals = new List<(double, double)>();
        int start = -1;
        for (int i = 0; i < points; i++)
        {
            if (accepted[i] && start < 0) start = i;
            bool endsHere = accepted[i] && (i == points - 1 || !accepted[i + 1]);
            if (!endsHere) continue;
            double low = start == 0 ? (lowerInfinite ? double.NegativeInfinity : grid[0]) : Boundary(Accept, grid[start - 1], grid[start]);
            double high = i == points - 1 ? (upperInfinite ? double.PositiveInfinity : grid[^1]) : Boundary(Accept, grid[i + 1], grid[i]);
            intervals.Add((low, high));
            start = -1;
        }
        return intervals.ToArray();
    }

    // Bisection between a rejected and an accepted point.
    private static double Boundary(Func<double, bool> accept, double rejected, double acceptedPoint)
    {
        for (int k = 0; k < 200 && Math.Abs(rejected - acceptedPoint) > 1e-12 * Math.Max(1, Math.Abs(acceptedPoint)); k++)
        {
            double mid = 0.5 * (rejected + acceptedPoint);
            if (accept(mid)) acceptedPoint = mid; else rejected = mid;
        }
        return 0.5 * (rejected + acceptedPoint);
    }
}
