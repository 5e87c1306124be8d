namespace NevSpec.Core.Threshold.Internal;

/// <summary>
/// Modified Gram–Schmidt applied twice ("twice is enough": Giraud, Langou and Rozložník 2005), so
/// vectors orthogonalised against an orthonormal basis stay orthogonal to working precision.
/// </summary>
internal static class Orthonormal
{
    /// <summary>
    /// Columns whose norm left after orthogonalisation is at most this fraction of their own norm are
    /// collinear with the earlier ones (the criterion and value of R's <c>lm</c> QR, as in Core's
    /// <c>PivotedLeastSquares</c>).
    /// </summary>
    public const double CollinearTolerance = 1e-7;

    /// <summary>Removes from <paramref name="v"/> its components along <paramref name="basis"/> (first <paramref name="count"/> vectors).</summary>
    public static void Orthogonalize(Span<double> v, IReadOnlyList<double[]> basis, int count)
    {
        for (int pass = 0; pass < 2; pass++)
            for (int b = 0; b < count; b++)
                Subtract(v, basis[b]);
    }

    /// <summary>v ← v − b(b'v) for a unit vector b.</summary>
    public static void Subtract(Span<double> v, ReadOnlySpan<double> b)
    {
        double dot = Dot(v, b);
        for (int i = 0; i < v.Length; i++) v[i] -= dot * b[i];
    }

    /// <summary>
    /// Orthogonalises <paramref name="v"/> against the basis and scales it to unit length; false (and v
    /// left unscaled) when it is collinear with the basis by <see cref="CollinearTolerance"/>.
    /// </summary>
    public static bool TryExtend(Span<double> v, IReadOnlyList<double[]> basis, int count)
    {
        double original = Math.Sqrt(Dot(v, v));
        if (original == 0) return false;
        Orthogonalize(v, basis, count);
        double norm = Math.Sqrt(Dot(v, v));
        if (norm <= CollinearTolerance * original) return false;
        for (int i = 0; i < v.Length; i++) v[i] /= norm;
        return true;
    }

    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
